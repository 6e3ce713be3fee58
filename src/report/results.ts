// Merges the plan and the batch outcomes into exactly one result per address.
import type { BatchOutcome } from '../send/batches.js'
import { isKeyRefusal, type ApiFailure } from '../send/failure.js'
import type { Plan } from '../plan/invites.js'
import { API_KEY_MAX_CHARS, API_MESSAGE_MAX_CHARS, API_NAME_MAX_CHARS, clipped } from '../text.js'
import type { AddressError, AddressResult } from '../types.js'

/** Batches that failed the same way (status, code, message), with every address affected. */
export interface FailureGroup {
  /** The first failure of the group; its `id` is that batch's only. */
  failure: ApiFailure
  addresses: string[]
  /** How many batches failed this way. */
  batches: number
  /** The ids the API gave each failure (Control Plane gives every error its own). */
  ids: string[]
}

/**
 * A refusal in a batch's `errors` map keyed by something that is not an address of the
 * batch (an id, a path, a changed spelling). It cannot be matched to an address, so it is
 * never silently counted as an invitation: the batch's addresses named in neither map get
 * code `unmatched_error`; when there are none (every address was invited) it stands alone.
 */
export interface UnmatchedRefusal {
  /** The key as the API gave it (redacted). */
  key: string
  error: AddressError
  /** The batch's addresses named in neither map, which got code unmatched_error. */
  addresses: string[]
}

export interface RunResults {
  results: AddressResult[]
  /** The API's invitations maps, merged, as returned. */
  invitations: Record<string, unknown>
  /** Refusals keyed by something that is not an address of their batch. */
  unmatched: UnmatchedRefusal[]
  /** Sent, not refused, named in neither map, in a batch with no unmatched refusal. */
  notInResponse: string[]
  /** Batches that failed as a whole, grouped by identical failure. */
  failures: FailureGroup[]
  /** Set when a failed batch stopped the batches after it (see stopsTheRest). */
  stoppedBy?: ApiFailure
  /** Why the addresses marked not_sent were not sent, for the failure message. */
  notSentBecause?: string
  /** The addresses in batches that were sent, in order; none in a dry run or when stopped. */
  sent: string[]
}

/** A per-address error as the API gave it: an object with code and message, or plain text. */
export function toAddressError(value: unknown, redact: (text: string) => string): AddressError {
  if (typeof value === 'string') return { code: 'error', message: redact(value) }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>
    const error: AddressError = {
      code: typeof v.code === 'string' ? redact(v.code) : 'error',
      message: typeof v.message === 'string' ? redact(v.message) : 'refused by the API'
    }
    if (typeof v.status === 'number') error.status = v.status
    if (typeof v.id === 'string') error.id = redact(v.id)
    return error
  }
  return { code: 'error', message: 'refused by the API' }
}

function failureError(failure: ApiFailure): AddressError {
  const error: AddressError = { code: failure.code, message: failure.message }
  if (failure.status !== undefined) error.status = failure.status
  if (failure.id !== undefined) error.id = failure.id
  return error
}

/** Why a batch was not sent: what happened to the batch that stopped the rest. */
export function notSentMessage(because: ApiFailure): string {
  const cause = isKeyRefusal(because)
    ? `was refused with HTTP ${because.status} (${because.code})`
    : `failed (${because.status === undefined ? '' : `HTTP ${because.status} `}${because.code}, after ${because.attempts === 1 ? '1 attempt' : `${because.attempts} attempts`})`
  return `an earlier batch ${cause}, so no further batches were sent`
}

/**
 * The API's `errors` map by lowercased address. Its keys are most likely the lowercased
 * addresses, but that is not documented: match without regard to case.
 */
export function errorsByAddress(errors: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(errors).map(([key, value]) => [key.trim().toLowerCase(), value]))
}

/**
 * Failures that read the same in the failure message are one group: they differ only in
 * their id (Control Plane gives every error its own), in a number of attempts the line does
 * not show (it shows them only when the retries ran out), or beyond the clipped length.
 */
function failureKey(f: ApiFailure): string {
  return JSON.stringify([
    f.status,
    clipped(f.code, API_NAME_MAX_CHARS),
    clipped(f.message, API_MESSAGE_MAX_CHARS),
    f.retriesExhausted ? f.attempts : null
  ])
}

/** The error of a batch address named in neither map of an answer that refused other keys. */
function unmatchedError(refusals: readonly UnmatchedRefusal[]): AddressError {
  const shown = refusals
    .slice(0, 3)
    // Bounded: this text is copied into the error of every unnamed address of the batch.
    .map(
      r =>
        `${JSON.stringify(clipped(r.key, API_KEY_MAX_CHARS))} (${clipped(r.error.code, API_NAME_MAX_CHARS)} - ${clipped(r.error.message, API_MESSAGE_MAX_CHARS)})`
    )
    .join('; ')
  const more = refusals.length > 3 ? ` and ${refusals.length - 3} more` : ''
  const error: AddressError = {
    code: 'unmatched_error',
    message: `named in neither 'invitations' nor 'errors' of an answer that refused ${refusals.length === 1 ? 'a key' : 'keys'} not sent: ${shown}${more}`
  }
  const first = refusals[0]?.error
  if (refusals.length === 1 && first?.status !== undefined) error.status = first.status
  if (refusals.length === 1 && first?.id !== undefined) error.id = first.id
  return error
}

/** What one answered batch says about each of its addresses. */
export interface ReadAnswer {
  results: AddressResult[]
  unmatched: UnmatchedRefusal[]
  notInResponse: string[]
}

/**
 * One result per address of an answered batch. Never relies on the values' format; the keys
 * are matched without regard to case.
 */
export function readAnswer(
  outcome: Extract<BatchOutcome, { kind: 'answered' }>,
  redact: (text: string) => string
): ReadAnswer {
  const refused = errorsByAddress(outcome.errors)
  const invitedKeys = new Set(Object.keys(outcome.invitations).map(k => k.trim().toLowerCase()))
  const inBatch = new Set(outcome.emails)
  const unnamed = outcome.emails.filter(a => !refused.has(a) && !invitedKeys.has(a))
  const unmatched: UnmatchedRefusal[] = Object.entries(outcome.errors)
    .filter(([key]) => !inBatch.has(key.trim().toLowerCase()))
    .map(([key, value]) => ({
      key: redact(key),
      error: toAddressError(value, redact),
      addresses: unnamed
    }))
  const strayError = unmatched.length > 0 ? unmatchedError(unmatched) : undefined
  const results = outcome.emails.map((address): AddressResult => {
    if (refused.has(address)) {
      return { address, kind: 'error', error: toAddressError(refused.get(address), redact) }
    }
    if (invitedKeys.has(address)) return { address, kind: 'invited' }
    // A refusal keyed by something else may well be this address under another spelling:
    // never count it as invited then.
    if (strayError !== undefined) return { address, kind: 'error', error: strayError }
    return {
      address,
      kind: 'invited',
      detail: 'sent and not refused, but not named in the response'
    }
  })
  return { results, unmatched, notInResponse: strayError === undefined ? unnamed : [] }
}

/**
 * What became of the addresses planned for sending:
 * - `dry-run`: nothing was sent; each would be invited;
 * - `sent`: the batches' outcomes (none when nothing was left to send);
 * - `stopped`: nothing was sent because a step before the batches failed (listing members,
 *   reading the base of the team file); each is then not_sent `because` of it, so the
 *   outputs and the summary still account for it.
 */
export type Sending =
  | { kind: 'dry-run' }
  | { kind: 'sent'; outcomes: readonly BatchOutcome[] }
  | { kind: 'stopped'; because: string }

export function mergeResults(
  plan: Plan,
  sending: Sending,
  redact: (text: string) => string
): RunResults {
  const sent = new Map<string, AddressResult>()
  // Null-prototype maps: a key such as `__proto__` from a server or a file stays a plain key.
  const invitations: Record<string, unknown> = Object.create(null)
  const unmatched: UnmatchedRefusal[] = []
  const notInResponse: string[] = []
  const failures = new Map<string, FailureGroup>()
  let stoppedBy: ApiFailure | undefined

  const attempted: string[] = []
  const outcomes = sending.kind === 'sent' ? sending.outcomes : []
  for (const outcome of outcomes) {
    if (outcome.kind !== 'not-sent') attempted.push(...outcome.emails)
    if (outcome.kind === 'answered') {
      for (const [key, value] of Object.entries(outcome.invitations)) invitations[key] = value
      const read = readAnswer(outcome, redact)
      for (const result of read.results) sent.set(result.address, result)
      unmatched.push(...read.unmatched)
      notInResponse.push(...read.notInResponse)
    } else if (outcome.kind === 'failed') {
      const error = failureError(outcome.failure)
      for (const address of outcome.emails) sent.set(address, { address, kind: 'error', error })
      const key = failureKey(outcome.failure)
      const group = failures.get(key) ?? {
        failure: outcome.failure,
        addresses: [],
        batches: 0,
        ids: []
      }
      group.addresses.push(...outcome.emails)
      group.batches++
      if (outcome.failure.id !== undefined) group.ids.push(outcome.failure.id)
      failures.set(key, group)
    } else {
      stoppedBy = outcome.because
      const error: AddressError = { code: 'not_sent', message: notSentMessage(outcome.because) }
      for (const address of outcome.emails) sent.set(address, { address, kind: 'error', error })
    }
  }

  const results: AddressResult[] = plan.items.map(item => {
    if (item.kind === 'invalid') {
      return { address: item.address, kind: 'invalid', error: item.error, location: item.location }
    }
    if (item.kind === 'skipped')
      return { address: item.address, kind: 'skipped', reason: item.reason }
    if (sending.kind === 'dry-run') return { address: item.address, kind: 'would-invite' }
    return (
      sent.get(item.address) ?? {
        address: item.address,
        kind: 'error',
        error: {
          code: 'not_sent',
          message: sending.kind === 'stopped' ? `not sent because ${sending.because}` : 'not sent'
        }
      }
    )
  })

  return {
    results,
    invitations,
    unmatched,
    notInResponse,
    failures: [...failures.values()],
    stoppedBy,
    notSentBecause:
      stoppedBy === undefined
        ? sending.kind === 'stopped'
          ? sending.because
          : undefined
        : isKeyRefusal(stoppedBy)
          ? 'the key was refused'
          : 'an earlier batch failed and the rest would have failed the same way',
    sent: attempted
  }
}
