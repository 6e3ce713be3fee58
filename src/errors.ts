import type { SourceLocation } from './types.js'

/**
 * The one way a step fails with a message of its own: a wrong input, a team file that cannot
 * be read as a whole, a base version of the team file that cannot be fetched. Everything else
 * is a result.
 * - `location`: where in the team file, for an annotation;
 * - `input`: the input at fault, so another front end can name it its own way (`--org`);
 * - `configuration`: the cause lies in the setup (a path, a token, the event data), so a
 *   re-run of the same job fails the same way and the cause must be fixed first;
 * - `usage`: the check's command line is wrong (a flag, a missing file name), which it
 *   reports with its own exit status.
 */
export class ActionError extends Error {
  readonly location?: SourceLocation
  readonly input?: string
  readonly configuration: boolean
  readonly usage: boolean

  constructor(
    message: string,
    options: {
      location?: SourceLocation
      input?: string
      configuration?: boolean
      usage?: boolean
    } = {}
  ) {
    super(message)
    this.name = 'ActionError'
    if (options.location !== undefined) this.location = options.location
    if (options.input !== undefined) this.input = options.input
    this.configuration = options.configuration ?? false
    this.usage = options.usage ?? false
  }
}

/** The error for a wrong input; its message names the input and the fix. */
export function inputError(input: string, message: string): ActionError {
  return new ActionError(message, { input })
}

/** The error for a team file that cannot be read as a whole, at its place when known. */
export function teamFileError(message: string, location?: SourceLocation): ActionError {
  return new ActionError(message, location === undefined ? {} : { location })
}

/** The error for a command line of the check that cannot be read; its message says the fix. */
export function usageError(message: string): ActionError {
  return new ActionError(message, { usage: true })
}
