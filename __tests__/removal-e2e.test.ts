// End-to-end remove-missing: the bundled dist/index.js on Node 24 against the local Control
// Plane API, driven through the runner's protocol (inputs, event payload, GITHUB_OUTPUT, job
// summary). Each case checks the DELETE requests on the wire, the outputs, the exit status,
// and that every member missing from the team file is accounted for exactly once.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi, type LocalApiOptions } from '../tools/local-api.mjs'
import type { ActionRun } from './helpers/run-action.js'
import { CANARY_KEY, commands, findLeaks, runAction } from './helpers/run-action.js'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
let api: LocalApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const IN_FILE = ['ann', 'bob', 'cid', 'dan', 'eve', 'fay', 'gus', 'hal'].map(
  n => `${n}@example.com`
)
const TEAM = IN_FILE.join('\n') + '\n'
/** Members missing from the file: two to remove, one kept, one superuser (linked by id). */
const MISSING = ['x1@example.com', 'x+2@example.com']
const KEPT = 'bot@auto.example.com'
const ROOT = 'root@example.com'
const MEMBERS = [...IN_FILE, ...MISSING, KEPT, ROOT]

function world(extra: LocalApiOptions = {}): LocalApiOptions {
  return {
    token: CANARY_KEY,
    users: MEMBERS.map(email => (email === ROOT ? { email, id: 'u-root' } : { email })),
    groups: { superusers: ['/org/acme/user/u-root'] },
    pageSize: 5,
    ...extra
  }
}

const PUSH_MAIN = {
  name: 'push',
  payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } }
}

async function act(
  options: {
    api?: LocalApiOptions
    inputs?: Record<string, string>
    team?: string
    event?: { name: string; payload: unknown }
    env?: Record<string, string>
  } = {}
): Promise<ActionRun> {
  api = await startLocalApi(world(options.api))
  const event = options.event ?? PUSH_MAIN
  const eventFile = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-event-')), 'event.json')
  writeFileSync(eventFile, JSON.stringify(event.payload))
  const run = await runAction({
    files: { 'team.txt': options.team ?? TEAM },
    env: { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventFile, ...options.env },
    inputs: {
      org: 'acme',
      token: CANARY_KEY,
      'api-url': api.url,
      'emails-file': 'team.txt',
      'remove-missing': 'true',
      keep: '*@auto.example.com',
      'skip-existing': 'true',
      ...options.inputs
    }
  })
  expect(findLeaks(run, [CANARY_KEY])).toEqual([])
  return run
}

function json(run: ActionRun, name: string): unknown {
  const value = run.outputs[name]
  expect(value).toBeDefined()
  return JSON.parse(value as string)
}

function deletes(): string[] {
  return (api?.requests ?? []).filter(r => r.method === 'DELETE').map(r => r.path)
}

/** The last `::error::` (the step's failure message), decoded. */
function failure(run: ActionRun): string {
  const lines = commands(run, 'error')
  return decodeURIComponent((lines[lines.length - 1] ?? '').replace(/^::error::/, ''))
}

/**
 * Every address given and every member missing from the file is in exactly one of invited,
 * errors, skipped and removed-members, or (refused or planned) listed in the summary once.
 */
function expectAccounted(
  run: ActionRun,
  summaryOnly: string[] = [],
  alsoGiven: string[] = []
): void {
  const all = [
    ...(json(run, 'invited') as string[]),
    ...Object.keys(json(run, 'errors') as object),
    ...Object.keys(json(run, 'skipped') as object),
    ...(json(run, 'removed-members') as string[]),
    ...summaryOnly
  ]
  const invalid = Object.entries(json(run, 'errors') as Record<string, { code: string }>)
    .filter(([, e]) => e.code === 'invalid_email')
    .map(([a]) => a)
  expect([...all].sort()).toEqual(
    [...new Set([...IN_FILE, ...MISSING, KEPT, ROOT, ...invalid, ...alsoGiven])].sort()
  )
  for (const address of summaryOnly) {
    expect(run.summary.split(`<td>${address}</td>`)).toHaveLength(2)
  }
}

describe('remove-missing on a push to the default branch', () => {
  it('removes the members missing from the file, keeps keep and superusers, and reports each once', async () => {
    const run = await act()
    expect(run.code).toBe(0)
    expect(deletes().sort()).toEqual(
      ['/org/acme/user/x%2B2%40example.com', '/org/acme/user/x1%40example.com'].sort()
    )
    expect(
      api?.requests.some(r => r.method === 'GET' && r.path === '/org/acme/group/superusers')
    ).toBe(true)
    // The members were listed once (three pages), for skip-existing and removal together.
    expect(
      api?.requests.filter(r => r.path.startsWith('/org/acme/user?') || r.path === '/org/acme/user')
    ).toHaveLength(3)
    expect((json(run, 'removed-members') as string[]).sort()).toEqual([...MISSING].sort())
    expect(json(run, 'skipped')).toEqual({
      ...Object.fromEntries(IN_FILE.map(a => [a, 'member'])),
      [KEPT]: 'kept',
      [ROOT]: 'superuser'
    })
    expect(json(run, 'errors')).toEqual({})
    expect(json(run, 'removed')).toEqual([])
    expect(run.outputs['error-count']).toBe('0')
    expect(commands(run, 'warning').join('\n')).toMatch(
      /root@example\.com is missing from the team file but is a member of superusers.*remove them by hand/
    )
    expect(run.summary).toContain('Removal (remove-missing) for org acme')
    expect(run.summary).toContain('<td>x1@example.com</td><td>🗑️ removed</td>')
    expect(run.summary).toContain('kept: matches keep')
    expect(run.summary).toContain('Pending Invites')
    expect(run.summary).toContain('cannot be revoked through the API')
    expect(run.stdout).toContain('Removal: 2 removed, 0 failed or not removed, 2 skipped.')
    expectAccounted(run)
  })

  it('applies on workflow_dispatch too, and a 404 is already-removed, not removed-members', async () => {
    const run = await act({
      event: { name: 'workflow_dispatch', payload: {} },
      api: {
        deleteFaultsByUser: {
          'x1@example.com': { kind: 'status', status: 404, code: 'not_found', message: 'gone' }
        }
      }
    })
    expect(run.code).toBe(0)
    expect(deletes()).toHaveLength(2)
    expect(json(run, 'removed-members')).toEqual(['x+2@example.com'])
    expect((json(run, 'skipped') as Record<string, string>)['x1@example.com']).toBe(
      'already-removed'
    )
    expectAccounted(run)
  })

  it('a 503 is retried and then removes; a 409 is retried too', async () => {
    const run = await act({
      inputs: { concurrency: '1' },
      api: {
        deleteFaults: [
          { kind: 'status', status: 503, code: 'unavailable' },
          { kind: 'status', status: 409, code: 'conflict' }
        ]
      }
    })
    expect(run.code).toBe(0)
    // x1 took three attempts (503, 409, then OK); x+2 one.
    expect(deletes()).toEqual([
      '/org/acme/user/x1%40example.com',
      '/org/acme/user/x1%40example.com',
      '/org/acme/user/x1%40example.com',
      '/org/acme/user/x%2B2%40example.com'
    ])
    expect(run.stdout).toMatch(/Removing x1@example\.com: HTTP 503 unavailable; retrying/)
    expect(run.stdout).toMatch(/Removing x1@example\.com: HTTP 409 conflict; retrying/)
    expect((json(run, 'removed-members') as string[]).sort()).toEqual([...MISSING].sort())
    expectAccounted(run)
  })

  it('a 401 stops the rest: no further DELETE, each member reported once, the step fails', async () => {
    const run = await act({
      inputs: { concurrency: '1' },
      api: { deleteFaults: [{ kind: 'status', status: 401, code: 'unauthorized' }] }
    })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual(['/org/acme/user/x1%40example.com'])
    const errors = json(run, 'errors') as Record<string, { code: string; status?: number }>
    expect(errors['x1@example.com']).toMatchObject({ code: 'remove_refused', status: 401 })
    expect(errors['x+2@example.com']?.code).toBe('not_removed')
    expect(json(run, 'removed-members')).toEqual([])
    expect(run.outputs['error-count']).toBe('2')
    expect(failure(run)).toMatch(/Could not remove 1 member from org 'acme': HTTP 401/)
    expect(failure(run)).toMatch(/1 member not removed because an earlier removal failed/)
    expectAccounted(run)
  })

  it('retries that run out fail that member and stop the rest', async () => {
    const run = await act({
      inputs: { concurrency: '1', 'max-attempts': '2' },
      api: { deleteFaults: [{ kind: 'status', status: 503, code: 'unavailable', times: 2 }] }
    })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([
      '/org/acme/user/x1%40example.com',
      '/org/acme/user/x1%40example.com'
    ])
    const errors = json(run, 'errors') as Record<string, { code: string; message: string }>
    expect(errors['x1@example.com']?.code).toBe('remove_failed')
    expect(errors['x1@example.com']?.message).toMatch(/gave up after 2 attempts/)
    expect(errors['x+2@example.com']?.code).toBe('not_removed')
    expectAccounted(run)
  })
})

describe('guards: a refusal removes nobody and fails the step with one message', () => {
  it('an invalid entry in the file: the valid invites go out, nobody is removed', async () => {
    const run = await act({ team: `${TEAM}new@example.com\nnot-an-address\n` })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(api?.requests.filter(r => r.method === 'POST').map(r => r.emails)).toEqual([
      ['new@example.com']
    ])
    expect(failure(run)).toMatch(
      /Removal refused, nobody was removed \(2 would have been\): the addresses given have an invalid entry/
    )
    // Not removed is a summary row with the guard's reason, never an error.
    const errors = json(run, 'errors') as Record<string, unknown>
    expect(Object.keys(errors)).toEqual(['not-an-address'])
    expect(run.summary).toContain(
      '<td>x1@example.com</td><td>🛑 not removed</td><td>refused: an entry given is invalid</td>'
    )
    expect(json(run, 'skipped')).toMatchObject({ [KEPT]: 'kept', [ROOT]: 'superuser' })
    expectAccounted(run, MISSING, ['new@example.com'])
  })

  it('an invalid address in emails blocks removal too', async () => {
    const run = await act({ inputs: { emails: 'bad@@example.com' } })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(/Removal refused/)
  })

  it('over max-removals: the message gives the number and names the input', async () => {
    const run = await act({ inputs: { 'max-removals': '1' } })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(
      /the plan removes 2 of 12 members, more than max-removals is 1\. If these removals are intended, set max-removals: 2/
    )
    expect(run.summary).toContain('refused: the plan removes more than max-removals allows')
    expectAccounted(run, MISSING)
  })

  it('the default 25% of 12 members allows 3; a plan of 4 is refused', async () => {
    const run = await act({ inputs: { keep: '' }, api: { groups: {} } })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(
      /removes 4 of 12 members, more than max-removals is 25% of 12 members, 3/
    )
  })

  it('an unreadable superusers group removes nobody', async () => {
    const run = await act({
      api: { groupFaults: [{ kind: 'status', status: 403, code: 'forbidden' }] }
    })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(/the superusers group could not be read/)
    expect(commands(run, 'warning').join('\n')).toMatch(/Could not read the group superusers/)
  })

  it('an empty team file removes nobody', async () => {
    const run = await act({ team: '# nobody yet\n', inputs: { emails: 'ann@example.com' } })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(/the team file lists nobody/)
  })

  it('an unreadable team file fails before anything is listed or removed', async () => {
    const run = await act({ inputs: { 'emails-file': 'missing.txt' } })
    expect(run.code).toBe(1)
    expect(api?.requests).toEqual([])
    expect(failure(run)).toMatch(/missing\.txt/)
  })

  it('an invite batch that stopped the run removes nobody', async () => {
    const run = await act({
      team: `${TEAM}new@example.com\n`,
      inputs: { 'max-attempts': '2' },
      api: { faults: [{ kind: 'status', status: 503, code: 'unavailable', times: 2 }] }
    })
    expect(run.code).toBe(1)
    expect(deletes()).toEqual([])
    expect(failure(run)).toMatch(/Removal refused.*the invites stopped early/)
    expectAccounted(run, MISSING, ['new@example.com'])
  })

  it('remove-missing without emails-file is an input error naming both', async () => {
    const run = await act({ inputs: { 'emails-file': '', emails: 'ann@example.com' } })
    expect(run.code).toBe(1)
    expect(api?.requests).toEqual([])
    expect(failure(run)).toMatch(/Input 'remove-missing' .* needs 'emails-file'/)
  })
})

describe('events that only plan, or skip', () => {
  it('a pull request plans: "would remove", nothing sent or removed', async () => {
    const run = await act({
      team: `${TEAM}new@example.com\n`,
      event: { name: 'pull_request', payload: { pull_request: { number: 1 } } }
    })
    expect(run.code).toBe(0)
    expect(api?.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(run.summary).toContain('Removal plan (remove-missing) for org acme')
    expect(run.summary).toContain('<td>x1@example.com</td><td>📝 would remove</td>')
    expect(run.summary).toContain('pull-request events only plan removals')
    expect(json(run, 'removed-members')).toEqual([])
    // new@example.com would be invited: a summary row, in none of the outputs.
    expectAccounted(run, [...MISSING, 'new@example.com'], ['new@example.com'])
  })

  it('a pull request with allow-pull-request-events still only plans removals', async () => {
    const run = await act({
      event: { name: 'pull_request', payload: {} },
      inputs: { 'allow-pull-request-events': 'true' }
    })
    expect(run.code).toBe(0)
    expect(deletes()).toEqual([])
    expect(run.summary).toContain('📝 would remove')
  })

  it('a dry run shows "would remove" for each address', async () => {
    const run = await act({ inputs: { 'dry-run': 'true' } })
    expect(run.code).toBe(0)
    expect(deletes()).toEqual([])
    for (const a of MISSING) expect(run.summary).toContain(`<td>${a}</td><td>📝 would remove</td>`)
    expect(run.stdout).toContain('Removal plan: 2 would be removed, 2 skipped. Nobody was removed.')
  })

  it('a push to another branch skips removal with a notice', async () => {
    const run = await act({
      event: {
        name: 'push',
        payload: { ref: 'refs/heads/feature', repository: { default_branch: 'main' } }
      }
    })
    expect(run.code).toBe(0)
    expect(deletes()).toEqual([])
    expect(api?.requests.some(r => r.path.includes('/group/'))).toBe(false)
    expect(commands(run, 'notice').join('\n')).toMatch(
      /this push is to refs\/heads\/feature, not to the default branch main, so nobody is removed/
    )
    expect(json(run, 'removed-members')).toEqual([])
  })
})
