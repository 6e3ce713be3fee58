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
  groupsOf,
  partitionByGroup,
  resolveGroups,
  withGroupProblems,
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
import type { MembersResult } from './send/members.js'
import type { ApiSession, RemovalReport } from './removal.js'
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
 * summary. `groups`: each address's group, and what sync-groups did. `removal`: what
 * remove-missing did; absent when it is off.
 */
export type Outcome = (
  | { kind: 'dry-run'; plan: Plan; run: RunResults; notes: string[] }
  | { kind: 'sent'; plan: Plan; run: RunResults; notes: string[] }
  | { kind: 'stopped'; plan: Plan; run: RunResults; notes: string[]; cause: StopCause }
) & {
  groups?: GroupsReport
  removal?: RemovalReport
}

/** What the invite steps leave for the steps after them. */
interface Invites {
  outcome: Outcome
  /** Entries read from the team file; 0 means an empty file. */
  fileEntries: number
  /** The group of each address not invalid (undefined: no group). */
  groupOf: Map<string, string | undefined>
}

/**
 * Runs the steps for one configuration, in order: invites, sync-groups, remove-missing.
 * Fails with an ActionError only before any plan.
 */
export async function runPipeline(config: Config, io: PipelineIo): Promise<Outcome> {
  const session = openSession(config, io)
  try {
    const invites = await inviteSteps(config, io, session)
    const sync = await syncStep(config, io, session, invites)
    const { groupOf } = invites
    const outcome: Outcome = {
      ...invites.outcome,
      groups: sync === undefined ? { groupOf } : { groupOf, sync }
    }
    if (!config.removeMissing) return outcome
    // Loaded only with remove-missing, like the steps it runs.
    const { removeMissing } = await import('./removal.js')
    const removal = await removeMissing(config, io, session, {
      plan: outcome.plan,
      run: outcome.run,
      stoppedEarly: outcome.kind === 'stopped',
      fileEntries: invites.fileEntries
    })
    return { ...outcome, removal }
  } finally {
    await session.close()
  }
}

/** The run's API, opened on first use; the members are listed at most once. */
function openSession(config: Config, io: PipelineIo): ApiSession & { close(): Promise<void> } {
  let api: Promise<Api> | undefined
  let members: Promise<MembersResult> | undefined
  const listMembers = async (): Promise<MembersResult> => {
    const listed = await (
      await session.api()
    ).listMembers(config.org, notice => io.log.info(retryLine('Listing members', notice)))
    if (listed.ok) {
      io.log.info(
        `Org ${config.org} has ${plural(listed.emails.size, 'member')} (${plural(listed.pages, 'page')}).`
      )
    }
    return listed
  }
  const session = {
    // A dry run has no key when none was given; it then sends nothing and lists nobody.
    hasKey: config.token !== '',
    api: () => (api ??= openRunApi(config, io)),
    members: () => (members ??= listMembers()),
    close: async () => {
      if (api !== undefined) await (await api).close()
    }
  }
  return session
}

/** The invites: base, plan, members, batches. */
async function inviteSteps(config: Config, io: PipelineIo, session: ApiSession): Promise<Invites> {
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

  const { entries, file, fileEntries } = await gatherEntries(config, io)
  // An entry's own group, else the group input; a bad or conflicting group makes the
  // address invalid, at its group (and so blocks remove-missing like any invalid entry).
  const resolved = resolveGroups(entries, config.group)
  const planned = (options?: Parameters<typeof planInvites>[1]): Plan =>
    withGroupProblems(planInvites(entries, options), resolved.problems)
  const done = (outcome: Outcome, groupOf = groupsOf(outcome.plan, resolved)): Invites => ({
    outcome,
    fileEntries,
    groupOf
  })
  const stopped = (plan: Plan, because: string, cause: StopCause): Invites =>
    done({
      kind: 'stopped',
      plan,
      run: mergeResults(plan, { kind: 'stopped', because }, redact),
      notes,
      cause
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
  const needsMembers = (config.skipExisting || membersDecide !== undefined) && plan.send.length > 0
  if (needsMembers) {
    const purpose = membersDecide === undefined ? 'skip-existing' : 'only-added'
    if (!session.hasKey && membersDecide !== undefined) {
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
    if (!session.hasKey) {
      log.notice('skip-existing is ignored in this dry run: listing members needs a token.')
    } else {
      const listed = await session.members()
      if (!listed.ok) {
        const why =
          membersDecide === undefined
            ? 'skip-existing'
            : `only-added (${membersDecide}, so the members decide who is new)`
        return stopped(plan, `listing the members for ${purpose} failed`, {
          message: membersFailure(config, listed, why),
          configuration: false
        })
      }
      plan = skipMembers(plan, listed.emails)
    }
  }

  const count = (kind: Plan['items'][number]['kind']): number =>
    plan.items.filter(item => item.kind === kind).length
  log.info(
    `Plan for org ${config.org}: ${plan.send.length} to invite, ${count('invalid')} invalid, ${count('skipped')} skipped, ${plural(plan.duplicates.length, 'duplicate')}.`
  )
  const groupOf = groupsOf(plan, resolved)
  if (config.dryRun) {
    const run = mergeResults(plan, { kind: 'dry-run' }, redact)
    return done({ kind: 'dry-run', plan, run, notes }, groupOf)
  }
  const outcomes =
    plan.send.length === 0 ? [] : await invite(config, plan, groupOf, await session.api(), io)
  const run = mergeResults(plan, { kind: 'sent', outcomes }, redact)
  return done({ kind: 'sent', plan, run, notes }, groupOf)
}

/** Why the members could not be listed for `why`, with the hint that fits. */
function membersFailure(
  config: Config,
  listed: Extract<MembersResult, { ok: false }>,
  why: string
): string {
  // The input that asked for the listing can also be turned off instead.
  const input = why === 'skip-existing' || why === 'sync-groups' ? why : undefined
  const hint =
    wrongOrgHint(listed.failure, orgOfKey(config.token), config.org) ??
    (listed.failure.status === 403 && input !== undefined
      ? `${listed.hint} Or set ${input}: false.`
      : listed.hint)
  return `Could not list the members of org '${config.org}' for ${why}: ${describeFailure(listed.failure)}. ${hint}`.trim()
}

/**
 * sync-groups, after the invites: members who exist are added to the group their entry
 * names, one PATCH per group (none in a dry run). Undefined when it has nothing to do.
 */
async function syncStep(
  config: Config,
  io: PipelineIo,
  session: ApiSession,
  invites: Invites
): Promise<GroupSyncReport | undefined> {
  const { outcome, groupOf } = invites
  // sync-groups looks at every address with a group, whether it is sent or not.
  const wanted = config.syncGroups && [...groupOf.values()].some(group => group !== undefined)
  if (!wanted || outcome.kind === 'stopped') return undefined
  if (!session.hasKey) {
    io.log.notice('sync-groups is ignored in this dry run: listing members needs a token.')
    const reason = 'this dry run has no key (token) to read members and groups'
    return { groups: [], notRun: { reason, fails: false } }
  }
  if (outcome.run.stoppedBy !== undefined) {
    // A key refused, or an API that is down, would fail every group's request too.
    const reason = `sync-groups did not run: ${outcome.run.notSentBecause ?? 'an invite batch stopped the run'}`
    return { groups: [], notRun: { reason, fails: true } }
  }
  const listed = await session.members()
  if (!listed.ok) {
    // The invites do not depend on the members here: they went out; the step fails.
    return {
      groups: [],
      notRun: { reason: membersFailure(config, listed, 'sync-groups'), fails: true }
    }
  }
  const { syncGroups } = await import('./send/sync-groups.js')
  const report = await syncGroups(await session.api(), {
    org: config.org,
    members: listed.users,
    groupOf,
    dryRun: config.dryRun,
    onRetry: (what, notice) => io.log.info(retryLine(what, notice))
  })
  for (const line of groupSyncLines(report, config.dryRun)) io.log.info(line)
  return report
}

/** The addresses of the `emails` input, then those of the team file. */
async function gatherEntries(
  config: Config,
  io: PipelineIo
): Promise<{ entries: ListedEntry[]; file?: TeamFileText; fileEntries: number }> {
  const entries = splitEmailInput(config.emails)
  // Giving no source at all is an error; a source that turns out to hold nobody is a warning.
  const noAddressInInput =
    "Input 'emails' holds no address, only separators (commas, semicolons, spaces, line breaks)"
  if (config.emailsFile === undefined) {
    if (entries.length > 0) return { entries, fileEntries: 0 }
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
  return { entries: entries.concat(listed), file, fileEntries: listed.length }
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
