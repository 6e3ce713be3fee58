// The action's outputs, derived from the results alone, so that they cannot disagree.
import type { Plan } from '../plan/invites.js'
import type { AddressError, SkipReason } from '../types.js'
import type { RunResults } from './results.js'

export interface Outputs {
  invitations: Record<string, unknown>
  errors: Record<string, AddressError>
  invited: string[]
  skipped: Record<string, SkipReason>
  emails: string[]
  removed: string[]
}

export function toOutputs(plan: Plan, run: RunResults): Outputs {
  const errors: Record<string, AddressError> = Object.create(null)
  const skipped: Record<string, SkipReason> = Object.create(null)
  const invited: string[] = []
  for (const result of run.results) {
    if (result.kind === 'error' || result.kind === 'invalid') errors[result.address] = result.error
    else if (result.kind === 'skipped') skipped[result.address] = result.reason
    else if (result.kind === 'invited') invited.push(result.address)
  }
  return {
    invitations: run.invitations,
    errors,
    invited,
    skipped,
    emails: run.sent ?? plan.send,
    removed: plan.removed
  }
}
