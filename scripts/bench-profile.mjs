// Helper of `npm run bench`: where the bundled action spends its time and its bytes.
//   node scripts/bench-profile.mjs [--file yml|txt|map] [--n 100000] [--top 25] [--no-stats]
// Without --file: profiles a start-up run (3 addresses, one request to the local API).
// With --file: profiles a dry run over a generated team file of n entries (YAML list, text,
// or YAML list of mappings).
// It runs dist/index.js on Node 24 with --cpu-prof and prints self time by function and by
// package. Functions in the bundle are placed in their module by the bundle's own markers:
// `// CONCATENATED MODULE: path` comments, and `/***/ ID:` factories whose paths come from
// the stats of a fresh ncc build of the working tree into a temporary folder (dist/ is not
// touched). That build also gives the size of the bundle by package.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startLocalApi } from '../tools/local-api.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    n: { type: 'string', default: '100000' },
    top: { type: 'string', default: '25' },
    'no-stats': { type: 'boolean', default: false }
  }
})
const n = Number(values.n)
const top = Number(values.top)
if (!Number.isInteger(n) || n < 1 || n > 1_000_000 || !Number.isInteger(top) || top < 1) {
  console.error('--n must be 1..1000000 and --top a whole number')
  process.exit(2)
}
const node = process.env.BENCH_NODE || path.join(root, 'node_modules', 'node', 'bin', 'node')
const dist = path.resolve(root, process.env.BENCH_DIST || path.join('dist', 'index.js'))
const work = mkdtempSync(path.join(os.tmpdir(), 'cpln-invite-profile-'))

/** @param {string | undefined} name */
const packageOf = name => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name ?? '')
  if (m) return m[1]
  if (name?.startsWith('./src/')) return 'src (the action)'
  if (name?.startsWith('external ')) return 'node built-ins (require)'
  return name ?? '?'
}

/** Module ids to paths and sizes by package, from a fresh ncc build with --stats-out. */
function nccStats() {
  const out = path.join(work, 'ncc')
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const stats = path.join(work, 'stats.json')
  const r = spawnSync(node, [ncc, 'build', 'src/index.ts', '-o', out, '--stats-out', stats, '-q'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    // As scripts/bundle.mjs builds dist/: with tsconfig.json's `paths` applied.
    env: { ...process.env, TS_NODE_BASEURL: '.' }
  })
  if (r.status !== 0) {
    console.log(`(ncc build for stats failed: ${(r.stderr || '').trim().slice(-300)})`)
    return undefined
  }
  const json = JSON.parse(readFileSync(stats, 'utf8'))
  /** @type {Map<string, string>} */
  const ids = new Map()
  /** @type {Map<string, Map<string, number>>} chunk file -> package -> bytes */
  const byChunk = new Map()
  const chunkFile = new Map(
    json.chunks.map((/** @type {any} */ c) => [c.id, c.files?.[0] ?? String(c.id)])
  )
  for (const m of json.modules) {
    if (m.id !== null && m.id !== undefined) ids.set(String(m.id), m.name)
    const file = chunkFile.get(m.chunks?.[0]) ?? 'not emitted'
    if (!byChunk.has(file)) byChunk.set(file, new Map())
    const sizes = /** @type {Map<string, number>} */ (byChunk.get(file))
    for (const inner of m.modules ?? [m]) {
      const pkg = packageOf(inner.name)
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + (inner.size ?? 0))
    }
  }
  console.log(`Bundle of the working tree by package (source bytes; ncc does not minify):`)
  for (const f of readdirSync(out).filter(f => f.endsWith('.js'))) {
    const size = readFileSync(path.join(out, f)).length
    console.log(`  ${f}: ${size.toLocaleString('en-US')} B`)
    const sizes = [...(byChunk.get(f) ?? new Map())].sort((a, b) => b[1] - a[1])
    for (const [pkg, bytes] of sizes.slice(0, 12)) {
      console.log(`    ${bytes.toLocaleString('en-US').padStart(11)}  ${pkg}`)
    }
  }
  return ids
}

/** Line ranges of the bundle's modules. @param {Map<string, string> | undefined} ids */
function moduleMap(ids) {
  const lines = readFileSync(dist, 'utf8').split('\n')
  /** @type {Array<[number, string]>} */
  const starts = []
  lines.forEach((line, i) => {
    const factory = /^\/\*\*\*\/ (\d+):$/.exec(line)
    if (factory) {
      // A built-in that the bundle requires is a two-line factory; name it without stats.
      const builtin = /createRequire\(import\.meta\.url\)\("([^"]+)"\)/.exec(
        lines.slice(i + 1, i + 5).join('\n')
      )
      const name = builtin ? `external "${builtin[1]}"` : undefined
      starts.push([i, ids?.get(factory[1]) ?? name ?? `module ${factory[1]}`])
    }
    const concat = /^;\/\/ CONCATENATED MODULE: (.+)$/.exec(line)
    if (concat) starts.push([i, concat[1]])
  })
  /** @param {number} line 0-based */
  return line => {
    let lo = 0
    let hi = starts.length - 1
    let found = 'bundle runtime'
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid][0] <= line) {
        found = starts[mid][1]
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}

/** Runs the bundle under --cpu-prof; returns the profile. */
async function profile() {
  const api = await startLocalApi({ token: 'k', record: false })
  const output = path.join(work, 'output')
  const summary = path.join(work, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  /** @type {Record<string, string | undefined>} */
  const env = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: work,
    INPUT_ORG: 'bench-org'
  }
  if (values.file) {
    const kinds = {
      yml: ['team.yml', i => `- user${i}@example.com\n`],
      txt: ['team.txt', i => `user${i}@example.com\n`],
      map: ['team-map.yml', i => `- email: user${i}@example.com\n  name: User ${i}\n`]
    }
    const kind = kinds[/** @type {'yml'} */ (values.file)]
    if (!kind) throw new Error('--file must be yml, txt or map')
    const [name, line] = /** @type {[string, (i: number) => string]} */ (kind)
    writeFileSync(path.join(work, name), Array.from({ length: n }, (_, i) => line(i)).join(''))
    Object.assign(env, { 'INPUT_EMAILS-FILE': name, 'INPUT_DRY-RUN': 'true' })
  } else {
    Object.assign(env, {
      INPUT_TOKEN: 'k',
      INPUT_EMAILS: 'ann@example.com,bob@example.com,cy@example.com',
      'INPUT_API-URL': api.url
    })
  }
  const profDir = path.join(work, 'prof')
  const child = spawn(
    node,
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100', dist],
    { env, stdio: 'ignore', timeout: 300_000, killSignal: 'SIGKILL' }
  )
  const code = await new Promise(resolve => child.once('exit', resolve))
  await api.close()
  if (code !== 0) throw new Error(`the profiled run exited ${code}`)
  const file = readdirSync(profDir).find(f => f.endsWith('.cpuprofile'))
  if (!file) throw new Error('no .cpuprofile written')
  return JSON.parse(readFileSync(path.join(profDir, file), 'utf8'))
}

/** @param {Map<string, number>} map @param {string} title */
function printTop(map, title) {
  console.log(title)
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key.slice(0, 140)}`)
  }
}

try {
  const ids = values['no-stats'] ? undefined : nccStats()
  const moduleAt = moduleMap(ids)
  const prof = await profile()
  const nodes = new Map(prof.nodes.map((/** @type {any} */ x) => [x.id, x]))
  /** @type {Map<number, number>} */
  const self = new Map()
  for (let i = 0; i < prof.samples.length; i++) {
    const ms = (prof.timeDeltas[i + 1] ?? 0) / 1000
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + ms)
  }
  /** @type {Map<number, number>} */
  const parent = new Map()
  for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id)
  /** @type {Map<string, number>} */
  const byFunction = new Map()
  /** Inclusive: each sample goes to the innermost bundle frame on its stack. */
  /** @type {Map<string, number>} */
  const byTrigger = new Map()
  /** @type {Map<string, number>} */
  const byPackage = new Map()
  const distUrl = new URL(`file://${dist}`).href
  for (const [id, ms] of self) {
    const frame = /** @type {any} */ (nodes.get(id)).callFrame
    let where
    let pkg
    if (frame.url === distUrl) {
      const mod = moduleAt(frame.lineNumber)
      where = `${frame.functionName || '(top level)'}  ${mod}:${frame.lineNumber + 1}`
      pkg = `bundle: ${packageOf(mod)}`
    } else if (frame.url.startsWith('node:')) {
      where = `${frame.functionName || '(top level)'}  ${frame.url}:${frame.lineNumber + 1}`
      pkg = 'node internals (compiling and loading built-ins, I/O)'
    } else {
      where = frame.functionName || frame.url || '(native)'
      pkg = frame.functionName || '(native)'
    }
    byFunction.set(where, (byFunction.get(where) ?? 0) + ms)
    let up = /** @type {number | undefined} */ (id)
    let trigger = 'no bundle frame (compiling the bundle, bootstrap, idle, GC)'
    for (let depth = 0; up !== undefined && depth < 10_000; depth++) {
      const f = /** @type {any} */ (nodes.get(up)).callFrame
      if (f.url === distUrl) {
        trigger = `bundle: ${packageOf(moduleAt(f.lineNumber))}`
        break
      }
      up = parent.get(up)
    }
    byTrigger.set(trigger, (byTrigger.get(trigger) ?? 0) + ms)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms)
  }
  const span = (prof.endTime - prof.startTime) / 1000
  console.log(
    `\nProfile of ${path.relative(root, dist)} (${values.file ? `dry run, ${n} entries, ${values.file}` : 'start-up, 3 addresses'}): ${span.toFixed(1)} ms sampled`
  )
  printTop(byPackage, 'Self time by package:')
  printTop(byTrigger, 'Time by the bundle package on the stack (with the built-ins it loads):')
  printTop(byFunction, 'Self time by function:')
} finally {
  rmSync(work, { recursive: true, force: true })
}
