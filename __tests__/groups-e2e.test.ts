// End-to-end runs of dist/index.js (and dist/check.js) on Node 24 for groups per person, CSV
// team files and sync-groups, against the local Control Plane API: the requests on the wire,
// the outputs, the annotations, the summary, the exit status, and the groups afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../tools/local-api.mjs'
import type { ActionRun } from './helpers/run-action.js'
import { CANARY_KEY, commands, findLeaks, NODE24, ROOT, runAction } from './helpers/run-action.js'

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
  api.configure({ users: undefined, members: [], groups: {}, groupFaults: [] })
})

async function act(
  inputs: Record<string, string>,
  files: Record<string, string>
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { org: 'acme', token: CANARY_KEY, 'api-url': api.url, ...inputs },
    files
  })
  expect(findLeaks(run, [CANARY_KEY])).toEqual([])
  return run
}

interface InviteBody {
  emails: string[]
  groupLink?: string
}
const invites = (): InviteBody[] =>
  api.requests.filter(r => r.method === 'POST').map(r => r.body as InviteBody)
const patches = () => api.requests.filter(r => r.method === 'PATCH')

async function groupLinks(name: string): Promise<string[]> {
  const res = await fetch(`${api.url}/org/acme/group/${name}`, {
    headers: { authorization: `Bearer ${CANARY_KEY}` }
  })
  return ((await res.json()) as { memberLinks: string[] }).memberLinks
}

const TEAM = [
  '# The platform team',
  'members:',
  '  - email: ann@x.com',
  '    group: devs',
  '  - email: bob@x.com',
  '  - group: ops',
  '    email: cid@x.com',
  '  - email: dee@x.com',
  '    name: Dee',
  '    group: devs',
  '  - email: fay@x.com',
  '    group: devs',
  ''
].join('\n')

describe('a group per person (dist, Node 24)', () => {
  it('sends each group in its own requests with its groupLink, and no groupLink without a group', async () => {
    const run = await act(
      { 'emails-file': 'team.yaml', emails: 'eve@x.com', 'batch-size': '2' },
      { 'team.yaml': TEAM }
    )
    expect(run.code).toBe(0)
    // devs has three addresses: two batches of at most two, each with the devs link.
    expect(invites()).toEqual(
      expect.arrayContaining([
        { emails: ['ann@x.com', 'dee@x.com'], groupLink: '/org/acme/group/devs' },
        { emails: ['fay@x.com'], groupLink: '/org/acme/group/devs' },
        { emails: ['cid@x.com'], groupLink: '/org/acme/group/ops' },
        { emails: ['eve@x.com', 'bob@x.com'] }
      ])
    )
    expect(invites()).toHaveLength(4)
    // The partition without a group matches the published schema exactly.
    expect(invites().filter(b => !('groupLink' in b))).toEqual([
      { emails: ['eve@x.com', 'bob@x.com'] }
    ])
    expect(JSON.parse(run.outputs.invited ?? '[]').sort()).toEqual(
      ['ann@x.com', 'bob@x.com', 'cid@x.com', 'dee@x.com', 'eve@x.com', 'fay@x.com'].sort()
    )
    expect(run.outputs['group-additions']).toBe('{}')
    expect(run.summary).toContain('<th>Group</th>')
    expect(run.summary).toMatch(/<td>cid@x\.com<\/td><td>✅ invited<\/td><td>ops<\/td>/)
    expect(run.summary).toMatch(/<td>bob@x\.com<\/td><td>✅ invited<\/td><td>-<\/td>/)
    expect(run.stdout).toMatch(
      /Batch \d\/4: 1 address - HTTP 200, 1 invited, 0 refused \(group ops\)/
    )
  })

  it('gives the group input to entries without a group, and to the emails input', async () => {
    await act(
      { 'emails-file': 'team.yaml', emails: 'eve@x.com', group: 'viewers' },
      { 'team.yaml': TEAM }
    )
    const byLink = Object.fromEntries(invites().map(b => [b.groupLink, b.emails]))
    expect(byLink).toEqual({
      '/org/acme/group/viewers': ['eve@x.com', 'bob@x.com'],
      '/org/acme/group/devs': ['ann@x.com', 'dee@x.com', 'fay@x.com'],
      '/org/acme/group/ops': ['cid@x.com']
    })
  })

  it('annotates a bad group name on its group: line and does not send that address', async () => {
    const file = '- email: ann@x.com\n  group: Platform Team\n- email: bob@x.com\n  group: devs\n'
    const run = await act({ 'emails-file': 'team.yaml' }, { 'team.yaml': file })
    expect(run.code).toBe(1)
    expect(invites()).toEqual([{ emails: ['bob@x.com'], groupLink: '/org/acme/group/devs' }])
    expect(commands(run, 'error')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^::error title=Invalid group,file=team\.yaml,line=2,endLine=2,col=10,endColumn=23::ann@x\.com: not a valid group name: "Platform Team"/
        )
      ])
    )
    expect(JSON.parse(run.outputs.errors ?? '{}')['ann@x.com'].code).toBe('invalid_group')
  })

  it('makes one address with two groups invalid at the second, and sends it nowhere', async () => {
    const file = [
      '- email: ann@x.com',
      '  group: devs',
      '- email: bob@x.com',
      '- email: Ann@X.com',
      '  group: ops',
      ''
    ].join('\n')
    const run = await act({ 'emails-file': 'team.yaml' }, { 'team.yaml': file })
    expect(run.code).toBe(1)
    expect(invites()).toEqual([{ emails: ['bob@x.com'] }])
    const error = commands(run, 'error').join('\n')
    expect(error).toContain(
      'title=Two groups for one address,file=team.yaml,line=5,endLine=5,col=10'
    )
    expect(error).toContain('ann@x.com: listed with two groups: "devs" (team.yaml:2) and "ops"')
    expect(JSON.parse(run.outputs.errors ?? '{}')['ann@x.com'].code).toBe('group_conflict')
    expect(run.stdout).toContain('::error::1 invalid address not sent: ann@x.com.')
  })
})

describe('CSV team files (dist, Node 24)', () => {
  // As the Console's bulk invite takes it: its header, CRLF line ends, a quoted field.
  const CONSOLE_CSV =
    'USER_EMAIL,GROUP_TO_ASSIGN\r\n' +
    'ann@x.com,devs\r\n' +
    '"Bob@X.com",devs\r\n' +
    'cid@x.com,\r\n' +
    '"dee@x.com","ops"\r\n' +
    'eve@x.com,Bad_Group\r\n'

  it('reads the Console export unchanged: groups per row, the group input for an empty cell', async () => {
    const run = await act(
      { 'emails-file': 'people.csv', group: 'viewers' },
      { 'people.csv': CONSOLE_CSV }
    )
    expect(invites()).toEqual([
      { emails: ['ann@x.com', 'bob@x.com'], groupLink: '/org/acme/group/devs' },
      { emails: ['cid@x.com'], groupLink: '/org/acme/group/viewers' },
      { emails: ['dee@x.com'], groupLink: '/org/acme/group/ops' }
    ])
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'title=Invalid group,file=people.csv,line=6,endLine=6,col=11,endColumn=20::eve@x.com: not a valid group name: "Bad_Group"'
    )
  })

  it('annotates a bad address on its row', async () => {
    const run = await act(
      { 'emails-file': 'people.csv' },
      { 'people.csv': 'email,group\nann@x.com,devs\n"bob.x.com",devs\n' }
    )
    expect(commands(run, 'error').join('\n')).toContain('file=people.csv,line=3,endLine=3,col=1')
    expect(invites()).toEqual([{ emails: ['ann@x.com'], groupLink: '/org/acme/group/devs' }])
  })

  it('refuses a CSV file without a header, naming the header to add', async () => {
    const run = await act({ 'emails-file': 'people.csv' }, { 'people.csv': 'ann@x.com,devs\n' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('has no header row')
    expect(invites()).toEqual([])
  })

  it('is checked by dist/check.js with the same locations', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'cpln-groups-check-'))
    writeFileSync(path.join(cwd, 'team.csv'), CONSOLE_CSV)
    const child = spawn(NODE24, [path.join(ROOT, 'dist', 'check.js'), 'team.csv'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    const code = await new Promise(resolve => child.on('close', resolve))
    expect(stdout.split('\n')).toEqual([
      'team.csv:6:11: error: "eve@x.com": not a valid group name: "Bad_Group"; use 2 to 64 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen',
      '4 to invite, 1 invalid, 0 duplicates',
      ''
    ])
    expect(code).toBe(1)
  })
})

describe('sync-groups (dist, Node 24)', () => {
  const users = [
    { email: 'ann@x.com', id: 'u-ann' },
    { email: 'bob@x.com', id: 'u-bob' },
    { email: 'cid@x.com', id: 'u-cid' }
  ]
  const file = [
    'members:',
    '  - email: ann@x.com',
    '    group: devs',
    '  - email: bob@x.com',
    '    group: devs',
    '  - email: cid@x.com',
    '    group: ops',
    '  - email: new@x.com',
    '    group: devs',
    ''
  ].join('\n')
  // ann is in devs by address; bob and cid are in no group yet.
  const start = () =>
    api.configure({
      users,
      groups: { devs: ['/org/acme/user/ann@x.com'], ops: ['/org/acme/user/u-bob'] }
    })

  it('appends the missing members with one $append PATCH per group, and skips members for invites', async () => {
    start()
    const run = await act(
      { 'emails-file': 'team.yaml', 'sync-groups': 'true', 'skip-existing': 'true' },
      { 'team.yaml': file }
    )
    expect(run.code).toBe(0)
    expect(invites()).toEqual([{ emails: ['new@x.com'], groupLink: '/org/acme/group/devs' }])
    expect(patches().map(r => [r.path, r.body])).toEqual([
      ['/org/acme/group/devs', { '$append/memberLinks': ['/org/acme/user/bob@x.com'] }],
      ['/org/acme/group/ops', { '$append/memberLinks': ['/org/acme/user/cid@x.com'] }]
    ])
    expect(await groupLinks('devs')).toEqual([
      '/org/acme/user/ann@x.com',
      '/org/acme/user/bob@x.com'
    ])
    expect(await groupLinks('ops')).toEqual(['/org/acme/user/u-bob', '/org/acme/user/cid@x.com'])
    expect(JSON.parse(run.outputs['group-additions'] ?? '')).toEqual({
      devs: ['bob@x.com'],
      ops: ['cid@x.com']
    })
    expect(run.summary).toContain('Added to groups')
    expect(run.stdout).toContain('sync-groups: added 1 member (bob@x.com) to group devs.')

    // A second run finds everyone in their group (bob in ops by id does not count for devs).
    api.reset()
    const again = await act(
      { 'emails-file': 'team.yaml', 'sync-groups': 'true', 'skip-existing': 'true' },
      { 'team.yaml': file }
    )
    expect(patches()).toEqual([])
    expect(again.outputs['group-additions']).toBe('{}')
  })

  it('plans in a dry run and on a pull request, and PATCHes nothing', async () => {
    start()
    const run = await act(
      { 'emails-file': 'team.yaml', 'sync-groups': 'true', 'dry-run': 'true' },
      { 'team.yaml': file }
    )
    expect(run.code).toBe(0)
    expect(patches()).toEqual([])
    expect(invites()).toEqual([])
    expect(run.summary).toContain('Would add to groups')
    expect(run.stdout).toContain(
      'sync-groups: would add 1 member (bob@x.com) to group devs (dry run: nothing sent).'
    )
    expect(await groupLinks('devs')).toEqual(['/org/acme/user/ann@x.com'])

    api.reset()
    const pr = await runAction({
      inputs: {
        org: 'acme',
        token: CANARY_KEY,
        'api-url': api.url,
        'emails-file': 'team.yaml',
        'sync-groups': 'true'
      },
      files: { 'team.yaml': file },
      env: { GITHUB_EVENT_NAME: 'pull_request' }
    })
    expect(pr.code).toBe(0)
    expect(api.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(pr.summary).toContain('Would add to groups')
  })

  it('retries a failing PATCH, then reports it, fails the step and still invites', async () => {
    start()
    api.configure({
      groupFaults: [
        // The GET of devs answers as the API would; then each PATCH attempt gets a 503.
        { kind: 'raw', body: JSON.stringify({ kind: 'group', name: 'devs', memberLinks: [] }) },
        { kind: 'status', status: 503, code: 'unavailable', message: 'try later', times: 3 }
      ]
    })
    const run = await act(
      { 'emails-file': 'team.yaml', 'sync-groups': 'true', 'max-attempts': '3' },
      { 'team.yaml': '- email: ann@x.com\n  group: devs\n- new@x.com\n' }
    )
    expect(run.code).toBe(1)
    expect(patches()).toHaveLength(3)
    expect(run.stdout).toContain('Adding to group devs: HTTP 503 unavailable; retrying')
    expect(run.stdout).toMatch(
      /::error::.*sync-groups could not add 1 member to group 'devs': HTTP 503 unavailable - try later \(id [-0-9a-f]+\); gave up after 3 attempts\. Affected: ann@x\.com\.$/m
    )
    expect(run.outputs['group-additions']).toBe('{}')
    // Without skip-existing the member is invited again (and refused by this API, a warning).
    expect(JSON.parse(run.outputs.invited ?? '[]')).toEqual(['new@x.com'])
    expect(run.summary).toContain('Not added to groups')
    expect(await groupLinks('devs')).toEqual(['/org/acme/user/ann@x.com'])
  })
})
