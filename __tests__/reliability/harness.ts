// Runs one end-to-end scenario of the reliability suite (the bundled action on Node 24,
// through the runner protocol, see ../helpers/run-action.ts) and checks the promises that
// hold for every scenario, whatever its fault:
//   - the exit status is the documented one;
//   - the step ends within a bound that follows from the inputs;
//   - every output is present and valid JSON, and the GITHUB_OUTPUT file holds nothing else;
//   - every input address is in exactly one of invited / errors / skipped;
//   - no address reaches the API more often than the scenario's documented retries allow;
//   - no secret appears outside ::add-mask:: lines, in any form or any 20-character piece;
//   - no log line carries a workflow command the action did not mean to send.
// What it measured goes to the tally before it is asserted, so the figures are real.
import { createHash } from 'node:crypto'
import { expect } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../../tools/local-api.mjs'
import type { ActionRun, RunOptions } from '../helpers/run-action.js'
import { CANARY_KEY, findLeaks, runAction } from '../helpers/run-action.js'
import { record } from './tally.js'

export type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
export type LocalApiOptions = NonNullable<Parameters<typeof startLocalApi>[0]>

/** Every output action.yml declares. */
export const OUTPUT_NAMES = [
  'invitations',
  'errors',
  'invited',
  'skipped',
  'emails',
  'removed',
  'removed-members',
  'invited-count',
  'error-count',
  'group-additions'
] as const

/** Defaults that keep the suite fast: 1 s per attempt, 2 attempts, waits of at most 250 ms. */
export const FAST_INPUTS = { 'timeout-seconds': '1', 'max-attempts': '2' }
export const FAST_ENV = { CPLN_INVITE_RETRY_BASE_MS: '20', CPLN_INVITE_RETRY_MAX_WAIT_MS: '250' }

/** Start-up of Node 24 with the bundle, plus room for a loaded 2-core machine. */
const SLACK_MS = 5000

// Peak memory of the child, measured inside it: a preload writes process.resourceUsage().maxRSS
// when the process exits. Works on any machine (no /usr/bin/time needed).
const work = mkdtempSync(path.join(tmpdir(), 'cpln-reliability-run-'))
const PRELOAD = path.join(work, 'peak-rss.mjs')
writeFileSync(
  PRELOAD,
  "import { writeFileSync } from 'node:fs'\n" +
    "process.on('exit', () => { if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)) })\n"
)
let runCounter = 0

export interface Outputs {
  invitations: Record<string, unknown>
  errors: Record<string, { code: string; message: string; status?: number; id?: string }>
  invited: string[]
  skipped: Record<string, string>
  emails: string[]
  removed: string[]
  invitedCount: number
  errorCount: number
}

export interface Scenario {
  /** Inputs over the defaults (org acme, the canary key, the local API, FAST_INPUTS). */
  inputs?: Record<string, string>
  /** Options for a local API started for this scenario alone; `false`: none. */
  api?: LocalApiOptions | false
  /** Extra environment over FAST_ENV. */
  env?: Record<string, string>
  files?: Record<string, string | Buffer>
  prepare?: RunOptions['prepare']
  /** The documented exit status, or how it follows from the outputs. */
  exit: number | ((out: Outputs | undefined) => number)
  /**
   * The addresses, normalised, that must each be in exactly one of invited/errors/skipped.
   * Omit when the step is documented to stop before it sets outputs (then `outputs: false`).
   */
  addresses?: string[]
  /** Whether the outputs are set (false for input errors, which stop before any request). */
  outputs?: boolean
  /** A documented retry: an address may be sent up to max-attempts times instead of once. */
  retries?: boolean
  /** The addresses of each request that reached the server, when it is not the local API. */
  sent?: () => string[][]
  /** Secrets besides the canary key that must not appear (e.g. a github-token). */
  secrets?: string[]
  /** A tighter or looser time bound than the one computed from the inputs. */
  boundMs?: number
}

export interface ScenarioResult {
  run: ActionRun
  api?: LocalApi
  out?: Outputs
  /** Each address's number of appearances in the requests that reached the server. */
  sends: Map<string, number>
  requests: string[][]
  peakKiB?: number
  boundMs: number
}

function number(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) ? n : fallback
}

/**
 * The longest the step may take: per wave of `concurrency` batches, every attempt may use
 * the whole timeout and every retry the longest wait; plus the start-up slack.
 */
export function boundFor(
  inputs: Record<string, string>,
  env: Record<string, string>,
  sendCount: number
): number {
  const attempts = number(inputs['max-attempts'], 4)
  const timeoutMs = number(inputs['timeout-seconds'], 30) * 1000
  const maxWaitMs = number(env.CPLN_INVITE_RETRY_MAX_WAIT_MS, 60_000)
  const batches = Math.ceil(sendCount / number(inputs['batch-size'], 10))
  const waves = Math.ceil(batches / number(inputs.concurrency, 4))
  return waves * (attempts * timeoutMs + (attempts - 1) * maxWaitMs) + SLACK_MS
}

/** Reads GITHUB_OUTPUT strictly: only `name<<delimiter`, one value line, `delimiter` blocks. */
export function strictOutputs(text: string): {
  outputs: Record<string, string>
  problems: string[]
} {
  const outputs: Record<string, string> = {}
  const problems: string[] = []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (let i = 0; i < lines.length; i += 3) {
    const head = /^([A-Za-z0-9_-]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i] ?? '')
    if (!head || lines[i + 2] !== head[2]) {
      problems.push(`unexpected GITHUB_OUTPUT line ${i + 1}: ${JSON.stringify(lines[i])}`)
      break
    }
    const name = head[1] as string
    if (name in outputs) problems.push(`output ${name} set twice`)
    outputs[name] = lines[i + 1] ?? ''
  }
  for (const name of Object.keys(outputs)) {
    if (!(OUTPUT_NAMES as readonly string[]).includes(name)) problems.push(`unknown output ${name}`)
  }
  return { outputs, problems }
}

function parseOutputs(outputs: Record<string, string>): { out?: Outputs; problems: string[] } {
  const problems: string[] = []
  const values: Record<string, unknown> = {}
  for (const name of OUTPUT_NAMES) {
    const text = outputs[name]
    if (text === undefined) {
      problems.push(`output ${name} missing`)
      continue
    }
    try {
      values[name] = JSON.parse(text)
    } catch {
      problems.push(`output ${name} is not JSON: ${text.slice(0, 80)}`)
    }
  }
  if (problems.length > 0) return { problems }
  const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v)
  const isStrings = (v: unknown): boolean =>
    Array.isArray(v) && v.every(item => typeof item === 'string')
  for (const name of ['invitations', 'errors', 'skipped', 'group-additions']) {
    if (!isObject(values[name])) problems.push(`output ${name} is not a JSON object`)
  }
  for (const name of ['invited', 'emails', 'removed', 'removed-members']) {
    if (!isStrings(values[name])) problems.push(`output ${name} is not a JSON array of strings`)
  }
  for (const name of ['invited-count', 'error-count']) {
    if (!Number.isInteger(values[name])) problems.push(`output ${name} is not a whole number`)
  }
  for (const [address, error] of Object.entries((values.errors ?? {}) as object)) {
    const e = error as { code?: unknown; message?: unknown }
    if (typeof e?.code !== 'string' || typeof e?.message !== 'string') {
      problems.push(`errors[${address}] lacks a code and a message`)
    }
  }
  if (problems.length > 0) return { problems }
  const out: Outputs = {
    invitations: values.invitations as Outputs['invitations'],
    errors: values.errors as Outputs['errors'],
    invited: values.invited as string[],
    skipped: values.skipped as Outputs['skipped'],
    emails: values.emails as string[],
    removed: values.removed as string[],
    invitedCount: values['invited-count'] as number,
    errorCount: values['error-count'] as number
  }
  if (out.invitedCount !== out.invited.length) problems.push('invited-count != invited.length')
  if (out.errorCount !== Object.keys(out.errors).length)
    problems.push('error-count != number of errors')
  return { out, problems }
}

/**
 * Where each secret, or any 20-character piece of it in any case, appears outside ::add-mask::
 * lines.
 */
export function leaksOf(run: ActionRun, secrets: string[], inputFiles: string[]): string[] {
  // The team files the test itself wrote into the workspace are input, not something the
  // action wrote; everything else under the run's folder is checked.
  const written = new Set(inputFiles.map(name => path.join('workspace', name)))
  const files = Object.fromEntries(Object.entries(run.files).filter(([name]) => !written.has(name)))
  const scoped: ActionRun = { ...run, files }
  const leaks = new Set(findLeaks(scoped, secrets))
  const places: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`file ${name}`, text]))
  }
  for (const secret of secrets) {
    // Case is ignored: a key lowercased (e.g. as an address) still gives most of it away.
    const bare = secret
      .trim()
      .replace(/^bearer\s+/i, '')
      .toLowerCase()
    const pieces = new Set<string>()
    for (let i = 0; i + 20 <= bare.length; i++) pieces.add(bare.slice(i, i + 20))
    for (const [place, text] of Object.entries(places)) {
      const visible = text
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
        .toLowerCase()
      for (const piece of pieces) {
        if (visible.includes(piece)) {
          leaks.add(`${place} (piece ${JSON.stringify(piece)})`)
          break
        }
      }
    }
  }
  return [...leaks]
}

const COMMANDS = new Set(['add-mask', 'debug', 'notice', 'warning', 'error', 'group', 'endgroup'])

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/**
 * Lines of stdout/stderr that the runner would take for a workflow command the action did not
 * mean to send. The runner reads `::name ...::data` after leading white space, and the old
 * `##[name]data` form anywhere in a line (actions/runner ActionCommand.TryParse), on both
 * streams. The action's own commands are the toolkit's: `::error::` etc. and ::add-mask::
 * for the secrets.
 */
export function injectedCommands(run: ActionRun, secrets: string[]): string[] {
  const problems: string[] = []
  const bares = secrets.map(s => s.trim().replace(/^bearer\s+/i, '')).filter(s => s !== '')
  for (const [stream, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr]
  ] as const) {
    for (const line of text.split(/\r\n|\r|\n/)) {
      const trimmed = line.trimStart()
      if (trimmed.startsWith('::')) {
        const end = trimmed.indexOf('::', 2)
        const name = end < 0 ? '' : (trimmed.slice(2, end).split(' ')[0] ?? '')
        if (end >= 0 && !COMMANDS.has(name.toLowerCase())) {
          problems.push(`${stream}: unexpected command ${JSON.stringify(line.slice(0, 120))}`)
        } else if (end >= 0 && name === 'add-mask') {
          const data = unescapeData(trimmed.slice(end + 2))
          if (!bares.some(bare => data.includes(bare))) {
            problems.push(`${stream}: mask of something other than a secret: ${line.slice(0, 120)}`)
          }
        }
        // A `::command::` line is parsed in the new form first; its data cannot start a
        // second command, so `##[` inside it is harmless.
        if (end >= 0) continue
      }
      if (line.includes('##[')) {
        problems.push(`${stream}: "##[" in a log line: ${JSON.stringify(line.slice(0, 120))}`)
      }
    }
  }
  return problems
}

/**
 * Runs one scenario and checks the common promises. The caller's own assertions come after,
 * on the returned run, outputs and requests.
 */
export async function e2e(name: string, s: Scenario): Promise<ScenarioResult> {
  const api = s.api === false ? undefined : await startLocalApi({ token: CANARY_KEY, ...s.api })
  try {
    const id = ++runCounter
    const peakFile = path.join(work, `peak-${process.pid}-${id}`)
    const sideFiles = ['env', 'path', 'state'].map(f =>
      path.join(work, `${f}-${process.pid}-${id}`)
    )
    for (const file of sideFiles) writeFileSync(file, '')
    const inputs: Record<string, string> = {
      org: 'acme',
      token: CANARY_KEY,
      ...(api ? { 'api-url': api.url } : {}),
      ...FAST_INPUTS,
      ...s.inputs
    }
    const env: Record<string, string> = {
      ...FAST_ENV,
      NODE_OPTIONS: `--import ${PRELOAD}`,
      PEAK_RSS_FILE: peakFile,
      GITHUB_ENV: sideFiles[0] as string,
      GITHUB_PATH: sideFiles[1] as string,
      GITHUB_STATE: sideFiles[2] as string,
      ...s.env
    }
    const expectedSends = s.addresses?.length ?? 0
    const boundMs = s.boundMs ?? boundFor(inputs, env, expectedSends)
    const run = await runAction({
      inputs,
      env,
      files: s.files,
      prepare: s.prepare,
      timeoutMs: boundMs + 5000
    })

    // --- measure ---
    const secrets = [CANARY_KEY, ...(s.secrets ?? [])].filter(x => x.trim() !== '')
    const leaks = leaksOf(run, secrets, Object.keys(s.files ?? {}))
    const injections = injectedCommands(run, secrets)
    const strict = strictOutputs(
      readFileSync(path.join(path.dirname(run.workspace), 'output'), 'utf8')
    )
    const parsed = s.outputs === false ? { problems: [] } : parseOutputs(strict.outputs)
    const out = 'out' in parsed ? parsed.out : undefined
    const requests = s.sent
      ? s.sent()
      : (api?.requests ?? [])
          .filter(r => r.method === 'POST')
          .map(r => ((r.body as { emails?: unknown })?.emails ?? []) as string[])
    const sends = new Map<string, number>()
    for (const emails of requests) {
      for (const address of emails) sends.set(address, (sends.get(address) ?? 0) + 1)
    }
    const allowed = s.retries ? number(inputs['max-attempts'], 4) : 1
    let resends = 0
    for (const count of sends.values()) resends += Math.max(0, count - allowed)

    let lost = 0
    let doubled = 0
    let extra = 0
    if (s.addresses && s.outputs !== false && !out) {
      // Outputs were due but are missing or unreadable: no address is accounted for.
      lost = new Set(s.addresses).size
    } else if (out && s.addresses) {
      // In a dry run the addresses that would be sent are listed in `emails` (action.yml).
      const wouldInvite = /^true$/i.test(inputs['dry-run'] ?? '') ? out.emails : []
      const found = [
        ...out.invited,
        ...Object.keys(out.errors),
        ...Object.keys(out.skipped),
        ...wouldInvite
      ]
      const seen = new Map<string, number>()
      for (const address of found) seen.set(address, (seen.get(address) ?? 0) + 1)
      const expected = new Set(s.addresses.map(reportedAs))
      for (const address of expected) if (!seen.has(address)) lost++
      for (const [address, n] of seen) {
        if (n > 1) doubled += n - 1
        if (!expected.has(address)) extra++
      }
    }
    record({
      kind: 'e2e',
      name,
      lost,
      doubled,
      extra,
      resends,
      leaks: leaks.length,
      injections: injections.length
    })

    // --- assert ---
    const context = `${name}\n--- stdout ---\n${run.stdout.slice(-4000)}\n--- stderr ---\n${run.stderr.slice(-2000)}`
    const exit = typeof s.exit === 'number' ? s.exit : s.exit(out)
    expect([context, run.code]).toEqual([context, exit])
    expect(leaks).toEqual([])
    expect(injections).toEqual([])
    expect(strict.problems).toEqual([])
    expect(parsed.problems).toEqual([])
    if (s.outputs === false) expect(strict.outputs).toEqual({})
    expect({ lost, doubled, extra }).toEqual({ lost: 0, doubled: 0, extra: 0 })
    expect({ resends, sends: Object.fromEntries(sends) }).toMatchObject({ resends: 0 })
    // Nothing reaches the API that the plan did not mean to send (e.g. an invalid address).
    if (out) {
      const planned = new Set(out.emails)
      expect([...sends.keys()].filter(address => !planned.has(address))).toEqual([])
    } else {
      expect(requests).toEqual([])
    }
    expect(run.durationMs).toBeLessThan(boundMs)
    for (const file of sideFiles) expect(readFileSync(file, 'utf8')).toBe('')

    let peakKiB: number | undefined
    try {
      peakKiB = Number(readFileSync(peakFile, 'utf8'))
    } catch {
      peakKiB = undefined
    }
    return { run, api, out, sends, requests, peakKiB, boundMs }
  } finally {
    await api?.close()
  }
}

/** The workflow commands of one kind, e.g. `error`, with their data. */
export function commandLines(run: ActionRun, kind: string): string {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith(`::${kind}`))
    .join('\n')
}

/**
 * How an entry is keyed in the outputs, as the README documents it: as written up to 256
 * characters; beyond, its first 256 characters, its length and a digest of it.
 */
function reportedAs(address: string): string {
  if (address.length <= 256) return address
  const digest = createHash('sha256').update(address).digest('hex').slice(0, 12)
  const end = /[\ud800-\udbff]/.test(address.charAt(255)) ? 255 : 256
  return `${address.slice(0, end)}…(${address.length.toLocaleString('en-US')} characters, sha256 ${digest})`
}
