// The action's outputs, derived from the results alone, so that they cannot disagree.
import type { GroupsReport } from '../plan/groups.js'
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
  /** sync-groups: group -> the members added to it by this run. */
  groupAdditions: Record<string, string[]>
}

export function toOutputs(plan: Plan, run: RunResults, groups?: GroupsReport): Outputs {
  const groupAdditions: Record<string, string[]> = Object.create(null)
  for (const item of groups?.sync?.groups ?? []) {
    if (item.state === 'added') groupAdditions[item.group] = item.addresses
  }
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
    removed: plan.removed,
    groupAdditions
  }
}
