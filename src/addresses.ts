// Address lists written by hand: split into entries by one linear scan, then each address
// checked by a maintained validator (@hapi/address, what joi uses).
import { analyzeEmail } from '@hapi/address/dist/email.js'
import { domainToASCII } from 'node:url'
import type { ListedEntry } from './types.js'

/** One entry as found in a larger text: its characters and where they sit (UTF-16 offsets). */
export interface AddressSpan {
  text: string
  start: number
  end: number
}

// The characters JavaScript's `\s` matches, tested by code so the scan stays one cheap loop.
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const LF = 10
const CR = 13
const QUOTE = 34
const HASH = 35
const OPEN_PAREN = 40
const CLOSE_PAREN = 41
const COMMA = 44
const COLON = 58
const SEMICOLON = 59
const LESS = 60
const GREATER = 62
const AT = 64
const BACKSLASH = 92

/** Line breaks, commas and semicolons end an entry; white space only separates words. */
function isSeparator(code: number): boolean {
  return code === LF || code === CR || code === COMMA || code === SEMICOLON
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR
}

/**
 * The closing quote of a quoted string opened just before `from`, or where the search
 * failed as a negative number (-1 - index): a quoted name never spans lines.
 */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) return i
    if (isLineBreak(code)) return -1 - i
    if (code === BACKSLASH) {
      if (isLineBreak(text.charCodeAt(i + 1))) return -1 - (i + 1)
      i++
    }
  }
  return -1 - text.length
}

/** Like closingQuote, for an RFC 5322 comment `(...)`, which may nest. */
function closingParen(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === CLOSE_PAREN && --depth === 0) return i
    if (code === OPEN_PAREN) depth++
    else if (isLineBreak(code)) return -1 - i
    else if (code === BACKSLASH) {
      if (isLineBreak(text.charCodeAt(i + 1))) return -1 - (i + 1)
      i++
    }
  }
  return -1 - text.length
}

/** Whether text[from, to) holds an `@`. */
function holdsAt(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === AT) return true
  return false
}

/**
 * The `>` closing a `<` just before `from`, or -1. The search stops at the next `<` or
 * separator, so no character is searched twice however many `<` a line holds.
 */
function closingAngle(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === GREATER) return i
    if (code === LESS || isSeparator(code)) return -1
  }
  return -1
}

/**
 * A run of text between white space and separators (quoted strings, comments and `<...>`
 * may hold either), and what it is:
 * - `address`: holds an `@` outside a leading quoted string or comment;
 * - `angle`: ends with `<...>`, with no `@` before the `<`;
 * - `comment`: one RFC 5322 comment, `(...)`;
 * - `group`: ends with `:` (the name of an RFC 5322 group, `Team: a@x, b@x;`);
 * - `word`: anything else (part of a display name, or a stray word).
 */
interface Chunk {
  kind: 'address' | 'angle' | 'comment' | 'group' | 'word'
  start: number
  end: number
  /** For `angle`: the offset of `<`. */
  open?: number
}

/** Splits one text; holds where an unclosed quote or comment was last found. */
class ListScanner {
  // A quote or comment opened before these offsets is known to stay unclosed (nothing closes
  // it before the line ends), so it is not searched again: each character is searched once.
  private quoteFailsBefore = 0
  private commentFailsBefore = 0
  /** Where the words not yet placed (a display name, or strays) start and end; -1: none. */
  private pendingStart = -1
  private pendingEnd = -1
  readonly out: AddressSpan[] = []

  constructor(
    private readonly text: string,
    private readonly comments: boolean
  ) {}

  scan(): AddressSpan[] {
    const { text } = this
    let i = 0
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (isSeparator(code)) {
        this.flushStrays()
        i++
      } else if (isSpace(code)) {
        i++
      } else if (code === HASH && this.comments && this.startsWord(i)) {
        const lineEnd = text.indexOf('\n', i)
        i = lineEnd < 0 ? text.length : lineEnd
      } else {
        const chunk = this.readChunk(i)
        this.take(chunk)
        i = chunk.end
      }
    }
    this.flushStrays()
    return this.out
  }

  /** After white space, a separator or nothing: not right after `<...>`. */
  private startsWord(i: number): boolean {
    return i === 0 || this.endsChunk(this.text.charCodeAt(i - 1))
  }

  private readChunk(start: number): Chunk {
    const { text } = this
    let i = start
    // An @ inside a quoted name or a comment is never skipped: the chunk becomes an entry,
    // which validation reports, rather than an address vanishing with the name around it.
    let hasAt = false
    const first = text.charCodeAt(start)
    if (first === QUOTE && start >= this.quoteFailsBefore) {
      const close = closingQuote(text, start + 1)
      if (close >= 0) {
        i = close + 1
        hasAt = holdsAt(text, start + 1, close) && !this.namesNextAngle(start + 1, close)
      } else this.quoteFailsBefore = -1 - close
    } else if (first === OPEN_PAREN && start >= this.commentFailsBefore) {
      const close = closingParen(text, start + 1)
      if (close >= 0) {
        i = close + 1
        hasAt = holdsAt(text, start + 1, close)
        if (!hasAt && (i === text.length || this.endsChunk(text.charCodeAt(i))))
          return { kind: 'comment', start, end: i }
      } else {
        this.commentFailsBefore = -1 - close
      }
    }
    // A `<` left open earlier in the chunk (`<<a@x.io>`) makes a later `<...>` plain text.
    let openAngle = false
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (this.endsChunk(code)) break
      if (code === AT) hasAt = true
      else if (code === LESS) {
        const close = closingAngle(text, i + 1)
        if (close < 0) openAngle = true
        // `<...>` ends the chunk; glued to more text (`<b>bold</b>@x.io`) it is just text.
        else if (
          !openAngle &&
          (close + 1 === text.length || this.endsChunk(text.charCodeAt(close + 1)))
        )
          return { kind: hasAt ? 'address' : 'angle', start, end: close + 1, open: i }
      }
    }
    if (hasAt) return { kind: 'address', start, end: i }
    return { kind: text.charCodeAt(i - 1) === COLON ? 'group' : 'word', start, end: i }
  }

  /**
   * Whether the quoted name between `from` and `to` is the address in the `<...>` that
   * follows it (`"ann@x.io" <ann@x.io>`, as Outlook and Gmail write it): then it is only a
   * name. Looks past white space only, so each character is looked at here at most once.
   */
  private namesNextAngle(from: number, to: number): boolean {
    const { text } = this
    let i = to + 1
    while (i < text.length && isSpace(text.charCodeAt(i)) && !isSeparator(text.charCodeAt(i))) i++
    if (text.charCodeAt(i) !== LESS) return false
    const close = closingAngle(text, i + 1)
    if (close < 0) return false
    const inner = normaliseAddress(text.slice(i + 1, close))
    return inner === normaliseAddress(text.slice(from, to))
  }

  private endsChunk(code: number): boolean {
    return isSeparator(code) || isSpace(code)
  }

  private take(chunk: Chunk): void {
    switch (chunk.kind) {
      case 'comment':
        // A comment is ignored wherever it stands, as RFC 5322 says.
        return
      case 'word':
        this.addPending(chunk)
        return
      case 'group':
        // `mailto:` is a link's prefix, not a group: it stays, and is reported.
        if (this.slice(chunk.start, chunk.end).toLowerCase() === 'mailto:') this.addPending(chunk)
        else this.pendingStart = -1
        return
      case 'address':
        this.flushStrays()
        this.push(chunk.start, chunk.end)
        return
      case 'angle':
        this.takeAngle(chunk)
    }
  }

  /** `Name <addr>`: the words before are the display name; the entry is `addr`. */
  private takeAngle(chunk: Chunk): void {
    const open = chunk.open as number
    let start = open + 1
    let end = chunk.end - 1
    while (start < end && isSpace(this.text.charCodeAt(start))) start++
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--
    if (start < end) this.push(start, end)
    // `Name <>` is kept whole so that validation reports it rather than it vanishing.
    else this.push(this.pendingStart < 0 ? chunk.start : this.pendingStart, chunk.end)
    this.pendingStart = -1
  }

  /** Words that are no address's display name: one entry, which validation reports. */
  private flushStrays(): void {
    if (this.pendingStart >= 0) this.push(this.pendingStart, this.pendingEnd)
    this.pendingStart = -1
  }

  private addPending(chunk: Chunk): void {
    if (this.pendingStart < 0) this.pendingStart = chunk.start
    this.pendingEnd = chunk.end
  }

  private push(start: number, end: number): void {
    this.out.push({ text: this.slice(start, end), start, end })
  }

  private slice(start: number, end: number): string {
    return this.text.slice(start, end)
  }
}

/**
 * Finds the entries in a list written by hand, in one linear pass. Entries are separated by
 * line breaks, commas, semicolons and white space. `Name <addr>` and `"Last, First" <addr>`
 * give `addr`; RFC 5322 comments `(...)` and group names (`Team:`) are ignored; words that
 * are no address's display name form one entry, which validation then reports. Quoted
 * strings and comments hold separators but never span lines. With `comments`, `#` at the
 * start of a word ends the line's content (`a#b@x.io` is an address).
 */
export function scanAddresses(text: string, comments = false): AddressSpan[] {
  return new ListScanner(text, comments).scan()
}

/** Splits the `emails` input into the entries it lists, in order, duplicates kept. */
export function splitEmailInput(text: string): ListedEntry[] {
  return scanAddresses(text).map(span => ({ text: span.text, origin: 'input' }))
}

/** The form in which addresses are compared and sent: trimmed and lowercased, like the CLI. */
export function normaliseAddress(text: string): string {
  // String.prototype.trim already covers a BOM (U+FEFF) and all Unicode white space.
  return text.trim().toLowerCase()
}

/**
 * Checks a normalised address with @hapi/address: an RFC 5321 mailbox of printable ASCII
 * (a dot-atom before the @, a domain of at least two labels). Returns why the address is
 * refused, or undefined.
 */
export function checkAddress(address: string): string | undefined {
  if (address.length === 0) return 'is empty'
  // No Unicode: a look-alike letter would invite the wrong person, and a control character
  // could forge a log line. Unicode domains are refused with their ASCII form shown.
  if (analyzeEmail(address, { allowUnicode: false }) === null) return strayMark(address)
  return describeProblem(address)
}

/**
 * Stricter than RFC 5321, on purpose: marks that a mail server would take but that, in a
 * list written by hand, are left over from the text around the address (a quote, a backtick,
 * a Markdown `*`), and a top-level domain that cannot exist (one character, or digits).
 */
function strayMark(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  for (const mark of ["'", '`', '*']) {
    if (local.startsWith(mark) || local.endsWith(mark)) {
      const kind = mark === '*' ? 'a Markdown mark' : 'a quote'
      return `starts or ends with ${JSON.stringify(mark)} before the @, most likely ${kind} left over from the text it was copied from: remove it`
    }
  }
  const tld = address.slice(address.lastIndexOf('.') + 1)
  if (tld.length === 1)
    return `domain ends in a one-character part (".${tld}"): no top-level domain is that short`
  if (/^\d+$/.test(tld))
    return `domain ends in a part of digits only (".${tld}"): no top-level domain is a number`
  return undefined
}

/** Whether the address passes every check: the validator's and the stricter ones. */
function isAccepted(address: string): boolean {
  return analyzeEmail(address, { allowUnicode: false }) === null && strayMark(address) === undefined
}

/**
 * Whether a quoted string or a comment in the entry holds an @: the scanner reads no address
 * there, so the entry is reported whole. Linear: one pass, comments counted by depth.
 */
function hidesAddress(text: string): boolean {
  let quoted = false
  let depth = 0
  let sawAt = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === BACKSLASH && (quoted || depth > 0)) i++
    else if (quoted) {
      if (code === AT) sawAt = true
      else if (code === QUOTE) {
        if (sawAt) return true
        quoted = false
      }
    } else if (code === OPEN_PAREN) depth++
    else if (depth > 0) {
      if (code === AT) sawAt = true
      else if (code === CLOSE_PAREN && --depth === 0) {
        if (sawAt) return true
      }
    } else if (code === QUOTE) {
      quoted = true
      sawAt = false
    }
    if (!quoted && depth === 0) sawAt = false
  }
  return false
}

/** What a `mailto:` link's address is: up to `?`, percent-encoding read back. */
function mailtoAddress(rest: string): string {
  const query = rest.indexOf('?')
  const target = query < 0 ? rest : rest.slice(0, query)
  try {
    return decodeURIComponent(target)
  } catch {
    return target
  }
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i

/** RFC 5322 atext: what a dot-atom local part may hold besides dots. */
function isAtext(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(code))
  )
}

/** Characters that need a quote, for a message: `", (` and so on, each once, a few at most. */
function listOdd(text: string, isOk: (code: number) => boolean): string {
  const odd: string[] = []
  for (let i = 0; i < text.length && odd.length < 5; i++) {
    const c = text[i] as string
    if (!isOk(text.charCodeAt(i)) && !odd.includes(c)) odd.push(c)
  }
  return odd.map(c => JSON.stringify(c)).join(' ')
}

function isNonAscii(code: number): boolean {
  return code > 0x7e
}

// Why the validator refused an address, in words a user can act on. Only called for an
// address the validator refused; every test is linear in the address's length.
function describeProblem(address: string): string {
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return 'contains control characters'
  }
  if (hidesAddress(address)) {
    return 'has an address inside a quoted name or a comment, where no address is read: write each address as an entry of its own (Name <addr>), outside quotes and parentheses'
  }
  if (address.toLowerCase().startsWith('mailto:')) {
    const target = mailtoAddress(address.slice('mailto:'.length))
    return `starts with "mailto:", which makes a link, not an address: write the address alone${isAccepted(target) ? `, ${target}` : ''}`
  }
  const at = address.indexOf('@')
  if (at < 0) return 'has no @'
  if (address.indexOf('@', at + 1) >= 0) return 'has more than one @'
  if (/\s/.test(address)) return 'contains whitespace'
  if (address.length > 254) return 'is longer than 254 characters'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return 'has nothing before the @'
  if (/[^\x20-\x7e]/.test(local)) {
    return `has non-ASCII characters before the @ (${listOdd(local, c => !isNonAscii(c))}): only ASCII letters, digits and ${"!#$%&'*+-/=?^_`{|}~."} are accepted there`
  }
  if (local.length > 64) return 'has more than 64 characters before the @'
  const odd = listOdd(local, c => c === 0x2e || isAtext(c))
  if (odd !== '') return `has characters that are not allowed before the @: ${odd}`
  if (local.startsWith('.') || local.endsWith('.')) return 'starts or ends with a dot before the @'
  if (local.includes('..')) return 'has two dots in a row before the @'
  if (domain.length === 0) return 'has nothing after the @'
  if (/[^\x20-\x7e]/.test(domain)) {
    const ascii = domainToASCII(domain)
    return ascii === '' || ascii === domain
      ? 'domain has non-ASCII characters and is not a valid international domain name'
      : `domain has non-ASCII characters: if ${domain} is right, write its ASCII form, ${address.slice(0, at)}@${ascii}`
  }
  if (!domain.includes('.')) return 'domain has no dot'
  const labels = domain.split('.')
  for (const label of labels) {
    if (label.length === 0)
      return 'domain has an empty part (two dots in a row, or a dot at an end)'
    if (label.length > 63) return 'domain has a part longer than 63 characters'
    if (!/^[a-z0-9-]+$/i.test(label))
      return 'domain has characters other than letters, digits, hyphens and dots'
    if (!LABEL.test(label)) return 'domain has a part that starts or ends with a hyphen'
  }
  if (!/^[a-z]/i.test(labels[labels.length - 1] as string))
    return 'domain ends in a part that does not start with a letter'
  return 'is not a valid address'
}
