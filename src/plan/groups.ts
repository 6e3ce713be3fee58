// Groups per person: which group each address goes to, the invite partitions (one
// `groupLink` per request), and for sync-groups the members to append to each group. Pure;
// it never plans a removal from a group.
import { normaliseAddress } from '../addresses/validate.js'
import { isControlPlaneName } from '../names.js'
import type { ApiFailure } from '../send/failure.js'
import type { AddressError, ListedEntry, SourceLocation } from '../types.js'
import type { Plan, Planned } from './invites.js'

/** A member as the org's user listing shows it. */
export interface GroupMember {
  email: string
  id?: string
}

/** An address whose group is wrong: it is invalid, and not sent. */
export interface GroupProblem {
  address: string
  error: AddressError
  location?: SourceLocation
}

export interface GroupResolution {
  /**
   * The group that an address's entries name, for the addresses that name one (a problem
   * address may be here too: the plan makes it invalid). The others get `defaultGroup`.
   */
  named: Map<string, string>
  /** The `group` input (undefined: no group). */
  defaultGroup: string | undefined
  /** At most one per address, in order of discovery. */
  problems: GroupProblem[]
}

function where(location: SourceLocation | undefined): string {
  return location ? ` (${location.file}:${location.line})` : ''
}

/**
 * The group of each address: the group its entries name, else `defaultGroup` (the `group`
 * input). An entry without a group of its own agrees with any other entry of the address;
 * two different named groups are a conflict, reported at the second. A group name that
 * breaks Control Plane's name rule is reported at the group (or else the entry).
 */
export function resolveGroups(
  entries: readonly ListedEntry[],
  defaultGroup?: string
): GroupResolution {
  const named = new Map<string, string>()
  const firstAt = new Map<string, SourceLocation | undefined>()
  const problems = new Map<string, GroupProblem>()
  for (const entry of entries) {
    // Only entries that name a group are looked at: a file without any costs one pass.
    if (entry.group === undefined || entry.notAnAddress) continue
    const address = normaliseAddress(entry.text)
    if (address === '' || problems.has(address)) continue
    const location = entry.groupLocation ?? entry.location
    if (!isControlPlaneName(entry.group)) {
      problems.set(address, {
        address,
        location,
        error: {
          code: 'invalid_group',
          message:
            `not a valid group name: ${JSON.stringify(entry.group)}; use 2 to 64 lowercase letters, ` +
            'digits and hyphens, starting with a letter and not ending with a hyphen'
        }
      })
      continue
    }
    const first = named.get(address)
    if (first === undefined) {
      named.set(address, entry.group)
      firstAt.set(address, location)
    } else if (first !== entry.group) {
      problems.set(address, {
        address,
        location,
        error: {
          code: 'group_conflict',
          message:
            `listed with two groups: ${JSON.stringify(first)}${where(firstAt.get(address))} and ` +
            `${JSON.stringify(entry.group)}; list the address once, with one group`
        }
      })
    }
  }
  return { named, defaultGroup, problems: [...problems.values()] }
}

/**
 * The group of each address of the plan that is not invalid (undefined: no group): the group
 * its entries name, else the `group` input. Addresses with a group problem are invalid in a
 * plan that went through withGroupProblems, so they are not here.
 */
export function groupsOf(
  plan: Plan,
  resolution: Pick<GroupResolution, 'named' | 'defaultGroup'>
): Map<string, string | undefined> {
  const groupOf = new Map<string, string | undefined>()
  const { named, defaultGroup } = resolution
  for (const item of plan.items) {
    if (item.kind !== 'invalid') groupOf.set(item.address, named.get(item.address) ?? defaultGroup)
  }
  return groupOf
}

export interface GroupPartition {
  /** undefined: invited without a groupLink. */
  group: string | undefined
  addresses: string[]
}

/**
 * The addresses to send, split by group in order of each group's first address; each
 * partition is batched on its own, with its own groupLink.
 */
export function partitionByGroup(
  addresses: readonly string[],
  groupOf: ReadonlyMap<string, string | undefined>
): GroupPartition[] {
  const partitions = new Map<string | undefined, string[]>()
  for (const address of addresses) {
    if (!groupOf.has(address)) {
      // An address with no resolved group had a group problem: it must not be sent.
      throw new Error(`partitionByGroup: ${address} has no resolved group`)
    }
    const group = groupOf.get(address)
    const list = partitions.get(group)
    if (list) list.push(address)
    else partitions.set(group, [address])
  }
  return [...partitions].map(([group, list]) => ({ group, addresses: list }))
}

export interface GroupAddition {
  group: string
  /** The members to add, as addresses, in order. */
  addresses: string[]
  /** The body's `$append/memberLinks`: one link per address. */
  links: string[]
}

export interface GroupSyncPlan {
  /** One PATCH per group with someone to add; never a removal. */
  additions: GroupAddition[]
  /** Groups some member should be in whose memberLinks were not read (missing from the map). */
  unread: string[]
}

/** The user a member link names, %-escapes undone: the last segment of `.../user/{email or id}`. */
export function linkedUser(link: string): string | undefined {
  const m = /\/user\/([^/?#]+)\/?$/.exec(link)
  if (!m) return undefined
  try {
    return decodeURIComponent(m[1] ?? '')
  } catch {
    return undefined
  }
}

/**
 * sync-groups: every existing member whose address resolves to a group they are not in is
 * added to it. A group's memberLinks may name a user by address or by id: both count.
 * Addresses that are not members yet (pending or just invited) are left to the groupLink of
 * their invitation.
 */
export function planGroupAdditions(input: {
  org: string
  members: readonly GroupMember[]
  groupOf: ReadonlyMap<string, string | undefined>
  memberLinks: ReadonlyMap<string, readonly string[]>
}): GroupSyncPlan {
  const members = new Map<string, GroupMember>()
  for (const m of input.members) members.set(normaliseAddress(m.email), m)
  const inGroup = new Map<string, Set<string>>()
  for (const [group, links] of input.memberLinks) {
    const refs = new Set<string>()
    for (const link of links) {
      const ref = linkedUser(link)
      if (ref !== undefined) refs.add(ref.toLowerCase())
    }
    inGroup.set(group, refs)
  }
  const additions = new Map<string, string[]>()
  const unread = new Set<string>()
  for (const [address, group] of input.groupOf) {
    if (group === undefined) continue
    const member = members.get(address)
    if (member === undefined) continue
    const refs = inGroup.get(group)
    if (refs === undefined) {
      unread.add(group)
      continue
    }
    if (refs.has(address) || (member.id !== undefined && refs.has(member.id.toLowerCase()))) {
      continue
    }
    const list = additions.get(group)
    if (list) list.push(address)
    else additions.set(group, [address])
  }
  const base = `/org/${encodeURIComponent(input.org)}/user/`
  return {
    additions: [...additions].map(([group, addresses]) => ({
      group,
      addresses,
      // `@` and `+` as written, as the API's own links show them; `/`, `?`, `#`, `%` (valid
      // in an address) escaped, so that the link names this user and nothing else.
      links: addresses.map(
        a => `${base}${encodeURIComponent(a).replace(/%40/g, '@').replace(/%2B/g, '+')}`
      )
    })),
    unread: [...unread]
  }
}

/**
 * The plan with each address that has a group problem made invalid, located at its group:
 * it is not sent, and not skipped either (a bad group is a bad entry even when the address
 * is unchanged or a member). An address already invalid keeps its own error.
 */
export function withGroupProblems(plan: Plan, problems: readonly GroupProblem[]): Plan {
  if (problems.length === 0) return plan
  const byAddress = new Map(problems.map(p => [p.address, p]))
  const items = plan.items.map((item): Planned => {
    const problem = byAddress.get(item.address)
    if (problem === undefined || item.kind === 'invalid') return item
    return {
      kind: 'invalid',
      address: item.address,
      error: problem.error,
      location: problem.location ?? item.location
    }
  })
  const send = items.filter(item => item.kind === 'send').map(item => item.address)
  return { ...plan, items, send }
}

/** One group's part of sync-groups, as the run left it. */
export interface GroupSyncItem {
  group: string
  /** The members to add (or, when the group could not be read, who might have been). */
  addresses: string[]
  /**
   * planned: a dry run; added: the PATCH succeeded; failed: the PATCH failed; unread: the
   * group's members could not be read, so nobody was added to it.
   */
  state: 'planned' | 'added' | 'failed' | 'unread'
  failure?: ApiFailure
  hint?: string
}

export interface GroupSyncReport {
  /** The groups with someone to add (or unread), in order of first member. */
  groups: GroupSyncItem[]
  /** Why sync-groups did not run at all; `fails` when that fails the step. */
  notRun?: { reason: string; fails: boolean }
}

/** What a run knows about groups: each address's group, and sync-groups when asked for. */
export interface GroupsReport {
  /** The group of each address not invalid (undefined: no group). */
  groupOf: ReadonlyMap<string, string | undefined>
  sync?: GroupSyncReport
}
