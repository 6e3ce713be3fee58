// The Control Plane API for one run: a connection pool and the calls a run makes. The
// pipeline loads this module only when a run talks to the API, so a dry run and the
// team-file check never load the HTTP client.
import { sendBatches, chunk, type BatchOutcome } from './batches.js'
import { makeDispatcher, type ClientSettings, type RetryNotice } from './client.js'
import { appendToGroup, readGroup, type GroupAppend, type GroupRead } from './groups.js'
import { listMembers, type MembersResult } from './members.js'
import type { GroupPartition } from '../plan/groups.js'
import type { Member } from '../plan/removals.js'
import { removeMembers, type RemovalOutcome, type RemoveOptions } from './removals.js'

export interface Api {
  listMembers(org: string, onRetry: (notice: RetryNotice) => void): Promise<MembersResult>
  /**
   * Sends each partition in batches of `batchSize`, each request with its partition's
   * groupLink; one outcome per batch, in batch order (the partitions' batches in turn).
   */
  invite(
    partitions: readonly GroupPartition[],
    options: {
      org: string
      batchSize: number
      concurrency: number
      onRetry: (batchIndex: number, notice: RetryNotice) => void
      onOutcome: (outcome: BatchOutcome, batchCount: number) => void
    }
  ): Promise<BatchOutcome[]>
  /** A group's `memberLinks` (sync-groups; remove-missing reads `superusers`). */
  readGroup(org: string, group: string, onRetry: (notice: RetryNotice) => void): Promise<GroupRead>
  appendToGroup(
    org: string,
    group: string,
    links: readonly string[],
    onRetry: (notice: RetryNotice) => void
  ): Promise<GroupAppend>
  /** One DELETE per member; one outcome per member, in the order given. */
  remove(members: readonly Member[], options: RemoveOptions): Promise<RemovalOutcome[]>
  /** Closes the connections, so that the process can end. */
  close(): Promise<void>
}

export function openApi(settings: Omit<ClientSettings, 'dispatcher'>, connections: number): Api {
  const client: ClientSettings = { ...settings, dispatcher: makeDispatcher(connections) }
  return {
    listMembers: (org, onRetry) => listMembers(client, org, onRetry),
    invite: (partitions, options) => {
      const batches = partitions.flatMap(p =>
        chunk(p.addresses, options.batchSize).map(emails => ({ emails, group: p.group }))
      )
      return sendBatches(
        batches.map(b => b.emails),
        { settings: client, ...options, batchGroups: batches.map(b => b.group) }
      )
    },
    readGroup: (org, group, onRetry) => readGroup(client, org, group, onRetry),
    appendToGroup: (org, group, links, onRetry) =>
      appendToGroup(client, org, group, links, onRetry),
    remove: (members, options) => removeMembers(client, members, options),
    close: () => client.dispatcher.destroy()
  }
}
