// Turns results into what people read: the failure message, log lines, annotations and
// the job summary model. Pure: the edge (main.ts) hands these to @actions/core.
import type { ApiFailure } from './client.js'
import { INVALID_KEY_HINT, isKeyRefusal } from './failure.js'
import type { Duplicate, Plan } from './plan.js'
import type { RunResults } from './results.js'
import type { AddressResult, SourceLocation } from './types.js'

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
      // The runner also honours the old command form `##[name]data` ANYWHERE in a log line
      // (actions/runner ActionCommand.TryParse), so a valid address such as
      // `##[set-env]a@x.co`, or an error code from the server, could fail the step or stop
      // command processing. Found by __tests__/reliability (injection attempts).
      .replace(/##\[/g, '##\\u005b')
  )
}

export function where(location: SourceLocation | undefined): string {
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

export function describeFailure(failure: ApiFailure): string {
  const parts = [
    failure.status === undefined ? undefined : `HTTP ${failure.status}`,
    failure.code,
    '-',
    printable(failure.message),
    failure.id === undefined ? undefined : `(id ${printable(failure.id)})`
  ]
  const text = parts.filter(Boolean).join(' ')
  return failure.retriesExhausted
    ? `${text}; gave up after ${plural(failure.attempts, 'attempt')}`
    : text
}

export interface Counts {
  invited: number
  wouldInvite: number
  errors: number
  invalid: number
  skipped: number
}

export function countResults(results: readonly AddressResult[]): Counts {
  const counts: Counts = { invited: 0, wouldInvite: 0, errors: 0, invalid: 0, skipped: 0 }
  for (const r of results) {
    if (r.kind === 'invited') counts.invited++
    else if (r.kind === 'would-invite') counts.wouldInvite++
    else if (r.kind === 'error') counts.errors++
    else if (r.kind === 'invalid') counts.invalid++
    else counts.skipped++
  }
  return counts
}

/**
 * The addresses of batches that failed as a whole. Fix: a Set, looked up once per result;
 * scanning every failure's address list for each result was quadratic and took about a
 * minute for 100,000 addresses when every batch failed (an outage).
 */
function failedAddresses(run: RunResults): Set<string> {
  return new Set(run.failures.flatMap(f => f.addresses))
}

export function wrongOrgHint(keyOrg: string, org: string): string {
  return `The key belongs to org '${keyOrg}', not '${org}': use a service account key of '${org}', or set org to '${keyOrg}'.`
}

export interface FailOptions {
  org: string
  failOnErrors: boolean
  /** The org the key belongs to, when it can be read from the key. */
  keyOrg?: string
}

/**
 * The one message the step fails with, or undefined when it succeeds. Each line is one
 * cause: refused or failed batches, batches not sent, per-address errors (with
 * fail-on-errors), invalid addresses.
 */
export function failureMessage(run: RunResults, options: FailOptions): string | undefined {
  const lines: string[] = []
  for (const { failure, addresses } of run.failures) {
    // Only a 4xx is a refusal; a redirect, an unreadable answer or exhausted retries are not.
    const refused =
      !failure.retriesExhausted &&
      failure.status !== undefined &&
      failure.status >= 400 &&
      failure.status < 500
    const verb = refused ? 'Control Plane refused' : 'Sending failed for'
    lines.push(
      `${verb} ${plural(addresses.length, 'address')}: ${describeFailure(failure)}. Affected: ${listSome(addresses)}.`
    )
    if (isKeyRefusal(failure) && options.keyOrg !== undefined && options.keyOrg !== options.org) {
      lines.push(wrongOrgHint(options.keyOrg, options.org))
    } else if (failure.status === 401) {
      lines.push(INVALID_KEY_HINT)
    } else if (failure.status === 403) {
      lines.push(
        `Check that the service account is allowed to invite users to org '${options.org}' (the 'invite' permission on users, e.g. membership of the superusers group).`
      )
    }
  }
  const notSent = run.results.filter(r => r.kind === 'error' && r.error.code === 'not_sent')
  if (notSent.length > 0) {
    lines.push(
      `${plural(notSent.length, 'address')} not sent because ${run.notSentBecause ?? 'of an earlier failure'}: ${listSome(notSent.map(r => r.address))}.`
    )
  }
  if (options.failOnErrors) {
    const inFailed = failedAddresses(run)
    const refused = run.results.filter(
      r => r.kind === 'error' && !inFailed.has(r.address) && r.error.code !== 'not_sent'
    )
    if (refused.length > 0) {
      lines.push(
        `Control Plane refused ${plural(refused.length, 'address')} (fail-on-errors is true): ${listSome(refused.map(r => r.address))}.`
      )
    }
  }
  const invalid = run.results.filter(r => r.kind === 'invalid')
  if (invalid.length > 0) {
    lines.push(
      `${plural(invalid.length, 'invalid address')} not sent: ${listSome(invalid.map(r => r.address))}. Fix or remove them; see the annotations.`
    )
  }
  return lines.length === 0 ? undefined : lines.join('\n')
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  location?: SourceLocation
}

export function annotations(plan: Plan, run: RunResults, failOnErrors: boolean): Annotation[] {
  const located = new Map(plan.items.map(item => [item.address, item.location]))
  const inFailed = failedAddresses(run)
  const out: Annotation[] = []
  for (const r of run.results) {
    if (r.kind === 'invalid') {
      out.push({
        level: 'error',
        title: r.error.code === 'invalid_entry' ? 'Not an address' : 'Invalid address',
        message: `${printable(r.address)}: ${r.error.message}`,
        location: r.location
      })
    } else if (r.kind === 'error' && r.error.code !== 'not_sent' && !inFailed.has(r.address)) {
      out.push({
        level: failOnErrors ? 'error' : 'warning',
        title: 'Invitation refused',
        message: `${printable(r.address)}: ${r.error.code} - ${printable(r.error.message)}`,
        location: located.get(r.address)
      })
    }
  }
  const invalid = new Set(plan.items.filter(i => i.kind === 'invalid').map(i => i.address))
  for (const d of plan.duplicates) out.push(duplicateAnnotation(d, invalid.has(d.address)))
  if (run.unknownErrorKeys.length > 0) {
    out.push({
      level: 'warning',
      title: 'Unexpected answer',
      message: `The API reported errors for ${plural(run.unknownErrorKeys.length, 'address')} that were not sent: ${listSome(run.unknownErrorKeys)}. They are not counted.`
    })
  }
  if (run.notInResponse.length > 0) {
    out.push({
      level: 'notice',
      title: 'Not named in the answer',
      message: `${plural(run.notInResponse.length, 'address')} ${run.notInResponse.length === 1 ? 'was sent and not refused, but the API named it' : 'were sent and not refused, but the API named them'} in neither 'invitations' nor 'errors'; ${run.notInResponse.length === 1 ? 'it is' : 'they are'} counted as invited: ${listSome(run.notInResponse)}.`
    })
  }
  if (plan.removed.length > 0) {
    out.push({
      level: 'notice',
      title: 'Removed from the team file',
      message: `${plural(plan.removed.length, 'address')} left the team file but ${plan.removed.length === 1 ? 'was' : 'were'} NOT removed from the org (this action only invites): ${listSome(plan.removed)}.`
    })
  }
  return out
}

function duplicateAnnotation(d: Duplicate, invalid: boolean): Annotation {
  const first = d.first === undefined ? 'in the emails input' : `at ${where(d.first)}`
  return {
    level: 'warning',
    title: 'Duplicate address',
    message: `${printable(d.address)} is listed more than once (first ${first}); ${invalid ? 'it is reported once' : 'it is sent once'}.`,
    location: d.location
  }
}

// ---- Job summary ----

/** Rows beyond this collapse into counts; keeps the summary far below its 1 MiB limit. */
export const SUMMARY_ROW_LIMIT = 1000

const LABELS: Record<AddressResult['kind'], string> = {
  invited: '✅ invited',
  'would-invite': '📝 would invite',
  error: '❌ error',
  invalid: '⚠️ invalid',
  skipped: '⏭️ skipped'
}

/**
 * Longest text shown in one table cell or one item of a note, before escaping (valid
 * addresses are at most 254 characters). Fix: an entry of any length used to be shown
 * whole, so a few long entries (a wrong file read as a team file) made the summary exceed
 * its 1 MiB limit, and the runner then drops the whole summary. The outputs keep it whole.
 */
const CELL_MAX_CHARS = 500
const NOTE_ITEM_MAX_CHARS = 254
/** Rows also stop once their cells reach this size, so that the summary stays far below 1 MiB. */
export const SUMMARY_ROW_BYTES = 384 * 1024

function clip(text: string, limit: number): string {
  if (text.length <= limit) return text
  // Do not cut a surrogate pair in two.
  const end = /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit
  return `${text.slice(0, end)}…`
}

/** Escapes text for an HTML table cell that GitHub renders inside markdown. */
export function cell(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
}

/**
 * Escapes text for a markdown line of the summary (the notes). Fix: the notes used cell(),
 * which leaves markdown alone, and put removed addresses in backtick code spans, where
 * entities show literally (`a&amp;b`) and a backtick in an address ends the span. An
 * address such as `[x](https://evil.example)@x.com` (valid: RFC 5322 allows these
 * characters before the @) then became a link in the summary. Every character markdown
 * gives a meaning is now a numeric character reference, which reads the same in markdown
 * and in HTML.
 */
export function markdownText(text: string): string {
  // `@` too: GitHub turns a bare address in markdown into a mailto link.
  return printable(text).replace(/[&<>"|\\`*_[\]()~!$@]/g, c => `&#${c.charCodeAt(0)};`)
}

function detail(r: AddressResult): string {
  switch (r.kind) {
    case 'invited':
      return r.detail ?? ''
    case 'would-invite':
      return 'dry run: not sent'
    case 'error':
      return `${r.error.status === undefined ? '' : `HTTP ${r.error.status} `}${r.error.code}: ${r.error.message}`
    case 'invalid':
      return `${r.location ? `${where(r.location)} ` : ''}${r.error.message}`
    case 'skipped':
      return r.reason === 'member'
        ? 'already a member of the org'
        : 'unchanged since the base commit'
  }
}

const SEVERITY: Record<AddressResult['kind'], number> = {
  error: 0,
  invalid: 1,
  skipped: 2,
  invited: 3,
  'would-invite': 3
}

export interface SummaryModel {
  heading: string
  headline: string
  /** Header row first; every cell already escaped. */
  rows: string[][]
  /** Lines of markdown after the table (collapsed rows, removed, duplicates). */
  notes: string[]
}

export function summaryModel(
  org: string,
  dryRun: boolean,
  plan: Plan,
  run: RunResults,
  rowLimit = SUMMARY_ROW_LIMIT,
  redact: (text: string) => string = text => text
): SummaryModel {
  // Redact before cutting and escaping: a key cut short or escaped would no longer match.
  const shown = (text: string, max: number): string => clip(redact(text), max)
  const counts = countResults(run.results)
  const parts = dryRun
    ? [`**${counts.wouldInvite}** would be invited`]
    : [`**${counts.invited}** invited`]
  parts.push(
    `**${counts.errors}** ${counts.errors === 1 ? 'error' : 'errors'}`,
    `**${counts.invalid}** invalid`,
    `**${counts.skipped}** skipped`
  )
  if (plan.duplicates.length > 0) {
    parts.push(`${plural(plan.duplicates.length, 'duplicate')} ignored`)
  }

  // Unchanged addresses were invited before; listing them would bury what this run did.
  const listed = run.results.filter(r => !(r.kind === 'skipped' && r.reason === 'unchanged'))
  const unchanged = run.results.length - listed.length
  // An empty cell would come out as an unclosed <td> from core.summary.
  const toRow = (r: AddressResult): string[] => [
    cell(shown(r.address, CELL_MAX_CHARS)),
    LABELS[r.kind],
    cell(shown(detail(r), CELL_MAX_CHARS)) || '-'
  ]
  const sizeOf = (row: string[]): number =>
    row.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  // Problems first, so they are never buried under a long list of invitations.
  const ordered = [...listed].sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind])
  let body = ordered.slice(0, rowLimit).map(toRow)
  let bytes = 0
  const over = body.findIndex(row => (bytes += sizeOf(row)) > SUMMARY_ROW_BYTES)
  // Too large to show whole even within the row limit (see CELL_MAX_CHARS): as many as fit.
  if (over !== -1) body = body.slice(0, Math.max(1, over))
  const rows = [['Address', 'Result', 'Detail'], ...body]
  const notes: string[] = []
  if (body.length < listed.length) {
    notes.push(
      `Showing ${body.length} of ${listed.length} addresses, errors first. The step outputs list them all.`
    )
  }
  if (unchanged > 0) {
    notes.push(
      `${plural(unchanged, 'address')} unchanged since the base commit ${unchanged === 1 ? 'is' : 'are'} not listed (skipped: \`unchanged\`).`
    )
  }
  if (plan.removed.length > 0) {
    notes.push(
      `**Removed from the team file** (not removed from the org; this action only invites): ${plan.removed
        .slice(0, 100)
        .map(a => `<code>${markdownText(shown(a, NOTE_ITEM_MAX_CHARS))}</code>`)
        .join(', ')}${plan.removed.length > 100 ? ` and ${plan.removed.length - 100} more` : ''}`
    )
  }
  if (plan.duplicates.length > 0) {
    notes.push(
      `**Duplicates** (counted once): ${plan.duplicates
        .slice(0, 100)
        .map(
          d =>
            `${markdownText(shown(d.address, NOTE_ITEM_MAX_CHARS))}${d.location ? ` (${markdownText(shown(where(d.location), NOTE_ITEM_MAX_CHARS))})` : ''}`
        )
        .join(
          ', '
        )}${plan.duplicates.length > 100 ? ` and ${plan.duplicates.length - 100} more` : ''}`
    )
  }
  return {
    heading: `${dryRun ? 'Dry run: ' : ''}Control Plane invitations for org ${org}`,
    headline: parts.join(' · '),
    rows,
    notes
  }
}
