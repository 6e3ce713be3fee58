// The action's outputs, derived from the results alone, so that they cannot disagree.
import type { GroupsReport } from '../plan/groups.js'
import type { Plan } from '../plan/invites.js'
import type { AddressError, SkipReason } from '../types.js'
import type { RunResults, Sending } from './results.js'

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

/** What the outputs are made from: how the run ended, its plan and results, and the groups. */
export interface OutputsSource {
  kind: Sending['kind']
  plan: Plan
  run: RunResults
  groups?: GroupsReport
}

export function toOutputs({ kind, plan, run, groups }: OutputsSource): Outputs {
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
    // A dry run's addresses are those it would send.
    emails: kind === 'dry-run' ? plan.send : run.sent,
    removed: plan.removed,
    groupAdditions
  }
}
