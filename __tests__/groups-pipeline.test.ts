// Groups per person and sync-groups through the pipeline from source, against the local
// Control Plane API in this process: the requests on the wire, the results and the report.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig, type InputName } from '../src/config.js'
import { runPipeline, type Outcome, type PipelineIo } from '../src/pipeline.js'
import { publish, type Core } from '../src/publish.js'
import { makeRedactor } from '../src/secrets.js'
import { readTeamFile } from '../src/team-file/read.js'
import { startLocalApi } from '../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
const KEY = 'test-key'
let api: LocalApi
beforeEach(async () => {
  api = await startLocalApi({ token: KEY })
})
afterEach(async () => {
  await api.close()
})

interface Published {
  outputs: Record<string, string>
  failed?: string
  annotations: string[]
  summary: string
}

async function runWith(
  inputs: Partial<Record<InputName, string>>,
  files: Record<string, string> = {},
  /** The team file at the base commit of a push (only-added). */
  base?: string
): Promise<{ outcome: Outcome; log: string[]; published: Published }> {
  const workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'cpln-groups-')))
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(workspace, file), content)
  }
  const config = readConfig(
    name => ({ org: 'acme', 'api-url': api.url, ...inputs })[name] ?? '',
    {}
  )
  const redact = makeRedactor([config.token])
  const log: string[] = []
  const io: PipelineIo = {
    log: {
      info: text => log.push(`info: ${text}`),
      notice: text => log.push(`notice: ${text}`),
      warning: text => log.push(`warning: ${text}`),
      group: (title, lines) => log.push(`group: ${title}`, ...lines.map(l => `  ${l}`))
    },
    redact,
    workspace,
    readTeamFile: relative => readTeamFile(workspace, relative),
    github: async () => ({
      event: {
        eventName: 'push',
        payload: { before: 'a'.repeat(40), after: 'b'.repeat(40) },
        repository: 'acme/people'
      },
      readFileAt: async () =>
        base === undefined
          ? { kind: 'absent' as const }
          : { kind: 'found' as const, bytes: new TextEncoder().encode(base) }
    }),
    http: { userAgent: 'test', backoffBaseMs: 1, maxWaitMs: 5 }
  }
  const outcome = await runPipeline(config, io)
  const published: Published = { outputs: {}, annotations: [], summary: '' }
  const pieces: string[] = []
  const summary = {
    addHeading: (t: string) => (pieces.push(t), summary),
    addEOL: () => summary,
    addRaw: (t: string) => (pieces.push(t), summary),
    addTable: (rows: unknown) => (pieces.push(JSON.stringify(rows)), summary),
    write: async () => undefined
  }
  const core: Core = {
    info: () => undefined,
    error: (m, p) =>
      published.annotations.push(`error ${p?.title}: ${m} @${p?.startLine}:${p?.startColumn}`),
    warning: () => undefined,
    notice: () => undefined,
    setOutput: (name, value) => (published.outputs[name] = value),
    setFailed: message => (published.failed = message),
    summary
  }
  await publish(outcome, config, core, redact)
  published.summary = pieces.join('\n')
  return { outcome, log, published }
}

const invites = () =>
  api.requests
    .filter(r => r.method === 'POST')
    .map(r => r.body as { emails: string[]; groupLink?: string })
const patches = () => api.requests.filter(r => r.method === 'PATCH')

const TEAM = [
  'members:',
  '  - email: ann@x.com',
  '    group: devs',
  '  - email: bob@x.com',
  '  - email: cid@x.com',
  '    group: ops',
  '  - email: dee@x.com',
  '    group: devs',
  ''
].join('\n')

describe('a group per person', () => {
  it('partitions by group, each request with its own groupLink, none for the default-less', async () => {
    const { outcome } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', emails: 'eve@x.com', 'batch-size': '1' },
      { 'team.yaml': TEAM }
    )
    expect(outcome.kind).toBe('sent')
    const sent = invites().map(b => [b.emails.join(','), b.groupLink ?? '-'])
    expect(sent.sort()).toEqual(
      [
        ['ann@x.com', '/org/acme/group/devs'],
        ['dee@x.com', '/org/acme/group/devs'],
        ['cid@x.com', '/org/acme/group/ops'],
        ['bob@x.com', '-'],
        ['eve@x.com', '-']
      ].sort()
    )
    // A body without a group is exactly the published schema: no groupLink key at all.
    expect(invites().filter(b => !('groupLink' in b))).toHaveLength(2)
  })

  it('gives entries without a group the group input; a file entry names its own', async () => {
    const { outcome, published } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', emails: 'eve@x.com, ann@x.com', group: 'viewers' },
      { 'team.yaml': TEAM }
    )
    expect(Object.fromEntries(outcome.groups?.groupOf ?? [])).toEqual({
      'eve@x.com': 'viewers',
      'ann@x.com': 'devs',
      'bob@x.com': 'viewers',
      'cid@x.com': 'ops',
      'dee@x.com': 'devs'
    })
    const byLink = new Map(invites().map(b => [b.groupLink, b.emails]))
    expect(byLink.get('/org/acme/group/viewers')).toEqual(['eve@x.com', 'bob@x.com'])
    expect(byLink.get('/org/acme/group/devs')).toEqual(['ann@x.com', 'dee@x.com'])
    expect(published.summary).toContain('"Group"')
    expect(published.outputs['group-additions']).toBe('{}')
  })

  it('makes a bad group and a conflict invalid at the group line, and sends neither', async () => {
    const file = [
      '- email: ann@x.com',
      '  group: Dev Team',
      '- email: bob@x.com',
      '  group: devs',
      '- email: cid@x.com',
      '- email: bob@x.com',
      '  group: ops',
      ''
    ].join('\n')
    const { outcome, published } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml' },
      { 'team.yaml': file }
    )
    const result = (a: string) => outcome.run.results.find(r => r.address === a)
    expect(result('ann@x.com')).toMatchObject({
      kind: 'invalid',
      error: { code: 'invalid_group' },
      location: { line: 2, column: 10 }
    })
    expect(result('bob@x.com')).toMatchObject({
      kind: 'invalid',
      error: { code: 'group_conflict' },
      location: { line: 7, column: 10 }
    })
    expect(invites().flatMap(b => b.emails)).toEqual(['cid@x.com'])
    expect(JSON.parse(published.outputs.errors ?? '{}')).toMatchObject({
      'ann@x.com': { code: 'invalid_group' },
      'bob@x.com': { code: 'group_conflict' }
    })
    expect(published.annotations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error Invalid group: ann@x\.com: not a valid group name.* @2:10$/),
        expect.stringMatching(
          /^error Two groups for one address: bob@x\.com: .*"devs" \(team\.yaml:4\).* @7:10$/
        )
      ])
    )
    expect(published.failed).toContain('2 invalid addresses not sent')
  })

  it('reads a CSV team file as the Console writes it', async () => {
    const csv =
      'USER_EMAIL,GROUP_TO_ASSIGN\r\nann@x.com,devs\r\n"bob@x.com",\r\ncid@x.com,Bad_Group\r\n'
    const { outcome } = await runWith(
      { token: KEY, 'emails-file': 'team.csv', group: 'viewers' },
      { 'team.csv': csv }
    )
    expect(invites().map(b => [b.emails, b.groupLink])).toEqual([
      [['ann@x.com'], '/org/acme/group/devs'],
      [['bob@x.com'], '/org/acme/group/viewers']
    ])
    expect(outcome.run.results.find(r => r.address === 'cid@x.com')).toMatchObject({
      kind: 'invalid',
      location: { file: 'team.csv', line: 4, column: 11 }
    })
  })
})

describe('only-added with a CSV team file', () => {
  it('reads the base version as CSV too, and invites only who was added', async () => {
    const { outcome } = await runWith(
      { token: KEY, 'emails-file': 'team.csv', 'only-added': 'true', 'github-token': 'ghs_x' },
      { 'team.csv': 'USER_EMAIL,GROUP_TO_ASSIGN\r\nann@x.com,devs\r\nbob@x.com,ops\r\n' },
      'USER_EMAIL,GROUP_TO_ASSIGN\r\n"ann@x.com",devs\r\n'
    )
    expect(invites()).toEqual([{ emails: ['bob@x.com'], groupLink: '/org/acme/group/ops' }])
    expect(outcome.run.results.find(r => r.address === 'ann@x.com')).toMatchObject({
      kind: 'skipped',
      reason: 'unchanged'
    })
  })
})

describe('sync-groups', () => {
  const members = [
    { email: 'ann@x.com', id: 'u-ann' },
    { email: 'bob@x.com', id: 'u-bob' },
    { email: 'cid@x.com', id: 'u-cid' }
  ]
  const file = [
    '- email: ann@x.com',
    '  group: devs',
    '- email: bob@x.com',
    '  group: devs',
    '- email: cid@x.com',
    '  group: devs',
    '- email: new@x.com',
    '  group: devs',
    '- email: dee@x.com',
    ''
  ].join('\n')

  it('appends the members missing from their group, one PATCH per group, matching by address or id', async () => {
    // ann is linked by address, bob by id: only cid is missing.
    api.configure({
      users: members,
      groups: { devs: ['/org/acme/user/ann@x.com', '/org/acme/user/u-bob'] }
    })
    const { outcome, published, log } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'skip-existing': 'true', 'sync-groups': 'true' },
      { 'team.yaml': file }
    )
    expect(patches().map(r => [r.path, r.body])).toEqual([
      ['/org/acme/group/devs', { '$append/memberLinks': ['/org/acme/user/cid@x.com'] }]
    ])
    expect(
      invites()
        .flatMap(b => b.emails)
        .sort()
    ).toEqual(['dee@x.com', 'new@x.com'])
    expect(outcome.groups?.sync?.groups).toEqual([
      { group: 'devs', addresses: ['cid@x.com'], state: 'added' }
    ])
    expect(published.outputs['group-additions']).toBe('{"devs":["cid@x.com"]}')
    expect(published.failed).toBeUndefined()
    expect(published.summary).toContain('Added to groups')
    expect(log).toContain('info: sync-groups: added 1 member (cid@x.com) to group devs.')
    const after = await fetch(`${api.url}/org/acme/group/devs`, {
      headers: { authorization: `Bearer ${KEY}` }
    })
    expect(((await after.json()) as { memberLinks: string[] }).memberLinks).toContain(
      '/org/acme/user/cid@x.com'
    )
  })

  it('in a dry run reads the groups and shows the plan, but PATCHes nothing', async () => {
    api.configure({ users: members, groups: { devs: [] } })
    const { published } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'sync-groups': 'true', 'dry-run': 'true' },
      { 'team.yaml': file }
    )
    expect(patches()).toEqual([])
    expect(api.requests.filter(r => r.method === 'POST')).toEqual([])
    expect(published.summary).toContain('Would add to groups')
    expect(published.outputs['group-additions']).toBe('{}')
  })

  it('without sync-groups never reads or changes a group', async () => {
    api.configure({ users: members, groups: { devs: [] } })
    await runWith({ token: KEY, 'emails-file': 'team.yaml' }, { 'team.yaml': file })
    expect(api.requests.filter(r => r.path.includes('/group/'))).toEqual([])
  })

  // The GET of the group answers normally (a raw 200 of the group as the API shows it), then
  // the faults apply to the PATCH.
  const devsRead = {
    kind: 'raw' as const,
    body: JSON.stringify({ kind: 'group', name: 'devs', memberLinks: [] })
  }

  it('retries a PATCH that fails passingly, then succeeds', async () => {
    api.configure({
      users: members,
      groups: { devs: [] },
      groupFaults: [devsRead, { kind: 'status', status: 503 }]
    })
    const { published, log } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'sync-groups': 'true', 'max-attempts': '3' },
      { 'team.yaml': file }
    )
    expect(patches()).toHaveLength(2)
    expect(log.some(l => /^info: Adding to group devs: HTTP 503 .*attempt 2 of 3/.test(l))).toBe(
      true
    )
    expect(JSON.parse(published.outputs['group-additions'] ?? '')).toEqual({
      devs: ['ann@x.com', 'bob@x.com', 'cid@x.com']
    })
    expect(published.failed).toBeUndefined()
  })

  it('reports a PATCH whose retries ran out, and fails the step; the invites still go out', async () => {
    api.configure({
      users: members,
      groups: { devs: [] },
      groupFaults: [devsRead, { kind: 'status', status: 503, times: 2 }]
    })
    const { published, outcome } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'sync-groups': 'true', 'max-attempts': '2' },
      { 'team.yaml': file }
    )
    expect(patches()).toHaveLength(2)
    expect(outcome.groups?.sync?.groups[0]).toMatchObject({ group: 'devs', state: 'failed' })
    expect(published.outputs['group-additions']).toBe('{}')
    expect(published.failed).toMatch(
      /^sync-groups could not add 3 members to group 'devs': HTTP 503 .*gave up after 2 attempts\. Affected: ann@x\.com, bob@x\.com, cid@x\.com\.$/m
    )
    expect(published.summary).toContain('Not added to groups')
    expect(invites().flatMap(b => b.emails)).toContain('new@x.com')
  })

  it('names the permission when a group cannot be read, and adds nobody to it', async () => {
    api.configure({
      users: members,
      groups: { devs: [] },
      groupFaults: [{ kind: 'status', status: 403, code: 'forbidden', message: 'no' }]
    })
    const { published } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'sync-groups': 'true' },
      { 'team.yaml': file }
    )
    expect(patches()).toEqual([])
    expect(published.failed).toContain("could not read group 'devs'")
    expect(published.failed).toContain("the 'view' permission on groups")
  })

  it('says so when a dry run has no key to read members and groups', async () => {
    const { published, log } = await runWith(
      { 'emails-file': 'team.yaml', 'sync-groups': 'true', 'dry-run': 'true' },
      { 'team.yaml': file }
    )
    expect(api.requests).toEqual([])
    expect(log).toContain(
      'notice: sync-groups is ignored in this dry run: listing members needs a token.'
    )
    expect(published.summary).toContain('sync-groups did not run')
    expect(published.failed).toBeUndefined()
  })

  it('fails the step but still invites when the members cannot be listed for it', async () => {
    api.configure({ users: members, userListStatus: 403 })
    const { published } = await runWith(
      { token: KEY, 'emails-file': 'team.yaml', 'sync-groups': 'true' },
      { 'team.yaml': file }
    )
    expect(invites().flatMap(b => b.emails)).toHaveLength(5)
    expect(published.failed).toContain("Could not list the members of org 'acme' for sync-groups")
    // The hint names the input that asked for the listing, not another one.
    expect(published.failed).toContain('Or set sync-groups: false.')
    expect(published.failed).not.toContain('skip-existing')
  })
})
