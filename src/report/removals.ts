// What remove-missing reports: one entry per member it judged (removed, would remove, not
// removed by a guard, skipped, failed), from which the outputs, the failure message, the
// closing log line and the summary section are all derived, so that they cannot disagree.
import { normaliseAddress } from '../addresses/validate.js'
import type { Member, RemovalGuard } from '../plan/removals.js'
import type { RemovalReport } from '../removal.js'
import { isKeyRefusal, type ApiFailure } from '../send/failure.js'
import { listSome, plural } from '../text.js'
import type { AddressError, SkipReason } from '../types.js'
import { describeFailure } from './messages.js'
import { cell, markdownText, SUMMARY_ROW_LIMIT } from './summary.js'

export type RemovalEntry =
  | { address: string; kind: 'removed' }
  | { address: string; kind: 'would-remove' }
  | { address: string; kind: 'not-removed'; guard: RemovalGuard }
  | { address: string; kind: 'skipped'; reason: Extract<SkipReason, RemovalSkip> }
  | { address: string; kind: 'error'; error: AddressError }

type RemovalSkip = 'kept' | 'superuser' | 'already-removed'

/** Why a guard refused, in a table cell. */
const GUARD_REASONS: Record<RemovalGuard, string> = {
  'invalid-entry': 'an entry given is invalid',
  'empty-file': 'the team file lists nobody',
  'unreadable-file': 'the team file could not be read',
  'superusers-unreadable': 'the superusers group could not be read',
  'invites-stopped': 'the invites stopped early',
  'max-removals': 'the plan removes more than max-removals allows'
}

export const PENDING_INVITATIONS_NOTE =
  'Pending invitations cannot be revoked through the API: someone who was invited and left the team file before accepting keeps a valid invitation, and this action cannot see it. ' +
  'Revoke it in the Console under Users, Pending Invites.'

const address = (member: Member): string => normaliseAddress(member.email)

/** One entry per member judged, exactly once each, in the order: removal, kept, superusers. */
export function removalEntries(report: RemovalReport | undefined): RemovalEntry[] {
  if (report === undefined || report.kind === 'skipped' || report.kind === 'failed') return []
  const { plan } = report
  const entries: RemovalEntry[] = []
  if (report.kind === 'refused') {
    for (const n of report.plan.notRemoved) {
      entries.push({ address: n.address, kind: 'not-removed', guard: n.guard })
    }
  } else if (report.kind === 'planned') {
    for (const m of report.plan.remove) entries.push({ address: address(m), kind: 'would-remove' })
  } else {
    for (const outcome of report.outcomes) {
      const who = address(outcome.member)
      if (outcome.kind === 'removed') entries.push({ address: who, kind: 'removed' })
      else if (outcome.kind === 'gone') {
        entries.push({ address: who, kind: 'skipped', reason: 'already-removed' })
      } else if (outcome.kind === 'failed') {
        entries.push({ address: who, kind: 'error', error: removalError(outcome.failure) })
      } else {
        entries.push({
          address: who,
          kind: 'error',
          error: {
            code: 'not_removed',
            message: `not removed: an earlier removal failed (${describeFailure(outcome.because)}), so no further members were removed`
          }
        })
      }
    }
  }
  for (const m of plan.kept) entries.push({ address: address(m), kind: 'skipped', reason: 'kept' })
  for (const m of plan.superusers) {
    entries.push({ address: address(m), kind: 'skipped', reason: 'superuser' })
  }
  return entries
}

/** A DELETE the API answered with a 4xx is refused; anything else failed. */
function removalError(failure: ApiFailure): AddressError {
  const refused =
    !failure.retriesExhausted &&
    failure.status !== undefined &&
    failure.status >= 400 &&
    failure.status < 500
  const error: AddressError = {
    code: refused ? 'remove_refused' : 'remove_failed',
    message: describeFailure(failure)
  }
  if (failure.status !== undefined) error.status = failure.status
  if (failure.id !== undefined) error.id = failure.id
  return error
}

export interface RemovalOutputs {
  removedMembers: string[]
  skipped: Record<string, SkipReason>
  errors: Record<string, AddressError>
}

export function removalOutputs(entries: readonly RemovalEntry[]): RemovalOutputs {
  const outputs: RemovalOutputs = {
    removedMembers: [],
    skipped: Object.create(null) as Record<string, SkipReason>,
    errors: Object.create(null) as Record<string, AddressError>
  }
  for (const e of entries) {
    if (e.kind === 'removed') outputs.removedMembers.push(e.address)
    else if (e.kind === 'skipped') outputs.skipped[e.address] = e.reason
    else if (e.kind === 'error') outputs.errors[e.address] = e.error
  }
  return outputs
}

/** The lines removal adds to the step's failure message; empty when it succeeded. */
export function removalFailure(report: RemovalReport | undefined, org: string): string[] {
  if (report === undefined) return []
  if (report.kind === 'failed') return [report.message]
  if (report.kind === 'refused') return [report.plan.message]
  if (report.kind !== 'done') return []
  const lines: string[] = []
  const failed = report.outcomes.filter(o => o.kind === 'failed')
  const groups = new Map<string, { failure: ApiFailure; addresses: string[] }>()
  for (const o of failed) {
    const key = JSON.stringify([o.failure.status, o.failure.code, o.failure.message])
    const group = groups.get(key) ?? { failure: o.failure, addresses: [] }
    group.addresses.push(address(o.member))
    groups.set(key, group)
  }
  for (const { failure, addresses } of groups.values()) {
    lines.push(
      `Could not remove ${plural(addresses.length, 'member')} from org '${org}': ${describeFailure(failure)}. Affected: ${listSome(addresses)}.`
    )
    if (isKeyRefusal(failure)) {
      lines.push(
        `Check that the key is valid and that the service account may remove users from org '${org}' (the 'delete' permission on users).`
      )
    }
  }
  const notSent = report.outcomes.filter(o => o.kind === 'not-sent')
  if (notSent.length > 0) {
    lines.push(
      `${plural(notSent.length, 'member')} not removed because an earlier removal failed and the rest would have failed the same way: ${listSome(notSent.map(o => address(o.member)))}. Run again once the cause is fixed.`
    )
  }
  return lines
}

export interface RemovalCounts {
  removed: number
  wouldRemove: number
  notRemoved: number
  skipped: number
  errors: number
}

export function countRemovals(entries: readonly RemovalEntry[]): RemovalCounts {
  const counts: RemovalCounts = { removed: 0, wouldRemove: 0, notRemoved: 0, skipped: 0, errors: 0 }
  for (const e of entries) {
    if (e.kind === 'removed') counts.removed++
    else if (e.kind === 'would-remove') counts.wouldRemove++
    else if (e.kind === 'not-removed') counts.notRemoved++
    else if (e.kind === 'skipped') counts.skipped++
    else counts.errors++
  }
  return counts
}

/** The closing log line of removal. */
export function removalLogLine(report: RemovalReport, entries: readonly RemovalEntry[]): string {
  const c = countRemovals(entries)
  switch (report.kind) {
    case 'skipped':
      return 'Removal: skipped (see the notice).'
    case 'failed':
      return 'Removal: failed before planning; nobody was removed.'
    case 'refused':
      return `Removal: refused; nobody was removed (${c.notRemoved} not removed, ${c.skipped} skipped).`
    case 'planned':
      return `Removal plan: ${c.wouldRemove} would be removed, ${c.skipped} skipped. Nobody was removed.`
    case 'done':
      return `Removal: ${c.removed} removed, ${c.errors} failed or not removed, ${c.skipped} skipped.`
  }
}

const LABELS: Record<RemovalEntry['kind'], string> = {
  removed: '🗑️ removed',
  'would-remove': '📝 would remove',
  'not-removed': '🛑 not removed',
  skipped: '⏭️ skipped',
  error: '❌ error'
}

const SKIP_DETAILS: Record<RemovalSkip, string> = {
  kept: 'kept: matches keep',
  superuser: 'superuser: the action never removes superusers; remove by hand if they should go',
  'already-removed': 'already-removed: the member was already gone (HTTP 404)'
}

function detail(e: RemovalEntry): string {
  switch (e.kind) {
    case 'removed':
      return 'removed from the org'
    case 'would-remove':
      return 'missing from the team file; nothing was removed in this run'
    case 'not-removed':
      return `refused: ${GUARD_REASONS[e.guard]}`
    case 'skipped':
      return SKIP_DETAILS[e.reason]
    case 'error':
      return `${e.error.code}: ${e.error.message}`
  }
}

export interface RemovalSummary {
  heading: string
  headline: string
  /** Header row first; every cell already escaped. None when nobody was judged. */
  rows: string[][]
  /** Markdown lines, already escaped. */
  notes: string[]
}

/** The summary section of removal. `redact` runs before escaping, as in the main summary. */
export function removalSummary(
  org: string,
  report: RemovalReport,
  redact: (text: string) => string,
  rowLimit = SUMMARY_ROW_LIMIT
): RemovalSummary {
  const entries = removalEntries(report)
  const c = countRemovals(entries)
  const text = (t: string): string => markdownText(redact(t))
  const parts =
    report.kind === 'planned'
      ? [`**${c.wouldRemove}** would be removed`]
      : report.kind === 'done'
        ? [`**${c.removed}** removed`, `**${c.errors}** ${c.errors === 1 ? 'error' : 'errors'}`]
        : report.kind === 'refused'
          ? [`**refused**: **${c.notRemoved}** not removed`]
          : [`**${report.kind}**`]
  parts.push(`**${c.skipped}** skipped`)
  const rows =
    entries.length === 0
      ? []
      : [
          ['Member', 'Result', 'Detail'],
          ...entries
            .slice(0, rowLimit)
            .map(e => [cell(redact(e.address)), LABELS[e.kind], cell(redact(detail(e)))])
        ]
  const notes: string[] = []
  if (entries.length === 0 && (report.kind === 'planned' || report.kind === 'done')) {
    notes.push('Every member of the org is in the team file: nobody to remove.')
  }
  if (entries.length > rowLimit) {
    notes.push(`Showing ${rowLimit} of ${entries.length} members. The step outputs list them all.`)
  }
  if (report.kind === 'skipped') notes.push(text(report.why))
  else if (report.kind === 'failed') notes.push(text(report.message))
  else if (report.kind === 'refused') notes.push(text(report.plan.message))
  else if (report.kind === 'planned') {
    notes.push(text(`Plan only (${report.why}): nobody was removed.`))
  }
  notes.push(`**${text('Pending invitations')}**: ${text(PENDING_INVITATIONS_NOTE)}`)
  return {
    heading: `${report.kind === 'planned' ? 'Removal plan' : 'Removal'} (remove-missing) for org ${org}`,
    headline: parts.join(' · '),
    rows,
    notes
  }
}
