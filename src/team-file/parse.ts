import {
  Composer,
  Lexer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Scalar,
  type CST,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLParseError
} from 'yaml'
import { scanAddresses } from '../addresses/split.js'
import { type ActionError, teamFileError } from '../errors.js'
import { bounded } from '../text.js'
import { isCsvName, parseCsvTeamFile } from './csv.js'
import { readCommonShapes } from './yaml-fast-path.js'
import type { ListedEntry, SourceLocation } from '../types.js'

/** A UTF-32 byte-order mark, LE and BE, as decodeTeamFile leaves it (read as UTF-8). */
const UTF32_MARKS = ['\ufffd\ufffd\0\0', '\0\0\ufffd\ufffd']
/** The keys that may hold the list when the file is a mapping; it may hold only one of them. */
const LIST_KEYS = ['emails', 'members', 'users'] as const
/** Real team files need a handful of levels; the limit keeps the recursive composer safe. */
const MAX_DEPTH = 100
/** The `yaml` package's default, kept explicit: beyond it an alias bomb is assumed. */
const MAX_ALIAS_COUNT = 100
const MAX_ENTRY_SOURCE = 200
/**
 * 2.5 times the largest team file measured (100,000 addresses, about 3 MB). Beyond it a file
 * is refused unread: the YAML parser alone would take seconds for millions of `- ` items,
 * and the plan, the outputs and the summary of millions of invalid entries many more.
 */
export const MAX_TEAM_FILE_ENTRIES = 250_000
/**
 * List items and mapping keys in all, for YAML and JSON: 100,000 entries of an email, a name
 * and a group take 400,000. Beyond it the composer would spend seconds and a gigabyte on a
 * mapping of a million keys (`k1: v`...), which no team file holds.
 */
export const MAX_TEAM_FILE_NODES = 500_000
/** How many lists a message names before it says how many more there are. */
const MAX_LISTS_NAMED = 20
const SHAPES =
  'a list of addresses, a list of mappings with an "email" key, or a mapping whose ' +
  '"emails", "members" or "users" key holds such a list'

// Turns UTF-16 offsets into 1-based lines and columns counted in characters (code points),
// which is what an editor and a GitHub annotation show.
interface Positions {
  lines: LineCounter
  astral: boolean
  content: string
  /** The last column counted: entries come in order, so counting resumes from there. */
  last?: { offset: number; line: number; column: number }
}

function position(pos: Positions, offset: number): { line: number; column: number } {
  const { line, col } = pos.lines.linePos(offset)
  if (!pos.astral) return { line, column: col }
  const lineStart = pos.lines.lineStarts[line - 1] ?? 0
  // Counting each entry's column from its line's start would take quadratic time on one long
  // line holding many entries.
  const resume = pos.last !== undefined && pos.last.line === line && pos.last.offset <= offset
  let column = resume ? (pos.last?.column ?? 1) : 1
  for (let i = resume ? (pos.last?.offset ?? lineStart) : lineStart; i < offset; i++) {
    const code = pos.content.charCodeAt(i)
    // A low surrogate that follows a high one is the second half of one character.
    if (code >= 0xdc00 && code <= 0xdfff && i > lineStart) {
      const previous = pos.content.charCodeAt(i - 1)
      if (previous >= 0xd800 && previous <= 0xdbff) continue
    }
    column++
  }
  pos.last = { offset, line, column }
  return { line, column }
}

function locate(pos: Positions, file: string, start: number, end: number): SourceLocation {
  // Some parse errors point one past the end of the text; the annotation must stay inside it.
  const first = Math.min(Math.max(start, 0), pos.content.length)
  const from = position(pos, first)
  const to = position(pos, Math.min(Math.max(end, first), pos.content.length))
  return {
    file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column
  }
}

function isYamlName(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file)
}

export interface ParseOptions {
  /**
   * false reads every YAML file through the full parser, skipping the line-by-line readers
   * of the common shapes; the tests use it to check that both read a file alike.
   */
  fastPaths?: boolean
}

/**
 * Reads a team file's content into the entries it lists. `file` is the workspace-relative
 * path, used only in locations and messages. YAML and JSON files (by extension) are lists
 * of addresses in one of a few shapes, where a mapping item may name its `group`; CSV files
 * have a header row (see csv.ts); any other file is plain text, addresses separated by white
 * space, commas or semicolons, `#` starting a comment.
 */
export function parseTeamFile(
  content: string,
  file: string,
  key?: string,
  options: ParseOptions = {}
): ListedEntry[] {
  // Columns of line 1 are counted from the visible text, so the BOM goes before anything else.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content
  const lines = new LineCounter()
  const pos: Positions = { lines, astral: /[\ud800-\udfff]/.test(text), content: text }
  const nul = text.indexOf('\0')
  if (nul >= 0 && UTF32_MARKS.some(mark => text.startsWith(mark))) {
    countLines(text, lines)
    throw teamFileError(
      `emails-file ${file} is a UTF-32 file (it starts with a UTF-32 byte-order mark), which ` +
        'is not read: save it as UTF-8.',
      locate(pos, file, 0, 0)
    )
  }
  if (nul >= 0) {
    countLines(text, lines)
    const at = position(pos, nul)
    throw teamFileError(
      `emails-file looks like a binary file (NUL byte at line ${at.line}, column ${at.column}): ` +
        `${file}. Point emails-file at a text, YAML or JSON file that lists the addresses. ` +
        'A UTF-16 file is read only with its byte-order mark: save it as UTF-8.',
      locate(pos, file, nul, nul + 1)
    )
  }
  const dottedKey = key?.trim() ?? ''
  if (isYamlName(file)) return parseYaml(text, file, dottedKey, pos, options.fastPaths !== false)
  const csv = isCsvName(file)
  if (dottedKey !== '') {
    throw teamFileError(
      `emails-key is set ("${bounded(dottedKey)}") but emails-file ${file} is read as ${csv ? 'CSV' : 'plain text'}: only ` +
        '.yml, .yaml and .json files have keys. Clear emails-key, or use a YAML or JSON file.'
    )
  }
  if (csv) return parseCsvTeamFile(text, file)
  countLines(text, lines)
  const spans = scanAddresses(text, true)
  if (spans.length > MAX_TEAM_FILE_ENTRIES) throw tooManyEntries(file, spans.length)
  return spans.map(span => ({
    text: span.text,
    origin: 'file',
    location: locate(pos, file, span.start, span.end)
  }))
}

// Only LF ends a line (a lone CR does not, for YAML either), so both formats count alike.
function tooManyEntries(file: string, count?: number | 'nodes'): ActionError {
  const limit = MAX_TEAM_FILE_ENTRIES.toLocaleString('en-US')
  const counted =
    count === undefined
      ? `more than ${limit} entries`
      : count === 'nodes'
        ? `more than ${MAX_TEAM_FILE_NODES.toLocaleString('en-US')} list items and mapping keys`
        : `${count.toLocaleString('en-US')} entries; the limit is ${limit}`
  return teamFileError(
    `emails-file ${file} lists ${counted}, far more than a team file holds. Nothing was read ` +
      'or sent. Check that emails-file names the team file, or split the people over several runs.'
  )
}

function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1)
}

interface TokenScan {
  tooDeep?: number
  hasAlias: boolean
}

// The composer recurses once per level and, near the stack limit, Node 20 can abort the
// whole process (V8 fails to allocate while compiling a regular expression) instead of
// throwing a RangeError. So depth is measured on the flat token tree before composing.
function scanTokens(tokens: CST.Token[]): TokenScan {
  const result: TokenScan = { hasAlias: false }
  const stack: Array<[CST.Token, number]> = tokens.map(token => [token, 0])
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number]
    switch (token.type) {
      case 'alias':
        result.hasAlias = true
        break
      case 'document':
        if (token.value) stack.push([token.value, depth])
        break
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth >= MAX_DEPTH) {
          result.tooDeep = token.offset
          return result
        }
        for (const item of token.items) {
          if (item.key) stack.push([item.key, depth + 1])
          if (item.value) stack.push([item.value, depth + 1])
        }
        break
    }
  }
  return result
}

// Where the text opens more than MAX_DEPTH flow collections at once, or has more than
// MAX_DEPTH block indicators (`-`, `?`, `:` outside brackets) on one line, each of which may
// open a level (`- - - a`); a deeper nesting through indentation takes quadratic room, so the
// file limit keeps it small. Inside brackets only the brackets open levels: minified JSON
// (`[{"email":…},…]`) holds a `:` per key on its one line, and is two levels deep.
// It also counts list items (a `-`, or a `,` in a flow sequence), and stops with `entries`
// beyond MAX_TEAM_FILE_ENTRIES, and mapping keys (a `:`) with them, stopping with `nodes`
// beyond MAX_TEAM_FILE_NODES, before the parser spends seconds on them.
function nestingBeyondLimit(text: string): number | 'entries' | 'nodes' | undefined {
  let offset = 0
  let flow = 0
  let onLine = 0
  let items = 0
  let keys = 0
  // Whether each open flow collection is a sequence, to count only a sequence's commas.
  const sequences: boolean[] = []
  for (const token of new Lexer().lex(text)) {
    switch (token) {
      case '[':
      case '{':
        if (++flow > MAX_DEPTH) return offset
        sequences.push(token === '[')
        break
      case ']':
      case '}':
        if (flow > 0) flow--
        sequences.pop()
        break
      case ',':
        if (sequences[sequences.length - 1] === true && ++items > MAX_TEAM_FILE_ENTRIES)
          return 'entries'
        break
      case ':':
        if (++keys + items > MAX_TEAM_FILE_NODES) return 'nodes'
        if (flow === 0 && ++onLine > MAX_DEPTH) return offset
        break
      case '-':
        if (++items > MAX_TEAM_FILE_ENTRIES) return 'entries'
        if (++onLine > MAX_DEPTH) return offset
        break
      case '?':
        if (++onLine > MAX_DEPTH) return offset
        break
      case '\n':
      case '\r\n':
        onLine = 0
        break
      // The lexer's markers of a document, a scalar and a flow end are not in the text.
      case '\x02':
      case '\x18':
      case '\x1f':
        continue
    }
    offset += token.length
  }
  return undefined
}

function parseYaml(
  text: string,
  file: string,
  key: string,
  pos: Positions,
  fastPaths: boolean
): ListedEntry[] {
  const simple = fastPaths && key === '' ? readCommonShapes(text, file, pos.astral) : undefined
  if (simple && simple.length > MAX_TEAM_FILE_ENTRIES) throw tooManyEntries(file, simple.length)
  if (simple) return simple
  const kind = /\.json$/i.test(file) ? 'JSON' : 'YAML'
  const at = (start: number, end = start): SourceLocation => locate(pos, file, start, end)
  // Lines are counted here rather than by the Parser, which misses line breaks inside some
  // malformed tokens and would then place errors on the wrong line.
  countLines(text, pos.lines)
  // The parser builds its whole tree before the depth can be checked there, and 8 MB of `[`
  // is 4 million levels, beyond the heap: so the lexer's tokens, which it streams, go first.
  const beyond = nestingBeyondLimit(text)
  if (beyond === 'entries') throw tooManyEntries(file)
  if (beyond === 'nodes') throw tooManyEntries(file, 'nodes')
  const deepAt = beyond
  const tokens = deepAt === undefined ? Array.from(new Parser().parse(text)) : []
  const scan = deepAt === undefined ? scanTokens(tokens) : { tooDeep: deepAt, hasAlias: false }
  if (scan.tooDeep !== undefined) {
    const loc = at(scan.tooDeep)
    throw teamFileError(
      `emails-file ${file} nests lists or mappings more than ${MAX_DEPTH} levels deep ` +
        `(line ${loc.line}, column ${loc.column}). A team file needs only a few levels: ` +
        'list the addresses directly.',
      loc
    )
  }
  let docs: Document.Parsed[]
  let streamErrors: YAMLParseError[]
  try {
    // The yaml package would otherwise print its warnings to the job log on its own. Its own
    // check of unique keys compares each key with every earlier one, which takes minutes on
    // a mapping of a few hundred thousand keys: duplicateKey does the same check in one pass.
    const composer = new Composer({ logLevel: 'error', uniqueKeys: false })
    docs = Array.from(composer.compose(tokens))
    streamErrors = composer.streamInfo().errors
  } catch (error) {
    throw unreadable(error, file, kind)
  }
  const firstError =
    [...docs.flatMap(doc => doc.errors), ...streamErrors][0] ?? firstDuplicateKey(docs)
  if (firstError) {
    const loc = at(firstError.pos[0], firstError.pos[1])
    const reason = bounded(yamlReason(firstError.message))
    throw teamFileError(
      `emails-file ${file} is not valid ${kind} at line ${loc.line}, column ${loc.column}: ` +
        `${reason}. Fix the syntax, or give the file a .txt extension to read it as plain ` +
        'text, one or more addresses per line.',
      loc
    )
  }
  // A stray "---" at the end leaves an empty document; only documents with content count.
  const filled = docs.filter(doc => !isEmpty(doc.contents))
  const second = filled[1]
  if (second) {
    const loc = at(second.range[0])
    throw teamFileError(
      `emails-file holds ${filled.length} YAML documents; keep one (${file} starts another ` +
        `document at line ${loc.line}). Remove the "---" separators and the extra documents.`,
      loc
    )
  }
  const doc = filled[0]
  const anchors =
    doc && scan.hasAlias ? checkAliases(doc, file, kind) : new Map<Node, Node | undefined>()
  const resolve = (node: unknown): unknown => (isAlias(node) ? anchors.get(node) : node)
  const root = resolve(doc?.contents)
  const list =
    key === '' ? findList(root, file, resolve, at) : followKey(root, file, key, resolve, at)
  if (list === undefined) return []
  if (list.length > MAX_TEAM_FILE_ENTRIES) throw tooManyEntries(file, list.length)
  return list.map(item => listedItem(item, file, pos, resolve))
}

/**
 * The first key that repeats an earlier key of its mapping, as the yaml package reports it
 * with uniqueKeys on: scalar keys are equal when their values are (`1` and `"1"` differ), and
 * other keys only when they are the same node. One set per mapping: linear in the keys.
 */
function firstDuplicateKey(
  docs: readonly Document.Parsed[]
): { pos: [number, number]; message: string } | undefined {
  let found: { pos: [number, number]; message: string } | undefined
  for (const doc of docs) {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<unknown>()
        for (const pair of map.items) {
          const key: unknown = pair.key
          const value = isScalar(key) ? key.value : key
          if (value !== value) continue // NaN equals nothing, as in the yaml package
          if (seen.has(value)) {
            const range = isScalar(key) || isMap(key) || isSeq(key) ? key.range : undefined
            const start = range?.[0] ?? map.range?.[0] ?? 0
            found = { pos: [start, start + 1], message: 'Map keys must be unique' }
            return visit.BREAK
          }
          seen.add(value)
        }
        return undefined
      }
    })
    if (found) return found
  }
  return undefined
}

// The yaml package's message without its position, which the step's message gives itself.
function yamlReason(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? ''
  return firstLine.replace(/ at line \d+, column \d+:?$/, '')
}

function unreadable(error: unknown, file: string, kind: string): ActionError {
  if (error instanceof RangeError) {
    return teamFileError(
      `emails-file ${file} is nested too deeply to read. List the addresses directly.`
    )
  }
  const reason = bounded(error instanceof Error ? error.message : String(error))
  return teamFileError(
    `emails-file ${file} could not be read as ${kind}: ${reason}. Check its syntax.`
  )
}

// Expanding aliases is where a "billion laughs" document explodes, so the yaml package's own
// counter decides, once, before anything is used. The returned map gives each alias the node
// it stands for (the last anchor of that name before it), found in a single pass.
function checkAliases(
  doc: Document.Parsed,
  file: string,
  kind: string
): Map<Node, Node | undefined> {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true })
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw teamFileError(
        `emails-file ${file} uses YAML aliases (*name) that expand to too many values, as a ` +
          '"billion laughs" attack does; it was refused unread. Write the addresses out ' +
          'instead of repeating them through aliases.'
      )
    }
    throw unreadable(error, file, kind)
  }
  const anchors = new Map<string, Node>()
  const targets = new Map<Node, Node | undefined>()
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source))
      else if (node.anchor) anchors.set(node.anchor, node)
    }
  })
  return targets
}

type Resolve = (node: unknown) => unknown

function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) {
    if (node.value === null) return 'nothing'
    if (typeof node.value === 'string') return 'a string'
    return `a ${typeof node.value} (${String(node.value)})`
  }
  return 'nothing'
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

function keysOf(map: YAMLMap): string[] {
  const keys: string[] = []
  for (const pair of map.items) {
    if (isScalar(pair.key)) keys.push(String(pair.key.value))
  }
  return keys
}

function keyList(keys: string[]): string {
  if (keys.length === 0) return 'it has no keys'
  const shown = keys
    .slice(0, 20)
    .map(key => bounded(key))
    .join(', ')
  return `keys there: ${shown}${keys.length > 20 ? `, and ${keys.length - 20} more` : ''}`
}

function lookup(map: YAMLMap, name: string, resolve: Resolve): { found: boolean; value: unknown } {
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === name) {
      return { found: true, value: resolve(pair.value) }
    }
  }
  return { found: false, value: undefined }
}

/**
 * The first list found in the mappings under `map` (in file order, each mapping's own keys
 * before the mappings below them), with its dotted path from `map`: a list there is not read when `map`'s own list is, so it is
 * reported rather than lost (`leads: {primary: [...]}` beside `members:`). Each node is
 * visited once, aliases included.
 */
function firstNestedList(
  map: YAMLMap,
  resolve: Resolve
): { path: string; key: Scalar; value: unknown } | undefined {
  const seen = new Set<unknown>([map])
  const stack: Array<{ map: YAMLMap; path: string }> = [{ map, path: '' }]
  while (stack.length > 0) {
    const { map: current, path } = stack.pop() as { map: YAMLMap; path: string }
    const below: Array<{ map: YAMLMap; path: string }> = []
    for (const pair of current.items) {
      if (!isScalar(pair.key)) continue
      const name = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`
      const value = resolve(pair.value)
      if (isSeq(value)) return { path: name, key: pair.key, value }
      if (isMap(value) && !seen.has(value)) {
        seen.add(value)
        below.push({ map: value, path: name })
      }
    }
    // Reversed onto the stack, so the first mapping in the file is searched first.
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i] as (typeof below)[number])
  }
  return undefined
}

interface MappingLists {
  /** The emails, members or users keys, whatever they hold, in file order. */
  listKeys: Array<{ name: string; value: unknown; location?: SourceLocation }>
  /** Every other key whose value is a list, in file order. */
  otherLists: Array<{ name: string; location?: SourceLocation }>
}

function mappingLists(
  map: YAMLMap,
  resolve: Resolve,
  at: (start: number, end?: number) => SourceLocation
): MappingLists {
  const found: MappingLists = { listKeys: [], otherLists: [] }
  const others: Array<{ name: string; value: unknown; location?: SourceLocation }> = []
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue
    const name = String(pair.key.value)
    const range = pair.key.range
    const location = range ? at(range[0], range[1]) : undefined
    const value = resolve(pair.value)
    if ((LIST_KEYS as readonly string[]).includes(name)) {
      found.listKeys.push({ name, value, location })
    } else if (isSeq(value)) {
      others.push({ name, value, location })
    } else if (isMap(value)) {
      const inner = firstNestedList(value, resolve)
      if (inner) {
        const innerRange = inner.key.range
        others.push({
          name: `${name}.${inner.path}`,
          value: inner.value,
          location: innerRange ? at(innerRange[0], innerRange[1]) : location
        })
      }
    }
  }
  // A list anchored under another key and read through an alias (`all: &all [...]` and
  // `emails: *all`) is that same list, not a second one.
  const read = new Set(found.listKeys.map(key => key.value))
  for (const { name, value, location } of others) {
    if (!read.has(value)) found.otherLists.push({ name, location })
  }
  return found
}

// YAML 1.2 has no merge key: `<<: *base` is an ordinary key here, so the lists that `base`
// holds would be neither read nor reported. A mapping with one is refused, naming it.
function refuseMergeKey(
  map: YAMLMap,
  file: string,
  where: string,
  at: (start: number, end?: number) => SourceLocation
): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value !== '<<') continue
    const range = pair.key.range
    const location = range ? at(range[0], range[1]) : undefined
    throw teamFileError(
      `emails-file ${file} has a YAML merge key ("<<")${location ? ` at line ${location.line}` : ''} ` +
        `in the mapping ${where}; merge keys are not read, so the lists it would bring in ` +
        'would be lost. Write the list of addresses out in full instead of merging it in.',
      location
    )
  }
}

// The list under the mapping's emails, members or users key. Only that one list is read, so a
// mapping that holds another list too (two list keys, or `maintainers:` beside `members:`, as
// a peribolos team has) would lose it without a word: it is refused, pointing at the second
// list, whatever the list keys hold (an empty `emails:` above a full `members:` list would
// hide that list too). `path` is the emails-key that led to the mapping, '' at the top level
// without one. Returns found: false when the mapping has none of the list keys.
function listInMapping(
  map: YAMLMap,
  file: string,
  path: string,
  resolve: Resolve,
  at: (start: number, end?: number) => SourceLocation
): { found: false; otherLists: string[] } | { found: true; items: unknown[] | undefined } {
  const where = path === '' ? 'at the top level' : `under emails-key "${bounded(path)}"`
  refuseMergeKey(map, file, where, at)
  const { listKeys, otherLists } = mappingLists(map, resolve, at)
  const only = listKeys[0]
  if (only === undefined) return { found: false, otherLists: otherLists.map(l => l.name) }
  if (listKeys.length + otherLists.length > 1) {
    const lists = [...listKeys, ...otherLists].sort(
      (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0)
    )
    const second = lists[1] as (typeof lists)[number]
    // A generated file may hold thousands of lists; the message names the first few.
    const listed =
      lists
        .slice(0, MAX_LISTS_NAMED)
        .map(({ name, location }) => {
          const shown = `"${bounded(name)}"`
          return location ? `${shown} at line ${location.line}` : shown
        })
        .join(', ') +
      (lists.length > MAX_LISTS_NAMED ? `, and ${lists.length - MAX_LISTS_NAMED} more` : '')
    const example = bounded(path === '' ? second.name : `${path}.${second.name}`)
    throw teamFileError(
      `emails-file ${file} has more than one list of addresses ${where} (${listed}); only one ` +
        'can be read and the others would be lost. To fix it, point emails-key at the one list ' +
        `to use (e.g. emails-key: ${example}), or merge the lists into one.`,
      second.location
    )
  }
  if (isSeq(only.value)) return { found: true, items: only.value.items }
  if (isEmpty(only.value)) return { found: true, items: undefined }
  throw teamFileError(
    `emails-file ${file}: "${only.name}" holds ${describe(only.value)}, not a list. Make it a ` +
      'list of addresses (or of mappings with an "email" key).',
    nodeLocation(only.value, at)
  )
}

// Returns the list's items; undefined means an empty list written as nothing at all.
function findList(
  root: unknown,
  file: string,
  resolve: Resolve,
  at: (start: number, end?: number) => SourceLocation
): unknown[] | undefined {
  if (isEmpty(root)) return undefined
  if (isSeq(root)) return root.items
  if (isMap(root)) {
    const list = listInMapping(root, file, '', resolve, at)
    if (list.found) return list.items
    const keys = keysOf(root)
    const example = bounded(list.otherLists[0] ?? 'teams.platform')
    throw teamFileError(
      `emails-file ${file} has no list of addresses: expected ${SHAPES}; found a mapping ` +
        `(${keyList(keys)}). Change the file to one of these shapes, or set emails-key to the ` +
        `dotted path of the list (for example ${example}).`,
      nodeLocation(root, at)
    )
  }
  throw teamFileError(
    `emails-file ${file} has no list of addresses: expected ${SHAPES}; found ` +
      `${describe(root)}. Change the file to one of these shapes.`,
    nodeLocation(root, at)
  )
}

function followKey(
  root: unknown,
  file: string,
  key: string,
  resolve: Resolve,
  at: (start: number, end?: number) => SourceLocation
): unknown[] | undefined {
  const shownKey = bounded(key)
  const path = key.split('.').map(part => part.trim())
  if (path.some(part => part === '')) {
    throw teamFileError(
      `emails-key "${shownKey}" is not a dotted path: write the keys separated by single dots, ` +
        'for example teams.platform.'
    )
  }
  let node = root
  for (let i = 0; i < path.length; i++) {
    const name = path[i] as string
    const where = i === 0 ? 'the top level' : `"${bounded(path.slice(0, i).join('.'))}"`
    if (!isMap(node)) {
      throw teamFileError(
        `emails-key "${shownKey}" not found in emails-file ${file}: ${where} holds ` +
          `${describe(node)}, not a mapping with keys. Set emails-key to a dotted path that ` +
          'exists in the file.',
        nodeLocation(node, at)
      )
    }
    const { found, value } = lookup(node, name, resolve)
    if (!found) {
      throw teamFileError(
        `emails-key "${shownKey}" not found in emails-file ${file}: ${where} has no key ` +
          `"${bounded(name)}" (${keyList(keysOf(node))}). Set emails-key to a dotted path that ` +
          'exists in the file.',
        nodeLocation(node, at)
      )
    }
    node = value
  }
  if (isSeq(node)) return node.items
  if (isEmpty(node)) return undefined
  let lists = ''
  if (isMap(node)) {
    const list = listInMapping(node, file, path.join('.'), resolve, at)
    if (list.found) return list.items
    if (list.otherLists.length > 0) {
      const shown = list.otherLists.slice(0, 20).map(name => bounded(name))
      lists =
        ` It holds ${list.otherLists.length === 1 ? 'a list' : `${list.otherLists.length} lists`} (${shown.join(', ')}): ` +
        `point emails-key at one of them (e.g. ${bounded(`${path.join('.')}.${list.otherLists[0]}`)}).`
    }
  }
  throw teamFileError(
    `emails-key "${shownKey}" in emails-file ${file} holds ${describe(node)}, not a list of ` +
      'addresses. Point emails-key at a list of addresses (or of mappings with an "email" key).' +
      lists,
    nodeLocation(node, at)
  )
}

function nodeLocation(
  node: unknown,
  at: (start: number, end?: number) => SourceLocation
): SourceLocation | undefined {
  const range = (node as { range?: [number, number, number] | null } | null)?.range
  return range ? at(range[0]) : undefined
}

function listedItem(item: unknown, file: string, pos: Positions, resolve: Resolve): ListedEntry {
  const target = resolve(item)
  let address: unknown
  if (isScalar(target)) {
    address = item
  } else if (isMap(target)) {
    for (const pair of target.items) {
      if (isScalar(pair.key) && pair.key.value === 'email') address = pair.value
    }
  }
  const addressNode = resolve(address)
  if (isScalar(addressNode) && typeof addressNode.value === 'string') {
    const entry = located({ text: addressNode.value, origin: 'file' }, address, file, pos)
    if (isMap(target)) withGroup(entry, target, file, pos, resolve)
    return entry
  }
  const entry = located({ text: '', origin: 'file', notAnAddress: true }, item, file, pos)
  const source = entry.location ? sourceOf(item, pos) : ''
  entry.text =
    source !== '' && source.length <= MAX_ENTRY_SOURCE && !/[\r\n]/.test(source)
      ? source
      : `${file}:${entry.location?.line ?? 1}`
  return entry
}

// A block collection's range runs on to the next line; the entry's text and place should not.
function sourceOf(node: unknown, pos: Positions): string {
  const range = (node as { range?: [number, number, number] | null } | null)?.range
  return range ? pos.content.slice(range[0], range[1]).trimEnd() : ''
}

function located(entry: ListedEntry, node: unknown, file: string, pos: Positions): ListedEntry {
  const range = (node as { range?: [number, number, number] | null } | null)?.range
  if (range) entry.location = locate(pos, file, range[0], range[0] + sourceOf(node, pos).length)
  return entry
}

// A mapping item's `group:`. A value that is not a string (a number, nothing, a list) is
// kept as written, so that it is reported as a bad group name rather than silently dropped.
function withGroup(
  entry: ListedEntry,
  map: YAMLMap,
  file: string,
  pos: Positions,
  resolve: Resolve
): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'group') continue
    const node = resolve(pair.value)
    const written = pair.value ?? pair.key
    entry.group =
      isScalar(node) && typeof node.value === 'string' ? node.value : sourceOf(pair.value, pos)
    const range = (written as { range?: [number, number, number] | null }).range
    if (range) {
      entry.groupLocation = locate(pos, file, range[0], range[0] + sourceOf(written, pos).length)
    }
  }
}
