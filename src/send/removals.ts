// remove-missing on the wire: removes members one DELETE each, at most `concurrency` in flight. The same failures that stop the invite batches stop
// the DELETEs not yet sent (see stopsTheRest), and each member gets exactly one outcome.
import type { Member } from '../plan/removals.js'
import { stopsTheRest } from './batches.js'
import { callApi, type ClientSettings, type RetryNotice } from './client.js'
import type { ApiFailure } from './failure.js'

export type RemovalOutcome =
  | { kind: 'removed'; member: Member; attempts: number }
  /** 404: the member was gone before this DELETE (removed by hand, or by another run). */
  | { kind: 'gone'; member: Member }
  | { kind: 'failed'; member: Member; failure: ApiFailure }
  | { kind: 'not-sent'; member: Member; because: ApiFailure }

/** Official clients retry a 409 on delete (a conflicting change in flight), besides 429 and 5xx. */
const DELETE_RETRIED = new Set([409])

export function userPath(org: string, email: string): string {
  return `/org/${encodeURIComponent(org)}/user/${encodeURIComponent(email)}`
}

export interface RemoveOptions {
  org: string
  concurrency: number
  onRetry?: (member: Member, notice: RetryNotice) => void
  onOutcome?: (outcome: RemovalOutcome) => void
}

/** One outcome per member, in the order given. */
export async function removeMembers(
  settings: ClientSettings,
  members: readonly Member[],
  options: RemoveOptions
): Promise<RemovalOutcome[]> {
  const outcomes: RemovalOutcome[] = new Array(members.length)
  let next = 0
  let stoppedBy: ApiFailure | undefined

  const removeOne = async (member: Member): Promise<RemovalOutcome> => {
    const response = await callApi(
      settings,
      'DELETE',
      userPath(options.org, member.email),
      undefined,
      notice => options.onRetry?.(member, notice),
      DELETE_RETRIED
    )
    if (response.ok) return { kind: 'removed', member, attempts: response.attempts }
    // A 404 after an attempt whose answer was lost most likely means that attempt removed
    // them: counted as removed by this run, not as already gone.
    if (response.failure.status === 404) {
      return response.failure.attempts > 1
        ? { kind: 'removed', member, attempts: response.failure.attempts }
        : { kind: 'gone', member }
    }
    return { kind: 'failed', member, failure: response.failure }
  }

  const worker = async (): Promise<void> => {
    while (next < members.length) {
      const index = next++
      const member = members[index] as Member
      const outcome: RemovalOutcome =
        stoppedBy === undefined
          ? await removeOne(member)
          : { kind: 'not-sent', member, because: stoppedBy }
      if (outcome.kind === 'failed' && stopsTheRest(outcome.failure)) stoppedBy ??= outcome.failure
      outcomes[index] = outcome
      options.onOutcome?.(outcome)
    }
  }

  const workers = Math.max(1, Math.min(options.concurrency, members.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return outcomes
}
