// `npm run local-action` (docs/development.md): @github/local-action runs src/main.ts, not the
// bundle, with the inputs of .env.example, against the local Control Plane API.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../tools/local-api.mjs'
import { NODE24, ROOT } from './helpers/run-action.js'

const KEY = 'local-action-test-key'
let api: Awaited<ReturnType<typeof startLocalApi>>

beforeAll(async () => {
  api = await startLocalApi({ token: KEY, members: ['existing.member@example.com'] })
})
afterAll(async () => {
  await api.close()
})

it('runs the sources with .env.example: the invitations are sent and the outputs set', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpln-local-action-'))
  const summary = path.join(dir, 'summary.md')
  writeFileSync(summary, '')
  // .env.example as the docs use it, pointed at this test's API, key and summary file.
  const env = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
    .replace(/^INPUT_TOKEN=.*$/m, `INPUT_TOKEN=${KEY}`)
    .replace(/^INPUT_API-URL=.*$/m, `INPUT_API-URL=${api.url}`)
    .replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY=${summary}`)
  const envFile = path.join(dir, '.env')
  writeFileSync(envFile, env)

  const bin = path.join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')
  let out = ''
  let code: number | null
  let summaryText: string
  try {
    // local-action runs `npm exec tsx` and `npm ls`: no update check (a fresh HOME each run).
    const child = spawn(NODE24, [bin, '.', 'src/main.ts', envFile], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: dir, NPM_CONFIG_UPDATE_NOTIFIER: 'false' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d))
    code = await new Promise<number | null>(resolve => child.on('close', resolve))
  } finally {
    summaryText = readFileSync(summary, 'utf8')
    rmSync(dir, { recursive: true, force: true })
  }

  // The output's end is shown only when the run failed.
  expect({ code, out: code === 0 ? '' : out.slice(-3000) }).toEqual({ code: 0, out: '' })
  const sent = api.requests
    .filter(r => r.method === 'POST')
    .flatMap(r => (r.body as { emails: string[] }).emails)
  expect(sent.sort()).toEqual([
    'ann.lee@example.com',
    'bob.stone@example.com',
    'cid@example.org',
    'dee@example.net',
    'eve@example.com',
    'existing.member@example.com'
  ])
  expect(out).toContain('::set-output name=invited-count::5')
  expect(out).toContain('::set-output name=error-count::2')
  expect(summaryText).toMatch(
    /Control Plane invitations for org demo-org[^]*eve(@|&#64;)example\.com/
  )
  expect(out.split(KEY).length - 1).toBe(out.split(`::add-mask::${KEY}`).length - 1)
}, 60_000)
