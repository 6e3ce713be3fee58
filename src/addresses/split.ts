// Address lists written by hand, split into entries by one linear scan.
import type { ListedEntry } from '../types.js'
import { normaliseAddress } from './validate.js'

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
