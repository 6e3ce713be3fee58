// End-to-end: the bundled team-file check, dist/check.js, on Node 24 as a developer runs it,
// in a temporary working directory; --skip-existing against the local Control Plane API.
// Each case checks the exact lines, the exit status, the requests on the wire, and that the
// key appears nowhere in what the command prints.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../tools/local-api.mjs'
import { CANARY_KEY, NODE24, ROOT } from './helpers/run-action.js'

const CHECK = path.join(ROOT, 'dist', 'check.js')

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
let api: LocalApi

beforeAll(async () => {
  api = await startLocalApi({ token: CANARY_KEY })
})
afterAll(async () => {
  await api.close()
})
afterEach(() => {
  api.reset()
  api.configure({ members: [], orgs: undefined, pageSize: 50 })
})

interface CheckRun {
  code: number | null
  stdout: string
  stderr: string
}

async function runCheck(
  args: string[],
  files: Record<string, string | Buffer> = {},
  env: Record<string, string> = {}
): Promise<CheckRun> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'cpln-check-e2e-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true })
    writeFileSync(path.join(cwd, name), content)
  }
  const child = spawn(NODE24, [CHECK, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
  clearTimeout(timer)
  // A distinctive middle part of the key catches a partial echo too.
  for (const text of [stdout, stderr]) {
    expect(text).not.toContain(CANARY_KEY.slice(4, -4))
  }
  return { code, stdout, stderr }
}

const PLATFORM = [
  'teams:',
  '  platform:',
  '    - ann@example.com',
  '    - email: bob@example.com',
  '      name: Bob',
  '    - cid@example.org',
  '  data:',
  '    - dan@example.org',
  ''
].join('\n')

const BROKEN = [
  '# the platform team',
  'emails:',
  '  - ann@example.com',
  '  - bob.example.com',
  '  - Ann@Example.com',
  '  - email: cid@example.org',
  '  - { name: Dan }',
  ''
].join('\n')

describe('dist/check.js', () => {
  it('exits 0 with the plan alone for a good file, and sends nothing even with a key set', async () => {
    const run = await runCheck(
      ['team/platform.yaml', '--emails-key', 'teams.platform'],
      { 'team/platform.yaml': PLATFORM },
      { CPLN_TOKEN: CANARY_KEY, CPLN_ORG: 'acme', CPLN_ENDPOINT: api.url }
    )
    expect(run).toEqual({ code: 0, stdout: '3 to invite, 0 invalid, 0 duplicates\n', stderr: '' })
    expect(api.requests).toEqual([])
  })

  it('exits 1 with one file:line:col line per problem, duplicates as warnings', async () => {
    const run = await runCheck(['team/platform.yaml'], { 'team/platform.yaml': BROKEN })
    expect(run.stdout.split('\n')).toEqual([
      'team/platform.yaml:4:5: error: "bob.example.com": not a valid email address: has no @',
      'team/platform.yaml:5:5: warning: duplicate of line 3: "ann@example.com"',
      'team/platform.yaml:7:5: error: "{ name: Dan }": not an email address: each entry must be an address or a mapping with an `email` key',
      '2 to invite, 2 invalid, 1 duplicate',
      ''
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
  })

  it('checks several files, as pre-commit passes them, each on its own', async () => {
    const run = await runCheck(['team/a.txt', 'team/b.yaml', 'team/c.json'], {
      'team/a.txt': 'ann@example.com, bob@example.com\n',
      'team/b.yaml': '- ann@example.com\n- nobody\n',
      'team/c.json': '{"emails": ["cid@example.org", "cid@example.org"]}\n'
    })
    expect(run.stdout.split('\n')).toEqual([
      'team/b.yaml:2:3: error: "nobody": not a valid email address: has no @',
      'team/c.json:1:32: warning: duplicate of line 1: "cid@example.org"',
      '4 to invite, 1 invalid, 1 duplicate (3 files)',
      ''
    ])
    expect(run.code).toBe(1)
  })

  it.each([
    ['LE', Buffer.from([0xff, 0xfe])],
    ['BE', Buffer.from([0xfe, 0xff])]
  ])('reads a UTF-16 %s file with a byte-order mark, as the action does', async (order, bom) => {
    const le = Buffer.from('- ann@example.com\r\n- nobody\r\n', 'utf16le')
    const body = order === 'LE' ? le : Buffer.from(le).swap16()
    const run = await runCheck(['team.yaml'], { 'team.yaml': Buffer.concat([bom, body]) })
    expect(run.stdout.split('\n')).toEqual([
      'team.yaml:2:3: error: "nobody": not a valid email address: has no @',
      '1 to invite, 1 invalid, 0 duplicates',
      ''
    ])
    expect(run.code).toBe(1)
  })

  it('shows a long entry cut, with its length and digest as the action does, and names flags', async () => {
    const long = `${'a'.repeat(300)}@x.co`
    const run = await runCheck(['team.txt', 'org.yaml'], {
      'team.txt': `${long}\nok@x.co\n`,
      'org.yaml': 'teams:\n  platform: [ann@x.co]\n'
    })
    expect(run.stdout).toMatch(
      /^team\.txt:1:1: error: "a{256}…\(305 characters, sha256 [0-9a-f]{12}\)": /m
    )
    expect(run.stdout).toContain('--emails-key')
    expect(run.stdout).not.toMatch(/set emails-key|Set emails-key/)
    expect(run.code).toBe(1)
  })

  it('reports a file that does not parse at its location, with exit 1', async () => {
    const run = await runCheck(['team.json'], { 'team.json': '{"emails": ["a@x.co"\n' })
    expect(run.stdout).toBe(
      [
        'team.json:2:1: error: emails-file team.json is not valid JSON at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the syntax, or give the file a .txt extension to read it as plain text, one or more addresses per line.',
        '0 to invite, 0 invalid, 0 duplicates, 1 file not a team file',
        ''
      ].join('\n')
    )
    expect(run.code).toBe(1)
  })

  it.each([
    [['--frob'], 'check.js: Unknown flag "--frob". Run with --help to see the flags.\n'],
    [
      [],
      'check.js: No team file given: name one or more files (or give --emails). Run with --help for usage.\n'
    ],
    [
      ['t.txt', '--skip-existing'],
      'check.js: --skip-existing needs the org: give --org NAME or set CPLN_ORG.\n'
    ]
  ])('exits 2 on a usage error (%j), on standard error', async (args, message) => {
    const run = await runCheck(args, { 't.txt': 'a@x.co' })
    expect(run).toEqual({ code: 2, stdout: '', stderr: message })
  })

  it('exits 2 for a file that cannot be opened, after checking the others', async () => {
    const run = await runCheck(['missing.yaml', 'ok.txt'], { 'ok.txt': 'a@x.co' })
    expect(run).toEqual({
      code: 2,
      stdout:
        'missing.yaml: error: no such file\n1 to invite, 0 invalid, 0 duplicates, 1 file not opened (2 files)\n',
      stderr: ''
    })
  })

  it('lists its flags with --help', async () => {
    const run = await runCheck(['--help'])
    expect(run.code).toBe(0)
    for (const flag of [
      '--emails-key',
      '--emails',
      '--group',
      '--skip-existing',
      '--org',
      '--api-url'
    ]) {
      expect(run.stdout).toContain(`  ${flag} `)
    }
  })

  it('with --skip-existing, lists the members with the key from CPLN_TOKEN and counts them', async () => {
    api.configure({ members: ['Ann@example.com', 'zed@example.com'], pageSize: 1 })
    const run = await runCheck(
      ['team/platform.yaml', '--emails-key=teams.platform', '--skip-existing', '--org', 'acme'],
      { 'team/platform.yaml': PLATFORM },
      { CPLN_TOKEN: CANARY_KEY, CPLN_ENDPOINT: api.url }
    )
    expect(run).toEqual({
      code: 0,
      stdout: '2 to invite, 0 invalid, 0 duplicates, 1 already a member of acme\n',
      stderr: ''
    })
    // Two pages of one member each, then nothing else: no invitation is ever sent.
    expect(api.requests.map(r => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /org/acme/user',
      'GET /org/acme/user'
    ])
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`)
  })

  it('exits 3 when the members cannot be listed, naming the org the key belongs to', async () => {
    api.configure({ orgs: ['canary-org'] })
    const run = await runCheck(
      ['t.txt', '--skip-existing', '--api-url', api.url],
      { 't.txt': 'ann@example.com\n' },
      { CPLN_TOKEN: CANARY_KEY, CPLN_ORG: 'acme' }
    )
    const [error, plan, end] = run.stdout.split('\n')
    expect(error).toMatch(
      /^error: could not list the members of org 'acme' for --skip-existing: HTTP 403 forbidden - Access denied to org acme \(id [-0-9a-f]+\)\. The key belongs to org 'canary-org', not 'acme': use a service account key of 'acme', or set org to 'canary-org'\.$/
    )
    expect([plan, end]).toEqual(['1 to invite, 0 invalid, 0 duplicates', ''])
    expect(run.code).toBe(3)
  })

  it('never prints the key, even when the server echoes it back', async () => {
    // The local API echoes a key only on invites, so a server of its own answers the listing.
    const echo = createServer((req, res) => {
      const body = JSON.stringify({
        status: 400,
        code: 'bad_request',
        message: `rejected request with authorization ${req.headers.authorization ?? ''}`
      })
      res.writeHead(400, { 'content-type': 'application/json' }).end(body)
    })
    await new Promise<void>(resolve => echo.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
      const run = await runCheck(
        ['t.txt', '--skip-existing', '--org', 'acme', '--api-url', url],
        { 't.txt': 'ann@example.com\n' },
        { CPLN_TOKEN: `Bearer ${CANARY_KEY}` }
      )
      expect(run.code).toBe(3)
      expect(run.stdout).toMatch(
        /^error: could not list the members of org 'acme' for --skip-existing: HTTP 400 bad_request - rejected request with authorization \S+/
      )
      expect(run.stdout).not.toContain('CANARYsecret')
    } finally {
      await new Promise(resolve => echo.close(resolve))
    }
  })
})
