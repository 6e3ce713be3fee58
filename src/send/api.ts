// The Control Plane API for one run: a connection pool and the calls a run makes. The
// pipeline loads this module only when a run talks to the API, so a dry run and the
// team-file check never load the HTTP client.
import { sendBatches, chunk, type BatchOutcome } from './batches.js'
import { makeDispatcher, type ClientSettings, type RetryNotice } from './client.js'
import { listMembers, type MembersResult } from './members.js'
import type { Member } from '../plan/removals.js'
import {
  readGroupLinks,
  removeMembers,
  type GroupLinks,
  type RemovalOutcome,
  type RemoveOptions
} from './removals.js'

export interface Api {
  listMembers(org: string, onRetry: (notice: RetryNotice) => void): Promise<MembersResult>
  /** Sends `emails` in batches of `batchSize`; one outcome per batch, in batch order. */
  invite(
    emails: readonly string[],
    options: {
      org: string
      group?: string
      batchSize: number
      concurrency: number
      onRetry: (batchIndex: number, notice: RetryNotice) => void
      onOutcome: (outcome: BatchOutcome, batchCount: number) => void
    }
  ): Promise<BatchOutcome[]>
  /** The `memberLinks` of a group (remove-missing reads `superusers`). */
  groupLinks(org: string, name: string, onRetry: (notice: RetryNotice) => void): Promise<GroupLinks>
  /** One DELETE per member; one outcome per member, in the order given. */
  remove(members: readonly Member[], options: RemoveOptions): Promise<RemovalOutcome[]>
  /** Closes the connections, so that the process can end. */
  close(): Promise<void>
}

export function openApi(settings: Omit<ClientSettings, 'dispatcher'>, connections: number): Api {
  const client: ClientSettings = { ...settings, dispatcher: makeDispatcher(connections) }
  return {
    listMembers: (org, onRetry) => listMembers(client, org, onRetry),
    invite: (emails, options) =>
      sendBatches(chunk(emails, options.batchSize), { settings: client, ...options }),
    groupLinks: (org, name, onRetry) => readGroupLinks(client, org, name, onRetry),
    remove: (members, options) => removeMembers(client, members, options),
    close: () => client.dispatcher.destroy()
  }
}
