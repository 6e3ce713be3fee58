// Decides which of the org's members a removal run would remove (remove-missing), and
// refuses the whole plan when a guard says so. Pure: the members, the superusers group and
// the desired addresses are fetched and read by the caller. Fail closed: anything unclear
// removes nobody.
import { checkAddress, normaliseAddress } from '../addresses/validate.js'
import { inputError } from '../errors.js'
import { linkedUser } from './groups.js'
import { quote } from '../text.js'

/** A member as the org's user listing shows it. */
export interface Member {
  email: string
  id?: string
}

/** One `keep` item: an address, or every address at a domain (`*@example.com`). */
export type KeepPattern = { kind: 'address'; address: string } | { kind: 'domain'; domain: string }

/** `max-removals`: a number of members, or a share of all members listed (in hundredths of a percent). */
export type MaxRemovals =
  { kind: 'count'; count: number } | { kind: 'percent'; hundredths: number; text: string }

export const DEFAULT_MAX_REMOVALS = '25%'

/** Why a whole removal plan is refused. */
export type RemovalGuard =
  | 'invalid-entry'
  | 'empty-file'
  | 'unreadable-file'
  | 'superusers-unreadable'
  | 'invites-stopped'
  | 'max-removals'

export interface NotRemoved {
  address: string
  guard: RemovalGuard
}

export type RemovalPlan =
  | {
      kind: 'refused'
      guard: RemovalGuard
      /** One message for the step's failure: what was refused, why, and the fix. */
      message: string
      /** Who would have been removed: reported as "not removed", not as errors. */
      notRemoved: NotRemoved[]
      kept: Member[]
      superusers: Member[]
    }
  | {
      kind: 'remove'
      /** Members missing from the desired set, to DELETE, in listing order. */
      remove: Member[]
      /** Missing members that a `keep` pattern holds (reported as skipped, `kept`). */
      kept: Member[]
      /** Missing members of `superusers` (skipped, `superuser`, with a warning). */
      superusers: Member[]
      /** The most `max-removals` allows for this org. */
      limit: number
    }

export interface RemovalInputs {
  /** Every member listed, in listing order. */
  members: readonly Member[]
  /** Every address given: the whole team file plus the `emails` input. */
  desired: Iterable<string>
  keep: readonly KeepPattern[]
  /**
   * The `memberLinks` of `superusers`; undefined when the group could not be read, or when it
   * also admits members by a query or an identity matcher (who those are cannot be known).
   */
  superuserLinks: readonly string[] | undefined
  maxRemovals: MaxRemovals
  /** A problem with the addresses given, which blocks every removal. */
  desiredProblem?: 'invalid-entry' | 'empty-file' | 'unreadable-file'
  /** An invite batch stopped the run: nothing is removed after that. */
  invitesStopped?: boolean
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

export function matchesKeep(address: string, keep: readonly KeepPattern[]): boolean {
  const normal = normaliseAddress(address)
  const domain = normal.slice(normal.lastIndexOf('@') + 1)
  return keep.some(k => (k.kind === 'address' ? k.address === normal : k.domain === domain))
}

/** The most a plan may remove: a count as given, or the percentage of all members, rounded down. */
export function removalLimit(max: MaxRemovals, memberCount: number): number {
  if (max.kind === 'count') return max.count
  // Whole numbers only, so 3 members at 33.33% is exactly 0.9999 and rounds down to 0.
  return Math.floor((memberCount * max.hundredths) / 10_000)
}

function describeLimit(max: MaxRemovals, limit: number, memberCount: number): string {
  return max.kind === 'count'
    ? `max-removals is ${limit}`
    : `max-removals is ${max.text} of ${memberCount} members, ${limit}`
}

const GUARD_MESSAGES: Record<Exclude<RemovalGuard, 'max-removals'>, string> = {
  'invalid-entry':
    'the addresses given have an invalid entry (see the errors); removal compares the org with every address given, so it needs all of them valid. Fix the entries and run again.',
  'empty-file':
    'the team file lists nobody; removing every member is never what an empty file means. Check emails-file.',
  'unreadable-file': 'the team file could not be read. Check emails-file.',
  'superusers-unreadable':
    "the superusers group could not be read, so the org's administrators cannot be told apart. Grant the service account the 'view' permission on groups.",
  'invites-stopped':
    'the invites stopped early or a batch failed; removal runs only after a complete invite run. Fix the cause and run again.'
}

/**
 * Plans a removal run. Every member is accounted for exactly once: in the desired set (not
 * in the plan), `kept` (a keep match, even if also a superuser), `superusers`, or `remove`.
 */
export function planRemovals(inputs: RemovalInputs): RemovalPlan {
  const desired = new Set<string>()
  for (const address of inputs.desired) desired.add(normaliseAddress(address))
  const superRefs = new Set<string>()
  // A link that names no user cannot be told apart from an administrator: the group counts
  // as unreadable rather than the link being passed over.
  let unreadableLink = false
  for (const link of inputs.superuserLinks ?? []) {
    const ref = linkedUser(link)
    if (ref === undefined) unreadableLink = true
    else superRefs.add(ref.toLowerCase())
  }

  const seen = new Set<string>()
  const remove: Member[] = []
  const kept: Member[] = []
  const superusers: Member[] = []
  for (const member of inputs.members) {
    const email = normaliseAddress(member.email)
    // A listing that shows someone twice counts them once.
    if (seen.has(email)) continue
    seen.add(email)
    if (desired.has(email)) continue
    if (matchesKeep(email, inputs.keep)) kept.push(member)
    else if (
      superRefs.has(email) ||
      (member.id !== undefined && superRefs.has(member.id.toLowerCase()))
    ) {
      superusers.push(member)
    } else remove.push(member)
  }

  const memberCount = seen.size
  const limit = removalLimit(inputs.maxRemovals, memberCount)
  const refuse = (guard: RemovalGuard, why: string): RemovalPlan => ({
    kind: 'refused',
    guard,
    message:
      remove.length === 0
        ? `Removal refused: ${why}`
        : `Removal refused, nobody was removed (${remove.length} would have been): ${why}`,
    notRemoved: remove.map(m => ({ address: normaliseAddress(m.email), guard })),
    kept,
    superusers
  })

  const problem =
    inputs.desiredProblem ?? (desired.size === 0 ? ('empty-file' as const) : undefined)
  if (problem !== undefined) return refuse(problem, GUARD_MESSAGES[problem])
  if (inputs.superuserLinks === undefined || unreadableLink) {
    return refuse('superusers-unreadable', GUARD_MESSAGES['superusers-unreadable'])
  }
  if (inputs.invitesStopped) return refuse('invites-stopped', GUARD_MESSAGES['invites-stopped'])
  if (remove.length > limit) {
    return refuse(
      'max-removals',
      `the plan removes ${remove.length} of ${memberCount} members, more than ${describeLimit(inputs.maxRemovals, limit, memberCount)}. ` +
        `If these removals are intended, set max-removals: ${remove.length} (or a higher percentage) for this run.`
    )
  }
  return { kind: 'remove', remove, kept, superusers, limit }
}

/**
 * Reads the `keep` input: addresses and `*@domain` patterns, separated by line breaks,
 * commas or white space. A domain pattern matches that domain only, not its subdomains.
 */
export function parseKeep(raw: string): KeepPattern[] {
  const patterns: KeepPattern[] = []
  for (const item of raw.split(/[\s,;]+/)) {
    if (item === '') continue
    const text = normaliseAddress(item)
    if (text.startsWith('*@')) {
      const domain = text.slice(2)
      if (checkAddress(`x@${domain}`) === undefined) {
        patterns.push({ kind: 'domain', domain })
        continue
      }
    } else if (!text.includes('*') && checkAddress(text) === undefined) {
      patterns.push({ kind: 'address', address: text })
      continue
    }
    throw inputError(
      'keep',
      `Input 'keep' lists ${quote(item)}, which is neither an email address nor a *@domain pattern. ` +
        'List addresses (admin@example.com) or whole domains (*@example.com), one per line.'
    )
  }
  return patterns
}

/** Reads the `max-removals` input: a whole number of members, or a percentage (default 25%). */
export function parseMaxRemovals(raw: string): MaxRemovals {
  const text = raw.trim() === '' ? DEFAULT_MAX_REMOVALS : raw.trim()
  const count = /^\d{1,7}$/.exec(text)
  if (count) return { kind: 'count', count: Number(text) }
  const percent = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%$/.exec(text)
  if (percent) {
    const hundredths = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'))
    if (hundredths <= 10_000) return { kind: 'percent', hundredths, text }
  }
  throw inputError(
    'max-removals',
    `Input 'max-removals' must be a whole number of members (such as 10) or a percentage of the org's members ` +
      `from 0% to 100% (such as 25%), not ${quote(raw)}.`
  )
}

/** What remove-missing does in this run, by event (see removalMode). */
export type RemovalMode =
  | { kind: 'apply' }
  /** Plan and report "would remove"; nothing is removed. */
  | { kind: 'plan'; why: string }
  /** Neither planned nor done; `why` is the notice. */
  | { kind: 'skip'; why: string }

/** Events whose runs remove: besides a push to the default branch. */
const REMOVING_EVENTS = ['workflow_dispatch', 'schedule']

/**
 * Removal is applied only on a push to the default branch, `workflow_dispatch` or
 * `schedule`; a pull-request event (even with allow-pull-request-events) and a dry run only
 * plan it. Any other event, or a push whose branch cannot be told to be the default, skips
 * it: unsure means nobody is removed.
 */
export function removalMode(event: {
  eventName: string | undefined
  payload: Record<string, unknown>
  dryRun: boolean
  pullRequestEvent: boolean
}): RemovalMode {
  const name = event.eventName ?? ''
  if (event.pullRequestEvent) {
    return {
      kind: 'plan',
      why: `pull-request events only plan removals (this run is ${article(name)} ${name} event); members are removed after merge`
    }
  }
  if (event.dryRun) return { kind: 'plan', why: 'dry run' }
  if (REMOVING_EVENTS.includes(name)) return { kind: 'apply' }
  const only =
    'remove-missing removes members only on a push to the default branch, workflow_dispatch or schedule'
  if (name !== 'push') {
    return {
      kind: 'skip',
      why: `${only}; this run is ${name === '' ? 'a run without an event name' : `${article(name)} ${name} event`}, so nobody is removed.`
    }
  }
  const ref = event.payload.ref
  const repository = event.payload.repository as { default_branch?: unknown } | undefined
  const defaultBranch = repository?.default_branch
  if (typeof ref !== 'string' || typeof defaultBranch !== 'string' || defaultBranch === '') {
    return {
      kind: 'skip',
      why: `${only}; this push event does not say which branch it is on or which branch is the default, so nobody is removed.`
    }
  }
  if (ref === `refs/heads/${defaultBranch}`) return { kind: 'apply' }
  return {
    kind: 'skip',
    why: `${only}; this push is to ${ref}, not to the default branch ${defaultBranch}, so nobody is removed.`
  }
}
