// The only writer of what a run leaves behind: outputs, annotations, the job summary, the
// closing log line and the exit status. It writes through `Core`, the part of @actions/core
// it uses, which main.ts passes in (and a test fakes).
import type { Config } from './config.js'
import type { ActionError } from './errors.js'
import type { Outcome } from './pipeline.js'
import {
  annotations,
  ANNOTATIONS_PER_KIND,
  capAnnotations,
  type Annotation
} from './report/annotations.js'
import { countResults, failureMessage, groupSyncFailureLines } from './report/messages.js'
import { toOutputs } from './report/outputs.js'
import {
  removalEntries,
  removalFailure,
  removalLogLine,
  removalOutputs
} from './report/removals.js'
import type { SummaryModel } from './report/summary.js'
import { orgOfKey, type Redactor } from './secrets.js'

/** Where an annotation points, as @actions/core takes it. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The job summary builder of @actions/core. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter
  addEOL(): SummaryWriter
  addRaw(text: string, addEOL?: boolean): SummaryWriter
  addTable(rows: ({ data: string; header?: boolean } | string)[][]): SummaryWriter
  write(): Promise<unknown>
}

export interface Core {
  info(message: string): void
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  /** Present when the runner gives a summary file (GITHUB_STEP_SUMMARY). */
  summary?: SummaryWriter
}

/** GitHub's limit on a job's outputs (docs: Actions limits). */
const JOB_OUTPUTS_LIMIT = 1024 * 1024

export function annotate(core: Core, a: Annotation, redact: Redactor): void {
  const properties: AnnotationProperties = { title: a.title }
  if (a.location) {
    properties.file = a.location.file
    properties.startLine = a.location.line
    properties.startColumn = a.location.column
    // GitHub takes a column range only within one line.
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

/** A run that failed before it could plan: the message, at its place in the team file. */
/**
 * A notice or warning the run gave as it went (a plan-only event, an empty team file, the base
 * of only-added). The edge collects them so that the publisher is the one writer of
 * annotations; they come first, before what the outcome adds.
 */
export interface RunAnnotation {
  level: 'notice' | 'warning'
  message: string
  annotation?: { title: string; file: string }
}

function writeRunAnnotations(core: Core, list: readonly RunAnnotation[], redact: Redactor): void {
  for (const a of list) {
    const properties = a.annotation === undefined ? undefined : { ...a.annotation }
    if (a.level === 'warning') core.warning(redact(a.message), properties)
    else core.notice(redact(a.message), properties)
  }
}

/** The step fails on an error nobody planned for; its text is redacted like any other. */
export function publishUnexpected(
  error: unknown,
  core: Core,
  redact: Redactor,
  early: readonly RunAnnotation[] = []
): void {
  writeRunAnnotations(core, early, redact)
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  core.setFailed(redact(`Unexpected error (please report it): ${text}`))
}

export function publishError(
  error: ActionError,
  core: Core,
  redact: Redactor,
  early: readonly RunAnnotation[] = []
): void {
  writeRunAnnotations(core, early, redact)
  if (error.location !== undefined) {
    const { message, location } = error
    annotate(core, { level: 'error', title: 'Team file', message, location }, redact)
  }
  core.setFailed(redact(error.message))
}

/** Outputs, annotations, summary, the closing log line and the exit status of a run. */
export async function publish(
  outcome: Outcome,
  config: Config,
  core: Core,
  redact: Redactor,
  early: readonly RunAnnotation[] = []
): Promise<void> {
  writeRunAnnotations(core, early, redact)
  const { plan, run, removal } = outcome
  const outputs = toOutputs(outcome)
  const counts = countResults(run.results)
  // Removal judges members missing from the addresses given: never an address of the
  // invites, so its entries join the same maps without overwriting one.
  const removalResults = removalEntries(removal)
  const removed = removalOutputs(removalResults)
  let outputBytes = 0
  const set = (name: string, value: unknown): void => {
    const text = redact(typeof value === 'string' ? value : JSON.stringify(value))
    // GitHub measures outputs in UTF-16 code units, two bytes each.
    outputBytes += text.length * 2
    core.setOutput(name, text)
  }
  set('invitations', outputs.invitations)
  set('errors', { ...outputs.errors, ...removed.errors })
  set('invited', outputs.invited)
  set('skipped', { ...outputs.skipped, ...removed.skipped })
  set('emails', outputs.emails)
  set('removed', outputs.removed)
  set('removed-members', removed.removedMembers)
  set('invited-count', String(counts.invited))
  set('error-count', String(counts.errors + counts.invalid + Object.keys(removed.errors).length))
  set('group-additions', outputs.groupAdditions)
  if (outputBytes > JOB_OUTPUTS_LIMIT) {
    core.warning(
      `The outputs total ${(outputBytes / 1024 / 1024).toFixed(1)} MB; GitHub keeps at most 1 MB of outputs per job. ` +
        'Map only what later jobs need (such as invited-count and error-count) to job outputs.'
    )
  }

  const shown = capAnnotations(
    annotations(plan, run, config.failOnErrors, removal !== undefined),
    ANNOTATIONS_PER_KIND
  )
  for (const a of shown) annotate(core, a, redact)
  if (core.summary !== undefined) {
    // Loaded only when the runner gives a summary file (not in local runs without one).
    const { summaryModel } = await import('./report/summary.js')
    const model = summaryModel(
      config.org,
      config.dryRun,
      plan,
      run,
      undefined,
      redact,
      outcome.notes,
      outcome.groups,
      removal !== undefined
    )
    await writeSummary(core.summary, model, redact)
    if (removal !== undefined) {
      const { removalSummary } = await import('./report/removals.js')
      await writeSummary(core.summary, removalSummary(config.org, removal, redact), redact)
    }
  }

  core.info(
    redact(
      config.dryRun
        ? `Dry run: ${counts.wouldInvite} would be invited, ${counts.errors} with errors, ${counts.invalid} invalid, ${counts.skipped} skipped. Nothing was sent.`
        : `Done: ${counts.invited} invited, ${counts.errors} refused, failed or not sent, ${counts.invalid} invalid, ${counts.skipped} skipped.`
    )
  )
  if (removal !== undefined) core.info(redact(removalLogLine(removal, removalResults)))
  const message = [
    outcome.kind === 'stopped' ? outcome.cause.message : undefined,
    failureMessage(run, {
      org: config.org,
      failOnErrors: config.failOnErrors,
      keyOrg: orgOfKey(config.token),
      onlyAdded: config.onlyAdded && !config.dryRun,
      configuration: outcome.kind === 'stopped' && outcome.cause.configuration
    }),
    ...groupSyncFailureLines(outcome.groups?.sync),
    ...removalFailure(removal, config.org)
  ]
    .filter(Boolean)
    .join('\n')
  if (message !== '') core.setFailed(redact(message))
}

async function writeSummary(
  summary: SummaryWriter,
  model: Pick<SummaryModel, 'heading' | 'headline' | 'rows' | 'notes'>,
  redact: Redactor
): Promise<void> {
  const [head, ...body] = model.rows
  summary
    // Blank lines end the HTML blocks: without them GitHub shows the markdown after a
    // heading or a table as literal text (`**3** invited`).
    .addHeading(redact(model.heading), 2)
    .addEOL()
    .addRaw(redact(model.headline), true)
    .addEOL()
  // No table at all when there are no rows (a removal that judged nobody).
  if (head !== undefined) {
    summary
      .addTable([
        head.map(data => ({ data, header: true })),
        ...body.map(row => row.map(cell => redact(cell)))
      ])
      .addEOL()
  }
  await summary.addRaw(model.notes.map(note => redact(note)).join('\n\n'), true).write()
}
