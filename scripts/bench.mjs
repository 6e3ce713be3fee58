// `npm run bench`: measures the bundled action (dist/index.js) on Node 24 against the local
// Control Plane API (tools/local-api.mjs) and prints one table of figures, targets and
// verdicts. Not part of the tests. Node built-ins only.
//
// Rows (issue 5):
//   1. start-up     3 addresses, one request, API answers at once; wall time / `node -e ''`,
//                   interleaved; plus a dependency-free plain-fetch script as a floor.
//   2. throughput   1,000 and 10,000 addresses, batch-size 10, concurrency 4, API +50 ms per
//                   request; wall time / (ceil(N / 40) * 50 ms + start-up of row 1).
//   3. CLI peer     the official `cpln user invite` once per 10 addresses, 100 in all, vs the
//                   action for the same 100 addresses.
//   4. team file    100,000 addresses as YAML list, text, and YAML list of mappings, dry run,
//                   each in the same rounds as a 3-address file of the same format (same
//                   process, no HTTP): the median per-round difference, and the median peak
//                   RSS of the whole process (/usr/bin/time -v).
//   5. bundle       size of dist/index.js, and of all the action's JS in dist/ (with the
//                   lazy chunks).
//   6. check bundle size of the team-file check in dist/check/ (a reference, not a target).
//   7. hostile      adversarial team files (long runs of spaces in or before a comment, `>`
//                   without `<`, `<` without `>`, deep nesting, long keys, millions of
//                   empty items, of flow items, of one address repeated), dry
//                   run at 1, 2, 4 and 8 MB: the largest growth per doubling (target <= 2.2x,
//                   linear time) and the 8 MB time (target < 5 s).
//
// `npm run bench -- hostile` runs row 7 alone (no API; about a minute).
//
// Environment (all optional):
//   BENCH_QUICK=1           fewer runs, 1,000 addresses only for throughput (well under 1 min)
//   BENCH_STARTUP_RUNS      start-up rounds (7; quick 3), after one warm-up round
//   BENCH_LONG_RUNS         runs of each throughput size and of the CLI comparison (3; quick 1)
//   BENCH_TEAM_RUNS         wall-time rounds of each team file and its 3-address pair (3; quick 1)
//   BENCH_RSS_RUNS          extra rounds of the same under /usr/bin/time -v (3; quick 1)
//   BENCH_THROUGHPUT_NS     comma-separated sizes (1000,10000; quick 1000)
//   BENCH_TEAM_N            team file size (100000)
//   BENCH_CLI=0             skip the CLI row; BENCH_CLI_VERSION (cached or latest),
//   BENCH_CLI_N (100), BENCH_CLI_DELAY_MS (0: the API delay in the CLI row)
//   BENCH_API=child         run the local API in a child process (default: in this process)
//   BENCH_NODE              the Node 24 binary (node_modules/node/bin/node)
//   BENCH_DIST              the bundle to measure (dist/index.js)
//   BENCH_TIMEOUT_MS        limit for any one process (120000)
//   BENCH_HOSTILE_MB        comma-separated sizes of row 6 in MiB (1,2,4,8)
//   BENCH_HOSTILE_RUNS      runs of each size in row 6, the median counts (3; quick 1)
//   BENCH_VERBOSE=1         print every run; BENCH_KEEP=1 keep the temporary folder
//
// Helpers: scripts/bench-compare.mjs times the start-up of several builds interleaved (to try
// a change to src/ built into a temporary folder); scripts/bench-profile.mjs profiles a run
// (--cpu-prof) and sizes the bundle by package.
//
// Why the local API runs in this process by default: while a child runs, this process does
// nothing but serve the API and wait for the exit, so it adds no work that a separate API
// process would not also add to the same 2 cores; and it can count the requests directly.
// BENCH_API=child is there to check that claim (it measured the same within noise, see the
// commit message); it moves the API to scripts/bench-api.mjs.
import { fork, spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const env = process.env

// ---------------------------------------------------------------------------------------
// Settings

const QUICK = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true'
/**
 * @param {string} name
 * @param {number} full
 * @param {number} quick
 * @param {number} [min]
 */
function count(name, full, quick, min = 1) {
  const text = env[name]
  if (text === undefined || text === '') return QUICK ? quick : full
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > 1_000_000) {
    throw new Error(`${name} must be a whole number from ${min} to 1000000, not ${text}`)
  }
  return n
}

const settings = {
  startupRuns: count('BENCH_STARTUP_RUNS', 7, 3),
  longRuns: count('BENCH_LONG_RUNS', 3, 1),
  teamRuns: count('BENCH_TEAM_RUNS', 3, 1),
  rssRuns: count('BENCH_RSS_RUNS', 3, 1, 0),
  throughputNs: (env.BENCH_THROUGHPUT_NS ?? (QUICK ? '1000' : '1000,10000'))
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(s => {
      const n = Number(s)
      if (!Number.isInteger(n) || n < 1 || n > 100_000) {
        throw new Error(`BENCH_THROUGHPUT_NS: ${s} is not a size from 1 to 100000`)
      }
      return n
    }),
  teamN: count('BENCH_TEAM_N', 100_000, 100_000),
  cli: env.BENCH_CLI !== '0' && env.BENCH_CLI !== 'false',
  cliVersion: env.BENCH_CLI_VERSION || undefined,
  cliN: count('BENCH_CLI_N', 100, 100, 10),
  cliDelayMs: count('BENCH_CLI_DELAY_MS', 0, 0, 0),
  apiMode: env.BENCH_API === 'child' ? 'child' : 'inproc',
  node: env.BENCH_NODE || path.join(root, 'node_modules', 'node', 'bin', 'node'),
  dist: path.resolve(root, env.BENCH_DIST || path.join('dist', 'index.js')),
  timeoutMs: count('BENCH_TIMEOUT_MS', 120_000, 120_000, 1000),
  hostileMb: (env.BENCH_HOSTILE_MB ?? '1,2,4,8').split(',').map(s => {
    const n = Number(s.trim())
    if (!Number.isInteger(n) || n < 1 || n > 32) {
      throw new Error(`BENCH_HOSTILE_MB: ${s} is not a size from 1 to 32`)
    }
    return n
  }),
  hostileRuns: count('BENCH_HOSTILE_RUNS', 3, 1),
  only: process.argv[2],
  verbose: env.BENCH_VERBOSE === '1',
  keep: env.BENCH_KEEP === '1'
}

const BATCH_SIZE = 10
const CONCURRENCY = 4
const DELAY_MS = 50
const TOKEN = 'bench-key-not-a-secret'
const ORG = 'bench-org'
const CLI_BATCH = 10
const CLI_CACHE = path.join(os.tmpdir(), 'cpln-cli-bench')
/** The whole bench stops by itself after this long, whatever happens. */
const WATCHDOG_MS = 15 * 60_000

// ---------------------------------------------------------------------------------------
// Small helpers

/** @param {string} text */
const progress = text => process.stderr.write(`bench: ${text}\n`)

/** @param {number[]} values */
function median(values) {
  if (values.length === 0) return NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** @param {number} ms */
function fmtMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a'
  return ms >= 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`
}

/** @param {number[]} values */
const spread = values =>
  values.length > 1
    ? ` (min ${fmtMs(Math.min(...values))}, max ${fmtMs(Math.max(...values))}, n=${values.length})`
    : ' (n=1)'

/**
 * Reads a GITHUB_OUTPUT file: `name<<DELIM` blocks (what @actions/core writes) and
 * `name=value` lines.
 * @param {string} file
 * @returns {Record<string, string>}
 */
function readOutputs(file) {
  /** @type {Record<string, string>} */
  const out = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const block = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (block) {
      const value = []
      for (i++; i < lines.length && lines[i] !== block[2]; i++) value.push(lines[i])
      out[block[1]] = value.join('\n')
      continue
    }
    const eq = lines[i].indexOf('=')
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
  }
  return out
}

/** @param {string} file @param {number} [max] */
function tail(file, max = 1500) {
  try {
    const text = readFileSync(file, 'utf8')
    return text.length > max ? `...${text.slice(-max)}` : text
  } catch {
    return '(no log)'
  }
}

class BenchError extends Error {}

// ---------------------------------------------------------------------------------------
// Processes

const work = mkdtempSync(path.join(os.tmpdir(), 'cpln-invite-bench-'))
let runCounter = 0

/**
 * Runs one process with stdout and stderr going to a file (so that this process reads no
 * pipe while timing) and returns its wall time, measured from just before spawn to its exit.
 * @param {string} file
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string, label: string }} o
 */
async function timed(file, args, o) {
  const log = path.join(work, 'logs', `${++runCounter}-${o.label.replace(/[^\w.-]+/g, '_')}.log`)
  mkdirSync(path.dirname(log), { recursive: true })
  const fd = openSync(log, 'w')
  try {
    const start = performance.now()
    const child = spawn(file, args, {
      env: o.env ?? { PATH: env.PATH },
      cwd: o.cwd ?? work,
      stdio: ['ignore', fd, fd],
      timeout: settings.timeoutMs,
      killSignal: 'SIGKILL'
    })
    /** @type {{ code: number | null, signal: string | null, error?: Error }} */
    const result = await new Promise(resolve => {
      child.once('error', error => resolve({ code: null, signal: null, error }))
      child.once('exit', (code, signal) => resolve({ code, signal }))
    })
    const ms = performance.now() - start
    if (settings.verbose) progress(`  ${o.label}: ${fmtMs(ms)} exit ${result.code}`)
    return { ...result, ms, log }
  } finally {
    closeSync(fd)
  }
}

/**
 * @param {Awaited<ReturnType<typeof timed>>} r
 * @param {string} what
 */
function mustSucceed(r, what) {
  if (r.error) throw new BenchError(`${what}: could not start: ${r.error.message}`)
  if (r.code !== 0) {
    throw new BenchError(
      `${what}: exit ${r.code ?? r.signal}${r.signal === 'SIGKILL' ? ' (timed out?)' : ''}\n${tail(r.log)}`
    )
  }
}

/**
 * A fresh set of runner files and the env of one action run.
 * @param {Record<string, string>} inputs names as in action.yml
 * @param {string} [workspace]
 */
function actionRun(inputs, workspace = work) {
  const n = ++runCounter
  const outputFile = path.join(work, 'runner', `output-${n}`)
  const summaryFile = path.join(work, 'runner', `summary-${n}`)
  mkdirSync(path.dirname(outputFile), { recursive: true })
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  /** @type {Record<string, string | undefined>} */
  const runEnv = {
    // A clean environment: no proxy variables, no CPLN_TOKEN from the caller's shell.
    PATH: env.PATH,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace
  }
  for (const [name, value] of Object.entries(inputs)) {
    runEnv[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = value
  }
  return { env: runEnv, outputFile, summaryFile, cleanup: () => rmSync(summaryFile) }
}

/**
 * Checks the outputs of an action run.
 * @param {string} outputFile
 * @param {Record<string, string>} expected
 * @param {string} what
 */
function checkOutputs(outputFile, expected, what) {
  const outputs = readOutputs(outputFile)
  for (const [name, value] of Object.entries(expected)) {
    if (outputs[name] !== value) {
      throw new BenchError(
        `${what}: output ${name} is ${JSON.stringify(outputs[name]?.slice(0, 200))}, expected ${JSON.stringify(value)}`
      )
    }
  }
  return outputs
}

// ---------------------------------------------------------------------------------------
// The local API, in this process or in a child (BENCH_API=child)

/**
 * @typedef {object} BenchApi
 * @property {string} url
 * @property {(patch: object) => Promise<void>} configure
 * @property {() => Promise<void>} reset forget the recorded requests and the count
 * @property {(withRequests?: boolean) => Promise<{ count: number, requests?: any[] }>} stats
 * @property {() => Promise<void>} close
 */

/**
 * @param {object} options passed to startLocalApi
 * @returns {Promise<BenchApi>}
 */
async function startApi(options) {
  if (settings.apiMode === 'inproc') {
    const { startLocalApi } = await import('../tools/local-api.mjs')
    let n = 0
    const api = await startLocalApi({ ...options, log: () => n++ })
    return {
      url: api.url,
      configure: async patch => api.configure(patch),
      reset: async () => {
        api.reset()
        n = 0
      },
      stats: async withRequests => ({
        count: n,
        requests: withRequests ? api.requests.map(r => ({ ...r })) : undefined
      }),
      close: () => api.close()
    }
  }
  const child = fork(path.join(root, 'scripts', 'bench-api.mjs'), [JSON.stringify(options)], {
    execPath: settings.node,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  /** @type {Map<number, (m: any) => void>} */
  const waiting = new Map()
  let nextId = 0
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench-api.mjs did not start')), 10_000)
    child.once('exit', code => reject(new Error(`bench-api.mjs exited with ${code}`)))
    child.on('message', m => {
      if (m?.type === 'ready') {
        clearTimeout(timer)
        resolve(m.url)
      } else if (typeof m?.id === 'number') {
        waiting.get(m.id)?.(m)
        waiting.delete(m.id)
      }
    })
  })
  /** @param {object} message */
  const call = message =>
    /** @type {Promise<any>} */ (
      new Promise((resolve, reject) => {
        const id = nextId++
        const timer = setTimeout(() => reject(new Error('bench-api.mjs did not answer')), 30_000)
        waiting.set(id, m => {
          clearTimeout(timer)
          if (m.ok) resolve(m)
          else reject(new Error(m.error))
        })
        child.send({ ...message, id })
      })
    )
  return {
    url,
    configure: async patch => void (await call({ type: 'configure', patch })),
    reset: async () => void (await call({ type: 'reset' })),
    stats: async withRequests => {
      const m = await call({ type: 'stats', withRequests })
      return { count: m.count, requests: m.requests }
    },
    close: async () => {
      await call({ type: 'close' }).catch(() => child.kill('SIGKILL'))
    }
  }
}

// ---------------------------------------------------------------------------------------
// Rows

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} figure
 * @property {string} target
 * @property {'yes' | 'NO' | 'skipped' | 'FAILED' | 'ref'} met
 * @property {string} [detail]
 */

/** @type {Row[]} */
const rows = []
/** @type {string[]} */
const notes = []
/** @type {string[]} */
const failures = []

/**
 * @param {string} name
 * @param {string} target
 * @param {unknown} error
 */
function failed(name, target, error) {
  const message = error instanceof Error ? error.message : String(error)
  failures.push(`${name}: ${message}`)
  rows.push({ name, figure: '-', target, met: 'FAILED', detail: message.split('\n')[0] })
}

/** @param {boolean} ok */
const verdict = ok => (ok ? 'yes' : 'NO')

const floorScript = `// Written by scripts/bench.mjs: the same request as the action, with nothing but fetch.
import { appendFileSync } from 'node:fs'
const env = process.env
const emails = env.INPUT_EMAILS.split(',').map(s => s.trim().toLowerCase()).filter(Boolean)
const res = await fetch(env['INPUT_API-URL'] + '/org/' + encodeURIComponent(env.INPUT_ORG) + '/user/-invite', {
  method: 'POST',
  headers: {
    authorization: 'Bearer ' + env.INPUT_TOKEN,
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'bench-floor'
  },
  body: JSON.stringify({ emails })
})
if (!res.ok) {
  console.error('HTTP ' + res.status + ' ' + (await res.text()))
  process.exit(1)
}
const body = await res.json()
appendFileSync(env.GITHUB_OUTPUT, 'invited-count=' + Object.keys(body.invitations ?? {}).length + '\\n')
`

/** Bundles scripts/bench-deps-floor.mjs with ncc, as dist/ is bundled; returns its path. */
function buildDepsFloor() {
  const out = path.join(work, 'deps-floor')
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const built = spawnSync(
    settings.node,
    [ncc, 'build', path.join(root, 'scripts', 'bench-deps-floor.mjs'), '-o', out, '-q'],
    // As scripts/bundle.mjs builds dist/: with tsconfig.json's `paths` applied.
    { cwd: root, encoding: 'utf8', env: { ...process.env, TS_NODE_BASEURL: '.' } }
  )
  if (built.status !== 0)
    throw new BenchError(`ncc could not build the dependencies floor: ${built.stderr}`)
  // ncc keeps the .mjs extension of its entry.
  return path.join(out, 'index.mjs')
}

/**
 * Row 1. Returns the median start-up of the action (ms), used by row 2.
 * @param {BenchApi} api
 */
async function benchStartup(api) {
  const name = 'start-up (3 addresses) / node -e ""'
  const target = '<= 3.0'
  const floorFile = path.join(work, 'floor.mjs')
  writeFileSync(floorFile, floorScript)
  const depsFloor = buildDepsFloor()
  await api.configure({ delayMs: 0, record: false })
  const emails = 'ann@example.com,bob@example.com,cy@example.com'
  const inputs = { org: ORG, token: TOKEN, emails, 'api-url': api.url }

  /** @type {Record<'node' | 'action' | 'floor', () => Promise<number>>} */
  const kinds = {
    node: async () => {
      const r = await timed(settings.node, ['-e', ''], { label: 'node-e' })
      mustSucceed(r, "node -e ''")
      return r.ms
    },
    action: async () => {
      const run = actionRun(inputs)
      await api.reset()
      const r = await timed(settings.node, [settings.dist], { env: run.env, label: 'startup' })
      mustSucceed(r, 'action (3 addresses)')
      checkOutputs(run.outputFile, { 'invited-count': '3', 'error-count': '0' }, 'action')
      const { count: n } = await api.stats()
      if (n !== 1) throw new BenchError(`action (3 addresses): the API got ${n} requests, not 1`)
      return r.ms
    },
    floor: async () => {
      const run = actionRun(inputs)
      await api.reset()
      const r = await timed(settings.node, [floorFile], { env: run.env, label: 'floor' })
      mustSucceed(r, 'fetch floor')
      checkOutputs(run.outputFile, { 'invited-count': '3' }, 'fetch floor')
      return r.ms
    },
    deps: async () => {
      const run = actionRun(inputs)
      await api.reset()
      const r = await timed(settings.node, [depsFloor], { env: run.env, label: 'deps-floor' })
      mustSucceed(r, 'dependencies floor')
      checkOutputs(run.outputFile, { 'invited-count': '3' }, 'dependencies floor')
      return r.ms
    }
  }
  const order = /** @type {const} */ (['node', 'action', 'floor', 'deps'])
  /** @type {Record<string, number[]>} */
  const times = { node: [], action: [], floor: [], deps: [] }
  try {
    progress(`start-up: 1 warm-up round + ${settings.startupRuns} rounds (interleaved)`)
    for (let round = -1; round < settings.startupRuns; round++) {
      // Rotate the order so that no kind always runs right after another.
      for (let k = 0; k < order.length; k++) {
        const kind = order[(k + Math.max(round, 0)) % order.length]
        const ms = await kinds[kind]()
        if (round >= 0) times[kind].push(ms)
      }
    }
  } catch (error) {
    failed(name, target, error)
    return undefined
  }
  const node = median(times.node)
  const action = median(times.action)
  const floor = median(times.floor)
  const ratio = action / node
  rows.push({
    name,
    figure: ratio.toFixed(2),
    target,
    met: verdict(ratio <= 3.0),
    detail: `action ${fmtMs(action)}${spread(times.action)}; node -e '' ${fmtMs(node)}${spread(times.node)}`
  })
  rows.push({
    name: 'start-up floor: plain fetch / node -e ""',
    figure: (floor / node).toFixed(2),
    target: 'reference',
    met: 'ref',
    detail: `${fmtMs(floor)}${spread(times.floor)}; action minus floor ${fmtMs(action - floor)}`
  })
  const deps = median(times.deps)
  rows.push({
    name: 'start-up floor: @actions/core + undici / node',
    figure: (deps / node).toFixed(2),
    target: 'reference',
    met: 'ref',
    detail: `${fmtMs(deps)}${spread(times.deps)}; the same request from a minimal ncc bundle of the action's libraries; action minus it ${fmtMs(action - deps)}`
  })
  return action
}

/**
 * @param {string} file
 * @param {number} n
 * @param {(i: number) => string} line
 */
function writeList(file, n, line) {
  const parts = []
  for (let i = 0; i < n; i++) parts.push(line(i))
  writeFileSync(file, parts.join(''))
}

/**
 * Row 2.
 * @param {BenchApi} api
 * @param {number | undefined} startup
 */
async function benchThroughput(api, startup) {
  for (const n of settings.throughputNs) {
    const name = `throughput ${n.toLocaleString('en-US')} / ideal`
    const target = '<= 1.15'
    try {
      if (startup === undefined) throw new BenchError('needs the start-up figure of row 1')
      await api.configure({ delayMs: DELAY_MS, record: false })
      const workspace = path.join(work, `throughput-${n}`)
      mkdirSync(workspace, { recursive: true })
      // A text team file: 10,000 addresses in INPUT_EMAILS would pass Linux's 128 KiB limit
      // for one environment string.
      writeList(path.join(workspace, 'team.txt'), n, i => `t${n}-${i}@example.com\n`)
      const requests = Math.ceil(n / BATCH_SIZE)
      const ideal = Math.ceil(n / (BATCH_SIZE * CONCURRENCY)) * DELAY_MS + startup
      /** @type {number[]} */
      const times = []
      progress(`throughput ${n}: ${settings.longRuns} runs (ideal ${fmtMs(ideal)} each)`)
      for (let i = 0; i < settings.longRuns; i++) {
        const run = actionRun(
          {
            org: ORG,
            token: TOKEN,
            'emails-file': 'team.txt',
            'api-url': api.url,
            'batch-size': String(BATCH_SIZE),
            concurrency: String(CONCURRENCY)
          },
          workspace
        )
        await api.reset()
        const r = await timed(settings.node, [settings.dist], { env: run.env, label: `tp-${n}` })
        mustSucceed(r, `action (${n} addresses)`)
        checkOutputs(run.outputFile, { 'invited-count': String(n), 'error-count': '0' }, 'action')
        const { count: got } = await api.stats()
        if (got !== requests) {
          throw new BenchError(`the API got ${got} requests, expected ${requests}`)
        }
        run.cleanup()
        times.push(r.ms)
      }
      const wall = median(times)
      const ratio = wall / ideal
      rows.push({
        name,
        figure: ratio.toFixed(3),
        target,
        met: verdict(ratio <= 1.15),
        detail: `${fmtMs(wall)}${spread(times)}; ideal ${fmtMs(ideal)} = ${Math.ceil(n / (BATCH_SIZE * CONCURRENCY))} x ${DELAY_MS} ms + start-up`
      })
    } catch (error) {
      failed(name, target, error)
    }
  }
  if (!settings.throughputNs.includes(10_000)) {
    rows.push({
      name: 'throughput 10,000 / ideal',
      figure: '-',
      target: '<= 1.15',
      met: 'skipped',
      detail: 'not in BENCH_THROUGHPUT_NS (quick mode runs 1,000 only)'
    })
  }
}

/**
 * Installs (or finds cached) @controlplane/cli. Returns the CLI's JS entry and version.
 * @returns {{ entry: string, version: string }}
 */
function installCli() {
  const pkgFile = path.join(CLI_CACHE, 'node_modules', '@controlplane', 'cli', 'package.json')
  /** @returns {{ version: string, bin: string | Record<string, string> } | undefined} */
  const installed = () =>
    existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : undefined
  let pkg = installed()
  if (!pkg || (settings.cliVersion && pkg.version !== settings.cliVersion)) {
    mkdirSync(CLI_CACHE, { recursive: true })
    const spec = `@controlplane/cli@${settings.cliVersion ?? 'latest'}`
    progress(`installing ${spec} into ${CLI_CACHE} (cached for later runs)`)
    const r = spawnSync(
      'npm',
      ['install', '--prefix', CLI_CACHE, spec, '--no-audit', '--no-fund', '--loglevel=error'],
      { encoding: 'utf8', timeout: 180_000, killSignal: 'SIGKILL' }
    )
    if (r.error || r.status !== 0) {
      const why = r.error?.message ?? `exit ${r.status ?? r.signal}`
      throw new BenchError(
        `npm install ${spec} failed (${why}): ${(r.stderr || r.stdout || '').trim().slice(-300)}`
      )
    }
    pkg = installed()
    if (!pkg) throw new BenchError(`npm install ${spec} left no ${pkgFile}`)
  }
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.cpln
  if (!bin) throw new BenchError('@controlplane/cli has no cpln bin entry')
  return { entry: path.join(path.dirname(pkgFile), bin), version: pkg.version }
}

/** @param {Record<string, unknown>} headers */
function showHeaders(headers) {
  return Object.entries(headers)
    .map(([k, v]) => {
      let value = String(v)
      if (k === 'authorization') value = value.replace(TOKEN, '<token>')
      if (k === 'host') value = value.replace(/:\d+$/, ':<port>')
      return `    ${k}: ${value}`
    })
    .join('\n')
}

/**
 * Row 3.
 * @param {BenchApi} api
 */
async function benchCli(api) {
  const name = `CLI loop ${settings.cliN} / action ${settings.cliN}`
  const target = '>= 20x'
  if (!settings.cli) {
    rows.push({ name, figure: '-', target, met: 'skipped', detail: 'BENCH_CLI=0' })
    return
  }
  let cli
  try {
    cli = installCli()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    rows.push({ name, figure: '-', target, met: 'skipped', detail: 'CLI not installed' })
    notes.push(`CLI row skipped: ${message}`)
    return
  }
  await api.configure({ delayMs: settings.cliDelayMs, record: true })
  /** @type {number[]} */
  const cliTimes = []
  /** @type {number[]} */
  const actionTimes = []
  /** @type {any} */
  let firstCliRequest
  /** @type {any} */
  let firstActionRequest
  let cliStdout = ''
  /** @type {string[]} */
  let homeFiles = []
  progress(
    `CLI ${cli.version}: ${settings.longRuns} x (${settings.cliN / CLI_BATCH} cpln calls, 1 action run)`
  )
  try {
    for (let run = 0; run < settings.longRuns; run++) {
      const emails = Array.from({ length: settings.cliN }, (_, i) => `Cli${run}-${i}@Example.com`)
      const expected = emails.map(e => e.toLowerCase())
      // The CLI: one call per batch of 10, one after the other, as a careful shell loop would.
      const home = mkdtempSync(path.join(work, 'cpln-home-'))
      await api.reset()
      const cliEnv = {
        PATH: env.PATH,
        HOME: home,
        CPLN_HOME: home,
        CPLN_ENDPOINT: api.url,
        CPLN_TOKEN: TOKEN,
        CPLN_SKIP_UPDATE_CHECK: '1'
      }
      let total = 0
      for (let b = 0; b < emails.length; b += CLI_BATCH) {
        const args = [cli.entry, 'user', 'invite', '--org', ORG]
        for (const e of emails.slice(b, b + CLI_BATCH)) args.push('--email', e)
        const r = await timed(settings.node, args, { env: cliEnv, label: 'cpln', cwd: home })
        mustSucceed(r, `cpln user invite (batch ${b / CLI_BATCH + 1})`)
        if (!cliStdout) cliStdout = readFileSync(r.log, 'utf8')
        total += r.ms
      }
      const { requests = [] } = await api.stats(true)
      const invites = requests.filter(r => r.method === 'POST' && /\/user\/-invite$/.test(r.path))
      const received = invites.flatMap(r => r.emails ?? [])
      if (invites.length !== settings.cliN / CLI_BATCH || requests.length !== invites.length) {
        throw new BenchError(
          `the CLI sent ${requests.length} requests (${invites.length} invites), expected ${settings.cliN / CLI_BATCH} invites: ${requests.map(r => `${r.method} ${r.path}`).join(', ')}`
        )
      }
      if (received.join(',') !== expected.join(',')) {
        throw new BenchError(`the CLI sent other addresses than expected: ${received.slice(0, 5)}`)
      }
      firstCliRequest ??= requests[0]
      homeFiles = readdirSync(home, { recursive: true }).map(String)
      cliTimes.push(total)

      // The action, same addresses (differently cased, so it must lowercase them too).
      const runFiles = actionRun({
        org: ORG,
        token: TOKEN,
        emails: emails.join('\n'),
        'api-url': api.url,
        'batch-size': String(BATCH_SIZE),
        concurrency: String(CONCURRENCY)
      })
      await api.reset()
      const r = await timed(settings.node, [settings.dist], {
        env: runFiles.env,
        label: 'cli-action'
      })
      mustSucceed(r, `action (${settings.cliN} addresses)`)
      checkOutputs(
        runFiles.outputFile,
        { 'invited-count': String(settings.cliN), 'error-count': '0' },
        'action'
      )
      const after = await api.stats(true)
      const got = (after.requests ?? []).flatMap(q => q.emails ?? []).sort()
      if (got.join(',') !== [...expected].sort().join(',')) {
        throw new BenchError('the action sent other addresses than the CLI')
      }
      firstActionRequest ??= after.requests?.[0]
      actionTimes.push(r.ms)
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    rows.push({ name, figure: '-', target, met: 'skipped', detail: 'CLI did not work, see notes' })
    notes.push(
      `CLI row skipped: @controlplane/cli ${cli.version} against the local API: ${message}`
    )
    return
  }
  const cliWall = median(cliTimes)
  const actionWall = median(actionTimes)
  const ratio = cliWall / actionWall
  rows.push({
    name,
    figure: `${ratio.toFixed(2)}x`,
    target,
    met: verdict(ratio >= 20),
    detail: `cpln ${cli.version}: ${fmtMs(cliWall)}${spread(cliTimes)} for ${settings.cliN / CLI_BATCH} calls; action ${fmtMs(actionWall)}${spread(actionTimes)}; API delay ${settings.cliDelayMs} ms`
  })
  const show = (/** @type {any} */ q) =>
    q
      ? `  ${q.method} ${q.path}\n${showHeaders(q.headers)}\n    body: ${JSON.stringify(q.body)}`
      : '  (none recorded)'
  notes.push(
    `What cpln ${cli.version} sent (first call, run on ${settings.node} with exit 0 each time):\n${show(firstCliRequest)}\n` +
      `  stdout of the first call: ${cliStdout.trim().replace(/\s+/g, ' ').slice(0, 200)}\n` +
      `  files it left in the empty CPLN_HOME: ${homeFiles.length ? homeFiles.join(', ') : 'none'}\n` +
      `What the action sent (first batch):\n${show(firstActionRequest)}`
  )
}

/**
 * Row 4. Each team file of n addresses runs in the same rounds as a 3-address file of the
 * same format, also a dry run: the same process shape (same inputs, same modules loaded, no
 * HTTP), so the difference is what the n addresses cost. The figure is the median over the
 * rounds of (team file - 3-address file); the peak RSS is of the whole process.
 */
async function benchTeamFiles() {
  const n = settings.teamN
  const SMALL = 3
  const workspace = path.join(work, 'team')
  mkdirSync(workspace, { recursive: true })
  const label = n.toLocaleString('en-US')
  /** @type {{ file: string, kind: string, target: number, make: (i: number) => string }[]} */
  const formats = [
    {
      file: 'team.yml',
      kind: `YAML list ${label}`,
      target: 2000,
      make: i => `- user${i}@example.com\n`
    },
    { file: 'team.txt', kind: `text ${label}`, target: 500, make: i => `user${i}@example.com\n` },
    {
      file: 'team-map.yml',
      kind: `YAML mappings ${label}`,
      target: 2000,
      make: i => `- email: user${i}@example.com\n  name: User ${i}\n`
    }
  ]
  const timeBin = '/usr/bin/time'
  const haveTime = existsSync(timeBin)
  if (!haveTime) notes.push(`${timeBin} is missing: no peak RSS figures (apt-get install time).`)

  const cases = formats.map(f => {
    const small = `small-${f.file}`
    writeList(path.join(workspace, f.file), n, f.make)
    writeList(path.join(workspace, small), SMALL, f.make)
    return {
      ...f,
      small,
      name: `team file: ${f.kind}, dry run beyond a ${SMALL}-address one`,
      targetText: `< ${f.target / 1000} s${f.file.endsWith('.yml') ? ', RSS < 300 MB' : ''}`,
      /** @type {Record<'big' | 'small', number[]>} */
      times: { big: [], small: [] },
      /** @type {Record<'big' | 'small', number[]>} */
      rss: { big: [], small: [] },
      /** @type {number[]} */
      diffs: [],
      /** @type {unknown} */
      error: undefined
    }
  })

  /**
   * One dry run of the big or the small file; the wall time, or the peak RSS in MB under
   * /usr/bin/time -v.
   * @param {(typeof cases)[number]} c
   * @param {'big' | 'small'} which
   * @param {boolean} underTime
   */
  async function runOnce(c, which, underTime) {
    const file = which === 'big' ? c.file : c.small
    const count = which === 'big' ? n : SMALL
    const run = actionRun({ org: ORG, 'emails-file': file, 'dry-run': 'true' }, workspace)
    const r = underTime
      ? await timed(timeBin, ['-v', settings.node, settings.dist], {
          env: run.env,
          label: `${file}-rss`
        })
      : await timed(settings.node, [settings.dist], { env: run.env, label: file })
    mustSucceed(r, `dry run of ${file}${underTime ? ` under ${timeBin} -v` : ''}`)
    const out = checkOutputs(run.outputFile, { 'invited-count': '0', 'error-count': '0' }, file)
    const planned = JSON.parse(out.emails ?? '[]').length
    if (planned !== count)
      throw new BenchError(`${file}: ${planned} addresses planned, not ${count}`)
    run.cleanup()
    if (!underTime) return r.ms
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(r.log, 'utf8'))
    if (!m) throw new BenchError(`${timeBin} -v printed no maximum resident set size`)
    return Number(m[1]) / 1024
  }

  const rssRounds = haveTime ? settings.rssRuns : 0
  progress(
    `team files: ${settings.teamRuns} rounds + ${rssRounds} under ${timeBin} -v, each with the ${label}-address file and a ${SMALL}-address one of each format`
  )
  for (let round = 0; round < settings.teamRuns + rssRounds; round++) {
    const underTime = round >= settings.teamRuns
    // Alternate which of the pair runs first, so that neither always follows the other.
    const pair = /** @type {const} */ (round % 2 ? ['big', 'small'] : ['small', 'big'])
    for (const c of cases) {
      if (c.error !== undefined) continue
      try {
        /** @type {Record<string, number>} */
        const got = {}
        for (const which of pair) got[which] = await runOnce(c, which, underTime)
        const into = underTime ? c.rss : c.times
        into.big.push(got.big)
        into.small.push(got.small)
        if (!underTime) c.diffs.push(got.big - got.small)
      } catch (error) {
        c.error = error
      }
    }
  }

  for (const c of cases) {
    if (c.error !== undefined) {
      failed(c.name, c.targetText, c.error)
      continue
    }
    const net = median(c.diffs)
    const peak = c.rss.big.length ? median(c.rss.big) : NaN
    const smallPeak = c.rss.small.length ? median(c.rss.small) : NaN
    const ok = net < c.target && (!c.file.endsWith('.yml') || !(peak >= 300))
    const mb = (/** @type {number} */ v) => `${v.toFixed(1)} MB`
    const rssSpread =
      c.rss.big.length > 1
        ? ` (min ${mb(Math.min(...c.rss.big))}, max ${mb(Math.max(...c.rss.big))}, n=${c.rss.big.length})`
        : ` (n=${c.rss.big.length})`
    rows.push({
      name: c.name,
      figure: `${fmtMs(net)}${Number.isFinite(peak) ? `, ${peak.toFixed(0)} MB` : ''}`,
      target: c.targetText,
      met: verdict(ok),
      detail:
        `time: median over ${c.diffs.length} round${c.diffs.length === 1 ? '' : 's'} of (${label}-address file minus a ${SMALL}-address file of the same format, both dry runs, run in the same round); ` +
        `whole process ${fmtMs(median(c.times.big))}${spread(c.times.big)}, ${SMALL}-address file ${fmtMs(median(c.times.small))}${spread(c.times.small)}. ` +
        `Peak RSS of the whole process, median: ${Number.isFinite(peak) ? `${mb(peak)}${rssSpread}; ${SMALL}-address file ${mb(smallPeak)}` : 'not measured'}`
    })
  }
}

/** Row 5: dist/index.js, and all the JS in dist/ (with the chunks loaded lazily). */
function benchBundle() {
  const name = 'bundle dist/index.js; all dist/*.js'
  const target = '< 1,500,000 B'
  try {
    const size = statSync(settings.dist).size
    // Chunks that ncc splits off for dynamic imports load only when that code runs.
    const dir = path.dirname(settings.dist)
    // dist/check.js and dist/check/ are the team-file check, not the action: row 6.
    const chunks = readdirSync(dir, { recursive: true })
      .map(String)
      .filter(f => /\.[cm]?js$/.test(f) && path.join(dir, f) !== settings.dist)
      .filter(f => f !== 'check.js' && !f.startsWith(`check${path.sep}`))
      .sort()
      .map(f => ({ f, size: statSync(path.join(dir, f)).size }))
    const total = size + chunks.reduce((sum, c) => sum + c.size, 0)
    const bytes = (/** @type {number} */ b) => `${b.toLocaleString('en-US')} B`
    rows.push({
      name,
      figure: `${bytes(size)}; ${bytes(total)}`,
      target: `${target} (index.js)`,
      met: verdict(size < 1_500_000),
      detail: `index.js ${(size / 1024 / 1024).toFixed(2)} MiB; all ${chunks.length + 1} JS files ${(total / 1024 / 1024).toFixed(2)} MiB; lazily loaded chunks beside it: ${chunks.length ? chunks.map(c => `${c.f} ${bytes(c.size)}`).join(', ') : 'none'} (node scripts/bench-profile.mjs shows the bytes by package)`
    })
  } catch (error) {
    failed(name, target, error)
  }
}

/** Row 6: the team-file check, dist/check.js and its folder dist/check/ (not the action's). */
function benchCheckBundle() {
  const name = 'bundle dist/check/ (team-file check)'
  try {
    const dir = path.join(path.dirname(settings.dist), 'check')
    const files = readdirSync(dir)
      .filter(f => /\.[cm]?js$/.test(f))
      .sort()
      .map(f => ({ f, size: statSync(path.join(dir, f)).size }))
    const total = files.reduce((sum, c) => sum + c.size, 0)
    const entry = files.find(c => c.f === 'index.js')?.size ?? 0
    const bytes = (/** @type {number} */ b) => `${b.toLocaleString('en-US')} B`
    rows.push({
      name,
      figure: `${bytes(entry)}; ${bytes(total)}`,
      target: 'reference',
      met: 'ref',
      detail: `loaded at start: check/index.js ${bytes(entry)} (the parser and yaml); all ${files.length} JS files ${bytes(total)}: ${files.map(c => `${c.f} ${bytes(c.size)}`).join(', ')} (the HTTP client loads only with --skip-existing)`
    })
  } catch (error) {
    failed(name, 'reference', error)
  }
}

/**
 * Row 7: adversarial team files, each a dry run at every size of BENCH_HOSTILE_MB. Time must
 * grow linearly: at most 2.2x per doubling (a quadratic parser shows 4x), and 8 MB in < 5 s.
 * A run may fail (most of these files are not valid lists); it must finish, not crash.
 */
async function benchHostile() {
  const workspace = path.join(work, 'hostile')
  mkdirSync(workspace, { recursive: true })
  /** Repeats `unit` to `bytes` characters (all ASCII: one byte each), with head and end. */
  const fill = (/** @type {number} */ bytes, unit, head = '', end = '\n') =>
    head +
    unit.repeat(Math.max(0, Math.floor((bytes - head.length - end.length) / unit.length))) +
    end
  /** @type {{ name: string, file: string, make: (bytes: number) => string }[]} */
  // A comment's `.` stops at U+2028, so a run of spaces before one is what made the former
  // `(?: +#.*)? *$` patterns backtrack quadratically (100 KB took 6 s).
  const shapes = [
    {
      name: 'YAML item: spaces in a comment',
      file: 'team.yml',
      make: b => fill(b, ' ', '- a@x.io #', '\u2028x\n')
    },
    {
      name: 'YAML quoted item: spaces in a comment',
      file: 'team.yml',
      make: b => fill(b, ' ', '- "a@x.io" #', '\u2028x\n')
    },
    {
      name: 'YAML list key: spaces in a comment',
      file: 'team.yml',
      make: b => fill(b, ' ', 'emails: #', '\u2028\n- a@x.io\n')
    },
    {
      name: 'text: spaces before a comment',
      file: 'team.txt',
      make: b => fill(b, ' ', 'a@x.io', '# c\n')
    },
    { name: 'text: > without <', file: 'team.txt', make: b => fill(b, 'a>,') },
    { name: 'text: < without >', file: 'team.txt', make: b => fill(b, '<a@x.io ') },
    { name: 'YAML: deep nesting', file: 'team.yml', make: b => fill(b, '[', '', ']\n') },
    // Millions of entries: annotations are capped per kind, and a file of more than 250,000
    // entries is refused after the lexer counts them (these took 45 s, 13 s and 7 s before).
    { name: 'YAML: empty items', file: 'team.yml', make: b => fill(b, '- \n', '', '') },
    {
      name: 'YAML: one-line flow list',
      file: 'team.yml',
      make: b => fill(b, 'a@x.io, ', '[', 'b@x.io]\n')
    },
    { name: 'text: one address repeated', file: 'team.txt', make: b => fill(b, 'a@x.io ') },
    {
      // One check of unique keys per key pair took minutes at a few hundred thousand keys.
      name: 'YAML: a mapping of many keys',
      file: 'team.yml',
      make: b => {
        const parts = ['members: [a@x.io]\n']
        let size = parts[0].length
        for (let i = 0; size < b; i++) {
          const line = `k${i}: v\n`
          parts.push(line)
          size += line.length
        }
        return parts.join('')
      }
    },
    {
      name: 'YAML: long key',
      file: 'team.yml',
      make: b => fill(b, 'k', '? ', '\n: [a@x.io]\nmembers: []\n')
    }
  ]
  const sizes = settings.hostileMb
  const target = `<= 2.2x per doubling${sizes.includes(8) ? ', 8 MB < 5 s' : ''}`
  for (const shape of shapes) {
    const name = `hostile: ${shape.name}`
    try {
      /** @type {number[]} */
      const times = []
      for (const mb of sizes) {
        const file = path.join(workspace, shape.file)
        writeFileSync(file, shape.make(mb * 1024 * 1024))
        /** @type {number[]} */
        const runs = []
        for (let i = 0; i < settings.hostileRuns; i++) {
          const run = actionRun(
            { org: ORG, 'dry-run': 'true', 'emails-file': shape.file },
            workspace
          )
          const r = await timed(settings.node, [settings.dist], {
            env: run.env,
            cwd: workspace,
            label: `hostile-${mb}`
          })
          run.cleanup()
          if (r.error) throw new BenchError(`${mb} MB: could not start: ${r.error.message}`)
          if (r.code !== 0 && r.code !== 1) {
            throw new BenchError(
              `${mb} MB: exit ${r.code ?? r.signal}${r.signal === 'SIGKILL' ? ` (over ${settings.timeoutMs / 1000} s)` : ''}\n${tail(r.log)}`
            )
          }
          runs.push(r.ms)
        }
        times.push(median(runs))
      }
      const growth = times.slice(1).map((t, i) => t / (times[i] ?? t))
      const worst = Math.max(...growth)
      const at8 = sizes.indexOf(8) >= 0 ? times[sizes.indexOf(8)] : undefined
      const ok = worst <= 2.2 && (at8 === undefined || at8 < 5000)
      rows.push({
        name,
        figure: `${worst.toFixed(2)}x${at8 === undefined ? '' : `, 8 MB ${fmtMs(at8)}`}`,
        target,
        met: verdict(ok),
        detail:
          sizes.map((mb, i) => `${mb} MB ${fmtMs(times[i] ?? NaN)}`).join(', ') +
          `; growth per doubling ${growth.map(g => `${g.toFixed(2)}x`).join(', ')} (whole process, median of ${settings.hostileRuns})`
      })
    } catch (error) {
      failed(name, target, error)
    }
  }
}

// ---------------------------------------------------------------------------------------
// Main

function printTable() {
  const head = ['row', 'figure', 'target', 'met']
  const cells = rows.map(r => [r.name, r.figure, r.target, r.met])
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)))
  const line = (/** @type {string[]} */ c) => c.map((v, i) => v.padEnd(widths[i])).join('  ')
  console.log(line(head))
  console.log(widths.map(w => '-'.repeat(w)).join('  '))
  for (const c of cells) console.log(line(c))
  console.log('\nDetails:')
  for (const r of rows) if (r.detail) console.log(`  ${r.name}: ${r.detail}`)
}

async function main() {
  const started = performance.now()
  const nodeVersion = spawnSync(settings.node, ['--version'], { encoding: 'utf8' }).stdout?.trim()
  if (!nodeVersion) throw new Error(`cannot run ${settings.node}: npm install first`)
  if (!nodeVersion.startsWith('v24.')) {
    notes.push(`${settings.node} is ${nodeVersion}, not Node 24 as on GitHub's runners.`)
  }
  if (!existsSync(settings.dist)) throw new Error(`no bundle at ${settings.dist}`)
  const cpus = os.cpus()
  console.log(
    `cpln-invite-action bench${QUICK ? ' (BENCH_QUICK)' : ''}: ${path.relative(root, settings.dist)} on Node ${nodeVersion} (${settings.node})`
  )
  console.log(
    `machine: ${cpus.length} cpus (${cpus[0]?.model?.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, load ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(
        ' '
      )}; local API ${settings.apiMode === 'inproc' ? 'in the bench process' : 'in a child process'}`
  )

  if (settings.only !== undefined && settings.only !== 'hostile') {
    throw new Error(`unknown row ${settings.only}: only "hostile" can run alone`)
  }
  if (settings.only === 'hostile') {
    await benchHostile()
  } else {
    const api = await startApi({ token: TOKEN, record: false, delayMs: 0 })
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(api.url))
      throw new Error(`API not on 127.0.0.1: ${api.url}`)
    try {
      const startup = await benchStartup(api)
      await benchThroughput(api, startup)
      await benchCli(api)
      await benchTeamFiles()
      benchBundle()
      benchCheckBundle()
    } finally {
      await api.close()
    }
    await benchHostile()
  }

  console.log('')
  printTable()
  console.log(
    '\nNote: absolute times depend on this (possibly shared and noisy) machine; compare the ratios,\n' +
      "which divide by `node -e ''` or by the ideal measured in the same run."
  )
  const load = os.loadavg()[0]
  console.log(
    `Load average at the end: ${load.toFixed(2)} on ${os.cpus().length} cpus${load > os.cpus().length ? ': other work shared the machine, trust the ratios more than the times' : ''}.`
  )
  for (const note of notes) console.log(`\n${note}`)
  for (const f of failures) console.log(`\nFAILED ${f}`)
  console.log(
    `\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s${settings.keep ? `; logs and files kept in ${work}` : ''}`
  )
  return failures.length === 0 ? 0 : 1
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes; stopping`)
  process.exit(3)
}, WATCHDOG_MS)
watchdog.unref()

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`)
} finally {
  if (!settings.keep) rmSync(work, { recursive: true, force: true })
}
process.exit(code)
