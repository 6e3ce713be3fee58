// Sends the planned addresses in batches, at most `concurrency` in flight, and returns one
// outcome per batch in batch order. Some failures stop the batches not yet sent (see
// stopsTheRest).
import type { ClientSettings, RetryNotice } from './client.js'
import { callApi, excerpt, isPermanentNetworkFailure } from './client.js'
import { isKeyRefusal, type ApiFailure } from './failure.js'

export type BatchOutcome =
  | {
      kind: 'answered'
      index: number
      emails: string[]
      invitations: Record<string, unknown>
      errors: Record<string, unknown>
      attempts: number
    }
  | { kind: 'failed'; index: number; emails: string[]; failure: ApiFailure }
  | { kind: 'not-sent'; index: number; emails: string[]; because: ApiFailure }

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size))
  }
  return batches
}

export function invitePath(org: string): string {
  return `/org/${encodeURIComponent(org)}/user/-invite`
}

export function inviteBody(org: string, emails: string[], group?: string): Record<string, unknown> {
  // groupLink is not in the published schema; the official CLI sends it, so only add it
  // when a group is asked for and keep the plain request exactly as published otherwise.
  return group === undefined
    ? { emails }
    : { emails, groupLink: `/org/${encodeURIComponent(org)}/group/${encodeURIComponent(group)}` }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * A map of the answer as an object: absent, `null` and `[]` are all empty. Calling such an
 * answer bad would report a batch whose invitations were created as failed, and a re-run
 * would invite those people twice.
 */
function asMap(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return {}
  if (Array.isArray(value) && value.length === 0) return {}
  return isPlainObject(value) ? value : undefined
}

/** Checks the shape of a 200 answer; maps that are absent, null or [] are taken as empty. */
export function readInviteResponse(
  body: unknown,
  redact: (text: string) => string
):
  | { ok: true; invitations: Record<string, unknown>; errors: Record<string, unknown> }
  | { ok: false; message: string } {
  const shown = (): string => excerpt(JSON.stringify(body) ?? String(body), redact)
  if (!isPlainObject(body)) {
    return { ok: false, message: `HTTP 200 with a body that is not a JSON object: ${shown()}` }
  }
  const invitations = asMap(body.invitations)
  const errors = asMap(body.errors)
  if (invitations === undefined || errors === undefined) {
    return {
      ok: false,
      message: `HTTP 200 whose 'invitations' or 'errors' is not an object: ${shown()}`
    }
  }
  return { ok: true, invitations, errors }
}

/**
 * Failures that every further batch would meet too: a refused key (401/403), a failure that
 * is never retried below HTTP (unknown host, certificate, oversized answer), a refused
 * connection, and retries that ran out (the API is down). Each further batch would wait
 * through its own retries, and the step would run for many minutes to fail the same way.
 * One attempt at a passing failure (a 503, a reset, with max-attempts: 1) is not an outage.
 */
export function stopsTheRest(failure: ApiFailure): boolean {
  return (
    isKeyRefusal(failure) ||
    (failure.status === undefined &&
      (isPermanentNetworkFailure(failure.code) || failure.code === 'ECONNREFUSED')) ||
    (failure.retriesExhausted && failure.attempts > 1)
  )
}

export interface SendOptions {
  settings: ClientSettings
  org: string
  group?: string
  /** The group of each batch (its groupLink), by index; wins over `group`. */
  batchGroups?: readonly (string | undefined)[]
  concurrency: number
  onRetry?: (batchIndex: number, notice: RetryNotice) => void
  onOutcome?: (outcome: BatchOutcome, batchCount: number) => void
}

export async function sendBatches(
  batches: string[][],
  options: SendOptions
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array(batches.length)
  let next = 0
  let stoppedBy: ApiFailure | undefined

  const sendOne = async (index: number, emails: string[]): Promise<BatchOutcome> => {
    const response = await callApi(
      options.settings,
      'POST',
      invitePath(options.org),
      inviteBody(
        options.org,
        emails,
        options.batchGroups === undefined ? options.group : options.batchGroups[index]
      ),
      notice => options.onRetry?.(index, notice)
    )
    if (!response.ok) return { kind: 'failed', index, emails, failure: response.failure }
    const read = readInviteResponse(response.body, options.settings.redact)
    if (!read.ok) {
      return {
        kind: 'failed',
        index,
        emails,
        failure: {
          status: response.status,
          code: 'bad_response',
          message: read.message,
          attempts: response.attempts,
          retriesExhausted: false
        }
      }
    }
    return { kind: 'answered', index, emails, ...read, attempts: response.attempts }
  }

  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++
      const emails = batches[index] as string[]
      const outcome: BatchOutcome =
        stoppedBy === undefined
          ? await sendOne(index, emails)
          : { kind: 'not-sent', index, emails, because: stoppedBy }
      if (outcome.kind === 'failed' && stopsTheRest(outcome.failure)) stoppedBy ??= outcome.failure
      outcomes[index] = outcome
      options.onOutcome?.(outcome, batches.length)
    }
  }

  const workers = Math.max(1, Math.min(options.concurrency, batches.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return outcomes
}
