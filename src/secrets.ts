// The key must never reach a log line, an output, the summary or an error message, even
// when a server echoes it back. Masking (core.setSecret) covers the runner's log; this
// module covers everything the action writes itself.
import { isControlPlaneName } from './names.js'

/** The forms of the key that can appear in text: as given, without `Bearer `, and with it. */
export function secretForms(token: string): string[] {
  const bare = stripBearer(token)
  if (bare === '') return []
  const forms = new Set([token.trim(), bare, `Bearer ${bare}`])
  // Echoes are often URL- or JSON-escaped.
  for (const form of [...forms]) {
    forms.add(encodeURIComponent(form))
    forms.add(JSON.stringify(form).slice(1, -1))
  }
  return [...forms].filter(form => form.length >= 4).sort((a, b) => b.length - a.length)
}

export function stripBearer(token: string): string {
  // A lone "Bearer" (`token: Bearer ${{ secrets.X }}` with the secret unset) is a prefix
  // without a key, so it strips to ''.
  return token.trim().replace(/^bearer(?:\s+|$)/i, '')
}

/** The Authorization header value: `Bearer ` is added only when the key lacks it. */
export function authorizationHeader(token: string): string {
  return `Bearer ${stripBearer(token)}`
}

export type Redactor = (text: string) => string

/** Pieces of a key shorter than this, cut short with "…", are left: they give little away. */
const MIN_CUT = 12

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function makeRedactor(secrets: string[]): Redactor {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length)
  if (forms.length === 0) return text => text
  // - Case is ignored: addresses and the keys of the API's maps are lowercased before they
  //   are shown, so a key pasted into `emails`, or echoed by a server as a map key, appears
  //   lowercased.
  // - A form cut short with "…" is redacted too: messages shorten long values before the
  //   redactor sees them (quote() cuts input values at 100 characters, summary cells at 500),
  //   so a long key pasted into, say, `org` would otherwise show up to the cut.
  const whole = new RegExp(forms.map(escapeRegExp).join('|'), 'gi')
  const lowered = forms.map(form => form.toLowerCase())
  const heads = [
    ...new Set(forms.filter(f => f.length > MIN_CUT).map(f => escapeRegExp(f.slice(0, MIN_CUT))))
  ]
  const cut = heads.length === 0 ? undefined : new RegExp(`(?:${heads.join('|')})[^…]*…`, 'gi')
  return text => {
    const out = text.replace(whole, '***')
    if (cut === undefined) return out
    return out.replace(cut, match => {
      const piece = match.slice(0, -1).toLowerCase()
      return lowered.some(form => form.startsWith(piece)) ? '***…' : match
    })
  }
}

/**
 * The org a service account key belongs to, when it can be read from the key (its second
 * dot-separated part is base64url of `org.serviceAccount.x`). Used only to explain a 403.
 */
export function orgOfKey(token: string): string | undefined {
  const part = stripBearer(token).split('.')[1]
  if (part === undefined || part === '') return undefined
  try {
    const decoded = Buffer.from(part, 'base64url').toString('utf8')
    const org = decoded.split('.')[0]
    return org !== undefined && isControlPlaneName(org) ? org : undefined
  } catch {
    return undefined
  }
}
