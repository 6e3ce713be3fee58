// Reads the two common shapes of a YAML team file line by line, without the yaml package's
// syntax tree. The tree costs about 5 µs and 2 KB a line: 100,000 `- user@example.com` lines
// took 0.6 s and 280 MB of RSS through the parser, 0.05 s without; 100,000 mapping items
// took 1.9 s and 540 MB, 0.1 s and 110 MB this way (Node 24, whole process for the RSS).
//
// Only what has one certain reading is taken: single-line plain scalars, quoted ones without
// escapes, identifier keys, exact indentation, comments after a space. Anything else (flow
// collections, anchors, aliases, tags, block scalars, multi-line values, tabs, escapes,
// duplicate keys, `?`, `---`, `%`, an item or email that might not be a string, a mapping
// without email, a second top-level key such as `members:` after `emails:`) makes these
// readers return undefined, and the full parser reads the file and gives the error messages.
//
// Every check is a loop or a regular expression that cannot backtrack: a row is looked at a
// bounded number of times, so the time is linear in the file's size whatever it holds.
// __tests__/yaml-fast-path.test.ts compares these readers with yaml.parse and the full path.
import type { ListedEntry, SourceLocation } from '../types.js'

const SPACE = 32
const HASH = 35
const CR = 13

/** Whether text[from, to) holds no line terminator (what `.` of a regular expression skips). */
function noLineBreak(text: string, from: number, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === CR || code === 0x2028 || code === 0x2029) return false
  }
  return true
}

/**
 * Whether row[from..] is only spaces, or spaces and then a comment (a `#` after at least one
 * space, running to the end of the row).
 */
function onlyCommentAfter(row: string, from: number): boolean {
  let i = from
  while (row.charCodeAt(i) === SPACE) i++
  if (i === row.length) return true
  return i > from && row.charCodeAt(i) === HASH && noLineBreak(row, i + 1)
}

/** Whether the row is blank or a comment line: spaces, then nothing or a `#` comment. */
function isQuietRow(row: string): boolean {
  let i = 0
  while (row.charCodeAt(i) === SPACE) i++
  return i === row.length || (row.charCodeAt(i) === HASH && noLineBreak(row, i + 1))
}

// The local part starts with a letter, digit or underscore, so it is never a YAML indicator;
// the address ends where its character classes end (sticky: tried at one place only).
const PLAIN_ADDRESS = /[A-Za-z0-9_][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+/y

/** `- user@example.com` lines, with blank and comment lines between: a list of strings. */
function plainList(text: string, file: string): ListedEntry[] | undefined {
  const entries: ListedEntry[] = []
  let line = 0
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    // A CR before the LF ends the line with it.
    const rowEnd = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end
    const row = text.slice(start, rowEnd)
    start = end + 1
    if (row.charCodeAt(0) === 45 /* - */ && row.charCodeAt(1) === SPACE) {
      let at = 2
      while (row.charCodeAt(at) === SPACE) at++
      PLAIN_ADDRESS.lastIndex = at
      const address = PLAIN_ADDRESS.exec(row)?.[0]
      if (address === undefined || !onlyCommentAfter(row, at + address.length)) return undefined
      entries.push({
        text: address,
        origin: 'file',
        location: {
          file,
          line: line + 1,
          column: at + 1,
          endLine: line + 1,
          endColumn: at + 1 + address.length
        }
      })
    } else if (!isQuietRow(row)) {
      return undefined
    }
  }
  return entries
}

// Characters that YAML and JavaScript both take as plain text: printable, none of YAML's
// line breaks or the BOM, and no white space but the space (trimEnd, used for locations,
// drops NBSP and the other Unicode spaces, which YAML keeps in a value). `u` flag: astral
// characters only as whole surrogate pairs.
const TEXT_CHARS =
  String.raw`\x20-\x7e\xa1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e` +
  String.raw`\u2060-\u2fff\u3001-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}`
const QUOTED_TEXT = new RegExp(`^[${TEXT_CHARS}]*$`, 'u')
// A plain scalar never starts with a space or an indicator: - ? : , [ ] { } # & * ! | > ' " % @ `
const PLAIN_TEXT = new RegExp(`^(?![- ?:,[\\]{}#&*!|>'"%@\`])[${TEXT_CHARS}]+$`, 'u')
// Plain scalars the core schema reads as null or a boolean; numbers start with [-+.0-9].
const NOT_A_STRING = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/
// A mapping key; short, as YAML limits implicit keys to 1024 characters.
const SIMPLE_KEY = /([A-Za-z_][A-Za-z0-9_-]{0,63}): +/y
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/
const LIST_KEYS = ['emails:', 'members:', 'users:']

interface SimpleScalar {
  /** As written, quotes included. */
  source: string
  value: string
  /** Certainly a string to the core schema (quoted, or plain but no null, bool or number). */
  isString: boolean
}

// The scalar that starts at `at` and, with an optional comment, ends the row.
function simpleScalar(row: string, at: number): SimpleScalar | undefined {
  const quote = row[at]
  if (quote === '"' || quote === "'") {
    // A second quote right after the closing one ('' escapes ') is not a comment: refused.
    const close = row.indexOf(quote, at + 1)
    if (close < 0) return undefined
    const value = row.slice(at + 1, close)
    if (quote === '"' && value.includes('\\')) return undefined
    if (!QUOTED_TEXT.test(value) || !onlyCommentAfter(row, close + 1)) return undefined
    return { source: row.slice(at, close + 1), value, isString: true }
  }
  const hash = row.indexOf(' #', at)
  if (hash >= 0 && !noLineBreak(row, hash + 2)) return undefined
  let end = hash < 0 ? row.length : hash
  while (end > at && row.charCodeAt(end - 1) === SPACE) end--
  const value = row.slice(at, end)
  if (!PLAIN_TEXT.test(value) || value.includes(': ') || value.endsWith(':')) return undefined
  return { source: value, value, isString: value.includes('@') || !NOT_A_STRING.test(value) }
}

function codePoints(text: string): number {
  let count = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) count--
  }
  return count
}

/**
 * A list at the top or under a single top-level `emails:`, `members:` or `users:` key, whose
 * items are addresses or mappings of `key: value` lines (`- email: ann@example.com` then
 * `  name: Ann Lee`). `astral`: the text holds surrogate pairs, so columns count them.
 */
function simpleList(text: string, file: string, astral: boolean): ListedEntry[] | undefined {
  const entries: ListedEntry[] = []
  const keys = new Set<string>()
  let keyed = false // under a top-level emails, members or users key
  let listIndent = -1 // column of the dashes, from the first item on
  let mapIndent = -1 // column of the keys of the current item, when it is a mapping
  let missingEmail = false // the current mapping item has no email key so far
  // The current mapping item's `group:` and its entry, whichever of the two comes first.
  let group: { value: string; location: SourceLocation } | undefined
  let itemEntry: ListedEntry | undefined
  const entryAt = (scalar: SimpleScalar, line: number, at: number): ListedEntry => {
    // Only ASCII precedes a scalar here, so its column is its offset in the row plus one.
    const width = astral ? codePoints(scalar.source) : scalar.source.length
    return {
      text: scalar.value,
      origin: 'file',
      location: { file, line, column: at + 1, endLine: line, endColumn: at + 1 + width }
    }
  }
  let line = 0
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start)
    const next = newline < 0 ? text.length + 1 : newline + 1
    let end = next - 1
    if (newline >= 0 && end > start && text.charCodeAt(end - 1) === CR) end--
    const row = text.slice(start, end)
    start = next
    line++
    let indent = 0
    while (row.charCodeAt(indent) === SPACE) indent++
    if (indent === row.length) continue
    if (row.charCodeAt(indent) === HASH) {
      if (!noLineBreak(row, indent + 1)) return undefined
      continue
    }
    let at = indent
    let match: RegExpExecArray | null
    const dash = row.charCodeAt(indent) === 45 && row.charCodeAt(indent + 1) === SPACE
    if (dash && (listIndent < 0 || indent === listIndent)) {
      if (missingEmail) return undefined
      listIndent = indent
      at += 2
      while (row.charCodeAt(at) === SPACE) at++
      SIMPLE_KEY.lastIndex = at
      match = SIMPLE_KEY.exec(row)
      if (!match) {
        const item = simpleScalar(row, at)
        if (!item?.isString) return undefined
        entries.push(entryAt(item, line, at))
        mapIndent = -1
        continue
      }
      mapIndent = at
      keys.clear()
      missingEmail = true
      group = undefined
      itemEntry = undefined
    } else if (indent !== mapIndent) {
      if (keyed || listIndent >= 0 || indent > 0) return undefined
      const listKey = LIST_KEYS.find(name => row.startsWith(name))
      if (listKey === undefined || !onlyCommentAfter(row, listKey.length)) return undefined
      keyed = true
      continue
    } else {
      SIMPLE_KEY.lastIndex = at
      match = SIMPLE_KEY.exec(row)
    }
    // A `key: value` line of a mapping item, at its first key's column.
    const name = match?.[1]
    if (name === undefined || RESERVED_KEY.test(name) || keys.has(name)) return undefined
    keys.add(name)
    const valueAt = SIMPLE_KEY.lastIndex
    const value = simpleScalar(row, valueAt)
    if (!value) return undefined
    if (name === 'email') {
      if (!value.isString) return undefined
      itemEntry = entryAt(value, line, valueAt)
      if (group !== undefined) {
        itemEntry.group = group.value
        itemEntry.groupLocation = group.location
      }
      entries.push(itemEntry)
      missingEmail = false
    } else if (name === 'group') {
      if (!value.isString) return undefined
      const location = entryAt(value, line, valueAt).location as SourceLocation
      if (itemEntry !== undefined) {
        itemEntry.group = value.value
        itemEntry.groupLocation = location
      } else {
        group = { value: value.value, location }
      }
    }
  }
  return missingEmail || entries.length === 0 ? undefined : entries
}

/**
 * The entries of a YAML team file in one of the common shapes, located as the full parser
 * locates them; undefined when the file is anything else (the full parser then reads it).
 * `astral`: the text holds surrogate pairs (columns count characters, not UTF-16 units).
 */
export function readCommonShapes(
  text: string,
  file: string,
  astral: boolean
): ListedEntry[] | undefined {
  // A CR that no LF follows is text to the yaml package (`- a@x.com\r` reads "a@x.com\r"),
  // but would be taken for half a line end here: such a file goes to the full parser.
  if (text.endsWith('\r')) return undefined
  return plainList(text, file) ?? simpleList(text, file, astral)
}
