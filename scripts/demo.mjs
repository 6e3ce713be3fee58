// `npm run demo`: runs the bundled action (dist/index.js) against the project's local
// Control Plane API, exactly as a runner would, then prints the requests the API received,
// the step outputs and the job summary. Needs nothing but Node: no install, no network.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startLocalApi } from '../tools/local-api.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const token = 'demo-key-not-a-secret'
const api = await startLocalApi({ token, members: ['existing.member@example.com'] })

const dir = mkdtempSync(path.join(tmpdir(), 'cpln-invite-demo-'))
copyFileSync(path.join(root, 'examples', 'team.yaml'), path.join(dir, 'team.yaml'))
const outputFile = path.join(dir, 'github_output')
const summaryFile = path.join(dir, 'step_summary')
writeFileSync(outputFile, '')
writeFileSync(summaryFile, '')

const rule = title => console.log(`\n──── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}`)
const inputs = {
  org: 'demo-org',
  token,
  'emails-file': 'team.yaml',
  emails: 'Eve Adams <eve@example.com>, ann.lee@example.com',
  'api-url': api.url
}
rule(`Running dist/index.js on Node ${process.version}`)
for (const [name, value] of Object.entries(inputs)) {
  console.log(`  ${name}: ${name === 'token' ? '***' : value}`)
}
console.log()

const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_WORKSPACE: dir,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
}
// Run asynchronously: the local API lives in this process and must keep answering.
const child = spawn(process.execPath, [path.join(root, 'dist', 'index.js')], {
  env,
  cwd: dir,
  stdio: 'inherit'
})
const code = await new Promise(resolve => child.on('close', resolve))

rule('Requests the local Control Plane API received')
for (const r of api.requests) {
  // The header as received, with the demo key masked as the runner would mask it.
  const authorization = String(r.headers.authorization ?? '(none)').replaceAll(token, '***')
  console.log(`  ${r.method} ${r.path}  authorization: ${authorization}`)
  console.log(`    body: ${JSON.stringify(r.body)}`)
}

rule('Step outputs (GITHUB_OUTPUT)')
const lines = readFileSync(outputFile, 'utf8').split('\n')
for (let i = 0; i < lines.length; i++) {
  const match = /^([^<]+)<<(.+)$/.exec(lines[i])
  if (!match) continue
  const value = []
  for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
  console.log(`  ${match[1]} = ${value.join('\n')}`)
}

rule('Job summary (GITHUB_STEP_SUMMARY, markdown with an HTML table)')
console.log(
  readFileSync(summaryFile, 'utf8')
    .replace(/<\/tr>/g, '</tr>\n')
    .trim()
)
rule(`Exit status: ${code}`)
await api.close()

// ──── remove-missing: a dry-run removal plan (issue 12, guarded removal) ────────────────
// A second run with remove-missing and dry-run against an org that has members who are not
// in the team file: one matches keep, one is a superuser. Nothing is removed; the plan is
// printed from the log and the removal part of the job summary.
const removalCode = await (async () => {
  const org = {
    token,
    users: [
      { email: 'existing.member@example.com' },
      { email: 'ann.lee@example.com' },
      { email: 'left.last.month@example.com' },
      { email: 'contractor@example.org' },
      { email: 'break-glass@example.com' },
      { email: 'root.admin@example.com', id: 'u-root-admin' }
    ],
    groups: { superusers: ['/org/demo-org/user/u-root-admin'] }
  }
  const removalApi = await startLocalApi(org)
  const removalInputs = {
    ...inputs,
    emails: '',
    'api-url': removalApi.url,
    'remove-missing': 'true',
    keep: 'break-glass@example.com',
    'max-removals': '50%',
    'skip-existing': 'true',
    'dry-run': 'true'
  }
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  rule('remove-missing: a dry-run removal plan')
  console.log(`  org members: ${org.users.map(u => u.email).join(', ')}`)
  console.log('  superusers:  root.admin@example.com (linked by id)')
  for (const name of ['remove-missing', 'keep', 'max-removals', 'dry-run']) {
    console.log(`  ${name}: ${removalInputs[name]}`)
  }
  console.log()
  const removalChild = spawn(process.execPath, [path.join(root, 'dist', 'index.js')], {
    env: {
      ...env,
      GITHUB_EVENT_NAME: 'push',
      ...Object.fromEntries(
        Object.entries(removalInputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
      )
    },
    cwd: dir,
    stdio: 'inherit'
  })
  const exit = await new Promise(resolve => removalChild.on('close', resolve))
  rule('Requests (a dry run only reads: no invite, no DELETE)')
  for (const r of removalApi.requests) console.log(`  ${r.method} ${r.path}`)
  rule('The removal plan (from the job summary)')
  const summary = readFileSync(summaryFile, 'utf8')
  const part = summary.slice(summary.indexOf('<h2>Removal'))
  for (const row of part.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)) {
    console.log(`  ${row[1].padEnd(30)} ${row[2].padEnd(18)} ${row[3]}`)
  }
  const pending = /\*\*Pending invitations\*\*: (.*)/.exec(part)?.[1] ?? ''
  console.log(
    `\n  Pending invitations: ${pending.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))}`
  )
  rule(`Exit status: ${exit}`)
  await removalApi.close()
  return exit
})()
// ──── end of the remove-missing part ───────────────────────────────────────────────────

process.exit(code === 0 && removalCode === 0 ? 0 : 1)
