import type { ListedEntry } from './types.js'

/** One address as found in a larger text: its characters and where they sit (UTF-16 offsets). */
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
const COMMA = 44
const SEMICOLON = 59
const BACKSLASH = 92

// A quoted display name never spans lines, so an unclosed quote is an ordinary character.
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) return i
    if (code === LF || code === CR) return -1
    if (code === BACKSLASH) {
      const next = text.charCodeAt(i + 1)
      if (next === LF || next === CR) return -1
      i++
    }
  }
  return -1
}

function pushPiece(text: string, start: number, end: number, out: AddressSpan[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (start === end) return
  if (text.charCodeAt(end - 1) === 0x3e /* > */) {
    const open = text.lastIndexOf('<', end - 1)
    if (open >= start) {
      let innerStart = open + 1
      let innerEnd = end - 1
      while (innerStart < innerEnd && isSpace(text.charCodeAt(innerStart))) innerStart++
      while (innerEnd > innerStart && isSpace(text.charCodeAt(innerEnd - 1))) innerEnd--
      // `Name <>` is kept whole so that validation reports it rather than it vanishing.
      if (innerStart < innerEnd) {
        start = innerStart
        end = innerEnd
      }
      out.push({ text: text.slice(start, end), start, end })
      return
    }
  }
  let wordStart = -1
  for (let i = start; i <= end; i++) {
    const space = i === end || isSpace(text.charCodeAt(i))
    if (space && wordStart >= 0) {
      out.push({ text: text.slice(wordStart, i), start: wordStart, end: i })
      wordStart = -1
    } else if (!space && wordStart < 0) {
      wordStart = i
    }
  }
}

/**
 * Finds the addresses in a list written by hand. Pieces are separated by line breaks, commas
 * and semicolons; a piece `Name <addr>` gives `addr` (a double-quoted name may contain
 * separators), any other piece gives its whitespace-separated words. With `comments`, `#`
 * outside a quoted name ends the line's content.
 */
export function scanAddresses(text: string, comments = false): AddressSpan[] {
  const out: AddressSpan[] = []
  let pieceStart = 0
  let blank = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === LF || code === CR || code === COMMA || code === SEMICOLON) {
      pushPiece(text, pieceStart, i, out)
      pieceStart = i + 1
      blank = true
    } else if (code === HASH && comments) {
      pushPiece(text, pieceStart, i, out)
      const lineEnd = text.indexOf('\n', i)
      i = lineEnd < 0 ? text.length : lineEnd
      pieceStart = i + 1
      blank = true
    } else if (code === QUOTE && blank) {
      const close = closingQuote(text, i + 1)
      if (close >= 0) i = close
      blank = false
    } else if (blank && !isSpace(code)) {
      blank = false
    }
  }
  pushPiece(text, pieceStart, text.length, out)
  return out
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

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i

/**
 * A practical check of a normalised address: what a mail system would plausibly accept,
 * not the full RFC 5321 grammar. Returns why the address is refused, or undefined.
 */
export function checkAddress(address: string): string | undefined {
  if (address.length === 0) return 'is empty'
  // Anything beyond printable ASCII is refused outright: it covers control characters that
  // could forge log lines and Unicode look-alikes that would invite the wrong person.
  if (/[^\x20-\x7e]/.test(address)) return 'contains non-ASCII or control characters'
  if (address.includes(' ')) return 'contains whitespace'
  if (address.length > 254) return 'is longer than 254 characters'
  const at = address.indexOf('@')
  if (at < 0) return 'has no @'
  if (address.indexOf('@', at + 1) >= 0) return 'has more than one @'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return 'has nothing before the @'
  if (local.length > 64) return 'has more than 64 characters before the @'
  if (local.startsWith('.') || local.endsWith('.')) return 'starts or ends with a dot before the @'
  if (local.includes('..')) return 'has two dots in a row before the @'
  if (domain.length === 0) return 'has nothing after the @'
  if (!domain.includes('.')) return 'domain has no dot'
  for (const label of domain.split('.')) {
    if (label.length === 0)
      return 'domain has an empty part (two dots in a row, or a dot at an end)'
    if (label.length > 63) return 'domain has a part longer than 63 characters'
    if (!/^[a-z0-9-]+$/i.test(label))
      return 'domain has characters other than letters, digits, hyphens and dots'
    if (!LABEL.test(label)) return 'domain has a part that starts or ends with a hyphen'
  }
  return undefined
}
