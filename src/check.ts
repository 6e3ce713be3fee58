// The team-file check for a developer's machine (dist/check.js), the pipeline's second front
// end: each file is one dry run of the action's pipeline (read, parse, plan), and with
// --skip-existing the members are listed once for all of them. Results are printed as
// `file:line:col: message` lines and a one-line plan. Nothing is sent: no key and no network
// unless --skip-existing is asked for.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { checkName, parseApiUrl, type Config } from './config.js'
import { ActionError, usageError } from './errors.js'
import { runPipeline, type PipelineIo } from './pipeline.js'
import { parseMaxRemovals } from './plan/removals.js'
import { planInvites, skipMembers, type Plan } from './plan/invites.js'
import { describeFailure, retryLine, wrongOrgHint } from './report/messages.js'
import { makeRedactor, orgOfKey, stripBearer, type Redactor } from './secrets.js'
import { decodeTeamFile, MAX_TEAM_FILE_BYTES, type TeamFileText } from './team-file/read.js'
import { plural, printable, quote, where } from './text.js'
import type { SourceLocation } from './types.js'
import { VERSION } from './version.js'

const USER_AGENT = `cpln-invite-action-check/${VERSION}`

type Env = Record<string, string | undefined>

/** The exit statuses, most important first when several apply. */
export const EXIT = {
  ok: 0,
  /** An entry is invalid, or a team file cannot be read as a team file. */
  problems: 1,
  /** The command line is wrong, or a file named on it cannot be read. */
  usage: 2,
  /** The check could not be completed: the members could not be listed (--skip-existing). */
  incomplete: 3
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export const USAGE = `Usage: node path/to/cpln-invite-action/dist/check.js [flags] FILE...

Checks Control Plane team files as the action would read them, without sending anything.
Prints one line per problem as FILE:LINE:COLUMN: error|warning: message, then the plan.

Flags (each mirrors the action input of the same name):
  --emails-key KEY   dotted path to the list in each YAML/JSON file, e.g. teams.platform
  --emails LIST      addresses to check as well (commas, semicolons or new lines)
  --group NAME       the group invitees would join; checked as a Control Plane name
  --skip-existing    list the org's members and count who is already one (network);
                     the key comes from CPLN_TOKEN only, never from a flag
  --org NAME         the org for --skip-existing (default: CPLN_ORG)
  --api-url URL      the API for --skip-existing (default: CPLN_ENDPOINT, else
                     https://api.cpln.io)
  -h, --help         show this help
  --version          show the version

Each file is checked on its own, as one run of the action with emails-file set to it.

Exit status: 0 no problem (duplicates are warnings); 1 an entry is invalid or a file is
not a readable team file; 2 a usage error (unknown flag, bad value, no file, a file that
cannot be opened); 3 the check could not be completed (the members could not be listed).`

export interface CheckArgs {
  files: string[]
  emails: string
  emailsKey?: string
  group?: string
  /** Present only with --skip-existing. */
  skipExisting?: { org: string; apiUrl: string; token: string }
}

export type ParsedArgs =
  | { kind: 'check'; args: CheckArgs }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string }

const VALUE_FLAGS = ['--emails-key', '--emails', '--group', '--org', '--api-url'] as const
type ValueFlag = (typeof VALUE_FLAGS)[number]

/** The team file's messages name the action's input; here the same setting is a flag. */
function inCheckWords(message: string): string {
  return message
    .replaceAll('set emails-key to', 'give --emails-key')
    .replaceAll('Set emails-key to', 'Give --emails-key')
    .replaceAll('emails-key: ', '--emails-key ')
}

/** An input parser's message, worded for the command line (`--org` for input 'org'). */
function asFlag(error: ActionError): string {
  return error.message.replaceAll(`Input '${error.input}'`, `--${error.input}`)
}

/**
 * Reads the command line. `env` gives what the official CLI reads from the environment:
 * CPLN_TOKEN (the key, only for --skip-existing), CPLN_ORG and CPLN_ENDPOINT.
 */
export function parseCheckArgs(argv: readonly string[], env: Env): ParsedArgs {
  try {
    return parse(argv, env)
  } catch (error) {
    if (error instanceof ActionError && error.usage) {
      return { kind: 'usage-error', message: error.message }
    }
    if (error instanceof ActionError && error.input !== undefined)
      return { kind: 'usage-error', message: asFlag(error) }
    throw error
  }
}

function parse(argv: readonly string[], env: Env): ParsedArgs {
  const files: string[] = []
  const values = new Map<ValueFlag, string>()
  const emails: string[] = []
  let skipExisting = false
  let optionsEnd = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (optionsEnd || !arg.startsWith('-') || arg === '-') {
      files.push(arg)
      continue
    }
    if (arg === '--') {
      optionsEnd = true
      continue
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' }
    if (arg === '--version') return { kind: 'version' }
    const eq = arg.indexOf('=')
    const name = eq < 0 ? arg : arg.slice(0, eq)
    if (name === '--skip-existing') {
      if (eq >= 0) throw usageError('--skip-existing takes no value.')
      skipExisting = true
      continue
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw usageError(`Unknown flag ${quote(name)}. Run with --help to see the flags.`)
    }
    const flag = name as ValueFlag
    let value: string
    if (eq >= 0) {
      value = arg.slice(eq + 1)
    } else {
      const next = argv[i + 1]
      if (next === undefined) throw usageError(`${flag} needs a value.`)
      value = next
      i++
    }
    if (flag === '--emails') {
      emails.push(value)
      continue
    }
    if (values.has(flag)) {
      throw usageError(`${flag} is given more than once; give it once.`)
    }
    values.set(flag, value)
  }

  const allEmails = emails.join('\n')
  if (files.length === 0 && allEmails.trim() === '') {
    throw usageError(
      'No team file given: name one or more files (or give --emails). Run with --help for usage.'
    )
  }

  const emailsKey = values.get('--emails-key')?.trim()
  if (emailsKey !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(emailsKey)) {
    throw usageError(
      `--emails-key must be a dotted path such as teams.platform, not ${quote(emailsKey)}.`
    )
  }
  const group = values.get('--group')?.trim()
  if (group !== undefined) checkName('group', group)

  const orgGiven = values.get('--org')?.trim()
  if (orgGiven !== undefined) checkName('org', orgGiven)
  const apiUrlGiven = values.get('--api-url')
  if (apiUrlGiven !== undefined) parseApiUrl(apiUrlGiven)

  const args: CheckArgs = { files, emails: allEmails }
  if (emailsKey !== undefined) args.emailsKey = emailsKey
  if (group !== undefined) args.group = group
  if (skipExisting) args.skipExisting = readSkipExisting(orgGiven, apiUrlGiven, env)
  return { kind: 'check', args }
}

function readSkipExisting(
  orgGiven: string | undefined,
  apiUrlGiven: string | undefined,
  env: Env
): NonNullable<CheckArgs['skipExisting']> {
  const org = orgGiven ?? env.CPLN_ORG?.trim() ?? ''
  if (org === '') {
    throw usageError('--skip-existing needs the org: give --org NAME or set CPLN_ORG.')
  }
  if (orgGiven === undefined) {
    try {
      checkName('org', org)
    } catch {
      throw usageError(`CPLN_ORG is not a valid Control Plane name: ${quote(org)}.`)
    }
  }
  const given = (env.CPLN_TOKEN ?? '').trim()
  const token = stripBearer(given) === '' ? '' : given
  if (token === '') {
    throw usageError(
      '--skip-existing needs a service account key in the CPLN_TOKEN environment variable ' +
        '(there is no flag for it: a flag would show in the process list).'
    )
  }
  if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) {
    throw usageError(
      'CPLN_TOKEN contains a line break or another character that cannot be sent in an HTTP ' +
        'header; set it to the key alone, on one line.'
    )
  }
  let apiUrl: string
  try {
    apiUrl = parseApiUrl(apiUrlGiven ?? env.CPLN_ENDPOINT ?? '')
  } catch (error) {
    if (error instanceof ActionError && apiUrlGiven === undefined) {
      throw usageError(`CPLN_ENDPOINT: ${asFlag(error).replace(/^--api-url /, '')}`)
    }
    throw error
  }
  return { org, apiUrl, token }
}

/** What was found in one source: a file named on the command line, or --emails. */
export interface CheckedSource {
  /** The file as given (relative to the working directory), or `--emails`. */
  name: string
  outcome:
    | { kind: 'unreadable'; message: string }
    | { kind: 'not-a-team-file'; message: string; location?: SourceLocation }
    | { kind: 'planned'; plan: Plan }
}

export interface CheckResult {
  sources: CheckedSource[]
  /** Set when --skip-existing listed the members and took them out of the plans. */
  members?: { org: string; count: number }
  /** Why the members could not be listed (--skip-existing); the check is incomplete. */
  membersFailure?: string
}

const MAX_MESSAGE = 1000

/** One output line: cut to a bounded length, then made printable (no control characters). */
function outputLine(text: string): string {
  let cut = text
  if (text.length > MAX_MESSAGE) {
    let end = MAX_MESSAGE
    // Never split a surrogate pair.
    const code = text.charCodeAt(end - 1)
    if (code >= 0xd800 && code <= 0xdbff) end--
    cut = `${text.slice(0, end)}…`
  }
  return printable(cut)
}

interface Located {
  location?: SourceLocation
  text: string
}

function byPosition(a: Located, b: Located): number {
  const la = a.location
  const lb = b.location
  if (la === undefined || lb === undefined) return 0
  return la.line - lb.line || la.column - lb.column
}

function sourceLines(source: CheckedSource): string[] {
  const { name, outcome } = source
  if (outcome.kind === 'unreadable') return [`${name}: error: ${outcome.message}`]
  if (outcome.kind === 'not-a-team-file') {
    const at = outcome.location === undefined ? name : where(outcome.location)
    return [`${at}: error: ${outcome.message}`]
  }
  const found: Located[] = []
  for (const item of outcome.plan.items) {
    if (item.kind !== 'invalid') continue
    const at = item.location === undefined ? name : where(item.location)
    found.push({
      location: item.location,
      // The plan's key is already cut, with the entry's length and a digest, as the action shows it.
      text: `${at}: error: ${JSON.stringify(item.address)}: ${inCheckWords(item.error.message)}`
    })
  }
  for (const d of outcome.plan.duplicates) {
    const at = d.location === undefined ? name : where(d.location)
    const first =
      d.first === undefined
        ? 'listed more than once'
        : d.first.file === d.location?.file
          ? `duplicate of line ${d.first.line}`
          : `duplicate of ${where(d.first)}`
    found.push({
      location: d.location,
      text: `${at}: warning: ${first}: ${JSON.stringify(d.address)}`
    })
  }
  return found.sort(byPosition).map(f => f.text)
}

/**
 * The lines to print and the exit status, from what the check found. Pure, so that any
 * producer of plans (today's steps, later the pipeline) can feed it.
 */
export function formatCheck(result: CheckResult): { lines: string[]; exitCode: ExitCode } {
  const lines = result.sources.flatMap(sourceLines)
  if (result.membersFailure !== undefined) lines.push(`error: ${result.membersFailure}`)

  let send = 0
  let invalid = 0
  let duplicates = 0
  let members = 0
  let unreadable = 0
  let notTeamFiles = 0
  for (const { outcome } of result.sources) {
    if (outcome.kind === 'unreadable') unreadable++
    if (outcome.kind === 'not-a-team-file') notTeamFiles++
    if (outcome.kind !== 'planned') continue
    send += outcome.plan.send.length
    invalid += outcome.plan.items.filter(i => i.kind === 'invalid').length
    duplicates += outcome.plan.duplicates.length
    members += outcome.plan.items.filter(i => i.kind === 'skipped' && i.reason === 'member').length
  }
  const parts = [`${send} to invite`, `${invalid} invalid`, plural(duplicates, 'duplicate')]
  if (result.members !== undefined) {
    parts.push(
      `${members} already ${members === 1 ? 'a member' : 'members'} of ${result.members.org}`
    )
  }
  if (notTeamFiles > 0) parts.push(`${plural(notTeamFiles, 'file')} not a team file`)
  if (unreadable > 0) parts.push(`${plural(unreadable, 'file')} not opened`)
  const files = result.sources.filter(s => s.name !== EMAILS_SOURCE).length
  lines.push(`${parts.join(', ')}${files > 1 ? ` (${files} files)` : ''}`)

  const exitCode: ExitCode =
    unreadable > 0
      ? EXIT.usage
      : result.membersFailure !== undefined
        ? EXIT.incomplete
        : invalid > 0 || notTeamFiles > 0
          ? EXIT.problems
          : EXIT.ok
  return { lines: lines.map(outputLine), exitCode }
}

const EMAILS_SOURCE = '--emails'

/** The configuration of one source, as one dry run of the action would have it. */
function sourceConfig(args: CheckArgs, source: { file?: string; emails?: string }): Config {
  return {
    org: '',
    token: '',
    emails: source.emails ?? '',
    emailsFile: source.file,
    emailsKey: source.file === undefined ? undefined : args.emailsKey,
    dryRun: true,
    failOnErrors: false,
    batchSize: 1,
    concurrency: 1,
    maxAttempts: 1,
    timeoutMs: 30_000,
    apiUrl: '',
    group: args.group,
    skipExisting: false,
    onlyAdded: false,
    githubToken: '',
    syncGroups: false,
    removeMissing: false,
    keep: [],
    maxRemovals: parseMaxRemovals('')
  }
}

/** The pipeline's I/O for a check: nothing logged, and the team file already read. */
function checkIo(cwd: string, file: TeamFileText | undefined, redact: Redactor): PipelineIo {
  const quiet = (): void => {}
  return {
    log: { info: quiet, notice: quiet, warning: quiet, group: quiet },
    redact,
    workspace: cwd,
    readTeamFile: () => {
      if (file === undefined) throw new Error('no team file was read')
      return file
    },
    github: () => Promise.reject(new Error('the check never reads GitHub')),
    http: { userAgent: USER_AGENT, backoffBaseMs: 1000, maxWaitMs: 60_000 }
  }
}

/** Plans one source through the pipeline, as a dry run of the action would. */
async function planSource(
  args: CheckArgs,
  source: { file?: TeamFileText; emails?: string },
  cwd: string,
  redact: Redactor
): Promise<CheckedSource['outcome']> {
  const config = sourceConfig(args, { file: source.file?.displayPath, emails: source.emails })
  try {
    const outcome = await runPipeline(config, checkIo(cwd, source.file, redact))
    return { kind: 'planned', plan: outcome.plan }
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    // `--emails` holding only separators plans nobody, as the action warns.
    if (source.file === undefined) return { kind: 'planned', plan: planInvites([]) }
    const outcome: CheckedSource['outcome'] = {
      kind: 'not-a-team-file',
      message: inCheckWords(error.message)
    }
    if (error.location !== undefined) outcome.location = error.location
    return outcome
  }
}

/** A file named on the command line, read as the action reads a team file. */
function readSource(cwd: string, name: string): TeamFileText | CheckedSource {
  try {
    const full = path.resolve(cwd, name)
    const stat = statSync(full)
    if (stat.isDirectory()) {
      return { name, outcome: { kind: 'unreadable', message: 'is a directory, not a team file' } }
    }
    if (stat.size > MAX_TEAM_FILE_BYTES) {
      return {
        name,
        outcome: {
          kind: 'unreadable',
          message: `is ${stat.size} bytes; the action reads at most ${MAX_TEAM_FILE_BYTES} bytes`
        }
      }
    }
    return { content: decodeTeamFile(readFileSync(full)), displayPath: name, realPath: full }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const message =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${String(code ?? (error as Error).message)})`
    return { name, outcome: { kind: 'unreadable', message } }
  }
}

export interface CheckIo {
  cwd: string
  env: Env
  /** One line of results (standard output). */
  out: (line: string) => void
  /** Help, usage errors and progress (standard error). */
  err: (line: string) => void
}

/** Runs the check for a command line and returns the exit status. */
export async function runCheck(argv: readonly string[], io: CheckIo): Promise<ExitCode> {
  const parsed = parseCheckArgs(argv, io.env)
  if (parsed.kind === 'help') {
    io.out(USAGE)
    return EXIT.ok
  }
  if (parsed.kind === 'version') {
    io.out(VERSION)
    return EXIT.ok
  }
  if (parsed.kind === 'usage-error') {
    io.err(`check.js: ${outputLine(parsed.message)}`)
    return EXIT.usage
  }
  const redact = makeRedactor([parsed.args.skipExisting?.token ?? ''])
  try {
    return await check(parsed.args, io, redact)
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.err(redact(`check.js: unexpected error (please report it): ${text}`))
    return EXIT.incomplete
  }
}

async function check(args: CheckArgs, io: CheckIo, redact: Redactor): Promise<ExitCode> {
  const sources: CheckedSource[] = []
  for (const name of args.files) {
    const read = readSource(io.cwd, name)
    sources.push(
      'outcome' in read
        ? read
        : { name, outcome: await planSource(args, { file: read }, io.cwd, redact) }
    )
  }
  if (args.emails.trim() !== '') {
    const outcome = await planSource(args, { emails: args.emails }, io.cwd, redact)
    sources.push({ name: EMAILS_SOURCE, outcome })
  }
  const result: CheckResult = { sources }

  const toSend = sources.some(s => s.outcome.kind === 'planned' && s.outcome.plan.send.length > 0)
  if (args.skipExisting !== undefined && toSend) {
    const listed = await listOrgMembers(args.skipExisting, redact, io.err)
    if (listed.ok) {
      result.members = { org: args.skipExisting.org, count: listed.emails.size }
      for (const source of sources) {
        if (source.outcome.kind === 'planned') {
          source.outcome = {
            kind: 'planned',
            plan: skipMembers(source.outcome.plan, listed.emails)
          }
        }
      }
    } else {
      result.membersFailure = listed.message
    }
  }

  const { lines, exitCode } = formatCheck(result)
  for (const line of lines) io.out(redact(line))
  return exitCode
}

async function listOrgMembers(
  target: NonNullable<CheckArgs['skipExisting']>,
  redact: Redactor,
  progress: (line: string) => void
): Promise<{ ok: true; emails: Set<string> } | { ok: false; message: string }> {
  // Loaded only for --skip-existing: the HTTP client is most of the check's bundle.
  const { openApi } = await import('./send/api.js')
  const api = openApi(
    {
      apiUrl: target.apiUrl,
      token: target.token,
      timeoutMs: 30_000,
      maxAttempts: 4,
      userAgent: USER_AGENT,
      redact,
      backoffBaseMs: 1000,
      maxWaitMs: 60_000
    },
    1
  )
  try {
    const listed = await api.listMembers(target.org, notice =>
      progress(redact(retryLine('Listing members', notice)))
    )
    if (listed.ok) return { ok: true, emails: listed.emails }
    const hint = wrongOrgHint(listed.failure, orgOfKey(target.token), target.org) ?? listed.hint
    return {
      ok: false,
      message: redact(
        `could not list the members of org '${target.org}' for --skip-existing: ${describeFailure(listed.failure)}. ${hint}`.trim()
      )
    }
  } finally {
    await api.close()
  }
}
