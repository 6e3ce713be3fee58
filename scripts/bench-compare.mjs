// Helper of `npm run bench`: compares the start-up of several builds of the action, run
// interleaved in the same rounds so that a noisy machine affects them alike.
//   node scripts/bench-compare.mjs [--rounds N] BUNDLE.js [BUNDLE.js ...]
// Each bundle invites 3 addresses against the local API (answering at once), like row 1 of
// scripts/bench.mjs; `node -e ''` on the same Node 24 is the unit. A run that does not exit 0
// with invited-count 3 stops the comparison. Node built-ins only.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startLocalApi } from '../tools/local-api.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '11' } },
  allowPositionals: true
})
const rounds = Number(values.rounds)
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000 || positionals.length === 0) {
  console.error('usage: node scripts/bench-compare.mjs [--rounds 1..1000] BUNDLE.js [...]')
  process.exit(2)
}
const node = process.env.BENCH_NODE || path.join(root, 'node_modules', 'node', 'bin', 'node')
const token = 'bench-key-not-a-secret'
const api = await startLocalApi({ token, record: false })
const work = mkdtempSync(path.join(os.tmpdir(), 'cpln-invite-compare-'))
writeFileSync(path.join(work, 'summary'), '')

/** @param {string[]} args @param {Record<string, string | undefined>} env */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(node, args, {
      env,
      stdio: 'ignore',
      timeout: 60_000,
      killSignal: 'SIGKILL'
    })
    child.once('error', reject)
    child.once('exit', code => resolve({ code, ms: performance.now() - start }))
  })
}

/** @param {number[]} v */
const median = v => {
  const s = [...v].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

const names = ["node -e ''", ...positionals]
/** @type {number[][]} */
const times = names.map(() => [])
let n = 0
try {
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const i = (k + Math.max(round, 0)) % names.length
      if (i === 0) {
        const r = await run(['-e', ''], { PATH: process.env.PATH })
        if (round >= 0) times[0].push(r.ms)
        continue
      }
      const output = path.join(work, `output-${++n}`)
      writeFileSync(output, '')
      const env = {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
        GITHUB_WORKSPACE: work,
        INPUT_ORG: 'bench-org',
        INPUT_TOKEN: token,
        INPUT_EMAILS: 'ann@example.com,bob@example.com,cy@example.com',
        'INPUT_API-URL': api.url
      }
      const r = await run([path.resolve(names[i])], env)
      if (r.code !== 0 || !/invited-count<<(\S+)\n3\n/.test(readFileSync(output, 'utf8'))) {
        throw new Error(`${names[i]}: exit ${r.code}, or invited-count is not 3`)
      }
      if (round >= 0) times[i].push(r.ms)
    }
  }
  const unit = median(times[0])
  console.log(`Node ${node}, ${rounds} interleaved rounds, medians:`)
  for (let i = 0; i < names.length; i++) {
    const size = i === 0 ? '' : `${statSync(names[i]).size.toLocaleString('en-US')} B`
    const m = median(times[i])
    console.log(
      `${names[i].padEnd(40)} ${m.toFixed(1).padStart(7)} ms  ratio ${(m / unit).toFixed(2)}  ${size}`
    )
  }
} finally {
  await api.close()
  rmSync(work, { recursive: true, force: true })
}
