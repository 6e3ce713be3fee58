// The annotations of a run: invalid entries and duplicates at their place in the team file,
// refusals, and notes on the answers and the team file.
import type { Duplicate, Plan } from '../plan/invites.js'
import { failedAddresses, unmatchedList } from './messages.js'
import type { RunResults } from './results.js'
import { listSome, plural, printable, where } from '../text.js'
import type { SourceLocation } from '../types.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  location?: SourceLocation
}

const INVALID_TITLES: Record<string, string> = {
  invalid_entry: 'Not an address',
  invalid_group: 'Invalid group',
  group_conflict: 'Two groups for one address'
}

/** `removeMissing`: remove-missing ran, so the org's members were compared with the file. */
export function annotations(
  plan: Plan,
  run: RunResults,
  failOnErrors: boolean,
  removeMissing = false
): Annotation[] {
  const located = new Map(plan.items.map(item => [item.address, item.location]))
  const inFailed = failedAddresses(run)
  const out: Annotation[] = []
  for (const r of run.results) {
    if (r.kind === 'invalid') {
      out.push({
        level: 'error',
        title: INVALID_TITLES[r.error.code] ?? 'Invalid address',
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
      message: removeMissing
        ? `${plural(plan.removed.length, 'address')} left the team file since the base; remove-missing compared the org's members with the whole file (see its part of the job summary): ${listSome(plan.removed)}.`
        : `${plural(plan.removed.length, 'address')} left the team file but ${plan.removed.length === 1 ? 'was' : 'were'} NOT removed from the org (this action only invites): ${listSome(plan.removed)}.`
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
