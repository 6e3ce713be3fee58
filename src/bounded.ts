// Text a user gave, quoted back to them in a log line, an annotation, an error message, the
// summary or an output key. One wrong file read as a team file (a 2 MB line) must not flood
// each of those with its whole content, so long text is cut, with its length said.
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
