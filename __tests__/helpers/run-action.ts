// Runs the bundled action (dist/index.js) as a child process, exactly as the runner does:
// inputs as INPUT_* variables, outputs through the GITHUB_OUTPUT file, the job summary
// through GITHUB_STEP_SUMMARY, and the team file inside GITHUB_WORKSPACE.
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  type Dirent
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The bundle under test; CPLN_INVITE_DIST points at another build (e.g. a work-in-progress one). */
export const DIST = process.env.CPLN_INVITE_DIST ?? path.join(ROOT, 'dist', 'index.js')

/** Node 24 from the `node` devDependency: the runtime action.yml declares. */
export const NODE24 = ((): string => {
  const local = path.join(ROOT, 'node_modules', 'node', 'bin', 'node')
  return existsSync(local) ? local : process.execPath
})()

/** A key shaped like a real one (org `canary-org`), unique enough to find anywhere. */
export const CANARY_KEY = `s1.${Buffer.from('canary-org.canary-sa.x').toString('base64url')}.CANARYsecretVALUE9f3b2c7d1e`

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
  workspace: string
  /** Every file the run left in its temporary folder, name -> content. */
  files: Record<string, string>
}

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  files?: Record<string, string | Buffer>
  timeoutMs?: number
  /** Called with the workspace before the run, e.g. to add symlinks. */
  prepare?: (workspace: string) => void
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name as string] = value.join('\n')
  }
  return outputs
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpln-invite-'))
  const workspace = path.join(dir, 'workspace')
  mkdirSync(workspace)
  for (const [name, content] of Object.entries(options.files ?? {})) {
    const file = path.join(workspace, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  options.prepare?.(workspace)
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    // Fast retries keep the suite quick; the backoff logic itself is unit-tested.
    CPLN_INVITE_RETRY_BASE_MS: '20',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const started = performance.now()
  const child = spawn(NODE24, [DIST], { env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
  clearTimeout(timer)
  const durationMs = performance.now() - started

  const files: Record<string, string> = {}
  const walk = (folder: string): void => {
    for (const entry of readdirSyncSafe(folder)) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) files[path.relative(dir, full)] = readFileSync(full, 'latin1')
    }
  }
  walk(dir)

  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs,
    workspace,
    files
  }
}

function readdirSyncSafe(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}

/**
 * Every place the key could leak to, minus the `::add-mask::` lines that hand it to the
 * runner. Returns the places where any form of the secret was found.
 */
export function findLeaks(run: ActionRun, secrets: string[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    const bare = secret.replace(/^bearer\s+/i, '')
    forms.add(bare)
    // A distinctive middle part catches a partial echo too.
    if (bare.length > 16) forms.add(bare.slice(4, -4))
  }
  const places: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    ...Object.fromEntries(Object.entries(run.files).map(([name, text]) => [`file ${name}`, text]))
  }
  const leaks: string[] = []
  for (const [place, text] of Object.entries(places)) {
    // Case-insensitive: an address or a map key is lowercased before it is shown.
    const lines = text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .map(line => line.toLowerCase())
    for (const form of forms) {
      if (lines.some(line => line.includes(form.toLowerCase()))) leaks.push(place)
    }
  }
  return leaks
}

/** The workflow commands of a given kind (`error`, `warning`, ...) printed on stdout. */
export function commands(run: ActionRun, kind: string): string[] {
  return run.stdout.split('\n').filter(line => line.startsWith(`::${kind}`))
}
