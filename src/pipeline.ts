// The steps of a run, in order: inputs -> addresses -> plan -> batches -> results. Plain
// TypeScript on plain values: it never touches @actions/core or @actions/github. Its I/O comes
// in as a parameter (the action's is built in main.ts, the check's in check.ts, a test's in
// memory), and it returns one Outcome, which publish.ts turns into outputs, summary,
// annotations and exit status.
import { splitEmailInput } from './addresses/split.js'
import type { Config } from './config.js'
import { ActionError, inputError } from './errors.js'
import type { BaseReading, GitHubReader } from './plan/only-added.js'
import {
  partitionByGroup,
  resolveGroups,
  withGroupProblems,
  type GroupMember,
  type GroupsReport,
  type GroupSyncReport
} from './plan/groups.js'
import { planInvites, skipMembers, type Plan } from './plan/invites.js'
import {
  batchLog,
  describeFailure,
  groupSyncLines,
  retryLine,
  wrongOrgHint
} from './report/messages.js'
import { mergeResults, type RunResults } from './report/results.js'
import { orgOfKey, type Redactor } from './secrets.js'
import type { Api } from './send/api.js'
import type { BatchOutcome } from './send/batches.js'
import type { ClientSettings } from './send/client.js'
import { isKeyRefusal } from './send/failure.js'
import type { TeamFileText } from './team-file/read.js'
import { plural } from './text.js'
import type { ListedEntry } from './types.js'

/** Where the run tells what it does as it happens. Texts are not yet redacted. */
export interface Log {
  info(text: string): void
  notice(text: string): void
  warning(text: string, annotation?: { title: string; file: string }): void
  /** A title and its lines, folded together (a group in the runner's log). */
  group(title: string, lines: readonly string[]): void
}

export interface PipelineIo {
  log: Log
  redact: Redactor
  /** The folder the team file's path is relative to (the workspace). */
  workspace: string
  /** The team file that emails-file names; fails with an ActionError it cannot be read. */
  readTeamFile(relative: string): TeamFileText
  /** GitHub, asked only when only-added needs the base version of the team file. */
  github(): Promise<GitHubReader>
  /** How requests to the Control Plane API are made, apart from the config's inputs. */
  http: Pick<ClientSettings, 'userAgent' | 'backoffBaseMs' | 'maxWaitMs' | 'sleep' | 'random'>
}

/** Why a run stopped before sending: the message the step fails with, and its kind. */
export interface StopCause {
  message: string
  /** The cause lies in the setup: a re-run fails the same way until it is fixed. */
  configuration: boolean
}

/**
 * What a run did, with one result per address given (`run.results`):
 * - `dry-run`: planned, nothing sent;
 * - `sent`: the batches were sent (none when the plan left nothing to send);
 * - `stopped`: a step before the batches failed (the base version, the members); nothing
 *   was sent, and every address planned for sending has the result not_sent.
 * `notes` say how the run was made (the base of only-added, a plan-only event), for the
 * summary. New kinds of result (removals, group additions) join as fields of each kind.
 * `groups`: each address's group, and what sync-groups did.
 */
export type Outcome =
  | { kind: 'dry-run'; plan: Plan; run: RunResults; notes: string[]; groups?: GroupsReport }
  | { kind: 'sent'; plan: Plan; run: RunResults; notes: string[]; groups?: GroupsReport }
  | {
      kind: 'stopped'
      plan: Plan
      run: RunResults
      notes: string[]
      cause: StopCause
      groups?: GroupsReport
    }

/** Runs the steps for one configuration. Fails with an ActionError only before any plan. */
export async function runPipeline(config: Config, io: PipelineIo): Promise<Outcome> {
  const { log, redact } = io
  // Said in the log as they happen, and again in the job summary.
  const notes: string[] = []
  if (config.planOnlyEvent !== undefined) {
    const text =
      `pull-request events only plan; invitations are sent after merge (this run is a ${config.planOnlyEvent} event, so it is a dry run: nothing is sent). ` +
      'Set allow-pull-request-events: true to send on such events.'
    log.notice(text)
    notes.push(text)
  }

  const { entries, file } = await gatherEntries(config, io)
  // An entry's own group, else the group input; a bad or conflicting group makes the
  // address invalid, at its group.
  const resolved = resolveGroups(entries, config.group)
  const planned = (options?: Parameters<typeof planInvites>[1]): Plan =>
    withGroupProblems(planInvites(entries, options), resolved.problems)
  const groupsOf = (plan: Plan, sync?: GroupSyncReport): GroupsReport => {
    const groupOf = new Map<string, string | undefined>()
    for (const item of plan.items) {
      if (item.kind !== 'invalid') groupOf.set(item.address, resolved.groupOf.get(item.address))
    }
    return sync === undefined ? { groupOf } : { groupOf, sync }
  }
  const stopped = (plan: Plan, because: string, cause: StopCause): Outcome => ({
    kind: 'stopped',
    plan,
    run: mergeResults(plan, [], redact, because),
    notes,
    cause,
    groups: groupsOf(plan)
  })

  // The base first: it may leave nothing to send (or to list).
  let base: BaseReading | undefined
  if (config.onlyAdded && file !== undefined) {
    try {
      const [{ readBaseEntries }, github] = await Promise.all([
        import('./plan/only-added.js'),
        io.github()
      ])
      base = await readBaseEntries(config, file, io.workspace, github, log)
    } catch (error) {
      if (!(error instanceof ActionError)) throw error
      return stopped(planned(), 'the base version of the team file could not be read', {
        message: error.message,
        configuration: error.configuration
      })
    }
    notes.push(base.note)
  }
  let plan = planned({ baseEntries: base?.kind === 'compared' ? base.entries : undefined })

  // No base, or one that no longer parses, cannot say who is new: the members then decide.
  const membersDecide = base?.kind === 'members' ? base.reason : undefined
  const membersPlan = (config.skipExisting || membersDecide !== undefined) && plan.send.length > 0
  // sync-groups looks at every address with a group, whether it is sent or not.
  const wantsSync =
    config.syncGroups && [...groupsOf(plan).groupOf.values()].some(g => g !== undefined)
  const needsMembers = membersPlan || wantsSync
  let sync: GroupSyncReport | undefined
  let members: GroupMember[] | undefined
  // A dry run has no key when none was given; it then sends nothing and lists nobody.
  const api =
    config.token !== '' && (needsMembers || (!config.dryRun && plan.send.length > 0))
      ? await openRunApi(config, io)
      : undefined
  try {
    if (needsMembers) {
      const purpose = !membersPlan
        ? 'sync-groups'
        : membersDecide === undefined
          ? 'skip-existing'
          : 'only-added'
      if (api === undefined && membersPlan && membersDecide !== undefined) {
        // Fail closed: without the members, this plan would show everyone in the file as new.
        return stopped(
          plan,
          `only-added needs the org's members (${membersDecide}) and they could not be listed without a key`,
          {
            message:
              `only-added: ${membersDecide}, so only the org's members can tell who is new, and listing them needs a key (token), which this dry run does not have. ` +
              'Give token a key that can view users, or set base-ref to a commit to compare with, where the team file parses.',
            configuration: true
          }
        )
      }
      if (api === undefined) {
        const ignored = [membersPlan && 'skip-existing', wantsSync && 'sync-groups']
          .filter(Boolean)
          .join(' and ')
        log.notice(
          `${ignored} ${ignored.includes(' and ') ? 'are' : 'is'} ignored in this dry run: listing members needs a token.`
        )
        if (wantsSync) {
          sync = {
            groups: [],
            notRun: {
              reason: 'this dry run has no key (token) to read members and groups',
              fails: false
            }
          }
        }
      } else {
        const listed = await api.listMembers(config.org, notice =>
          log.info(retryLine('Listing members', notice))
        )
        if (!listed.ok) {
          const keyOrg = orgOfKey(config.token)
          const hint =
            isKeyRefusal(listed.failure) && keyOrg !== undefined && keyOrg !== config.org
              ? wrongOrgHint(keyOrg, config.org)
              : listed.hint
          const why = !membersPlan
            ? 'sync-groups'
            : membersDecide === undefined
              ? 'skip-existing'
              : `only-added (${membersDecide}, so the members decide who is new)`
          const message =
            `Could not list the members of org '${config.org}' for ${why}: ${describeFailure(listed.failure)}. ${hint}`.trim()
          // The invites do not depend on the members unless the plan does: they still go out.
          if (!membersPlan) sync = { groups: [], notRun: { reason: message, fails: true } }
          else {
            return stopped(plan, `listing the members for ${purpose} failed`, {
              message,
              configuration: false
            })
          }
        } else {
          log.info(
            `Org ${config.org} has ${plural(listed.emails.size, 'member')} (${plural(listed.pages, 'page')}).`
          )
          if (membersPlan) plan = skipMembers(plan, listed.emails)
          if (wantsSync) members = listed.users
        }
      }
    }

    const count = (kind: Plan['items'][number]['kind']): number =>
      plan.items.filter(item => item.kind === kind).length
    log.info(
      `Plan for org ${config.org}: ${plan.send.length} to invite, ${count('invalid')} invalid, ${count('skipped')} skipped, ${plural(plan.duplicates.length, 'duplicate')}.`
    )
    const groups = groupsOf(plan)
    if (config.dryRun) {
      if (api !== undefined && members !== undefined) {
        sync = await syncStep(config, api, members, groups.groupOf, io)
      }
      const run = mergeResults(plan, undefined, redact)
      return { kind: 'dry-run', plan, run, notes, groups: groupsOf(plan, sync) }
    }
    const outcomes = api === undefined ? [] : await invite(config, plan, groups.groupOf, api, io)
    const run = mergeResults(plan, outcomes, redact)
    if (api !== undefined && members !== undefined) {
      // A key refused, or an API that is down, would fail every group's request too.
      sync =
        run.stoppedBy === undefined
          ? await syncStep(config, api, members, groups.groupOf, io)
          : {
              groups: [],
              notRun: {
                reason: `sync-groups did not run: ${run.notSentBecause ?? 'an invite batch stopped the run'}`,
                fails: true
              }
            }
    }
    return { kind: 'sent', plan, run, notes, groups: groupsOf(plan, sync) }
  } finally {
    await api?.close()
  }
}

/** The addresses of the `emails` input, then those of the team file. */
async function gatherEntries(
  config: Config,
  io: PipelineIo
): Promise<{ entries: ListedEntry[]; file?: TeamFileText }> {
  const entries = splitEmailInput(config.emails)
  // Giving no source at all is an error; a source that turns out to hold nobody is a warning.
  const noAddressInInput =
    "Input 'emails' holds no address, only separators (commas, semicolons, spaces, line breaks)"
  if (config.emailsFile === undefined) {
    if (entries.length > 0) return { entries }
    throw inputError(
      'emails',
      `${noAddressInInput}: give at least one address, or set 'emails-file'.`
    )
  }
  if (entries.length === 0 && config.emails.trim() !== '') io.log.warning(`${noAddressInInput}.`)
  const file = io.readTeamFile(config.emailsFile)
  // Loaded only when a team file is given: yaml is a large share of the bundle.
  const { parseTeamFile } = await import('./team-file/parse.js')
  const listed = parseTeamFile(file.content, file.displayPath, config.emailsKey)
  io.log.info(`Read ${plural(listed.length, 'entry')} from ${file.displayPath}.`)
  if (listed.length === 0) {
    io.log.warning(
      `emails-file ${file.displayPath} lists no address: it is empty, holds only comments, ` +
        'or its list is empty. Nothing is read from it.',
      { title: 'Team file', file: file.displayPath }
    )
  }
  // Not push(...): a file of a few hundred thousand entries would overflow the call stack.
  return { entries: entries.concat(listed), file }
}

async function openRunApi(config: Config, io: PipelineIo): Promise<Api> {
  const { openApi } = await import('./send/api.js')
  return openApi(
    {
      ...io.http,
      apiUrl: config.apiUrl,
      token: config.token,
      timeoutMs: config.timeoutMs,
      maxAttempts: config.maxAttempts,
      redact: io.redact
    },
    config.concurrency
  )
}

async function invite(
  config: Config,
  plan: Plan,
  groupOf: ReadonlyMap<string, string | undefined>,
  api: Api,
  io: PipelineIo
): Promise<BatchOutcome[]> {
  // One groupLink per request: each group's addresses are batched on their own.
  const partitions = partitionByGroup(plan.send, groupOf)
  const groupOfBatch: (string | undefined)[] = []
  for (const p of partitions) {
    const batches = Math.ceil(p.addresses.length / config.batchSize)
    for (let i = 0; i < batches; i++) groupOfBatch.push(p.group)
  }
  const count = groupOfBatch.length
  const named = partitions.filter(p => p.group !== undefined).length
  io.log.info(
    `Sending ${plural(count, 'batch')} (up to ${config.batchSize} addresses each, ${Math.min(config.concurrency, count)} at a time${named > 0 ? `, ${plural(named, 'group')}` : ''}) to ${config.apiUrl}.`
  )
  return api.invite(partitions, {
    org: config.org,
    batchSize: config.batchSize,
    concurrency: config.concurrency,
    onRetry: (index, notice) => io.log.info(retryLine(`Batch ${index + 1}`, notice)),
    onOutcome: (outcome, batchCount) => {
      const { title, lines } = batchLog(outcome, batchCount, io.redact)
      const group = groupOfBatch[outcome.index]
      const shown = group === undefined ? title : `${title} (group ${group})`
      if (lines === undefined) io.log.info(shown)
      else io.log.group(shown, lines)
    }
  })
}

/** sync-groups, after the invites: one PATCH per group (none in a dry run). */
async function syncStep(
  config: Config,
  api: Api,
  members: readonly GroupMember[],
  groupOf: ReadonlyMap<string, string | undefined>,
  io: PipelineIo
): Promise<GroupSyncReport> {
  const { syncGroups } = await import('./send/sync-groups.js')
  const report = await syncGroups(api, {
    org: config.org,
    members,
    groupOf,
    dryRun: config.dryRun,
    onRetry: (what, notice) => io.log.info(retryLine(what, notice))
  })
  for (const line of groupSyncLines(report, config.dryRun)) io.log.info(line)
  return report
}
