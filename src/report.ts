// Turns results into what people read: the failure message, log lines, annotations and
// the job summary model. Pure: the edge (main.ts) hands these to @actions/core.
import type { ApiFailure } from './client.js'
import { INVALID_KEY_HINT, isKeyRefusal } from './failure.js'
import type { Duplicate, Plan } from './plan.js'
import type { RunResults, UnmatchedRefusal } from './results.js'
import { API_KEY_MAX_CHARS, API_MESSAGE_MAX_CHARS, API_NAME_MAX_CHARS, clipped } from './text.js'
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

/** One bounded line: the API's code, message and id may be of any length. */
export function describeFailure(failure: ApiFailure): string {
  const parts = [
    failure.status === undefined ? undefined : `HTTP ${failure.status}`,
    printable(clipped(failure.code, API_NAME_MAX_CHARS)),
    '-',
    printable(clipped(failure.message, API_MESSAGE_MAX_CHARS)),
    failure.id === undefined
      ? undefined
      : `(id ${printable(clipped(failure.id, API_NAME_MAX_CHARS))})`
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
  /**
   * only-added was on: the next push compares with this commit, where the addresses that
   * failed are already listed, so it will not retry them.
   */
  onlyAdded?: boolean
  /**
   * The step failed on its setup (a wrong path, missing event data, a refused token): a
   * re-run fails the same way, so the advice is to fix the cause and then catch up.
   */
  configuration?: boolean
}

/** Kinds of batch failure the message describes one by one; the rest are counted. */
const FAILURE_GROUPS_SHOWN = 5
/** Ids listed per kind of failure. */
const IDS_SHOWN = 3

/** One line for a group of identical batch failures: count, first ids, first addresses. */
function failureLine(group: RunResults['failures'][number]): string {
  const { failure, addresses, batches, ids } = group
  // Only a 4xx is a refusal; a redirect, an unreadable answer or exhausted retries are not.
  const refused =
    !failure.retriesExhausted &&
    failure.status !== undefined &&
    failure.status >= 400 &&
    failure.status < 500
  const verb = refused ? 'Control Plane refused' : 'Sending failed for'
  if (batches <= 1) {
    return `${verb} ${plural(addresses.length, 'address')}: ${describeFailure(failure)}. Affected: ${listSome(addresses)}.`
  }
  const idList =
    ids.length === 0
      ? ''
      : ` (ids ${listSome(
          ids.map(id => clipped(id, API_NAME_MAX_CHARS)),
          IDS_SHOWN
        )})`
  return `${verb} ${plural(addresses.length, 'address')} in ${plural(batches, 'batch')}: ${describeFailure({ ...failure, id: undefined })}${idList}. Affected: ${listSome(addresses)}.`
}

/**
 * The one message the step fails with, or undefined when it succeeds. Each line is one
 * cause: refused or failed batches, batches not sent, per-address errors (with
 * fail-on-errors), invalid addresses.
 */
export function failureMessage(run: RunResults, options: FailOptions): string | undefined {
  const lines: string[] = []
  // Identical failures are grouped (status, code, message), so many batches that failed the
  // same way make one line; a hint about the key is given once.
  const hints = new Set<string>()
  for (const group of run.failures.slice(0, FAILURE_GROUPS_SHOWN)) {
    lines.push(failureLine(group))
    const { failure } = group
    let hint: string | undefined
    if (isKeyRefusal(failure) && options.keyOrg !== undefined && options.keyOrg !== options.org) {
      hint = wrongOrgHint(options.keyOrg, options.org)
    } else if (failure.status === 401) {
      hint = INVALID_KEY_HINT
    } else if (failure.status === 403) {
      hint = `Check that the service account is allowed to invite users to org '${options.org}' (the 'invite' permission on users, e.g. membership of the superusers group).`
    }
    if (hint !== undefined && !hints.has(hint)) {
      hints.add(hint)
      lines.push(hint)
    }
  }
  const hidden = run.failures.slice(FAILURE_GROUPS_SHOWN)
  if (hidden.length > 0) {
    const count = hidden.reduce((sum, group) => sum + group.addresses.length, 0)
    lines.push(
      `${plural(hidden.length, 'other kind')} of failure affected ${plural(count, 'more address')}; the errors output and the job summary give each address its error.`
    )
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
    const alone = run.unmatched.filter(u => u.addresses.length === 0)
    if (alone.length > 0) {
      lines.push(
        `Control Plane refused ${plural(alone.length, 'key')} that ${alone.length === 1 ? 'is' : 'are'} not an address sent (fail-on-errors is true): ${unmatchedList(alone)}.`
      )
    }
  }
  const invalid = run.results.filter(r => r.kind === 'invalid')
  if (invalid.length > 0) {
    lines.push(
      `${plural(invalid.length, 'invalid address')} not sent: ${listSome(invalid.map(r => r.address))}. Fix or remove them; see the annotations.`
    )
  }
  if (lines.length === 0) return undefined
  // Only what was never sent or failed as a batch can succeed on another try; an address
  // the API refused by name (already_exists...) gets the same answer again.
  const inFailed = failedAddresses(run)
  const notInvited = run.results.filter(
    r => r.kind === 'error' && (r.error.code === 'not_sent' || inFailed.has(r.address))
  ).length
  if (options.onlyAdded && notInvited > 0) {
    const them = notInvited === 1 ? 'it' : 'them'
    const missed = `a later push compares the team file with this commit, where ${notInvited === 1 ? 'it is' : 'they are'} already listed, and will not retry ${them}`
    lines.push(
      options.configuration
        ? `Fix the cause, then catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README) to invite the ${plural(notInvited, 'address')} not invited: re-running this job would fail the same way, and ${missed}.`
        : `Re-run this job to retry the ${plural(notInvited, 'address')} not invited: ${missed}. ` +
            'Or catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README).'
    )
  }
  return lines.join('\n')
}

/** `"key" (code - message); ...`: the unmatched refusals, a few of them, each bounded. */
function unmatchedList(refusals: readonly UnmatchedRefusal[]): string {
  const shown = refusals
    .slice(0, 3)
    .map(
      r =>
        `${printable(JSON.stringify(clipped(r.key, API_KEY_MAX_CHARS)))} (${printable(clipped(r.error.code, API_NAME_MAX_CHARS))} - ${printable(clipped(r.error.message, API_MESSAGE_MAX_CHARS))})`
    )
    .join('; ')
  return refusals.length > 3 ? `${shown} (+${refusals.length - 3} more)` : shown
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
  // Refusals that no address took (every address of the batch was invited); the others
  // show as the unmatched_error of the addresses they left unnamed.
  const alone = run.unmatched.filter(u => u.addresses.length === 0)
  if (alone.length > 0) {
    out.push({
      level: failOnErrors ? 'error' : 'warning',
      title: 'Unmatched refusal',
      message: `The API refused ${plural(alone.length, 'key')} that ${alone.length === 1 ? 'is' : 'are'} not an address sent, although every address of ${alone.length === 1 ? 'its batch' : 'their batches'} was invited: ${unmatchedList(alone)}.`
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

/** GitHub shows at most 10 error and 10 warning annotations of a step (50 of a job). */
export const ANNOTATIONS_PER_KIND = 10

/**
 * The first `perKind` annotations of each kind (level and title), in order, and for each kind
 * with more, one annotation that counts the rest: a file of a million invalid entries would
 * otherwise write a million workflow commands, which GitHub does not show and which cost
 * seconds and hundreds of MB of log. The counts stay exact; the outputs list every entry.
 */
export function capAnnotations(list: readonly Annotation[], perKind: number): Annotation[] {
  const shown = new Map<string, number>()
  const kept: Annotation[] = []
  const over = new Map<string, { first: Annotation; count: number }>()
  for (const a of list) {
    const kind = `${a.level} ${a.title}`
    const count = shown.get(kind) ?? 0
    if (count < perKind) {
      shown.set(kind, count + 1)
      kept.push(a)
    } else {
      const more = over.get(kind)
      if (more) more.count++
      else over.set(kind, { first: a, count: 1 })
    }
  }
  for (const { first, count } of over.values()) {
    kept.push({
      level: first.level,
      title: `${first.title} (${count} more)`,
      message: `${plural(count, `more "${first.title}" annotation`)} not shown: only the first ${perKind} of a kind are shown. The step's outputs (emails, errors, skipped) list every entry and the job summary counts them.`
    })
  }
  return kept
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
