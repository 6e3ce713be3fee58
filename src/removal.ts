// The remove-missing step of a run, after the invites: decides by event whether removal is
// applied, planned or skipped, lists the members, reads `superusers`, plans with the guards
// (plan/removals.ts) and sends the DELETEs (send/removals.ts). Plain TypeScript on plain
// values, like the pipeline that calls it; it returns one RemovalReport.
import { PLAN_ONLY_EVENTS, type Config } from './config.js'
import type { Plan } from './plan/invites.js'
import {
  planRemovals,
  removalMode,
  type Member,
  type RemovalInputs,
  type RemovalMode,
  type RemovalPlan
} from './plan/removals.js'
import { describeFailure, retryLine } from './report/messages.js'
import type { RunResults } from './report/results.js'
import type { Api } from './send/api.js'
import type { MembersResult } from './send/members.js'
import type { RemovalOutcome } from './send/removals.js'
import { isKeyRefusal } from './send/failure.js'
import { plural, printable } from './text.js'
import type { Log, PipelineIo } from './pipeline.js'

export type RefusedPlan = Extract<RemovalPlan, { kind: 'refused' }>
export type RemovePlan = Extract<RemovalPlan, { kind: 'remove' }>

/**
 * What remove-missing did:
 * - `skipped`: not planned at all (the event, or a dry run without a key); `why` is the notice;
 * - `failed`: the members could not be listed, so nothing could be planned or removed;
 * - `refused`: a guard refused the plan, and nobody was removed;
 * - `planned`: a dry run or a pull-request event: who would be removed;
 * - `done`: the DELETEs were sent; one outcome per member of `plan.remove`, in order.
 */
export type RemovalReport =
  | { kind: 'skipped'; why: string }
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; plan: RefusedPlan }
  | { kind: 'planned'; plan: RemovePlan; why: string }
  | { kind: 'done'; plan: RemovePlan; outcomes: RemovalOutcome[] }

/** The API of a run, opened on first use; members are listed at most once per run. */
export interface ApiSession {
  /** False in a dry run without a key: it lists nobody. */
  hasKey: boolean
  api(): Promise<Api>
  members(): Promise<MembersResult>
}

/** What the invite part of the run left for removal to judge. */
export interface InviteState {
  plan: Plan
  run: RunResults
  /** The invite part stopped before sending (the base or the members could not be read). */
  stoppedEarly: boolean
  /** Entries read from the team file; 0 means an empty file. */
  fileEntries: number
}

export const SUPERUSERS = 'superusers'

export async function removeMissing(
  config: Config,
  io: PipelineIo,
  session: ApiSession,
  invites: InviteState
): Promise<RemovalReport> {
  const { log } = io
  const mode = config.dryRun
    ? removalMode({
        eventName: undefined,
        payload: {},
        dryRun: true,
        pullRequestEvent: config.planOnlyEvent !== undefined
      })
    : await eventMode(io)
  if (config.dryRun && config.planOnlyEvent !== undefined && mode.kind === 'plan') {
    // Rephrased with the event's name, which the config knows.
    mode.why = `pull-request events only plan removals (this run is a ${config.planOnlyEvent} event); members are removed after merge`
  }
  if (mode.kind === 'skip') {
    log.notice(mode.why)
    return { kind: 'skipped', why: mode.why }
  }
  if (!session.hasKey) {
    const why =
      'remove-missing is not planned in this dry run: listing the members needs a key (token).'
    log.notice(why)
    return { kind: 'skipped', why }
  }

  // Any batch that failed as a whole leaves the invite run incomplete: fail closed.
  const stoppedBy =
    invites.run.stoppedBy ?? invites.run.failures.find(f => isKeyRefusal(f.failure))?.failure
  const invitesStopped =
    invites.stoppedEarly || stoppedBy !== undefined || invites.run.failures.length > 0
  if (stoppedBy !== undefined && isKeyRefusal(stoppedBy)) {
    // The same key would be refused again: the members are not even listed.
    return {
      kind: 'refused',
      plan: {
        kind: 'refused',
        guard: 'invites-stopped',
        message: `Removal refused, nobody was removed: the invites stopped when the key was refused (${describeFailure(stoppedBy)}), so the members were not listed either.`,
        notRemoved: [],
        kept: [],
        superusers: []
      }
    }
  }

  const listed = await session.members()
  if (!listed.ok) {
    const hint =
      listed.failure.status === 403
        ? "remove-missing needs permission to view the org's users (the 'view' permission on users)."
        : listed.hint
    const message =
      `Removal failed, nobody was removed: could not list the members of org '${config.org}' for remove-missing: ${describeFailure(listed.failure)}. ${hint}`.trim()
    return { kind: 'failed', message }
  }
  const api = await session.api()
  const group = await api.readGroup(config.org, SUPERUSERS, notice =>
    log.info(retryLine(`Reading the group ${SUPERUSERS}`, notice))
  )
  if (!group.ok) {
    log.warning(
      `Could not read the group ${SUPERUSERS} of org '${config.org}': ${describeFailure(group.failure)}.`
    )
  } else if (group.dynamic !== undefined) {
    log.warning(
      `The group ${SUPERUSERS} of org '${config.org}' also admits members through its ${group.dynamic}, so who is an administrator cannot be known from its links: nobody is removed.`
    )
  }

  const inputs: RemovalInputs = {
    members: listed.members,
    desired: desiredAddresses(invites.plan),
    keep: config.keep,
    superuserLinks: group.ok && group.dynamic === undefined ? group.memberLinks : undefined,
    maxRemovals: config.maxRemovals,
    desiredProblem: invites.plan.items.some(item => item.kind === 'invalid')
      ? 'invalid-entry'
      : invites.fileEntries === 0
        ? 'empty-file'
        : undefined,
    invitesStopped
  }
  const plan = planRemovals(inputs)
  logPlan(log, config.org, plan, listed.members.length)
  if (plan.kind === 'refused') return { kind: 'refused', plan }
  if (mode.kind === 'plan') return { kind: 'planned', plan, why: mode.why }
  if (plan.remove.length === 0) return { kind: 'done', plan, outcomes: [] }

  log.info(
    `Removing ${plural(plan.remove.length, 'member')} from org ${config.org} (${Math.min(config.concurrency, plan.remove.length)} at a time).`
  )
  const outcomes = await api.remove(plan.remove, {
    org: config.org,
    concurrency: config.concurrency,
    onRetry: (member, notice) => log.info(retryLine(`Removing ${member.email}`, notice)),
    onOutcome: outcome => log.info(outcomeLine(outcome))
  })
  return { kind: 'done', plan, outcomes }
}

/** Every valid address given (the whole team file and `emails`): the desired members. */
function desiredAddresses(plan: Plan): string[] {
  return plan.items.filter(item => item.kind !== 'invalid').map(item => item.address)
}

async function eventMode(io: PipelineIo): Promise<RemovalMode> {
  const { event } = await io.github()
  return removalMode({
    eventName: event.eventName,
    payload: event.payload,
    dryRun: false,
    pullRequestEvent: (PLAN_ONLY_EVENTS as readonly string[]).includes(event.eventName ?? '')
  })
}

function logPlan(log: Log, org: string, plan: RemovalPlan, memberCount: number): void {
  const held = `${plan.kept.length} kept, ${plural(plan.superusers.length, 'superuser')} not removed by the action`
  if (plan.kind === 'refused') {
    log.info(
      `Removal plan for org ${org} (${plural(memberCount, 'member')}): refused (${plan.guard}), ${plan.notRemoved.length} not removed, ${held}.`
    )
  } else {
    log.info(
      `Removal plan for org ${org} (${plural(memberCount, 'member')}): ${plan.remove.length} to remove (max-removals allows ${plan.limit}), ${held}.`
    )
  }
  for (const member of plan.superusers) {
    log.warning(
      `${printable(member.email)} is missing from the team file but is a member of ${SUPERUSERS}: the action never removes superusers; remove them by hand if they should go.`
    )
  }
}

function outcomeLine(outcome: RemovalOutcome): string {
  const who = printable(outcome.member.email)
  switch (outcome.kind) {
    case 'removed':
      return `✓ removed ${who}${outcome.attempts > 1 ? ` (after ${outcome.attempts} attempts)` : ''}`
    case 'gone':
      return `- ${who} was already gone (HTTP 404)`
    case 'failed':
      return `✗ ${who}: ${describeFailure(outcome.failure)}`
    case 'not-sent':
      return `✗ ${who}: not removed (an earlier removal stopped the rest)`
  }
}

export type { Member }
