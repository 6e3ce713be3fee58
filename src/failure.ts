import type { SourceLocation } from './types.js'

/** Thrown where the step must fail with a message that is already clear. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation
  ) {
    super(message)
    this.name = 'StepFailure'
  }
}
