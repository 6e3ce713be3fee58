// sync-groups: reads each group that a member should be in, plans the additions (pure, in
// plan/groups.ts), and, unless this is a dry run, appends them: one PATCH per group.
import {
  planGroupAdditions,
  type GroupMember,
  type GroupSyncItem,
  type GroupSyncReport
} from '../plan/groups.js'
import type { Api } from './api.js'
import type { RetryNotice } from './client.js'

export interface SyncInput {
  org: string
  members: readonly GroupMember[]
  groupOf: ReadonlyMap<string, string | undefined>
  dryRun: boolean
  onRetry: (what: string, notice: RetryNotice) => void
}

export async function syncGroups(api: Api, input: SyncInput): Promise<GroupSyncReport> {
  const isMember = new Set(input.members.map(m => m.email))
  // Only the groups of existing members matter: invitees get theirs through groupLink.
  const candidates = new Map<string, string[]>()
  for (const [address, group] of input.groupOf) {
    if (group === undefined || !isMember.has(address)) continue
    const list = candidates.get(group)
    if (list) list.push(address)
    else candidates.set(group, [address])
  }
  const memberLinks = new Map<string, string[]>()
  const unread: GroupSyncItem[] = []
  for (const group of candidates.keys()) {
    const read = await api.readGroup(input.org, group, notice =>
      input.onRetry(`Reading group ${group}`, notice)
    )
    if (read.ok) memberLinks.set(group, read.memberLinks)
    else {
      const addresses = candidates.get(group) ?? []
      unread.push({ group, addresses, state: 'unread', failure: read.failure, hint: read.hint })
    }
  }
  const plan = planGroupAdditions({
    org: input.org,
    members: input.members,
    groupOf: input.groupOf,
    memberLinks
  })
  const groups: GroupSyncItem[] = []
  for (const addition of plan.additions) {
    const { group, addresses, links } = addition
    if (input.dryRun) {
      groups.push({ group, addresses, state: 'planned' })
      continue
    }
    const done = await api.appendToGroup(input.org, group, links, notice =>
      input.onRetry(`Adding to group ${group}`, notice)
    )
    groups.push(
      done.ok
        ? { group, addresses, state: 'added' }
        : { group, addresses, state: 'failed', failure: done.failure, hint: done.hint }
    )
  }
  return { groups: [...groups, ...unread] }
}
