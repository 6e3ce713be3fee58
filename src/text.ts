// Text helpers shared by every step. Text a user gave, or a server sent, is quoted back in log
// lines, annotations, messages, the summary and output keys: it is made printable (one log
// line, no workflow command) and bounded (one wrong file read as a team file, a 2 MB line,
// must not flood each of those with its whole content).
import { createHash } from 'node:crypto'

/** Above every valid address (254 characters at most), so no address is ever cut. */
export const ECHO_MAX_CHARS = 256

/** `ann@…(2,097,152 characters)`: the first `max` characters and the original length. */
export function bounded(text: string, max = ECHO_MAX_CHARS): string {
  if (text.length <= max) return text
  // Do not cut a surrogate pair in two.
  const code = text.charCodeAt(max - 1)
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return `${text.slice(0, end)}…(${text.length.toLocaleString('en-US')} characters)`
}

/**
 * The same, for a key that must stay distinct (an invalid entry in the `errors` output): two
 * long entries that begin alike and have the same length differ in the digest of their text.
 */
export function boundedKey(text: string): string {
  if (text.length <= ECHO_MAX_CHARS) return text
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 12)
  return `${bounded(text).slice(0, -1)}, sha256 ${digest})`
}

/** Shows a user's value in a message without letting it break the line. */
export function quote(value: string): string {
  return JSON.stringify(bounded(value, 100))
}

// Bounds on text the API sends back: a server may answer with a page of HTML, or with a code
// or an id of any length, and a message repeated per batch or per address must stay readable.

/** The API's message is quoted up to this length. */
export const API_MESSAGE_MAX_CHARS = 300
/**
 * A code or an id from the API is quoted up to this length: Control Plane's codes are a
 * word or two and its ids are UUIDs (36 characters), and a failure line may hold four.
 */
export const API_NAME_MAX_CHARS = 40
/** A key of the API's errors map (an address, an id, a path) is quoted up to this length. */
export const API_KEY_MAX_CHARS = 100

/** `text`, cut to `limit` characters with `…` when longer. */
export function clipped(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`
}

/**
 * Makes text safe for one log line: control characters (CR, LF, NUL...) become escapes, and
 * so does the `[` of `##[`.
 */
export function printable(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, c => {
        const code = c.charCodeAt(0)
        if (code === 10) return '\\n'
        if (code === 13) return '\\r'
        if (code === 9) return '\\t'
        return `\\u${code.toString(16).padStart(4, '0')}`
      })
      // The runner honours the old command form `##[name]data` anywhere in a log line
      // (actions/runner ActionCommand.TryParse), so a valid address such as
      // `##[set-env]a@x.co`, or an error code from a server, could otherwise fail the step or
      // stop command processing.
      .replace(/##\[/g, '##\\u005b')
  )
}

/** `file:line:column`, as editors and annotations read it; '' without a location. */
export function where(
  location: { file: string; line: number; column: number } | undefined
): string {
  return location === undefined ? '' : `${location.file}:${location.line}:${location.column}`
}

/** `a, b, c (+7 more)`: enough to find the addresses without flooding a message. */
export function listSome(addresses: readonly string[], limit = 5): string {
  const shown = addresses.slice(0, limit).map(printable).join(', ')
  return addresses.length > limit ? `${shown} (+${addresses.length - limit} more)` : shown
}

export function plural(count: number, word: string): string {
  if (count === 1) return `${count} ${word}`
  if (/(s|x|ch|sh)$/.test(word)) return `${count} ${word}es`
  if (/[^aeiou]y$/.test(word)) return `${count} ${word.slice(0, -1)}ies`
  return `${count} ${word}s`
}
