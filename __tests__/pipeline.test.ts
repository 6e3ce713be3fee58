// The pipeline from source, with an in-memory I/O: a log array, a map of GitHub files at
// commits, a workspace in a temporary folder and the local Control Plane API in this
// process. A change to the flow is tested here without rebuilding dist/.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig, type Config, type InputName } from '../src/config.js'
import { ActionError } from '../src/errors.js'
import { runPipeline, type Outcome, type PipelineIo } from '../src/pipeline.js'
import type { EventInfo, FileAtCommit, GitHubReader } from '../src/plan/only-added.js'
import type { RepoFile } from '../src/plan/repository.js'
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

interface Run {
  outcome?: Outcome
  error?: ActionError
  log: string[]
  /** Files asked of GitHub, as `path@ref`. */
  asked: string[]
}

interface Setup {
  inputs: Partial<Record<InputName, string>>
  /** Files in the workspace (path -> content). */
  workspace?: Record<string, string>
  /** GitHub: the event, and files at commits (ref -> path -> content; 'absent' for none). */
  event?: Partial<EventInfo>
  commits?: Record<string, Record<string, string>>
  /** A failure GitHub answers for every file. */
  githubFails?: { status?: number; message: string }
}

function configOf(inputs: Setup['inputs']): Config {
  return readConfig(name => inputs[name] ?? '', {})
}

async function runWith(setup: Setup): Promise<Run> {
  const workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'cpln-pipeline-')))
  for (const [file, content] of Object.entries(setup.workspace ?? {})) {
    writeFileSync(path.join(workspace, file), content)
  }
  const log: string[] = []
  const asked: string[] = []
  const github: GitHubReader = {
    event: { eventName: 'push', payload: {}, repository: 'acme/people', ...setup.event },
    readFileAt: async (file: RepoFile, ref: string): Promise<FileAtCommit> => {
      asked.push(`${file.owner}/${file.repo}:${file.path}@${ref}`)
      if (setup.githubFails) return { kind: 'failed', ...setup.githubFails }
      const content = setup.commits?.[ref]?.[file.path]
      return content === undefined
        ? { kind: 'absent' }
        : { kind: 'found', bytes: new TextEncoder().encode(content) }
    }
  }
  const config = configOf({ 'api-url': api.url, ...setup.inputs })
  const redact = makeRedactor([config.token])
  const io: PipelineIo = {
    log: {
      info: text => log.push(`info: ${text}`),
      notice: text => log.push(`notice: ${text}`),
      warning: (text, at) => log.push(`warning: ${text}${at ? ` [${at.title} ${at.file}]` : ''}`),
      group: (title, lines) => log.push(`group: ${title}`, ...lines.map(l => `  ${l}`))
    },
    redact,
    workspace,
    readTeamFile: relative => readTeamFile(workspace, relative),
    github: async () => github,
    http: { userAgent: 'test', backoffBaseMs: 1, maxWaitMs: 5 }
  }
  try {
    return { outcome: await runPipeline(config, io), log, asked }
  } catch (error) {
    if (error instanceof ActionError) return { error, log, asked }
    throw error
  }
}

const kinds = (outcome: Outcome | undefined): Record<string, string> =>
  Object.fromEntries(
    (outcome?.run.results ?? []).map(r => [
      r.address,
      r.kind === 'skipped'
        ? `skipped:${r.reason}`
        : r.kind === 'error'
          ? `error:${r.error.code}`
          : r.kind
    ])
  )
const invitesSent = (): string[][] =>
  api.requests.filter(r => r.method === 'POST').map(r => r.emails ?? [])

const TEAM = 'team.yaml'
const BEFORE = 'a'.repeat(40)
const AFTER = 'b'.repeat(40)
const onlyAdded = (extra: Setup['inputs'] = {}): Setup['inputs'] => ({
  org: 'acme',
  token: KEY,
  'emails-file': TEAM,
  'only-added': 'true',
  'github-token': 'ghs_x',
  ...extra
})
const pushed = { eventName: 'push', payload: { before: BEFORE, after: AFTER } }

describe('runPipeline: sources and kinds of outcome', () => {
  it('plans a dry run without a key, and sends nothing', async () => {
    const run = await runWith({
      inputs: { org: 'acme', emails: 'ann@example.com, bad, ann@example.com', 'dry-run': 'true' }
    })
    expect(run.outcome?.kind).toBe('dry-run')
    expect(kinds(run.outcome)).toEqual({ 'ann@example.com': 'would-invite', bad: 'invalid' })
    expect(run.outcome?.plan.duplicates).toHaveLength(1)
    expect(run.log).toContain(
      'info: Plan for org acme: 1 to invite, 1 invalid, 0 skipped, 1 duplicate.'
    )
    expect(api.requests).toEqual([])
  })

  it('sends the batches and returns every address with its result', async () => {
    api.configure({ members: ['zed@example.com'] })
    const run = await runWith({
      inputs: {
        org: 'acme',
        token: KEY,
        emails: 'ann@example.com bob@example.com zed@example.com',
        'batch-size': '2'
      }
    })
    expect(run.outcome?.kind).toBe('sent')
    expect(kinds(run.outcome)).toEqual({
      'ann@example.com': 'invited',
      'bob@example.com': 'invited',
      'zed@example.com': 'error:already_exists'
    })
    expect(invitesSent()).toEqual([['ann@example.com', 'bob@example.com'], ['zed@example.com']])
    expect(run.log).toContain(
      `info: Sending 2 batches (up to 2 addresses each, 2 at a time) to ${api.url}.`
    )
    expect(run.log.filter(l => l.startsWith('group: Batch'))).toHaveLength(2)
  })

  it('is sent with no batch when nothing is left to send', async () => {
    const run = await runWith({ inputs: { org: 'acme', token: KEY, emails: 'not-an-address' } })
    expect(run.outcome?.kind).toBe('sent')
    expect(run.outcome?.run.sent).toEqual([])
    expect(api.requests).toEqual([])
  })

  it('logs retries and batches not sent after a failure that stops the rest', async () => {
    api.configure({
      faults: [{ kind: 'status', status: 503, times: 2 }]
    })
    const run = await runWith({
      inputs: {
        org: 'acme',
        token: KEY,
        emails: 'a@example.com b@example.com c@example.com',
        'batch-size': '1',
        concurrency: '1',
        'max-attempts': '2'
      }
    })
    expect(run.outcome?.kind).toBe('sent')
    expect(kinds(run.outcome)).toEqual({
      'a@example.com': 'error:service_unavailable',
      'b@example.com': 'error:not_sent',
      'c@example.com': 'error:not_sent'
    })
    expect(run.log.some(l => /^info: Batch 1: HTTP 503 .*retrying in/.test(l))).toBe(true)
    expect(run.log).toContain(
      'info: Batch 3/3: 1 address: not sent (an earlier batch stopped the rest).'
    )
  })

  it('says on a pull-request event that it only plans', async () => {
    const config = configOf({ org: 'acme', token: KEY, emails: 'ann@example.com' })
    const run = await runWith({
      inputs: { org: 'acme', emails: 'ann@example.com', 'dry-run': 'true' }
    })
    expect(config.planOnlyEvent).toBeUndefined()
    expect(run.outcome?.notes).toEqual([])
    const planned = await runPipeline(
      { ...config, dryRun: true, planOnlyEvent: 'pull_request' },
      {
        log: { info: () => {}, notice: () => {}, warning: () => {}, group: () => {} },
        redact: t => t,
        workspace: '/',
        readTeamFile: () => {
          throw new Error('not read')
        },
        github: () => Promise.reject(new Error('not asked')),
        http: { userAgent: 'test', backoffBaseMs: 1, maxWaitMs: 1 }
      }
    )
    expect(planned.kind).toBe('dry-run')
    expect(planned.notes[0]).toMatch(/^pull-request events only plan/)
  })

  it('reads the team file after the emails input, and warns about a file that lists nobody', async () => {
    const run = await runWith({
      inputs: { org: 'acme', emails: ', ;', 'emails-file': TEAM, 'dry-run': 'true' },
      workspace: { [TEAM]: '# nobody yet\n' }
    })
    expect(run.outcome?.run.results).toEqual([])
    expect(run.log).toEqual([
      "warning: Input 'emails' holds no address, only separators (commas, semicolons, spaces, line breaks).",
      'info: Read 0 entries from team.yaml.',
      'warning: emails-file team.yaml lists no address: it is empty, holds only comments, or its list is empty. Nothing is read from it. [Team file team.yaml]',
      'info: Plan for org acme: 0 to invite, 0 invalid, 0 skipped, 0 duplicates.'
    ])
  })

  it('fails with an ActionError when the emails input holds only separators', async () => {
    const run = await runWith({ inputs: { org: 'acme', emails: ',', 'dry-run': 'true' } })
    expect(run.error?.input).toBe('emails')
    expect(run.error?.message).toMatch(/holds no address, only separators/)
  })

  it('fails with an ActionError at its place when the team file does not parse', async () => {
    const run = await runWith({
      inputs: { org: 'acme', 'emails-file': TEAM, 'dry-run': 'true' },
      workspace: { [TEAM]: '- ann@example.com\n- [unclosed\n' }
    })
    expect(run.error?.location?.file).toBe(TEAM)
    expect(run.error?.location?.line).toBeGreaterThan(1)
  })

  it('fails with an ActionError naming emails-file when the file is missing', async () => {
    const run = await runWith({
      inputs: { org: 'acme', 'emails-file': 'nope.yaml', 'dry-run': 'true' }
    })
    expect(run.error?.input).toBe('emails-file')
  })
})

describe('runPipeline: skip-existing', () => {
  it('takes the members out of the plan', async () => {
    api.configure({ members: ['Ann@example.com', 'zed@example.com'], pageSize: 1 })
    const run = await runWith({
      inputs: {
        org: 'acme',
        token: KEY,
        emails: 'ann@example.com bob@example.com',
        'skip-existing': 'true'
      }
    })
    expect(kinds(run.outcome)).toEqual({
      'ann@example.com': 'skipped:member',
      'bob@example.com': 'invited'
    })
    expect(run.log).toContain('info: Org acme has 2 members (2 pages).')
    expect(invitesSent()).toEqual([['bob@example.com']])
  })

  it('is ignored, with a notice, in a dry run without a key', async () => {
    const run = await runWith({
      inputs: { org: 'acme', emails: 'ann@example.com', 'skip-existing': 'true', 'dry-run': 'true' }
    })
    expect(run.outcome?.kind).toBe('dry-run')
    expect(run.log).toContain(
      'notice: skip-existing is ignored in this dry run: listing members needs a token.'
    )
  })

  it('lists nobody when nothing is left to send', async () => {
    const run = await runWith({
      inputs: { org: 'acme', token: KEY, emails: 'bad', 'skip-existing': 'true' }
    })
    expect(api.requests).toEqual([])
    expect(run.outcome?.kind).toBe('sent')
  })

  it("stops before sending when the members cannot be listed, naming the key's org", async () => {
    const key = `x.${Buffer.from('other.sa.x').toString('base64url')}.y`
    const api2 = await startLocalApi({ token: key, orgs: ['other'] })
    try {
      const run = await runWith({
        inputs: {
          org: 'acme',
          token: key,
          emails: 'ann@example.com',
          'skip-existing': 'true',
          'api-url': api2.url
        }
      })
      expect(run.outcome?.kind).toBe('stopped')
      if (run.outcome?.kind !== 'stopped') return
      expect(run.outcome.cause.configuration).toBe(false)
      expect(run.outcome.cause.message).toMatch(
        /^Could not list the members of org 'acme' for skip-existing: HTTP 403 .*The key belongs to org 'other', not 'acme'/
      )
      expect(kinds(run.outcome)).toEqual({ 'ann@example.com': 'error:not_sent' })
      expect(api2.requests.filter(r => r.method === 'POST')).toEqual([])
    } finally {
      await api2.close()
    }
  })
})

describe('runPipeline: only-added', () => {
  it('compares with the base version and sends only the added addresses', async () => {
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n- bob@example.com\n' },
      event: pushed,
      commits: { [BEFORE]: { [TEAM]: '- ann@example.com\n- old@example.com\n' } }
    })
    expect(run.asked).toEqual([`acme/people:team.yaml@${BEFORE}`])
    expect(kinds(run.outcome)).toEqual({
      'ann@example.com': 'skipped:unchanged',
      'bob@example.com': 'invited'
    })
    expect(run.outcome?.plan.removed).toEqual(['old@example.com'])
    expect(run.outcome?.notes).toEqual([
      `only-added: comparing team.yaml with acme/people:team.yaml at ${BEFORE} (the commit before this push).`
    ])
  })

  it('takes a file absent at the base and present at the head as added: everyone is new', async () => {
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: pushed,
      commits: { [AFTER]: { [TEAM]: '- ann@example.com\n' } }
    })
    expect(run.asked).toEqual([`acme/people:team.yaml@${BEFORE}`, `acme/people:team.yaml@${AFTER}`])
    expect(kinds(run.outcome)).toEqual({ 'ann@example.com': 'invited' })
    expect(run.outcome?.notes[0]).toMatch(
      /did not exist at a+ .* and exists at b+ .*skip-existing: true skips/
    )
  })

  it('stops, sending nothing, when the file is absent at both the base and the head', async () => {
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: pushed
    })
    expect(run.outcome?.kind).toBe('stopped')
    if (run.outcome?.kind !== 'stopped') return
    expect(run.outcome.cause.configuration).toBe(true)
    expect(run.outcome.cause.message).toMatch(
      /GitHub has no acme\/people:team.yaml, neither at a+ .* nor at b+/
    )
    expect(kinds(run.outcome)).toEqual({ 'ann@example.com': 'error:not_sent' })
    expect(invitesSent()).toEqual([])
  })

  it('lets the members decide when the base version no longer parses', async () => {
    api.configure({ members: ['ann@example.com'] })
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n- bob@example.com\n' },
      event: pushed,
      commits: { [BEFORE]: { [TEAM]: '- [unclosed\n' } }
    })
    expect(kinds(run.outcome)).toEqual({
      'ann@example.com': 'skipped:member',
      'bob@example.com': 'invited'
    })
    expect(
      run.log.some(l =>
        /^warning: only-added: team.yaml at a+ .* no longer parses.*The parser said/.test(l)
      )
    ).toBe(true)
  })

  it('lets the members decide when there is no base commit (a push that created the branch)', async () => {
    api.configure({ members: ['ann@example.com'] })
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n- bob@example.com\n' },
      event: { eventName: 'push', payload: { before: '0'.repeat(40), after: AFTER } }
    })
    expect(run.asked).toEqual([])
    expect(kinds(run.outcome)).toEqual({
      'ann@example.com': 'skipped:member',
      'bob@example.com': 'invited'
    })
    expect(
      run.log.some(l => l.startsWith('notice: only-added: this push created the branch'))
    ).toBe(true)
  })

  it('fails closed when the members must decide but a dry run has no key', async () => {
    const run = await runWith({
      inputs: { ...onlyAdded({ 'dry-run': 'true' }), token: '' },
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: { eventName: 'workflow_dispatch', payload: {} }
    })
    expect(run.outcome?.kind).toBe('stopped')
    if (run.outcome?.kind !== 'stopped') return
    expect(run.outcome.cause).toEqual({
      message: expect.stringMatching(
        /^only-added: there is no base commit .* needs a key \(token\)/
      ),
      configuration: true
    })
  })

  it('fails closed when the event lacks the fields that name its base', async () => {
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: { eventName: 'pull_request', payload: {}, eventPath: '/nonexistent/event.json' }
    })
    expect(run.outcome?.kind).toBe('stopped')
    if (run.outcome?.kind !== 'stopped') return
    expect(run.outcome.cause.message).toMatch(
      /pull_request event's payload has no 'pull_request.base.sha'.*GITHUB_EVENT_PATH .* does not exist/
    )
    expect(run.asked).toEqual([])
    expect(invitesSent()).toEqual([])
  })

  it('stops when GitHub refuses to give the base version', async () => {
    const run = await runWith({
      inputs: onlyAdded(),
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: pushed,
      githubFails: { status: 403, message: 'Resource not accessible' }
    })
    expect(run.outcome?.kind).toBe('stopped')
    if (run.outcome?.kind !== 'stopped') return
    expect(run.outcome.cause.configuration).toBe(true)
    expect(run.outcome.cause.message).toMatch(
      /^only-added could not read .* \(HTTP 403\): Resource not accessible\. Check that github-token/
    )
  })

  it('stops when github-token is empty', async () => {
    const run = await runWith({
      inputs: onlyAdded({ 'github-token': '' }),
      workspace: { [TEAM]: '- ann@example.com\n' },
      event: pushed
    })
    expect(run.outcome?.kind === 'stopped' && run.outcome.cause.message).toMatch(
      /^Input 'github-token' is empty/
    )
  })
})
