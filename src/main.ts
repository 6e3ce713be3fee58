// The edge of the action: the only module that talks to @actions/core. It reads the inputs,
// runs the steps in order (inputs -> addresses -> plan -> batches -> results) and writes the
// outputs, the job summary, the annotations and the exit status.
import * as core from '@actions/core'
import { splitEmailInput } from './addresses.js'
import type { BatchOutcome } from './batches.js'
import { chunk, sendBatches } from './batches.js'
import type { ClientSettings, RetryNotice } from './client.js'
import { makeDispatcher } from './client.js'
import { isKeyRefusal, StepFailure } from './failure.js'
import type { TeamFileText } from './files.js'
import type { Config } from './inputs.js'
import { InputError, readConfig } from './inputs.js'
import type { Plan } from './plan.js'
import { planInvites, skipMembers } from './plan.js'
import type { Annotation } from './report.js'
import {
  annotations,
  ANNOTATIONS_PER_KIND,
  capAnnotations,
  countResults,
  describeFailure,
  failureMessage,
  plural,
  printable,
  wrongOrgHint
} from './report.js'
import type { RunResults } from './results.js'
import { mergeResults, readAnswer, toOutputs } from './results.js'
import { makeRedactor, orgOfKey, secretForms, type Redactor } from './secrets.js'
import type { SummaryModel } from './summary.js'
import type { ListedEntry } from './types.js'
import { VERSION } from './version.js'

type Env = Record<string, string | undefined>

/** GitHub's limit on a job's outputs (docs: Actions limits). */
const JOB_OUTPUTS_LIMIT = 1024 * 1024

function maskSecrets(values: string[]): void {
  for (const value of values) for (const form of secretForms(value)) core.setSecret(form)
}

function annotate(a: Annotation, redact: Redactor): void {
  const properties: core.AnnotationProperties = { title: a.title }
  if (a.location) {
    properties.file = a.location.file
    properties.startLine = a.location.line
    properties.startColumn = a.location.column
    if (a.location.endLine === a.location.line || a.location.endLine === undefined) {
      properties.endColumn = a.location.endColumn
    }
    properties.endLine = a.location.endLine
  }
  const message = redact(a.message)
  if (a.level === 'error') core.error(message, properties)
  else if (a.level === 'warning') core.warning(message, properties)
  else core.notice(message, properties)
}

function envMs(env: Env, name: string, fallback: number): number {
  const value = Number(env[name])
  return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
}

async function gatherEntries(
  config: Config,
  env: Env,
  redact: Redactor
): Promise<{ entries: ListedEntry[]; file?: TeamFileText }> {
  const entries = splitEmailInput(config.emails)
  // Giving no source at all is an error; a source that turns out to hold nobody is a warning.
  const noAddressInInput =
    "Input 'emails' holds no address, only separators (commas, semicolons, spaces, line breaks)"
  if (config.emailsFile === undefined) {
    if (entries.length > 0) return { entries }
    throw new InputError(
      'emails',
      `${noAddressInInput}: give at least one address, or set 'emails-file'.`
    )
  }
  if (entries.length === 0 && config.emails.trim() !== '') core.warning(`${noAddressInInput}.`)
  const { readTeamFileEntries } = await import('./team-source.js')
  const read = readTeamFileEntries(workspaceOf(env), config.emailsFile, config.emailsKey)
  core.info(redact(`Read ${plural(read.entries.length, 'entry')} from ${read.file.displayPath}.`))
  if (read.entries.length === 0) {
    core.warning(
      redact(
        `emails-file ${read.file.displayPath} lists no address: it is empty, holds only comments, ` +
          'or its list is empty. Nothing is read from it.'
      ),
      { title: 'Team file', file: read.file.displayPath }
    )
  }
  // Not push(...): a file of a few hundred thousand entries would overflow the call stack.
  return { entries: entries.concat(read.entries), file: read.file }
}

function workspaceOf(env: Env): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}

async function writeSummary(model: SummaryModel, redact: Redactor): Promise<void> {
  const [head, ...body] = model.rows
  await core.summary
    // Blank lines end the HTML blocks: without them GitHub shows the markdown after a
    // heading or a table as literal text (`**3** invited`).
    .addHeading(redact(model.heading), 2)
    .addEOL()
    .addRaw(redact(model.headline), true)
    .addEOL()
    .addTable([
      (head ?? []).map(data => ({ data, header: true })),
      ...body.map(row => row.map(cell => redact(cell)))
    ])
    .addEOL()
    .addRaw(model.notes.map(note => redact(note)).join('\n\n'), true)
    .write()
}

/** Runs the action; any unexpected error fails the step with a redacted message. */
export async function run(env: Env = process.env): Promise<void> {
  // Mask first: nothing may be logged before the runner knows what to hide.
  const secrets = [core.getInput('token') || env.CPLN_TOKEN || '', core.getInput('github-token')]
  maskSecrets(secrets)
  const redact = makeRedactor(secrets)
  try {
    await runSteps(env, redact)
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    core.setFailed(redact(`Unexpected error (please report it): ${text}`))
  }
}

async function runSteps(env: Env, redact: Redactor): Promise<void> {
  let config: Config
  try {
    config = readConfig(name => core.getInput(name), env)
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(redact(error.message))
    throw error
  }

  // Said in the log as they happen, and again in the job summary.
  const notes: string[] = []
  if (config.planOnlyEvent !== undefined) {
    const text =
      `pull-request events only plan; invitations are sent after merge (this run is a ${config.planOnlyEvent} event, so it is a dry run: nothing is sent). ` +
      'Set allow-pull-request-events: true to send on such events.'
    core.notice(text)
    notes.push(text)
  }

  let entries: ListedEntry[]
  let file: TeamFileText | undefined
  try {
    ;({ entries, file } = await gatherEntries(config, env, redact))
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(redact(error.message))
    if (error instanceof StepFailure) {
      if (error.location) {
        annotate(
          { level: 'error', title: 'Team file', message: error.message, location: error.location },
          redact
        )
      }
      return core.setFailed(redact(error.message))
    }
    throw error
  }

  const dispatcher = makeDispatcher(config.concurrency)
  const settings: ClientSettings = {
    apiUrl: config.apiUrl,
    token: config.token,
    timeoutMs: config.timeoutMs,
    maxAttempts: config.maxAttempts,
    userAgent: `cpln-invite-action/${VERSION}`,
    redact,
    backoffBaseMs: envMs(env, 'CPLN_INVITE_RETRY_BASE_MS', 1000),
    maxWaitMs: envMs(env, 'CPLN_INVITE_RETRY_MAX_WAIT_MS', 60_000),
    dispatcher
  }
  const info = (text: string): void => core.info(redact(text))
  const logRetry = (what: string) => (notice: RetryNotice) =>
    info(
      `${what}: ${printable(notice.reason)}; retrying in ${(notice.waitMs / 1000).toFixed(1)} s (attempt ${notice.attempt + 1} of ${notice.maxAttempts}).`
    )

  try {
    // The base first: it may leave nothing to send (or to list).
    let baseEntries: ListedEntry[] | undefined
    // No base, or one that no longer parses, cannot say who is new: the members then decide.
    // Why, for the messages.
    let membersDecide: string | undefined
    if (config.onlyAdded && file !== undefined) {
      try {
        const [{ readBaseEntries }, { parseTeamFileText }] = await Promise.all([
          import('./only-added.js'),
          import('./team-source.js')
        ])
        const base = await readBaseEntries(
          config,
          file,
          workspaceOf(env),
          env,
          {
            info,
            notice: text => core.notice(redact(text)),
            warning: text => core.warning(redact(text))
          },
          parseTeamFileText
        )
        notes.push(base.note)
        if (base.kind === 'compared') baseEntries = base.entries
        if (base.kind === 'members') membersDecide = base.reason
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error
        return await finishUnsent(
          planInvites(entries),
          error.message,
          'the base version of the team file could not be read',
          error.configuration
        )
      }
    }

    let plan = planInvites(entries, { baseEntries })
    const purpose = membersDecide === undefined ? 'skip-existing' : 'only-added'
    if ((config.skipExisting || membersDecide !== undefined) && plan.send.length > 0) {
      if (config.token === '' && membersDecide !== undefined) {
        // Fail closed: without the members, this plan would show everyone in the file as new.
        return await finishUnsent(
          plan,
          `only-added: ${membersDecide}, so only the org's members can tell who is new, and listing them needs a key (token), which this dry run does not have. ` +
            'Give token a key that can view users, or set base-ref to a commit to compare with, where the team file parses.',
          `only-added needs the org's members (${membersDecide}) and they could not be listed without a key`,
          true
        )
      }
      if (config.token === '') {
        core.notice('skip-existing is ignored in this dry run: listing members needs a token.')
      } else {
        const { listMembers } = await import('./members.js')
        const listed = await listMembers(settings, config.org, logRetry('Listing members'))
        if (!listed.ok) {
          const keyOrg = orgOfKey(config.token)
          const hint =
            isKeyRefusal(listed.failure) && keyOrg !== undefined && keyOrg !== config.org
              ? wrongOrgHint(keyOrg, config.org)
              : listed.hint
          const why =
            membersDecide === undefined
              ? 'skip-existing'
              : `only-added (${membersDecide}, so the members decide who is new)`
          return await finishUnsent(
            plan,
            `Could not list the members of org '${config.org}' for ${why}: ${describeFailure(listed.failure)}. ${hint}`.trim(),
            `listing the members for ${purpose} failed`
          )
        }
        info(
          `Org ${config.org} has ${plural(listed.emails.size, 'member')} (${plural(listed.pages, 'page')}).`
        )
        plan = skipMembers(plan, listed.emails)
      }
    }

    const planned = (kind: Plan['items'][number]['kind']): number =>
      plan.items.filter(item => item.kind === kind).length
    info(
      `Plan for org ${config.org}: ${plan.send.length} to invite, ${planned('invalid')} invalid, ${planned('skipped')} skipped, ${plural(plan.duplicates.length, 'duplicate')}.`
    )

    let outcomes: BatchOutcome[] | undefined
    if (!config.dryRun && plan.send.length > 0) {
      const batches = chunk(plan.send, config.batchSize)
      info(
        `Sending ${plural(batches.length, 'batch')} (up to ${config.batchSize} addresses each, ${Math.min(config.concurrency, batches.length)} at a time) to ${config.apiUrl}.`
      )
      outcomes = await sendBatches(batches, {
        settings,
        org: config.org,
        group: config.group,
        concurrency: config.concurrency,
        onRetry: (index, notice) => logRetry(`Batch ${index + 1}`)(notice),
        onOutcome: (outcome, count) => logBatch(outcome, count, redact)
      })
    } else if (!config.dryRun) {
      outcomes = []
    }
    await finish(plan, mergeResults(plan, outcomes, redact))
  } finally {
    await dispatcher.destroy()
  }

  /**
   * A step before the batches failed: nothing is sent, but every address is still
   * accounted for in the outputs and the summary before the step fails.
   */
  async function finishUnsent(
    plan: Plan,
    message: string,
    because: string,
    configuration = false
  ): Promise<void> {
    await finish(plan, mergeResults(plan, [], redact, because), message, configuration)
  }

  /** Outputs, annotations, summary, the closing log line and the exit status. */
  async function finish(
    plan: Plan,
    run: RunResults,
    leadingFailure?: string,
    configuration = false
  ): Promise<void> {
    const outputs = toOutputs(plan, run)
    const counts = countResults(run.results)
    let outputBytes = 0
    const set = (name: string, value: unknown): void => {
      const text = redact(typeof value === 'string' ? value : JSON.stringify(value))
      // GitHub measures outputs in UTF-16 code units, two bytes each.
      outputBytes += text.length * 2
      core.setOutput(name, text)
    }
    set('invitations', outputs.invitations)
    set('errors', outputs.errors)
    set('invited', outputs.invited)
    set('skipped', outputs.skipped)
    set('emails', outputs.emails)
    set('removed', outputs.removed)
    set('invited-count', String(counts.invited))
    set('error-count', String(counts.errors + counts.invalid))
    if (outputBytes > JOB_OUTPUTS_LIMIT) {
      core.warning(
        `The outputs total ${(outputBytes / 1024 / 1024).toFixed(1)} MB; GitHub keeps at most 1 MB of outputs per job. ` +
          'Map only what later jobs need (such as invited-count and error-count) to job outputs.'
      )
    }

    const shown = capAnnotations(annotations(plan, run, config.failOnErrors), ANNOTATIONS_PER_KIND)
    for (const a of shown) annotate(a, redact)
    if (env.GITHUB_STEP_SUMMARY) {
      // Loaded only when the runner gives a summary file (not in local runs without one).
      const { summaryModel } = await import('./summary.js')
      await writeSummary(
        summaryModel(config.org, config.dryRun, plan, run, undefined, redact, notes),
        redact
      )
    }

    info(
      config.dryRun
        ? `Dry run: ${counts.wouldInvite} would be invited, ${counts.errors} with errors, ${counts.invalid} invalid, ${counts.skipped} skipped. Nothing was sent.`
        : `Done: ${counts.invited} invited, ${counts.errors} refused, failed or not sent, ${counts.invalid} invalid, ${counts.skipped} skipped.`
    )
    const message = [
      leadingFailure,
      failureMessage(run, {
        org: config.org,
        failOnErrors: config.failOnErrors,
        keyOrg: orgOfKey(config.token),
        onlyAdded: config.onlyAdded && !config.dryRun,
        configuration
      })
    ]
      .filter(Boolean)
      .join('\n')
    if (message !== '') core.setFailed(redact(message))
  }
}

function logBatch(outcome: BatchOutcome, count: number, redact: Redactor): void {
  const info = (text: string): void => core.info(redact(text))
  const n = outcome.emails.length
  const title = `Batch ${outcome.index + 1}/${count}: ${plural(n, 'address')}`
  if (outcome.kind === 'not-sent') {
    info(`${title}: not sent (an earlier batch stopped the rest).`)
    return
  }
  const lines: string[] = []
  let summary: string
  if (outcome.kind === 'failed') {
    summary = `failed: ${describeFailure(outcome.failure)}`
    for (const address of outcome.emails) lines.push(`✗ ${address}`)
  } else {
    // The same reading as the results, so the log cannot disagree with the outputs.
    const read = readAnswer(outcome, redact)
    const refusedCount = read.results.filter(r => r.kind === 'error').length
    summary = `HTTP 200, ${n - refusedCount} invited, ${refusedCount} refused${outcome.attempts > 1 ? ` (after ${outcome.attempts} attempts)` : ''}`
    for (const r of read.results) {
      lines.push(
        r.kind === 'error'
          ? `✗ ${printable(r.address)}: ${printable(r.error.code)} - ${printable(r.error.message)}`
          : `✓ ${printable(r.address)}` // a valid address may hold `##[` (see printable)
      )
    }
    for (const u of read.unmatched.filter(u => u.addresses.length === 0)) {
      lines.push(
        `! refused ${printable(JSON.stringify(u.key))}, not an address sent: ${printable(u.error.code)} - ${printable(u.error.message)}`
      )
    }
  }
  core.startGroup(redact(`${title} - ${summary}`))
  for (const line of lines) info(line)
  core.endGroup()
}
