import type { SourceLocation } from './types.js'

/**
 * Thrown where the step must fail with a message that is already clear. `configuration`: the
 * cause lies in the setup (a path, a token, the event data), so running the same job again
 * would fail the same way: the cause must be fixed first.
 */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation,
    readonly configuration = false
  ) {
    super(message)
    this.name = 'StepFailure'
  }
}

/** A 401/403: the key itself was refused, so every further request would be too. */
export function isKeyRefusal(failure: { status?: number }): boolean {
  return failure.status === 401 || failure.status === 403
}

export const INVALID_KEY_HINT = 'Check that token holds a valid, unexpired service account key.'
