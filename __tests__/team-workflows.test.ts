// End-to-end runs of dist/index.js for the team-file workflows: only-added against a fake
// GitHub API, skip-existing against the local Control Plane API's user list, and group.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../tools/local-api.mjs'
import type { FakeGitHub } from './helpers/fake-github.js'
import { startFakeGitHub } from './helpers/fake-github.js'
import { startConnectProxy } from './helpers/proxy.js'
import type { ActionRun, RunOptions } from './helpers/run-action.js'
import { CANARY_KEY, commands, findLeaks, runAction } from './helpers/run-action.js'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
let api: LocalApi
let github: FakeGitHub

beforeAll(async () => {
  api = await startLocalApi({ token: CANARY_KEY })
  github = await startFakeGitHub()
})
afterAll(async () => {
  await api.close()
  await github.close()
})
afterEach(() => {
  api.reset()
  api.configure({
    users: undefined,
    members: [],
    userListStatus: undefined,
    userListLoop: false,
    pageSize: 50
  })
  github.requests.length = 0
  github.commits = {}
  github.echo = false
})

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const BASE_FILE = '- ann@example.com\n- bob@example.com\n- old@example.com\n'
const HEAD_FILE = '- ann@example.com\n- bob@example.com\n- new@example.com\n- Zed@Example.com\n'

function eventFile(payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

interface Scenario {
  event: string
  payload?: unknown
  inputs?: Record<string, string>
  files?: Record<string, string>
  githubToken?: string
  /** Another GitHub API, e.g. one that never answers. */
  githubApiUrl?: string
  prepare?: RunOptions['prepare']
  env?: Record<string, string>
}

async function act(s: Scenario): Promise<ActionRun> {
  const run = await runAction({
    inputs: {
      org: 'acme',
      token: CANARY_KEY,
      'api-url': api.url,
      'emails-file': 'team.yaml',
      'only-added': 'true',
      'github-token': s.githubToken ?? github.token,
      ...s.inputs
    },
    env: {
      GITHUB_EVENT_NAME: s.event,
      GITHUB_EVENT_PATH: eventFile(s.payload ?? {}),
      GITHUB_REPOSITORY: 'acme/people',
      GITHUB_API_URL: s.githubApiUrl ?? github.url,
      ...s.env
    },
    files: s.files ?? { 'team.yaml': HEAD_FILE },
    prepare: s.prepare
  })
  expect(findLeaks(run, [CANARY_KEY, github.token])).toEqual([])
  return run
}

const sent = (): string[] =>
  api.requests
    .filter(r => r.method === 'POST')
    .flatMap(r => (r.body as { emails: string[] }).emails)
const out = (run: ActionRun, name: string): unknown => JSON.parse(run.outputs[name] ?? 'null')
/** The summary's text with its numeric character references read back. */
const summaryText = (run: ActionRun): string =>
  run.summary.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))

describe('only-added', () => {
  it('on push, invites only the added addresses and lists the removed ones', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    const run = await act({ event: 'push', payload: { before: BASE } })
    expect(run.code).toBe(0)
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
    expect(out(run, 'skipped')).toEqual({
      'ann@example.com': 'unchanged',
      'bob@example.com': 'unchanged'
    })
    expect(out(run, 'removed')).toEqual(['old@example.com'])
    expect(out(run, 'invited')).toEqual(['new@example.com', 'zed@example.com'])
    const note = `only-added: comparing team.yaml with acme/people:team.yaml at ${BASE} (the commit before this push).`
    expect(run.stdout).toContain(note)
    expect(summaryText(run)).toContain(note)
    expect(commands(run, 'notice').join('\n')).toContain('NOT removed from the org')
    expect(run.summary).toContain('Removed from the team file')
    expect(run.summary).toContain('old&#64;example.com')
    expect(run.summary).toContain('2 addresses unchanged since the base commit are not listed')
    // The base version was read through the REST API with the raw media type.
    expect(github.requests[0]?.path).toBe(`/repos/acme/people/contents/team.yaml?ref=${BASE}`)
    expect(github.requests[0]?.accept).toMatch(/application\/vnd\.github(\.v3)?\.raw/)
  })

  it('reads the base through HTTP_PROXY, as a runner behind a proxy does', async () => {
    // The proxy connects every tunnel to 127.0.0.1, so the GitHub API can have a name that is
    // not a loopback address (@actions/github goes straight to those, whatever the proxy).
    const proxy = await startConnectProxy({ tunnelTo: '127.0.0.1' })
    const githubHost = `github.proxied.test:${new URL(github.url).port}`
    try {
      github.commits[BASE] = { 'team.yaml': BASE_FILE }
      const run = await act({
        event: 'push',
        payload: { before: BASE },
        githubApiUrl: `http://${githubHost}`,
        env: { HTTP_PROXY: proxy.url }
      })
      expect(run.code).toBe(0)
      expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
      expect(github.requests[0]?.path).toBe(`/repos/acme/people/contents/team.yaml?ref=${BASE}`)
      // Both APIs went through the proxy: GitHub by its name, Control Plane at 127.0.0.1.
      expect(proxy.tunnels).toEqual(expect.arrayContaining([githubHost, new URL(api.url).host]))
    } finally {
      await proxy.close()
    }
  })

  it('lets the members decide who is new on a new branch (no base), with a notice that says why', async () => {
    api.configure({ members: ['ann@example.com', 'BOB@example.com'] })
    const run = await act({ event: 'push', payload: { before: '0'.repeat(40), created: true } })
    expect(run.code).toBe(0)
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
    expect(out(run, 'skipped')).toEqual({
      'ann@example.com': 'member',
      'bob@example.com': 'member'
    })
    expect(github.requests).toHaveLength(0)
    const note =
      "only-added: this push created the branch (its previous commit is all zeros), so there is no base version of team.yaml to compare with: the org's members decide who is new, and only addresses that are not members are invited."
    expect(commands(run, 'notice').join('\n')).toContain(note)
    expect(summaryText(run)).toContain(note)
  })

  it('fails, sending nothing, on a new branch when the members cannot be listed', async () => {
    api.configure({ userListStatus: 503 })
    const run = await act({
      event: 'push',
      payload: { before: '0'.repeat(40) },
      inputs: { 'max-attempts': '1' }
    })
    expect(run.code).toBe(1)
    expect(sent()).toEqual([])
    const errors = out(run, 'errors') as Record<string, { code: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    expect(commands(run, 'error').join('\n')).toContain(
      "Could not list the members of org 'acme' for only-added (there is no base commit (this push created the branch"
    )
  })

  it.each([
    [
      'push',
      { after: HEAD },
      "the push event's payload has no 'before' (the commit before the push)"
    ],
    [
      'pull_request_target',
      { pull_request: { head: { sha: HEAD } } },
      "the pull_request_target event's payload has no 'pull_request.base.sha'"
    ],
    [
      'merge_group',
      { merge_group: { head_sha: HEAD } },
      "the merge_group event's payload has no 'merge_group.base_sha'"
    ]
  ])(
    'fails closed, sending nothing, when a %s event names no base commit',
    async (event, payload, missing) => {
      api.configure({ members: ['ann@example.com'] })
      const run = await act({
        event,
        payload,
        inputs: { 'allow-pull-request-events': 'true' }
      })
      expect(run.code).toBe(1)
      expect(api.requests).toHaveLength(0)
      expect(github.requests).toHaveLength(0)
      expect(out(run, 'invited')).toEqual([])
      expect(run.outputs['error-count']).toBe('4')
      const errors = out(run, 'errors') as Record<string, { code: string }>
      expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
      const error = commands(run, 'error').join('\n')
      expect(error).toContain(
        `only-added: ${missing}, so there is no base commit to compare team.yaml with.`
      )
      expect(error).toContain('Nothing was sent')
      expect(error).toContain('Fix the cause, then catch up')
      expect(error).not.toContain('Re-run this job')
    }
  )

  it('fails closed when the event file is missing (the payload is empty), and says so', async () => {
    const run = await act({
      event: 'push',
      env: { GITHUB_EVENT_PATH: path.join(tmpdir(), 'cpln-no-such-event', 'event.json') }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    const errors = out(run, 'errors') as Record<string, { code: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    expect(commands(run, 'error').join('\n')).toMatch(
      /payload has no 'before'.* The event file \(GITHUB_EVENT_PATH .*event\.json\) does not exist, so the event data is empty\./
    )
  })

  it('treats everyone as new when the file was added in this push: absent at the base, present at the head', async () => {
    github.commits[BASE] = {}
    github.commits[HEAD] = { 'team.yaml': HEAD_FILE }
    const run = await act({ event: 'push', payload: { before: BASE, after: HEAD } })
    expect(run.code).toBe(0)
    expect(sent()).toHaveLength(4)
    expect(github.requests.map(r => r.path)).toEqual([
      `/repos/acme/people/contents/team.yaml?ref=${BASE}`,
      `/repos/acme/people/commits/${BASE}`,
      `/repos/acme/people/contents/team.yaml?ref=${HEAD}`
    ])
    const note = `acme/people:team.yaml did not exist at ${BASE} (the commit before this push) and exists at ${HEAD}`
    expect(run.stdout).toContain(note)
    expect(summaryText(run)).toContain(`only-added: ${note}`)
  })

  it('re-invites the people of a renamed file (new path, absent at the base) unless skip-existing skips the members', async () => {
    // team.yaml was old-team.yaml at the base: to only-added the file was added.
    github.commits[BASE] = { 'old-team.yaml': HEAD_FILE }
    github.commits[HEAD] = { 'team.yaml': HEAD_FILE }
    api.configure({ members: ['ann@example.com', 'bob@example.com', 'new@example.com'] })
    const renamed = await act({ event: 'push', payload: { before: BASE, after: HEAD } })
    expect(renamed.code).toBe(0)
    expect(sent()).toHaveLength(4)
    const hint =
      'If it was renamed, everyone in it is invited again: skip-existing: true skips those who are already members.'
    expect(summaryText(renamed)).toContain(hint)
    api.reset()
    const skipping = await act({
      event: 'push',
      payload: { before: BASE, after: HEAD },
      inputs: { 'skip-existing': 'true' }
    })
    expect(skipping.code).toBe(0)
    expect(sent()).toEqual(['zed@example.com'])
    expect(out(skipping, 'skipped')).toEqual({
      'ann@example.com': 'member',
      'bob@example.com': 'member',
      'new@example.com': 'member'
    })
    expect(summaryText(skipping)).not.toContain(hint)
  })

  it('confirms an added file at GITHUB_SHA when the event names no head', async () => {
    github.commits['v1.0.0'] = {}
    github.commits[HEAD] = { 'team.yaml': HEAD_FILE }
    const run = await act({
      event: 'workflow_dispatch',
      inputs: { 'base-ref': 'v1.0.0' },
      env: { GITHUB_SHA: HEAD }
    })
    expect(run.code).toBe(0)
    expect(sent()).toHaveLength(4)
    expect(github.requests.at(-1)?.path).toBe(`/repos/acme/people/contents/team.yaml?ref=${HEAD}`)
    expect(run.stdout).toContain('(the commit of this run (GITHUB_SHA))')
  })

  it('fails, sending nothing, when the path is absent at both the base and the head', async () => {
    github.commits[BASE] = { 'other.yaml': BASE_FILE }
    github.commits[HEAD] = { 'other.yaml': HEAD_FILE }
    const run = await act({ event: 'push', payload: { before: BASE, after: HEAD } })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(out(run, 'invited')).toEqual([])
    expect(run.outputs['invited-count']).toBe('0')
    expect(run.outputs['error-count']).toBe('4')
    const errors = out(run, 'errors') as Record<string, { code: string; message: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    const error = commands(run, 'error').join('\n')
    expect(error).toContain(
      `GitHub has no acme/people:team.yaml, neither at ${BASE} (the commit before this push) nor at ${HEAD} (the commit this push moved to), so the path tried in the repository, team.yaml, is wrong.`
    )
    expect(error).toContain('Nothing was sent')
    // Re-running the same job would fail the same way.
    expect(error).toContain('Fix the cause, then catch up with a workflow_dispatch run')
    expect(error).not.toContain('Re-run this job')
  })

  it('checks a pull request in a dry run: added, removed, invalid with file and line, duplicates', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    const run = await act({
      event: 'pull_request',
      payload: { pull_request: { base: { sha: BASE } } },
      inputs: { 'dry-run': 'true', token: '' },
      files: { 'team.yaml': `${HEAD_FILE}- typo@example\n- new@example.com\n` }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(out(run, 'emails')).toEqual(['new@example.com', 'zed@example.com'])
    expect(out(run, 'removed')).toEqual(['old@example.com'])
    const summary = run.summary
    expect(summary).toContain('Dry run')
    expect(summary).toMatch(/<td>new@example\.com<\/td><td>📝 would invite/)
    expect(summary).toContain('team.yaml:5:3')
    expect(summary).toContain('Duplicates')
    expect(summary).toContain('team.yaml:6:3')
    expect(commands(run, 'error').find(e => e.includes('typo@example'))).toMatch(
      /file=team\.yaml,line=5/
    )
  })

  it.each(['workflow_dispatch', 'schedule', 'repository_dispatch'])(
    'on %s (no base), the members decide who is new and no GitHub request is made',
    async event => {
      api.configure({ members: ['ann@example.com', 'bob@example.com', 'new@example.com'] })
      const run = await act({ event, payload: { inputs: {} } })
      expect(run.code).toBe(0)
      expect(sent()).toEqual(['zed@example.com'])
      expect(github.requests).toHaveLength(0)
      expect(commands(run, 'notice').join('\n')).toContain(
        `only-added: the ${event} event has no base commit (and base-ref is not set), so there is no base version of team.yaml to compare with`
      )
    }
  )

  it('fails a dry run without a key when there is no base: no plan can be exact', async () => {
    const run = await act({ event: 'workflow_dispatch', inputs: { 'dry-run': 'true', token: '' } })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    const errors = out(run, 'errors') as Record<string, { code: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    expect(commands(run, 'error').join('\n')).toContain(
      "only-added: there is no base commit (the workflow_dispatch event has no base commit (and base-ref is not set)), so only the org's members can tell who is new, and listing them needs a key (token)"
    )
  })

  it('uses an explicit base-ref over the event, and always sends addresses from emails', async () => {
    github.commits['v1.2.0'] = { 'team.yaml': HEAD_FILE }
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'base-ref': 'v1.2.0', emails: 'ann@example.com' }
    })
    expect(run.code).toBe(0)
    expect(sent()).toEqual(['ann@example.com'])
    expect(github.requests[0]?.path).toContain('ref=v1.2.0')
  })

  it('falls back to the members, with a warning, when the base no longer parses', async () => {
    github.commits[BASE] = { 'team.yaml': 'members: [unclosed\n' }
    api.configure({ members: ['ann@example.com', 'BOB@example.com'] })
    const run = await act({ event: 'push', payload: { before: BASE } })
    expect(run.code).toBe(0)
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
    expect(out(run, 'skipped')).toEqual({
      'ann@example.com': 'member',
      'bob@example.com': 'member'
    })
    expect(out(run, 'invited')).toEqual(['new@example.com', 'zed@example.com'])
    expect(run.outputs['error-count']).toBe('0')
    const warning = commands(run, 'warning').join('\n')
    expect(warning).toContain(
      `team.yaml at ${BASE} (the commit before this push) no longer parses, so the org's members decide who is new: only addresses that are not members are invited.`
    )
    expect(summaryText(run)).toContain(
      `only-added: team.yaml at ${BASE} (the commit before this push) no longer parses, so the org's members decide who is new`
    )
  })

  it('fails, sending nothing, when the base no longer parses and the members cannot be listed', async () => {
    github.commits[BASE] = { 'team.yaml': 'members: [unclosed\n' }
    api.configure({ userListStatus: 403 })
    const run = await act({ event: 'push', payload: { before: BASE } })
    expect(run.code).toBe(1)
    expect(sent()).toEqual([])
    const errors = out(run, 'errors') as Record<string, { code: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    expect(commands(run, 'error').join('\n')).toContain(
      "Could not list the members of org 'acme' for only-added (team.yaml at"
    )
  })

  it('fails a dry run without a key when the base no longer parses: no plan can be exact', async () => {
    github.commits[BASE] = { 'team.yaml': 'members: [unclosed\n' }
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'dry-run': 'true', token: '' }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    const errors = out(run, 'errors') as Record<string, { code: string }>
    expect(Object.values(errors).map(e => e.code)).toEqual(Array(4).fill('not_sent'))
    expect(out(run, 'invited')).toEqual([])
    expect(commands(run, 'error').join('\n')).toContain(
      'listing them needs a key (token), which this dry run does not have'
    )
  })

  it('says to re-run this job when sending fails, since a later push will not retry', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    api.configure({ faults: [{ kind: 'status', status: 400, code: 'bad_request' }] })
    const run = await act({ event: 'push', payload: { before: BASE } })
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'Re-run this job to retry the 2 addresses not invited: a later push compares the team file with this commit'
    )
  })

  it('fails clearly when GitHub refuses the token, and sends nothing', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      githubToken: 'ghs_wrongTokenValue999'
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    const error = commands(run, 'error').join('\n')
    expect(error).toContain('HTTP 401')
    expect(error).toContain('github-token was refused')
    expect(findLeaks(run, ['ghs_wrongTokenValue999'])).toEqual([])
  })

  it('refuses a base version larger than the team-file limit, and sends nothing', async () => {
    // One YAML comment of 32 MB + 1 byte: read whole, it would list nobody, and everyone
    // in the head file would count as new.
    github.commits[BASE] = { 'team.yaml': Buffer.alloc(32 * 1024 * 1024 + 1, '#') }
    const run = await act({ event: 'push', payload: { before: BASE } })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'error').join('\n')).toContain(
      `only-added could not read acme/people:team.yaml at ${BASE} from GitHub: team.yaml at ${BASE} is larger than 33554432 bytes, the limit for a team file, so it was not read.`
    )
  })

  it('gives up on a GitHub API that does not answer within timeout-seconds', async () => {
    const silent = createServer(() => {
      // Never answers.
    })
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const run = await act({
        event: 'push',
        payload: { before: BASE },
        inputs: { 'timeout-seconds': '1' },
        githubApiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
      })
      expect(run.code).toBe(1)
      expect(run.durationMs).toBeLessThan(15_000)
      expect(api.requests).toHaveLength(0)
      const error = commands(run, 'error').join('\n')
      expect(error).toContain('no answer from GitHub within 1 s (timeout-seconds)')
      expect(error).not.toContain('HTTP 500')
      expect(Object.keys(out(run, 'errors') as object)).toHaveLength(4)
    } finally {
      silent.closeAllConnections()
      await new Promise(resolve => silent.close(resolve))
    }
  })

  it('says the connection dropped, not a timeout, when the commit check is cut off', async () => {
    const dropping = createServer((req, res) => {
      if (req.url?.includes('/contents/')) {
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'Not Found' }))
      } else {
        req.socket.destroy()
      }
    })
    await new Promise<void>(resolve => dropping.listen(0, '127.0.0.1', resolve))
    try {
      const run = await act({
        event: 'push',
        payload: { before: BASE },
        inputs: { 'timeout-seconds': '5' },
        githubApiUrl: `http://127.0.0.1:${(dropping.address() as AddressInfo).port}`
      })
      expect(run.code).toBe(1)
      const error = commands(run, 'error').join('\n')
      expect(error).toContain('no connection to GitHub')
      expect(error).not.toContain('no answer')
      expect(sent()).toEqual([])
    } finally {
      dropping.closeAllConnections()
      await new Promise(resolve => dropping.close(resolve))
    }
  })

  it('never shows a github-token that GitHub echoes back', async () => {
    github.echo = true
    const wrong = 'ghs_echoedTokenValue4242'
    const refused = await act({ event: 'push', payload: { before: BASE }, githubToken: wrong })
    expect(refused.code).toBe(1)
    expect(commands(refused, 'error').join('\n')).toContain('Bad credentials (got token ***)')
    expect(findLeaks(refused, [wrong])).toEqual([])
    // A commit that exists without the file: GitHub's 404 echoes the right token this time.
    github.commits[BASE] = {}
    github.commits[HEAD] = {}
    const absent = await act({ event: 'push', payload: { before: BASE, after: HEAD } })
    expect(absent.code).toBe(1)
    expect(findLeaks(absent, [github.token])).toEqual([])
  })

  it('finds the path of a team file in a nested checkout from that checkout root', async () => {
    github.commits[BASE] = { 'people/team.yaml': BASE_FILE }
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'emails-file': 'checkout/people/team.yaml' },
      files: { 'checkout/people/team.yaml': HEAD_FILE },
      prepare: workspace => {
        mkdirSync(path.join(workspace, 'checkout', '.git'))
        writeFileSync(
          path.join(workspace, 'checkout', '.git', 'config'),
          '[remote "origin"]\n\turl = https://github.com/acme/people\n'
        )
      }
    })
    expect(run.code).toBe(0)
    expect(github.requests[0]?.path).toBe(
      `/repos/acme/people/contents/people/team.yaml?ref=${BASE}`
    )
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
  })

  it('finds the path through a symlinked GITHUB_WORKSPACE (self-hosted runners, macOS /tmp)', async () => {
    github.commits[BASE] = { 'team/platform.yaml': BASE_FILE }
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-link-')), 'workspace')
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'emails-file': 'team/platform.yaml' },
      files: { 'team/platform.yaml': HEAD_FILE },
      prepare: workspace => symlinkSync(workspace, link),
      env: { GITHUB_WORKSPACE: link }
    })
    expect(run.code).toBe(0)
    expect(github.requests.map(r => r.path)).toEqual([
      `/repos/acme/people/contents/team/platform.yaml?ref=${BASE}`
    ])
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
  })

  it.each(['team#1.yaml', 'team?.yaml', 'team%41.yaml', 'my team.yaml', 'a b/c#d?e%41f.yaml'])(
    'asks GitHub for %j at exactly that path',
    async name => {
      github.commits[BASE] = { [name]: BASE_FILE, 'teamA.yaml': HEAD_FILE, team: HEAD_FILE }
      const run = await act({
        event: 'push',
        payload: { before: BASE },
        inputs: { 'emails-file': name },
        files: { [name]: HEAD_FILE }
      })
      expect(run.code).toBe(0)
      const encoded = name.split('/').map(encodeURIComponent).join('/')
      expect(github.requests.map(r => r.path)).toEqual([
        `/repos/acme/people/contents/${encoded}?ref=${BASE}`
      ])
      expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
      expect(out(run, 'removed')).toEqual(['old@example.com'])
    }
  )

  it('fails, sending nothing, for a nested checkout whose path is at neither commit', async () => {
    // The nested checkout has no .git: the path is taken from the workspace root, which is
    // wrong for the repository that holds people/team.yaml.
    github.commits[BASE] = { 'people/team.yaml': BASE_FILE }
    github.commits[HEAD] = { 'people/team.yaml': HEAD_FILE }
    const run = await act({
      event: 'push',
      payload: { before: BASE, after: HEAD },
      inputs: { 'emails-file': 'checkout/people/team.yaml' },
      files: { 'checkout/people/team.yaml': HEAD_FILE }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'error').join('\n')).toContain(
      'the path tried in the repository, checkout/people/team.yaml, is wrong'
    )
  })
})

describe('pull-request events only plan', () => {
  const payloads: Record<string, unknown> = {
    pull_request: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } },
    pull_request_target: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } },
    pull_request_review: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } },
    pull_request_review_comment: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } },
    merge_group: { merge_group: { base_sha: BASE, head_sha: HEAD } }
  }

  it.each(Object.keys(payloads))(
    'on %s, plans as a dry run, sends nothing, and says so',
    async event => {
      github.commits[BASE] = { 'team.yaml': BASE_FILE }
      const run = await act({ event, payload: payloads[event] })
      expect(run.code).toBe(0)
      expect(api.requests).toHaveLength(0)
      expect(out(run, 'emails')).toEqual(['new@example.com', 'zed@example.com'])
      expect(out(run, 'invited')).toEqual([])
      expect(out(run, 'errors')).toEqual({})
      expect(out(run, 'invitations')).toEqual({})
      expect(out(run, 'removed')).toEqual(['old@example.com'])
      expect(run.outputs['invited-count']).toBe('0')
      expect(run.outputs['error-count']).toBe('0')
      expect(commands(run, 'notice').join('\n')).toContain(
        'pull-request events only plan; invitations are sent after merge'
      )
      expect(run.summary).toContain('Dry run: Control Plane invitations')
      expect(run.summary).toContain('pull-request events only plan')
    }
  )

  it('still fails on an invalid entry, so the check catches typos, and needs no key', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    const run = await act({
      event: 'pull_request_target',
      payload: payloads.pull_request_target,
      inputs: { token: '' },
      files: { 'team.yaml': `${HEAD_FILE}- typo@example\n` }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'error').join('\n')).toContain('typo@example')
  })

  it('sends with allow-pull-request-events: true', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    const run = await act({
      event: 'pull_request_target',
      payload: payloads.pull_request_target,
      inputs: { 'allow-pull-request-events': 'true' }
    })
    expect(run.code).toBe(0)
    expect(sent()).toEqual(['new@example.com', 'zed@example.com'])
    expect(commands(run, 'notice').join('\n')).not.toContain('only plan')
  })
})

describe('skip-existing', () => {
  const users = Array.from({ length: 7 }, (_, i) => ({
    email: `Member${i}@Example.com`,
    name: `m${i}`,
    id: `${i}`
  }))
  /** A manual run with skip-existing on addresses typed into `emails`. */
  const listing = (emails: string, inputs: Record<string, string> = {}): Scenario => ({
    event: 'workflow_dispatch',
    inputs: { 'only-added': 'false', 'emails-file': '', emails, 'skip-existing': 'true', ...inputs }
  })

  it('follows every next link and skips members case-insensitively', async () => {
    api.configure({ users, pageSize: 3 })
    const run = await act(listing('member0@example.com, MEMBER6@example.com, fresh@example.com'))
    expect(run.code).toBe(0)
    const lists = api.requests.filter(r => r.method === 'GET')
    expect(lists).toHaveLength(3)
    expect(sent()).toEqual(['fresh@example.com'])
    expect(out(run, 'skipped')).toEqual({
      'member0@example.com': 'member',
      'member6@example.com': 'member'
    })
    expect(run.summary).toContain('already a member of the org')
  })

  it('lists members in a dry run with a key, so the plan is exact', async () => {
    api.configure({ users, pageSize: 3 })
    const run = await act(listing('member1@example.com fresh@example.com', { 'dry-run': 'true' }))
    expect(run.code).toBe(0)
    expect(sent()).toEqual([])
    expect(out(run, 'emails')).toEqual(['fresh@example.com'])
    expect(out(run, 'skipped')).toEqual({ 'member1@example.com': 'member' })
  })

  it('ignores skip-existing with a notice in a dry run without a key', async () => {
    const run = await act(listing('a@example.com', { 'dry-run': 'true', token: '' }))
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'notice').join('\n')).toContain('skip-existing is ignored')
  })

  it('fails on a 403 naming the missing permission and the alternative', async () => {
    api.configure({ users, userListStatus: 403 })
    const run = await act(
      // The org the key belongs to: the 403 is about the permission, not the org.
      listing('a@example.com', { org: 'canary-org' })
    )
    expect(run.code).toBe(1)
    expect(sent()).toEqual([])
    const error = commands(run, 'error').join('\n')
    expect(error).toContain('HTTP 403')
    expect(error).toContain("needs the 'view' permission on users")
    expect(error).toContain('skip-existing: false')
    // Outputs and summary are written before the step fails, and nothing is lost.
    expect(out(run, 'errors')).toEqual({
      'a@example.com': {
        code: 'not_sent',
        message: 'not sent because listing the members for skip-existing failed'
      }
    })
    expect(out(run, 'emails')).toEqual([])
    expect(run.outputs['error-count']).toBe('1')
    expect(run.summary).toContain('not sent because listing the members for skip-existing failed')
  })

  it('does not list members when only-added leaves nothing to send', async () => {
    github.commits[BASE] = { 'team.yaml': HEAD_FILE }
    api.configure({ users, userListStatus: 403 })
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'skip-existing': 'true' }
    })
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(0)
    expect(Object.values(out(run, 'skipped') as object)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged'
    ])
  })

  it('keeps unchanged addresses skipped when the members listing fails', async () => {
    github.commits[BASE] = { 'team.yaml': BASE_FILE }
    api.configure({ users, userListStatus: 403 })
    const run = await act({
      event: 'push',
      payload: { before: BASE },
      inputs: { 'skip-existing': 'true' }
    })
    expect(run.code).toBe(1)
    expect(out(run, 'skipped')).toEqual({
      'ann@example.com': 'unchanged',
      'bob@example.com': 'unchanged'
    })
    expect(Object.keys(out(run, 'errors') as object).sort()).toEqual([
      'new@example.com',
      'zed@example.com'
    ])
    expect(sent()).toEqual([])
  })

  it('says so when a 403 on the listing comes from a key of another org', async () => {
    api.configure({ users, orgs: ['canary-org'] })
    const run = await act(listing('a@example.com'))
    api.configure({ orgs: undefined })
    expect(run.code).toBe(1)
    const error = commands(run, 'error').join('\n')
    expect(error).toContain("The key belongs to org 'canary-org', not 'acme'")
    expect(error).not.toContain('grant it to the service account')
  })

  it('fails when the next links loop', async () => {
    api.configure({ users, pageSize: 3, userListLoop: true })
    const run = await act(listing('a@example.com'))
    expect(run.code).toBe(1)
    expect(api.requests.filter(r => r.method === 'GET')).toHaveLength(3)
    expect(commands(run, 'error').join('\n')).toContain('already visited')
    expect(sent()).toEqual([])
  })
})

describe('group', () => {
  const plain = {
    event: 'workflow_dispatch',
    inputs: { 'only-added': 'false', 'emails-file': '', emails: 'a@example.com' }
  }

  it('sends groupLink when a group is given', async () => {
    const run = await act({ ...plain, inputs: { ...plain.inputs, group: 'developers' } })
    expect(run.code).toBe(0)
    expect(api.requests[0]?.body).toEqual({
      emails: ['a@example.com'],
      groupLink: '/org/acme/group/developers'
    })
  })

  it('sends exactly the published schema without a group', async () => {
    api.configure({ strictSchema: true })
    const run = await act(plain)
    api.configure({ strictSchema: false })
    expect(run.code).toBe(0)
    expect(api.requests[0]?.body).toEqual({ emails: ['a@example.com'] })
  })

  it('refuses a bad group name before any request', async () => {
    const run = await act({ ...plain, inputs: { ...plain.inputs, group: 'dev/ops' } })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'error').join('\n')).toContain("Input 'group'")
  })
})
