// What the step says about its results in words: the failure message it fails with, one
// line per batch failure, and the counts.
import { INVALID_KEY_HINT, isKeyRefusal, type ApiFailure } from '../send/failure.js'
import type { BatchOutcome } from '../send/batches.js'
import type { RetryNotice } from '../send/client.js'
import { readAnswer, type RunResults, type UnmatchedRefusal } from './results.js'
import {
  API_KEY_MAX_CHARS,
  API_MESSAGE_MAX_CHARS,
  API_NAME_MAX_CHARS,
  clipped,
  listSome,
  plural,
  printable
} from '../text.js'
import type { GroupSyncReport } from '../plan/groups.js'
import type { AddressResult } from '../types.js'

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
 * The addresses of batches that failed as a whole, as a Set looked up once per result, so
 * that an outage over 100,000 addresses stays linear.
 */
export function failedAddresses(run: RunResults): Set<string> {
  return new Set(run.failures.flatMap(f => f.addresses))
}

/**
 * When the key was refused and belongs to another org (`keyOrg`, read from the key), the
 * hint that says so; otherwise undefined, and the caller's own hint applies.
 */
export function wrongOrgHint(
  failure: ApiFailure,
  keyOrg: string | undefined,
  org: string
): string | undefined {
  if (!isKeyRefusal(failure) || keyOrg === undefined || keyOrg === org) return undefined
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
    const hint =
      wrongOrgHint(failure, options.keyOrg, options.org) ??
      (failure.status === 401
        ? INVALID_KEY_HINT
        : failure.status === 403
          ? `Check that the service account is allowed to invite users to org '${options.org}' (the 'invite' permission on users, e.g. membership of the superusers group).`
          : undefined)
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
export function unmatchedList(refusals: readonly UnmatchedRefusal[]): string {
  const shown = refusals
    .slice(0, 3)
    .map(
      r =>
        `${printable(JSON.stringify(clipped(r.key, API_KEY_MAX_CHARS)))} (${printable(clipped(r.error.code, API_NAME_MAX_CHARS))} - ${printable(clipped(r.error.message, API_MESSAGE_MAX_CHARS))})`
    )
    .join('; ')
  return refusals.length > 3 ? `${shown} (+${refusals.length - 3} more)` : shown
}

/** The log line for a retry: what failed, how long the wait is, which attempt comes next. */
export function retryLine(what: string, notice: RetryNotice): string {
  return `${what}: ${printable(notice.reason)}; retrying in ${(notice.waitMs / 1000).toFixed(1)} s (attempt ${notice.attempt + 1} of ${notice.maxAttempts}).`
}

/**
 * What the log says about one batch: a line for a batch not sent; otherwise a title and one
 * line per address, which the log folds into a group.
 */
export function batchLog(
  outcome: BatchOutcome,
  count: number,
  redact: (text: string) => string
): { title: string; lines?: string[] } {
  const n = outcome.emails.length
  const title = `Batch ${outcome.index + 1}/${count}: ${plural(n, 'address')}`
  if (outcome.kind === 'not-sent') {
    return { title: `${title}: not sent (an earlier batch stopped the rest).` }
  }
  const lines: string[] = []
  let summary: string
  if (outcome.kind === 'failed') {
    summary = `failed: ${describeFailure(outcome.failure)}`
    for (const address of outcome.emails) lines.push(`✗ ${address}`)
  } else {
    // The same reading as the results, so the log cannot disagree with the outputs.
    const read = readAnswer(outcome, redact)
    const refusedCount = read.results.filter(r => r.kind === 'error').length
    summary = `HTTP 200, ${n - refusedCount} invited, ${refusedCount} refused${outcome.attempts > 1 ? ` (after ${outcome.attempts} attempts)` : ''}`
    for (const r of read.results) {
      lines.push(
        r.kind === 'error'
          ? `✗ ${printable(r.address)}: ${printable(r.error.code)} - ${printable(r.error.message)}`
          : `✓ ${printable(r.address)}` // a valid address may hold `##[` (see printable)
      )
    }
    for (const u of read.unmatched.filter(u => u.addresses.length === 0)) {
      lines.push(
        `! refused ${printable(JSON.stringify(u.key))}, not an address sent: ${printable(u.error.code)} - ${printable(u.error.message)}`
      )
    }
  }
  return { title: `${title} - ${summary}`, lines }
}

/** What the log says about sync-groups: one line per group. */
export function groupSyncLines(report: GroupSyncReport, dryRun: boolean): string[] {
  if (report.groups.length === 0) {
    return [`sync-groups: every existing member is in the group their entry names.`]
  }
  return report.groups.map(item => {
    const who = `${plural(item.addresses.length, 'member')} (${listSome(item.addresses)})`
    switch (item.state) {
      case 'planned':
        return `sync-groups: would add ${who} to group ${item.group}${dryRun ? ' (dry run: nothing sent)' : ''}.`
      case 'added':
        return `sync-groups: added ${who} to group ${item.group}.`
      case 'failed':
        return `sync-groups: could not add ${who} to group ${item.group}: ${item.failure ? describeFailure(item.failure) : 'failed'}.`
      case 'unread':
        return `sync-groups: could not read group ${item.group}, so nobody was added to it: ${item.failure ? describeFailure(item.failure) : 'failed'}.`
    }
  })
}

/** The lines sync-groups adds to the failure message: each group it could not complete. */
export function groupSyncFailureLines(report: GroupSyncReport | undefined): string[] {
  if (report === undefined) return []
  const lines: string[] = []
  if (report.notRun?.fails) lines.push(report.notRun.reason)
  for (const item of report.groups) {
    if (item.state !== 'failed' && item.state !== 'unread') continue
    const what =
      item.state === 'failed'
        ? `could not add ${plural(item.addresses.length, 'member')} to group '${item.group}'`
        : `could not read group '${item.group}', so ${plural(item.addresses.length, 'member')} listed in it ${item.addresses.length === 1 ? 'was' : 'were'} not checked or added`
    const cause = item.failure === undefined ? 'failed' : describeFailure(item.failure)
    lines.push(
      `sync-groups ${what}: ${cause}. Affected: ${listSome(item.addresses)}.${item.hint ? ` ${item.hint}` : ''}`
    )
  }
  return lines
}
