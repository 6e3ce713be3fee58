// How a request to the Control Plane API failed, shared by the client, the steps that call it
// and the report. No HTTP here, so the report and the check load without the client.

/** Why a request did not succeed, in terms a user can act on. Texts are already redacted. */
export interface ApiFailure {
  status?: number
  code: string
  message: string
  id?: string
  attempts: number
  /** True when the last attempt failed in a way that is retried: the retries ran out. */
  retriesExhausted: boolean
}

/** A 401/403: the key itself was refused, so every further request would be too. */
export function isKeyRefusal(failure: { status?: number }): boolean {
  return failure.status === 401 || failure.status === 403
}

export const INVALID_KEY_HINT = 'Check that token holds a valid, unexpired service account key.'
