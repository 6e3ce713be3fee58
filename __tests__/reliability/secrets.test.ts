// Secrets: the canary key (and a github-token canary) must appear nowhere but in ::add-mask::
// lines: not in stdout, stderr, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY or any file the action
// writes, neither whole nor as any 20-character piece. e2e() (harness.ts) checks this for
// every run of the suite; the scenarios here are the ones built to make it leak: a server that
// echoes the key in messages, codes, maps, bodies and headers; debug logging on; the key given
// in odd forms; the key pasted into the wrong input.
import { afterAll, beforeAll, beforeEach, describe, expect } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import { CANARY_KEY } from '../helpers/run-action.js'
import type { Scenario, ScenarioResult } from './harness.js'
import { commandLines, e2e } from './harness.js'
import { scenario } from './tally.js'

const A = ['ann@example.com', 'bob@example.com']
const EMAILS = A.join(', ')
const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

/** A key longer than the 100 characters an input error message quotes before it cuts. */
const LONG_KEY = `s1.${Buffer.from('canary-org.long-sa.x').toString('base64url')}.${'L0NGsecretKEYpart'.repeat(9)}`
/** A GitHub token canary, shaped like a fine-grained token. */
const GITHUB_CANARY = `github_pat_11CANARY0${'GhTokenSecret9'.repeat(5)}`

function secret(name: string, s: Scenario, check?: (r: ScenarioResult) => void): void {
  scenario('secret', name, async () => {
    const r = await e2e(name, s)
    check?.(r)
  })
}

describe('the server echoes the key', () => {
  for (const status of [400, 401, 403, 404, 422]) {
    secret(
      `in the message and a header of a ${status}`,
      {
        api: { faults: [{ kind: 'echo-key', status }] },
        inputs: { emails: EMAILS },
        addresses: A,
        exit: 1
      },
      r => expect(commandLines(r.run, 'error')).toContain('***')
    )
  }

  secret('in a 500 that is retried until the attempts run out, with debug logging on', {
    api: { faults: [{ kind: 'echo-key', status: 500, times: 5 }] },
    inputs: { emails: EMAILS, 'max-attempts': '3' },
    env: DEBUG,
    addresses: A,
    exit: 1,
    retries: true
  })

  secret(
    'in every part of a 200 answer: map values, error codes, messages, ids and keys',
    {
      api: {
        faults: [
          {
            kind: 'raw',
            body: JSON.stringify({
              invitations: {
                'bob@example.com': `/org/acme/invitation/${CANARY_KEY}`,
                [`ghost-${CANARY_KEY}@example.com`]: `Bearer ${CANARY_KEY}`
              },
              errors: {
                'ann@example.com': {
                  status: 409,
                  code: `code-${CANARY_KEY}`,
                  message: `refused for authorization Bearer ${CANARY_KEY}`,
                  id: CANARY_KEY
                },
                [`${CANARY_KEY}@example.com`]: { code: 'x', message: CANARY_KEY }
              }
            })
          }
        ]
      },
      inputs: { emails: EMAILS, 'fail-on-errors': 'true' },
      addresses: A,
      exit: 1
    },
    r => {
      expect(r.out?.invited).toEqual(['bob@example.com'])
      expect(r.out?.errors['ann@example.com']?.message).toContain('***')
    }
  )

  secret('in an HTML 200 and in its Content-Type header', {
    api: {
      faults: [
        {
          kind: 'raw',
          body: `<html><body>Unauthorized: Bearer ${CANARY_KEY}</body></html>`,
          contentType: `text/html; key=${CANARY_KEY}`
        }
      ]
    },
    inputs: { emails: EMAILS },
    addresses: A,
    exit: 1
  })

  secret('in a plain-text 502, URL-encoded and JSON-escaped', {
    api: {
      faults: [
        {
          kind: 'raw',
          status: 502,
          contentType: 'text/plain',
          body: `upstream said ${encodeURIComponent(`Bearer ${CANARY_KEY}`)} ${JSON.stringify(CANARY_KEY)}`,
          times: 2
        }
      ]
    },
    inputs: { emails: EMAILS },
    addresses: A,
    exit: 1,
    retries: true
  })

  secret('in a redirect Location', {
    api: {
      faults: [
        {
          kind: 'status',
          status: 307,
          headers: { location: `https://elsewhere.example/?key=${CANARY_KEY}` }
        }
      ]
    },
    inputs: { emails: EMAILS },
    addresses: A,
    exit: 1
  })

  secret('in the errors of a multi-batch run, with debug logging on', {
    api: { refuse: Object.fromEntries(A.map(a => [a, { message: `nope ${CANARY_KEY}` }])) },
    inputs: { emails: [...A, 'cid@example.com'].join(','), 'batch-size': '1', concurrency: '3' },
    env: DEBUG,
    addresses: [...A, 'cid@example.com'],
    exit: 0
  })
})

describe('the key in odd forms', () => {
  secret('a plain success with debug logging on', {
    inputs: { emails: EMAILS },
    env: DEBUG,
    addresses: A,
    exit: 0
  })

  for (const [label, token] of [
    ['with a Bearer prefix', `Bearer ${CANARY_KEY}`],
    ['with a lower-case bearer prefix and white space around', `  bearer ${CANARY_KEY}\n`]
  ]) {
    secret(`given ${label}`, {
      api: { faults: [{ kind: 'echo-key', status: 400 }] },
      inputs: { emails: EMAILS, token: token as string },
      addresses: A,
      exit: 1
    })
  }

  secret('from CPLN_TOKEN when the token input is empty', {
    api: { faults: [{ kind: 'echo-key', status: 403 }] },
    inputs: { emails: EMAILS, token: '' },
    env: { CPLN_TOKEN: CANARY_KEY },
    addresses: A,
    exit: 1
  })

  secret(
    'in a dry run (nothing is sent, the key is still masked)',
    { inputs: { emails: EMAILS, 'dry-run': 'true' }, env: DEBUG, addresses: A, exit: 0 },
    r => expect(r.requests).toEqual([])
  )
})

describe('the key pasted into the wrong input', () => {
  // A workflow that swaps two lines, e.g. `org: ${{ secrets.CPLN_TOKEN }}`: the input error
  // quotes the value, cut at 100 characters; the cut must not let a piece of the key through.
  for (const input of ['org', 'group', 'api-url', 'batch-size', 'dry-run', 'emails-key']) {
    const withFile = input === 'emails-key'
    secret(`${input} (a ${LONG_KEY.length}-character key)`, {
      inputs: {
        token: LONG_KEY,
        ...(withFile ? { 'emails-file': 'team.yml' } : { emails: EMAILS }),
        [input]: LONG_KEY
      },
      files: withFile ? { 'team.yml': '- ann@example.com\n' } : undefined,
      secrets: [LONG_KEY],
      outputs: false,
      exit: 1
    })
  }

  secret(
    'emails (the key becomes an invalid address)',
    {
      inputs: { emails: `ann@example.com\n${CANARY_KEY}` },
      addresses: ['ann@example.com', '***'],
      exit: 1
    },
    r => expect(r.requests).toEqual([['ann@example.com']])
  )

  secret(
    'a team file (the key on a line of its own)',
    {
      files: { 'team.txt': `ann@example.com\n${CANARY_KEY}\n` },
      inputs: { 'emails-file': 'team.txt' },
      addresses: ['ann@example.com', '***'],
      exit: 1
    },
    r => expect(r.requests).toEqual([['ann@example.com']])
  )
})

// The github-token is used only by only-added, to read the base version of the team file.
// Here: it is masked and never written, on success, on failure and with debug logging on,
// whether the action merely holds it or sends it to a GitHub API that echoes it back.
describe('github-token (same treatment as the key)', () => {
  secret('a success with debug logging on', {
    inputs: { emails: EMAILS, 'github-token': GITHUB_CANARY },
    env: DEBUG,
    secrets: [GITHUB_CANARY],
    addresses: A,
    exit: 0
  })

  secret('a failure where the server echoes the key', {
    api: { faults: [{ kind: 'echo-key', status: 400 }] },
    inputs: { emails: EMAILS, 'github-token': GITHUB_CANARY },
    secrets: [GITHUB_CANARY],
    addresses: A,
    exit: 1
  })

  secret('pasted into org', {
    inputs: { emails: EMAILS, 'github-token': GITHUB_CANARY, org: GITHUB_CANARY },
    secrets: [GITHUB_CANARY],
    outputs: false,
    exit: 1
  })
})

describe('github-token sent to GitHub by only-added (same treatment as the key)', () => {
  // A fake GitHub REST API that accepts GITHUB_CANARY; the base commit of the push is BASE.
  const BASE = 'b'.repeat(40)
  const HEAD = 'c'.repeat(40)
  const BASE_FILE = '- ann@example.com\n- bob@example.com\n- old@example.com\n'
  const HEAD_FILE = '- ann@example.com\n- bob@example.com\n- new@example.com\n'
  const ALL = ['ann@example.com', 'bob@example.com', 'new@example.com']
  /** A wrong token, shaped like a classic one, that GitHub refuses (and may echo). */
  const WRONG_TOKEN = `ghp_WRONGcanary${'Tk7wRoNg'.repeat(4)}`
  let github: FakeGitHub
  let eventPath: string

  beforeAll(async () => {
    github = await startFakeGitHub({ token: GITHUB_CANARY })
    const dir = mkdtempSync(path.join(tmpdir(), 'cpln-secret-event-'))
    eventPath = path.join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ before: BASE }))
  })
  afterAll(async () => {
    await github.close()
  })
  beforeEach(() => {
    github.requests.length = 0
    github.commits = {}
    github.echo = false
  })

  interface OnlyAdded {
    /** The base commit's files, or none at all (the commit does not exist). */
    base?: Record<string, string>
    /** The head commit's files (GITHUB_SHA), asked for when the file is missing at the base. */
    head?: Record<string, string>
    echo: boolean
    token: string
    exit: number
    /** Addresses accounted for in the outputs; omitted when the step stops before them. */
    addresses?: string[]
    outputs?: boolean
    check: (r: ScenarioResult) => void
  }

  function onlyAdded(name: string, o: OnlyAdded): void {
    for (const debug of [false, true]) {
      const label = debug ? `${name}, with debug logging on` : name
      scenario('secret', label, async () => {
        if (o.base) github.commits[BASE] = o.base
        if (o.head) github.commits[HEAD] = o.head
        github.echo = o.echo
        const r = await e2e(label, {
          inputs: { 'emails-file': 'team.yaml', 'only-added': 'true', 'github-token': o.token },
          env: {
            GITHUB_EVENT_NAME: 'push',
            GITHUB_EVENT_PATH: eventPath,
            GITHUB_REPOSITORY: 'acme/people',
            GITHUB_API_URL: github.url,
            GITHUB_SHA: HEAD,
            ...(debug ? DEBUG : {})
          },
          files: { 'team.yaml': HEAD_FILE },
          // Both tokens, whichever was given: 20-character pieces, any case (harness.ts).
          secrets: [GITHUB_CANARY, WRONG_TOKEN],
          addresses: o.addresses,
          outputs: o.outputs,
          exit: o.exit
        })
        // The token really went to GitHub, so there was something to leak.
        expect(github.requests[0]?.path).toBe(`/repos/acme/people/contents/team.yaml?ref=${BASE}`)
        for (const q of github.requests) expect(q.authorization).toBe(`token ${o.token}`)
        o.check(r)
      })
    }
  }

  onlyAdded('the right token, with the base file there', {
    base: { 'team.yaml': BASE_FILE },
    echo: false,
    token: GITHUB_CANARY,
    exit: 0,
    addresses: ALL,
    check: r => {
      expect(r.requests).toEqual([['new@example.com']])
      expect(r.out?.removed).toEqual(['old@example.com'])
    }
  })

  onlyAdded('a wrong token that GitHub echoes in its 401 message', {
    base: { 'team.yaml': BASE_FILE },
    echo: true,
    token: WRONG_TOKEN,
    exit: 1,
    // Nothing is sent, but every address is still reported (not_sent) before the step fails.
    addresses: ALL,
    check: r => {
      expect(r.requests).toEqual([])
      expect(commandLines(r.run, 'error')).toContain('Bad credentials (got token ***)')
    }
  })

  onlyAdded('a 404 that echoes the token (the commit exists without the file)', {
    base: {},
    head: { 'team.yaml': HEAD_FILE },
    echo: true,
    token: GITHUB_CANARY,
    exit: 0,
    addresses: ALL,
    check: r => {
      // Everyone is new; GitHub's message, with the token in it, is not shown.
      expect(r.requests).toEqual([ALL])
      expect(r.run.stdout).toContain(`team.yaml did not exist at ${BASE}`)
    }
  })
})
