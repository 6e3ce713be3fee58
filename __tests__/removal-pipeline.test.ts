// remove-missing from source: the pipeline with an in-memory I/O against the local Control
// Plane API in this process, then the publisher with a fake @actions/core. Each case checks
// the requests on the wire, the RemovalReport, and what the outputs, failure message and
// summary say, with every member missing from the file accounted for exactly once.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig, type InputName } from '../src/config.js'
import { runPipeline, type Outcome, type PipelineIo } from '../src/pipeline.js'
import type { EventInfo, GitHubReader } from '../src/plan/only-added.js'
import { planInvites } from '../src/plan/invites.js'
import { removalMode } from '../src/plan/removals.js'
import { annotations } from '../src/report/annotations.js'
import { mergeResults } from '../src/report/results.js'
import { summaryModel } from '../src/report/summary.js'
import { publish, type Core, type SummaryWriter } from '../src/publish.js'
import type { RemovalReport } from '../src/removal.js'
import {
  PENDING_INVITATIONS_NOTE,
  removalEntries,
  removalLogLine,
  removalSummary
} from '../src/report/removals.js'
import { makeRedactor } from '../src/secrets.js'
import { readTeamFile } from '../src/team-file/read.js'
import { startLocalApi, type LocalApiOptions } from '../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
const KEY = 'test-key-0123456789abcdef'
let api: LocalApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const IN_FILE = ['ann@example.com', 'bob@example.com', 'cid@example.com', 'dan@example.com']
const GONE = ['x1@example.com', 'x2@example.com']
const KEPT = 'bot@auto.example.com'
const ROOT = 'Root@Example.com'
const PUSH_MAIN: Partial<EventInfo> = {
  eventName: 'push',
  payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } }
}

interface Setup {
  inputs?: Partial<Record<InputName, string>>
  team?: string
  /** The team file's name (default team.txt). */
  teamName?: string
  event?: Partial<EventInfo>
  api?: LocalApiOptions
  env?: Record<string, string>
}

interface Run {
  outcome: Outcome
  log: string[]
}

async function runWith(setup: Setup = {}): Promise<Run> {
  api = await startLocalApi({
    token: KEY,
    users: [...IN_FILE, ...GONE, KEPT, ROOT].map(email =>
      email === ROOT ? { email, id: 'id-root' } : { email }
    ),
    // One link by address, in another case, as links may be written.
    groups: { superusers: ['/org/acme/user/root@example.com'] },
    ...setup.api
  })
  const workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'cpln-removal-')))
  const teamName = setup.teamName ?? 'team.txt'
  writeFileSync(path.join(workspace, teamName), setup.team ?? IN_FILE.join('\n'))
  const inputs: Partial<Record<InputName, string>> = {
    org: 'acme',
    token: KEY,
    'api-url': api.url,
    'emails-file': teamName,
    'remove-missing': 'true',
    keep: '*@auto.example.com',
    ...setup.inputs
  }
  const config = readConfig(name => inputs[name] ?? '', setup.env ?? {})
  const log: string[] = []
  const github: GitHubReader = {
    event: { payload: {}, ...PUSH_MAIN, ...setup.event } as EventInfo,
    readFileAt: async () => ({ kind: 'failed', message: 'no GitHub in this test' })
  }
  const io: PipelineIo = {
    log: {
      info: text => log.push(`info: ${text}`),
      notice: text => log.push(`notice: ${text}`),
      warning: text => log.push(`warning: ${text}`),
      group: (title, lines) => log.push(`group: ${title}`, ...lines)
    },
    redact: makeRedactor([KEY]),
    workspace,
    readTeamFile: relative => readTeamFile(workspace, relative),
    github: async () => github,
    http: { userAgent: 'test', backoffBaseMs: 1, maxWaitMs: 5 }
  }
  return { outcome: await runPipeline(config, io), log }
}

const deletes = (): string[] =>
  (api?.requests ?? []).filter(r => r.method === 'DELETE').map(r => r.path)
const report = (run: Run): RemovalReport => {
  expect(run.outcome.removal).toBeDefined()
  return run.outcome.removal as RemovalReport
}
/** Each member missing from the file, exactly once, with its result. */
const judged = (run: Run): Record<string, string> => {
  const entries = removalEntries(run.outcome.removal)
  const result = Object.fromEntries(
    entries.map(e => [
      e.address,
      e.kind === 'skipped'
        ? `skipped:${e.reason}`
        : e.kind === 'error'
          ? `error:${e.error.code}`
          : e.kind
    ])
  )
  expect(Object.keys(result)).toHaveLength(entries.length)
  return result
}

describe('removal from the pipeline', () => {
  it('removes on a push to the default branch; keep and superusers (by address) are skipped', async () => {
    const run = await runWith()
    expect(report(run).kind).toBe('done')
    expect(deletes()).toEqual([
      '/org/acme/user/x1%40example.com',
      '/org/acme/user/x2%40example.com'
    ])
    expect(judged(run)).toEqual({
      'x1@example.com': 'removed',
      'x2@example.com': 'removed',
      [KEPT]: 'skipped:kept',
      'root@example.com': 'skipped:superuser'
    })
    expect(run.log).toContain(
      'info: Removal plan for org acme (8 members): 2 to remove (max-removals allows 2), 1 kept, 1 superuser not removed by the action.'
    )
    expect(run.log.some(l => l.startsWith('warning: Root@Example.com is missing'))).toBe(true)
  })

  it('applies on schedule; nobody missing is a done report with no DELETE', async () => {
    const run = await runWith({
      event: { eventName: 'schedule', payload: {} },
      team: [...IN_FILE, ...GONE].join('\n')
    })
    expect(report(run)).toMatchObject({ kind: 'done', outcomes: [] })
    expect(deletes()).toEqual([])
  })

  it.each([
    [
      'a push to another branch',
      {
        eventName: 'push',
        payload: { ref: 'refs/heads/x', repository: { default_branch: 'main' } }
      },
      /this push is to refs\/heads\/x, not to the default branch main/
    ],
    [
      'a push without the default branch',
      { eventName: 'push', payload: { ref: 'refs/heads/main' } },
      /does not say which branch/
    ],
    [
      'a release event',
      { eventName: 'release', payload: {} },
      /this run is a release event, so nobody is removed/
    ],
    ['no event name', { eventName: undefined, payload: {} }, /a run without an event name/]
  ])('skips on %s, with a notice', async (_name, event, why) => {
    const run = await runWith({ event: event as Partial<EventInfo> })
    const r = report(run)
    expect(r.kind).toBe('skipped')
    expect(r.kind === 'skipped' && r.why).toMatch(why)
    expect(run.log.some(l => l.startsWith('notice: remove-missing removes members only on'))).toBe(
      true
    )
    expect(api?.requests.filter(r => r.method !== 'POST')).toEqual([])
  })

  it('a dry run without a key is not planned, with a notice', async () => {
    const run = await runWith({ inputs: { 'dry-run': 'true', token: '' } })
    expect(report(run)).toMatchObject({ kind: 'skipped' })
    expect(run.log).toContain(
      'notice: remove-missing is not planned in this dry run: listing the members needs a key (token).'
    )
    expect(api?.requests).toEqual([])
  })

  it('a dry run with a key plans', async () => {
    const run = await runWith({ inputs: { 'dry-run': 'true' } })
    expect(report(run)).toMatchObject({ kind: 'planned', why: 'dry run' })
    expect(judged(run)['x1@example.com']).toBe('would-remove')
    expect(deletes()).toEqual([])
  })

  it('a pull-request event plans, by name, even with allow-pull-request-events', async () => {
    const planOnly = await runWith({ env: { GITHUB_EVENT_NAME: 'pull_request_target' } })
    expect(report(planOnly)).toMatchObject({ kind: 'planned' })
    expect((report(planOnly) as { why: string }).why).toMatch(/pull_request_target event/)
    await api?.close()
    const allowed = await runWith({
      inputs: { 'allow-pull-request-events': 'true' },
      event: { eventName: 'pull_request', payload: {} },
      env: { GITHUB_EVENT_NAME: 'pull_request' }
    })
    expect(report(allowed)).toMatchObject({ kind: 'planned' })
    expect(deletes()).toEqual([])
  })

  it('members that cannot be listed: failed, with the permission named', async () => {
    const run = await runWith({ api: { userListStatus: 403 } })
    const r = report(run)
    expect(r.kind).toBe('failed')
    expect(r.kind === 'failed' && r.message).toMatch(
      /^Removal failed, nobody was removed: could not list the members of org 'acme' for remove-missing: HTTP 403.*'view' permission on users/
    )
    expect(deletes()).toEqual([])
  })

  it('invites stopped by a refused key: refused without listing the members', async () => {
    const run = await runWith({
      team: [...IN_FILE, 'new@example.com'].join('\n'),
      api: { faults: [{ kind: 'status', status: 401, code: 'unauthorized' }] }
    })
    const r = report(run)
    expect(r.kind === 'refused' && r.plan.message).toMatch(
      /the invites stopped when the key was refused/
    )
    expect(api?.requests.map(q => q.method)).toEqual(['POST'])
  })

  it('invites stopped before sending (the base could not be read): refused, with who would go', async () => {
    const run = await runWith({
      inputs: { 'only-added': 'true', 'github-token': 'x' },
      event: {
        eventName: 'push',
        payload: {
          before: 'a'.repeat(40),
          after: 'b'.repeat(40),
          ref: 'refs/heads/main',
          repository: { default_branch: 'main' }
        }
      }
    })
    expect(run.outcome.kind).toBe('stopped')
    expect(report(run)).toMatchObject({ kind: 'refused', plan: { guard: 'invites-stopped' } })
    expect(judged(run)).toMatchObject({ 'x1@example.com': 'not-removed' })
    expect(deletes()).toEqual([])
  })

  it('a group answer without a list of links is unreadable: refused', async () => {
    const run = await runWith({
      api: { groupFaults: [{ kind: 'raw', status: 200, body: '{"memberLinks": 5}' }] }
    })
    expect(report(run)).toMatchObject({ kind: 'refused', plan: { guard: 'superusers-unreadable' } })
    expect(run.log.some(l => /Could not read the group superusers.*bad_response/.test(l))).toBe(
      true
    )
  })

  it('a group without memberLinks has no members', async () => {
    const run = await runWith({
      inputs: { 'max-removals': '3' },
      api: {
        groupFaults: [{ kind: 'raw', status: 200, body: '{"kind": "group", "name": "superusers"}' }]
      }
    })
    expect(judged(run)['root@example.com']).toBe('removed')
  })

  it.each([
    ['an empty object', '{}'],
    ['null', 'null'],
    ['a list', '[]'],
    [
      'a group that also admits members by a query',
      '{"kind": "group", "memberLinks": [], "memberQuery": {"spec": {"match": "all", "terms": [{"property": "email", "op": "=", "value": "root@example.com"}]}}}'
    ],
    [
      'a group that also admits members by an identity matcher',
      '{"kind": "group", "memberLinks": [], "identityMatcher": {"expression": "$.groups", "language": "jmespath"}}'
    ]
  ])('refuses every removal when superusers comes back as %s', async (_, body) => {
    const run = await runWith({
      inputs: { 'max-removals': '3' },
      api: { groupFaults: [{ kind: 'raw', status: 200, body }] }
    })
    expect(report(run)).toMatchObject({ kind: 'refused', plan: { guard: 'superusers-unreadable' } })
    expect(judged(run)['root@example.com']).not.toBe('removed')
  })

  it('a superuser linked by id is never removed', async () => {
    const run = await runWith({ api: { groups: { superusers: ['id-root'] } } })
    expect(judged(run)['root@example.com']).toBe('skipped:superuser')
  })

  it('404, refusals and a stop: one result each', async () => {
    const run = await runWith({
      inputs: { concurrency: '1', 'max-removals': '100%', keep: '' },
      api: {
        deleteFaults: [
          { kind: 'status', status: 404, code: 'not_found' },
          { kind: 'status', status: 400, code: 'protected', message: 'protected user' },
          { kind: 'status', status: 403, code: 'forbidden' }
        ],
        groups: {}
      }
    })
    expect(judged(run)).toEqual({
      'x1@example.com': 'skipped:already-removed',
      'x2@example.com': 'error:remove_refused',
      [KEPT]: 'error:remove_refused',
      'root@example.com': 'error:not_removed'
    })
    expect(deletes()).toHaveLength(3)
  })

  it('a 404 after an attempt whose answer was lost counts as removed by this run', async () => {
    const run = await runWith({
      inputs: { concurrency: '1', 'max-removals': '100%', keep: '' },
      api: { deleteFaultsByUser: { 'x1@example.com': { kind: 'reset-mid-body' } }, groups: {} }
    })
    expect(judged(run)['x1@example.com']).toBe('removed')
    expect(deletes().filter(d => d.includes('x1%40example.com'))).toHaveLength(2)
  })
})

describe('removal with groups and sync-groups', () => {
  const withGroups = (devsOf: string, group = 'devs'): string =>
    [
      'members:',
      `  - email: ann@example.com`,
      `    group: ${group}`,
      ...IN_FILE.slice(1).map(email => `  - email: ${email}`),
      `  - email: ${devsOf}`,
      `    group: devs`
    ].join('\n')

  it('a bad group name is an invalid entry: every removal is refused, the valid invites go out', async () => {
    const run = await runWith({
      teamName: 'team.yaml',
      team: withGroups('new@example.com', 'Not A Group'),
      api: { groups: { superusers: [], devs: [] } }
    })
    expect(run.outcome.plan.items.find(i => i.address === 'ann@example.com')).toMatchObject({
      kind: 'invalid'
    })
    expect(report(run)).toMatchObject({ kind: 'refused', plan: { guard: 'invalid-entry' } })
    expect(deletes()).toEqual([])
    const invited = (api?.requests ?? [])
      .filter(r => r.method === 'POST')
      .flatMap(r => (r.body as { emails: string[] }).emails)
    expect(invited).toContain('new@example.com')
    expect(invited).not.toContain('ann@example.com')
  })

  it('one address with two groups blocks every removal too', async () => {
    const run = await runWith({
      teamName: 'team.yaml',
      team: withGroups('ann@example.com', 'ops'),
      api: { groups: { superusers: [], devs: [], ops: [] } }
    })
    expect(report(run)).toMatchObject({ kind: 'refused', plan: { guard: 'invalid-entry' } })
    expect(deletes()).toEqual([])
  })

  it('skip-existing, sync-groups and remove-missing share one listing; invites, then groups, then removals', async () => {
    const run = await runWith({
      teamName: 'team.yaml',
      team: withGroups('new@example.com'),
      inputs: { 'skip-existing': 'true', 'sync-groups': 'true' },
      api: { groups: { superusers: ['/org/acme/user/root@example.com'], devs: [] } }
    })
    const requests = (api?.requests ?? []).map(r => `${r.method} ${r.path}`)
    expect(requests.filter(r => r.startsWith('GET /org/acme/user'))).toHaveLength(1)
    expect(requests.filter(r => !r.startsWith('GET'))).toEqual([
      'POST /org/acme/user/-invite',
      'PATCH /org/acme/group/devs',
      'DELETE /org/acme/user/x1%40example.com',
      'DELETE /org/acme/user/x2%40example.com'
    ])
    expect(run.outcome.groups?.sync?.groups).toEqual([
      { group: 'devs', addresses: ['ann@example.com'], state: 'added' }
    ])
    expect(report(run).kind).toBe('done')
  })
})

describe('removalMode', () => {
  it('a dry run plans whatever the event', () => {
    expect(
      removalMode({ eventName: 'release', payload: {}, dryRun: true, pullRequestEvent: false })
    ).toEqual({ kind: 'plan', why: 'dry run' })
  })
})

interface Written {
  outputs: Record<string, string>
  calls: string[]
  summary: string[]
  failed?: string
}

function fakeCore(): { core: Core; written: Written } {
  const written: Written = { outputs: {}, calls: [], summary: [] }
  const summary: SummaryWriter = {
    addHeading: text => (written.summary.push(`h: ${text}`), summary),
    addEOL: () => summary,
    addRaw: text => (written.summary.push(`raw: ${text}`), summary),
    addTable: rows => (
      written.summary.push(
        ...rows.map(r => `row: ${r.map(c => (typeof c === 'string' ? c : c.data)).join(' | ')}`)
      ),
      summary
    ),
    write: async () => written.summary.push('written')
  }
  const core: Core = {
    info: m => written.calls.push(`info: ${m}`),
    error: m => written.calls.push(`error: ${m}`),
    warning: m => written.calls.push(`warning: ${m}`),
    notice: m => written.calls.push(`notice: ${m}`),
    setOutput: (name, value) => (written.outputs[name] = value),
    setFailed: m => (written.failed = m),
    summary
  }
  return { core, written }
}

async function published(setup: Setup = {}): Promise<Written> {
  // skip-existing: the members in the file are not invited again (and refused) first.
  const run = await runWith({ ...setup, inputs: { 'skip-existing': 'true', ...setup.inputs } })
  const { core, written } = fakeCore()
  const inputs: Record<string, string> = { org: 'acme', token: KEY, emails: 'a@x.com' }
  await publish(
    run.outcome,
    readConfig(n => inputs[n] ?? '', {}),
    core,
    makeRedactor([KEY])
  )
  return written
}

describe('publish with a removal', () => {
  it('done: removed-members, skipped reasons, the summary section and its note', async () => {
    const w = await published()
    expect(JSON.parse(w.outputs['removed-members'] ?? '')).toEqual(GONE)
    expect(JSON.parse(w.outputs['skipped'] ?? '')).toEqual({
      ...Object.fromEntries(IN_FILE.map(a => [a, 'member'])),
      [KEPT]: 'kept',
      'root@example.com': 'superuser'
    })
    expect(w.failed).toBeUndefined()
    expect(w.summary).toContain('h: Removal (remove-missing) for org acme')
    expect(w.summary).toContain('row: x1@example.com | 🗑️ removed | removed from the org')
    expect(w.summary.some(s => s.includes('Pending Invites'))).toBe(true)
    expect(w.calls).toContain('info: Removal: 2 removed, 0 failed or not removed, 2 skipped.')
  })

  it('failed DELETEs: errors, error-count and one message with the permission hint', async () => {
    const w = await published({
      inputs: { concurrency: '1' },
      api: { deleteFaults: [{ kind: 'status', status: 403, code: 'forbidden' }] }
    })
    expect(JSON.parse(w.outputs['errors'] ?? '')).toMatchObject({
      'x1@example.com': { code: 'remove_refused', status: 403 },
      'x2@example.com': { code: 'not_removed' }
    })
    expect(w.outputs['error-count']).toBe('2')
    expect(w.failed).toMatch(/Could not remove 1 member from org 'acme': HTTP 403/)
    expect(w.failed).toMatch(/the 'delete' permission on users/)
    expect(w.failed).toMatch(/1 member not removed because an earlier removal failed/)
  })

  it('refused: one message; not removed in the summary only', async () => {
    const w = await published({ inputs: { 'max-removals': '0' } })
    expect(w.failed).toMatch(
      /^Removal refused, nobody was removed \(2 would have been\).*max-removals: 2/
    )
    expect(Object.keys(JSON.parse(w.outputs['errors'] ?? ''))).toEqual([])
    expect(w.summary).toContain(
      'row: x1@example.com | 🛑 not removed | refused: the plan removes more than max-removals allows'
    )
    expect(w.calls).toContain(
      'info: Removal: refused; nobody was removed (2 not removed, 2 skipped).'
    )
  })

  it('failed listing and skipped event: the message, and no table', async () => {
    const failed = await published({
      api: { userListStatus: 500 },
      inputs: { 'max-attempts': '1' }
    })
    // The listing shared with skip-existing failed once: both say so, nothing is asked twice.
    expect(failed.failed).toMatch(/\nRemoval failed, nobody was removed: could not list/)
    expect(api?.requests.filter(r => r.method === 'GET')).toHaveLength(1)
    // No removal table: the members were not listed.
    expect(failed.summary.some(s => s.startsWith('row: Member'))).toBe(false)
    expect(failed.summary).toContain('h: Removal (remove-missing) for org acme')
    expect(failed.calls).toContain('info: Removal: failed before planning; nobody was removed.')
    await api?.close()
    const skipped = await published({ event: { eventName: 'release', payload: {} } })
    expect(skipped.failed).toBeUndefined()
    expect(skipped.calls).toContain('info: Removal: skipped (see the notice).')
  })
})

describe('removalSummary', () => {
  const plan = {
    kind: 'remove' as const,
    remove: [{ email: 'a@x.com' }, { email: 'b@x.com' }],
    kept: [],
    superusers: [],
    limit: 5
  }

  it('planned: would remove, cut at the row limit with a note', () => {
    const s = removalSummary('acme', { kind: 'planned', plan, why: 'dry run' }, t => t, 1)
    expect(s.heading).toBe('Removal plan (remove-missing) for org acme')
    expect(s.headline).toBe('**2** would be removed · **0** skipped')
    expect(s.rows).toHaveLength(2)
    expect(s.notes[0]).toBe('Showing 1 of 2 members. The step outputs list them all.')
    expect(s.notes.at(-1)).toContain('Pending Invites')
  })

  it('nobody to remove says so', () => {
    const s = removalSummary(
      'acme',
      { kind: 'planned', plan: { ...plan, remove: [] }, why: 'dry run' },
      t => t
    )
    expect(s.rows).toEqual([])
    expect(s.notes[0]).toBe('Every member of the org is in the team file: nobody to remove.')
  })

  it('the log line of a plan, and the note on pending invitations names the Console', () => {
    const r: RemovalReport = { kind: 'planned', plan, why: 'dry run' }
    expect(removalLogLine(r, removalEntries(r))).toBe(
      'Removal plan: 2 would be removed, 0 skipped. Nobody was removed.'
    )
    expect(PENDING_INVITATIONS_NOTE).toMatch(
      /cannot be revoked through the API.*Users, Pending Invites/
    )
  })
})

describe('addresses that left the file since the base (only-added) with remove-missing', () => {
  const plan = { ...planInvites([]), removed: ['gone@example.com'] }
  const run = mergeResults(plan, { kind: 'sent', outcomes: [] }, t => t)

  it('are no longer said to stay in the org', () => {
    const [on] = annotations(plan, run, false, true)
    expect(on?.message).toMatch(/remove-missing compared the org's members with the whole file/)
    expect(on?.message).not.toMatch(/NOT removed/)
    expect(annotations(plan, run, false)[0]?.message).toMatch(/NOT removed from the org/)
    const note = (removeMissing: boolean): string | undefined =>
      summaryModel(
        'acme',
        false,
        plan,
        run,
        undefined,
        t => t,
        [],
        undefined,
        removeMissing
      ).notes.find(n => n.startsWith('**Removed from the team file**'))
    expect(note(true)).toMatch(/the removal below says what happened/)
    expect(note(false)).toMatch(/this action only invites/)
  })
})
