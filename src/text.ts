// Bounds on text the API sends back, shared by the results (outputs) and the report (log
// lines, the failure message): a server may answer with a page of HTML, or with a code or
// an id of any length, and a message repeated per batch or per address must stay readable.

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
