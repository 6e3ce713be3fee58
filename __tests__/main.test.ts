// End-to-end: the bundled dist/index.js on Node 24 against the local Control Plane API,
// driven through the runner's protocol. Each case checks the requests on the wire, the
// outputs, the exit status, and that the key appears nowhere but in ::add-mask:: lines.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalApi } from '../tools/local-api.mjs'
import { startConnectProxy } from './helpers/proxy.js'
import type { ActionRun, RunOptions } from './helpers/run-action.js'
import { CANARY_KEY, commands, findLeaks, runAction } from './helpers/run-action.js'

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
  api.configure({
    faults: [],
    faultsByEmail: {},
    members: [],
    refuse: {},
    delayMs: 0,
    batchLimit: 10,
    orgs: undefined
  })
})

function invites(): { emails: string[]; body: unknown; headers: Record<string, unknown> }[] {
  return api.requests
    .filter(r => r.method === 'POST')
    .map(r => ({
      emails: (r.body as { emails: string[] }).emails,
      body: r.body,
      headers: r.headers
    }))
}

async function act(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const run = await runAction({
    ...options,
    inputs: { org: 'acme', token: CANARY_KEY, 'api-url': api.url, ...inputs }
  })
  expect(findLeaks(run, [CANARY_KEY])).toEqual([])
  return run
}

function json(run: ActionRun, name: string): unknown {
  const value = run.outputs[name]
  expect(value).toBeDefined()
  return JSON.parse(value as string)
}

/** Every address given is in exactly one of invited, errors and skipped. */
function expectAccounted(run: ActionRun, addresses: string[]): void {
  const invited = json(run, 'invited') as string[]
  const errors = Object.keys(json(run, 'errors') as object)
  const skipped = Object.keys(json(run, 'skipped') as object)
  const all = [...invited, ...errors, ...skipped]
  expect([...all].sort()).toEqual([...new Set(addresses)].sort())
}

describe('happy path', () => {
  it('invites the addresses in one request and sets every output', async () => {
    const run = await act({ emails: 'Ann@Example.com, bob@example.com\ncid@example.org' })
    expect(run.code).toBe(0)
    const sent = invites()
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toEqual({
      emails: ['ann@example.com', 'bob@example.com', 'cid@example.org']
    })
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`)
    expect(sent[0]?.headers['content-type']).toBe('application/json')
    expect(sent[0]?.headers.accept).toBe('application/json')
    expect(sent[0]?.headers['user-agent']).toMatch(/^cpln-invite-action\/\d+\.\d+\.\d+$/)
    expect(api.requests[0]?.path).toBe('/org/acme/user/-invite')

    expect(json(run, 'invited')).toEqual(['ann@example.com', 'bob@example.com', 'cid@example.org'])
    expect(Object.keys(json(run, 'invitations') as object).sort()).toEqual([
      'ann@example.com',
      'bob@example.com',
      'cid@example.org'
    ])
    expect(json(run, 'errors')).toEqual({})
    expect(json(run, 'skipped')).toEqual({})
    expect(json(run, 'emails')).toEqual(['ann@example.com', 'bob@example.com', 'cid@example.org'])
    expect(run.outputs['invited-count']).toBe('3')
    expect(run.outputs['error-count']).toBe('0')
    expect(run.summary).toContain('Control Plane invitations for org acme')
    expect(run.summary).toContain('<td>ann@example.com</td>')
    expect(run.summary).toMatch(/\*\*3\*\* invited/)
    expect(run.stdout).toContain('::group::Batch 1/1: 3 addresses')
  })

  it('does not prefix Bearer twice and takes CPLN_TOKEN when token is empty', async () => {
    await act({ emails: 'a@example.com', token: `bearer ${CANARY_KEY}` })
    const run = await runAction({
      inputs: { org: 'acme', emails: 'b@example.com', 'api-url': api.url },
      env: { CPLN_TOKEN: CANARY_KEY }
    })
    expect(run.code).toBe(0)
    expect(findLeaks(run, [CANARY_KEY])).toEqual([])
    expect(invites().map(i => i.headers.authorization)).toEqual([
      `Bearer ${CANARY_KEY}`,
      `Bearer ${CANARY_KEY}`
    ])
  })

  it('splits into batches of batch-size and accounts for every address', async () => {
    const addresses = Array.from({ length: 25 }, (_, i) => `user${i}@example.com`)
    const run = await act({ emails: addresses.join('\n'), 'batch-size': '10', concurrency: '2' })
    expect(run.code).toBe(0)
    expect(
      invites()
        .map(i => i.emails.length)
        .sort()
    ).toEqual([10, 10, 5])
    expect(
      invites()
        .flatMap(i => i.emails)
        .sort()
    ).toEqual([...addresses].sort())
    expect(run.outputs['invited-count']).toBe('25')
    expectAccounted(run, addresses)
  })

  it('reports per-address API errors as warnings, and fails on them with fail-on-errors', async () => {
    api.configure({ members: ['old@example.com'] })
    const inputs = { emails: 'new@example.com old@example.com' }
    const run = await act(inputs)
    expect(run.code).toBe(0)
    expect(json(run, 'invited')).toEqual(['new@example.com'])
    expect(json(run, 'errors')).toMatchObject({
      'old@example.com': { code: 'already_exists', status: 409 }
    })
    expect(commands(run, 'warning').join('\n')).toContain('old@example.com')
    expect(run.outputs['error-count']).toBe('1')

    const strict = await act({ ...inputs, 'fail-on-errors': 'TRUE' })
    expect(strict.code).toBe(1)
    expect(commands(strict, 'error').join('\n')).toContain('fail-on-errors')
  })
})

describe('API refusals', () => {
  it('fails on 400 with status, code, message, id and the affected addresses', async () => {
    api.configure({
      faults: [{ kind: 'status', status: 400, code: 'bad_request', message: 'nope' }]
    })
    const run = await act({ emails: 'a@example.com b@example.com' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    const failure = commands(run, 'error').join('\n')
    expect(failure).toContain('HTTP 400')
    expect(failure).toContain('bad_request')
    expect(failure).toContain('nope')
    expect(failure).toMatch(/id [\w-]+/)
    expect(failure).toContain('a@example.com')
    expect(json(run, 'errors')).toMatchObject({
      'a@example.com': { code: 'bad_request', status: 400, message: 'nope' }
    })
    expectAccounted(run, ['a@example.com', 'b@example.com'])
  })

  it('stops sending after a 403, reports unsent batches as not_sent, and names the key org', async () => {
    api.configure({ orgs: ['other'] })
    const addresses = Array.from({ length: 30 }, (_, i) => `u${i}@example.com`)
    const run = await act({ emails: addresses.join(','), concurrency: '1' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    const errors = json(run, 'errors') as Record<string, { code: string; status?: number }>
    expect(errors['u0@example.com']).toMatchObject({ status: 403, code: 'forbidden' })
    expect(errors['u29@example.com']).toMatchObject({ code: 'not_sent' })
    expect(Object.keys(errors)).toHaveLength(30)
    const failure = commands(run, 'error').join('\n')
    expect(failure).toContain('HTTP 403')
    expect(failure).toContain("belongs to org 'canary-org', not 'acme'")
    expect(json(run, 'invited')).toEqual([])
  })

  it('keeps the ::error under 4 KB when 50 batches fail with a 20,000-character code and id', async () => {
    const body = (n: number) =>
      JSON.stringify({
        status: 400,
        code: `bad_${n % 3}_${'c'.repeat(20_000)}`,
        message: 'nope',
        id: `${n}-${'i'.repeat(20_000)}`
      })
    api.configure({
      faults: Array.from({ length: 50 }, (_, n) => ({ kind: 'raw', status: 400, body: body(n) }))
    })
    const addresses = Array.from({ length: 50 }, (_, i) => `u${i}@example.com`)
    const run = await act({ emails: addresses.join(','), 'batch-size': '1', concurrency: '1' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(50)
    const failure = commands(run, 'error').join('\n')
    expect(Buffer.byteLength(failure)).toBeLessThan(4096)
    expect(failure).toContain(`HTTP 400 bad_0_${'c'.repeat(34)}… - nope (ids 0-${'i'.repeat(38)}…`)
    // The errors output keeps each address its whole answer.
    const errors = json(run, 'errors') as Record<string, { code: string; id: string }>
    expect(errors['u0@example.com']?.code).toHaveLength(20_006)
    expectAccounted(run, addresses)
  })

  it('fails on a wrong key with 401 and never retries it', async () => {
    const run = await act({ emails: 'a@example.com', token: 'wrong-key-123456' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    expect(commands(run, 'error').join('\n')).toContain('HTTP 401')
    expect(json(run, 'errors')).toMatchObject({ 'a@example.com': { status: 401 } })
  })
})

describe('retries', () => {
  it('retries a 429 with Retry-After, then succeeds', async () => {
    api.configure({
      faults: [{ kind: 'status', status: 429, message: 'slow down', retryAfter: '1' }]
    })
    const run = await act({ emails: 'a@example.com' })
    expect(run.code).toBe(0)
    expect(invites()).toHaveLength(2)
    const [first, second] = api.requests
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900)
    expect(run.stdout).toContain('HTTP 429')
    expect(json(run, 'invited')).toEqual(['a@example.com'])
  })

  it('retries 500, 502, 503 and 504, then succeeds', async () => {
    api.configure({
      faults: [500, 502, 503, 504].map(status => ({ kind: 'status', status }))
    })
    const run = await act({ emails: 'a@example.com', 'max-attempts': '5' })
    expect(run.code).toBe(0)
    expect(invites()).toHaveLength(5)
    expect(json(run, 'invited')).toEqual(['a@example.com'])
  })

  it('never retries a quota 429', async () => {
    api.configure({
      faults: [{ kind: 'status', status: 429, message: 'Org quota exceeded for invitations' }]
    })
    const run = await act({ emails: 'a@example.com' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    expect(commands(run, 'error').join('\n')).toContain('quota')
    expectAccounted(run, ['a@example.com'])
    expect(json(run, 'errors')).toMatchObject({ 'a@example.com': { status: 429 } })
  })

  it('gives up after max-attempts when the server never answers in time', async () => {
    api.configure({ faults: [{ kind: 'hang' }, { kind: 'hang' }] })
    const run = await act({ emails: 'a@example.com', 'timeout-seconds': '1', 'max-attempts': '2' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(2)
    expect(run.durationMs).toBeLessThan(10_000)
    const failure = commands(run, 'error').join('\n')
    expect(failure).toContain('timeout')
    expect(failure).toContain('2 attempts')
    expect(json(run, 'errors')).toMatchObject({ 'a@example.com': { code: 'timeout' } })
  })

  it('reports a 200 that is not JSON as a clear error', async () => {
    api.configure({ faults: [{ kind: 'html' }] })
    const run = await act({ emails: 'a@example.com' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    const failure = commands(run, 'error').join('\n')
    expect(failure).toContain('not JSON')
    expect(failure).toContain('text/html')
    expectAccounted(run, ['a@example.com'])
    expect(json(run, 'errors')).toMatchObject({ 'a@example.com': { code: 'bad_response' } })
  })

  it('never leaks the key when the server echoes it back', async () => {
    api.configure({ faults: [{ kind: 'echo-key', status: 400 }] })
    const run = await act({ emails: 'a@example.com' })
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain('***')
    expectAccounted(run, ['a@example.com'])
  })
})

describe('an unreachable or failing API stops the run early', () => {
  it('stops after the first batch whose retries ran out, and reports the rest as not_sent', async () => {
    const addresses = Array.from({ length: 50 }, (_, i) => `u${i}@example.com`)
    const run = await act({
      emails: addresses.join(','),
      'api-url': 'http://127.0.0.1:1',
      concurrency: '1',
      'max-attempts': '2'
    })
    expect(run.code).toBe(1)
    const errors = json(run, 'errors') as Record<string, { code: string; message: string }>
    expect(Object.keys(errors)).toHaveLength(50)
    expect(errors['u0@example.com']?.code).toBe('ECONNREFUSED')
    expect(errors['u49@example.com']).toEqual({
      code: 'not_sent',
      message:
        'an earlier batch failed (ECONNREFUSED, after 2 attempts), so no further batches were sent'
    })
    // Only the batch that was tried counts as sent.
    expect(json(run, 'emails')).toEqual(addresses.slice(0, 10))
    const failure = commands(run, 'error').join('\n')
    expect(failure).toContain('Sending failed for 10 addresses')
    expect(failure).toContain(
      '40 addresses not sent because an earlier batch failed and the rest would have failed the same way'
    )
    expect(run.stdout).toContain('Batch 5/5: 10 addresses: not sent')
  })

  it('stops after a batch that met 503 on every attempt', async () => {
    api.configure({ faults: [{ kind: 'status', status: 503, times: 2 }] })
    const addresses = Array.from({ length: 30 }, (_, i) => `u${i}@example.com`)
    const run = await act({ emails: addresses.join(','), concurrency: '1', 'max-attempts': '2' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(2)
    expect(invites().flatMap(i => i.emails)).toEqual([
      ...addresses.slice(0, 10),
      ...addresses.slice(0, 10)
    ])
    expectAccounted(run, addresses)
    expect((json(run, 'errors') as Record<string, { code: string }>)['u29@example.com']?.code).toBe(
      'not_sent'
    )
  })
})

describe('proxy', () => {
  it('sends through HTTP_PROXY as the runner sets it, and bypasses it for NO_PROXY', async () => {
    const proxy = await startConnectProxy()
    try {
      const through = await runAction({
        inputs: { org: 'acme', token: CANARY_KEY, 'api-url': api.url, emails: 'a@example.com' },
        env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
      })
      expect(through.code).toBe(0)
      expect(findLeaks(through, [CANARY_KEY])).toEqual([])
      expect(proxy.tunnels).toEqual([new URL(api.url).host])
      expect(invites()).toHaveLength(1)

      const bypass = await runAction({
        inputs: { org: 'acme', token: CANARY_KEY, 'api-url': api.url, emails: 'b@example.com' },
        env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }
      })
      expect(bypass.code).toBe(0)
      expect(proxy.tunnels).toHaveLength(1)
      expect(invites()).toHaveLength(2)
    } finally {
      await proxy.close()
    }
  })
})

describe('addresses', () => {
  it('never sends invalid addresses, warns on duplicates, and fails after sending the rest', async () => {
    const run = await act({
      emails: 'good@example.com\nnot-an-address\nGood@Example.com\nbad@nodot\nother@example.com'
    })
    expect(run.code).toBe(1)
    expect(invites().flatMap(i => i.emails)).toEqual(['good@example.com', 'other@example.com'])
    const errors = json(run, 'errors') as Record<string, { code: string }>
    expect(errors['not-an-address']?.code).toBe('invalid_email')
    expect(errors['bad@nodot']?.code).toBe('invalid_email')
    expect(json(run, 'invited')).toEqual(['good@example.com', 'other@example.com'])
    expect(commands(run, 'warning').join('\n')).toContain(
      'good@example.com is listed more than once'
    )
    expect(commands(run, 'error').join('\n')).toContain('2 invalid addresses')
    expect(run.outputs['error-count']).toBe('2')
    expectAccounted(run, ['good@example.com', 'not-an-address', 'bad@nodot', 'other@example.com'])
  })
  /** The exact sets in `emails`, `errors` (each with its code) and `skipped`. */
  function outcome(run: ActionRun) {
    const errors = json(run, 'errors') as Record<string, { code: string }>
    return {
      emails: json(run, 'emails'),
      errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.code])),
      skipped: json(run, 'skipped')
    }
  }

  it('reads an address list pasted from a mail client into emails, losing no one', async () => {
    api.configure({ members: ['eve@x.com'] })
    const run = await act({
      emails:
        '"Lee, Ann" <Ann@X.com>; Bob Stone <bob@x.com>, cid@x.com dave@x.com\n' +
        'Team: <erin@x.com>, Eve <eve@x.com>;\nfay@x.com (Fay, on leave) Gus<gus@x.com>',
      'skip-existing': 'true'
    })
    expect(run.code).toBe(0)
    expect(outcome(run)).toEqual({
      emails: [
        'ann@x.com',
        'bob@x.com',
        'cid@x.com',
        'dave@x.com',
        'erin@x.com',
        'fay@x.com',
        'gus@x.com'
      ],
      errors: {},
      skipped: { 'eve@x.com': 'member' }
    })
    expect(invites().flatMap(i => i.emails)).toEqual(json(run, 'emails'))
  })

  it('refuses the typos of a plain-text team file and sends only the real addresses', async () => {
    const typos = [
      'mailto:dave@acme.io',
      '<erin@acme.io',
      'frank"@acme.io',
      '(gina)@acme.io',
      '[ivy]@acme.io',
      'a:b@acme.io',
      'hal\\@acme.io',
      'jo@acme.io>'
    ]
    const file = [
      '# platform team',
      'ann@acme.io bob@acme.io Cid <cid@acme.io>',
      ...typos,
      'Ima Fool@acme.io',
      'a#b@acme.io  # lead, # starts a comment only at the start of a word',
      'zoë@acme.io, joe@bücher.de'
    ].join('\n')
    const run = await act({ 'emails-file': 'team.txt' }, { files: { 'team.txt': file } })
    expect(run.code).toBe(1)
    const invalid = (keys: string[]) => Object.fromEntries(keys.map(k => [k, 'invalid_email']))
    expect(outcome(run)).toEqual({
      emails: ['ann@acme.io', 'bob@acme.io', 'cid@acme.io', 'fool@acme.io', 'a#b@acme.io'],
      errors: invalid([...typos, 'ima', 'zoë@acme.io', 'joe@bücher.de']),
      skipped: {}
    })
    expect(invites().flatMap(i => i.emails)).toEqual(json(run, 'emails'))
    const errors = json(run, 'errors') as Record<string, { message: string }>
    expect(errors['mailto:dave@acme.io']?.message).toContain(
      'write the address alone, dave@acme.io'
    )
    expect(errors['joe@bücher.de']?.message).toContain('joe@xn--bcher-kva.de')
    expect(errors['zoë@acme.io']?.message).toContain('non-ASCII characters before the @')
    // Each typo is annotated where it stands.
    expect(commands(run, 'error').find(e => e.includes('(gina)@acme.io'))).toMatch(
      /file=team\.txt,line=6,.*col=1/
    )
  })

  it('reads each item of a YAML list as one entry, never split', async () => {
    const run = await act(
      { 'emails-file': 'team.yml', 'dry-run': 'true' },
      { files: { 'team.yml': '- Ima Fool@acme.io\n- ann@acme.io\n- Bob <bob@acme.io>\n' } }
    )
    expect(run.code).toBe(1)
    expect(outcome(run)).toEqual({
      emails: ['ann@acme.io'],
      errors: { 'ima fool@acme.io': 'invalid_email', 'bob <bob@acme.io>': 'invalid_email' },
      skipped: {}
    })
  })
})

describe('team files', () => {
  const shapes: Record<string, string> = {
    'team.yml': '- ann@example.com\n- bob@example.com\n',
    'team.yaml': '- email: ann@example.com\n  name: Ann\n- email: bob@example.com\n',
    'members.yaml': 'members:\n  - ann@example.com\n  - email: bob@example.com\n',
    'team.json': '{"users": [{"email": "ann@example.com"}, "bob@example.com"]}',
    'team.txt': '# platform team\nann@example.com  # lead\n\nbob@example.com\n'
  }
  for (const [name, content] of Object.entries(shapes)) {
    it(`reads ${name}`, async () => {
      const run = await act({ 'emails-file': name }, { files: { [name]: content } })
      expect(run.code).toBe(0)
      expect(invites().flatMap(i => i.emails)).toEqual(['ann@example.com', 'bob@example.com'])
      expect(json(run, 'invited')).toEqual(['ann@example.com', 'bob@example.com'])
      expectAccounted(run, ['ann@example.com', 'bob@example.com'])
    })
  }

  it('selects a nested list with emails-key and merges the emails input', async () => {
    const run = await act(
      {
        'emails-file': 'org/teams.yaml',
        'emails-key': 'teams.platform',
        emails: 'zed@example.com'
      },
      {
        files: {
          'org/teams.yaml':
            'teams:\n  web:\n    - web@example.com\n  platform:\n    - ann@example.com\n'
        }
      }
    )
    expect(run.code).toBe(0)
    expect(
      invites()
        .flatMap(i => i.emails)
        .sort()
    ).toEqual(['ann@example.com', 'zed@example.com'])
  })

  it('points the annotation of an invalid address at its file, line and column', async () => {
    const run = await act(
      { 'emails-file': 'team.yaml' },
      { files: { 'team.yaml': '- ann@example.com\n-   broken@@example.com\n- 42\n' } }
    )
    expect(run.code).toBe(1)
    const errors = commands(run, 'error')
    expect(errors.find(e => e.includes('broken@@example.com'))).toMatch(
      /file=team\.yaml,line=2,.*col=5/
    )
    expect(json(run, 'errors')).toMatchObject({
      'broken@@example.com': { code: 'invalid_email' },
      '42': { code: 'invalid_entry' }
    })
    expect(invites().flatMap(i => i.emails)).toEqual(['ann@example.com'])
  })
})

describe('dry run', () => {
  it("warns when the outputs pass GitHub's 1 MB limit on a job's outputs", async () => {
    const addresses = Array.from({ length: 30_000 }, (_, i) => `someone.${i}@example.com`)
    const run = await act(
      { 'emails-file': 'team.txt', 'dry-run': 'true' },
      { files: { 'team.txt': addresses.join('\n') } }
    )
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.emails ?? '[]')).toHaveLength(30_000)
    expect(commands(run, 'warning').join('\n')).toMatch(
      /outputs total \d+\.\d MB; GitHub keeps at most 1 MB/
    )
  })

  it('does not warn about output size for a normal run', async () => {
    const run = await act({ emails: 'a@example.com', 'dry-run': 'true' })
    expect(commands(run, 'warning')).toEqual([])
  })
  it('sends nothing, needs no key, and reports what would be sent', async () => {
    const run = await runAction({
      inputs: {
        org: 'acme',
        emails: 'a@example.com, b@example.com',
        'dry-run': 'true',
        'api-url': api.url
      }
    })
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.emails ?? '')).toEqual(['a@example.com', 'b@example.com'])
    expect(JSON.parse(run.outputs.invited ?? '')).toEqual([])
    expect(run.summary).toContain('would invite')
  })
})

describe('bad input fails before any request, naming the input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['bad org', { org: 'Acme/../x' }, /Input 'org'/],
    ['bad api-url', { 'api-url': 'http://example.com' }, /Input 'api-url'.*https/],
    ['not a url', { 'api-url': 'not a url' }, /Input 'api-url'/],
    [
      'file outside the workspace',
      { 'emails-file': '../../etc/passwd' },
      /Input 'emails-file'.*inside the workspace/
    ],
    ['missing file', { 'emails-file': 'nope.yaml' }, /Input 'emails-file'.*does not exist/],
    ['bad boolean', { 'dry-run': 'yes' }, /Input 'dry-run' must be true or false/],
    [
      'bad batch size',
      { 'batch-size': '0' },
      /Input 'batch-size' must be a whole number from 1 to 1000/
    ]
  ]
  for (const [name, inputs, message] of cases) {
    it(name, async () => {
      const run = await act({ emails: 'a@example.com', ...inputs })
      expect(run.code).toBe(1)
      expect(api.requests).toHaveLength(0)
      expect(commands(run, 'error').join('\n')).toMatch(message)
    })
  }

  it('missing token', async () => {
    const run = await runAction({
      inputs: { org: 'acme', emails: 'a@example.com', 'api-url': api.url }
    })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(0)
    expect(commands(run, 'error').join('\n')).toMatch(/Input 'token' is required/)
  })
})

describe('API answer shapes', () => {
  const A = 'a@example.com'
  const B = 'b@example.com'

  /** Every output, parsed. */
  function outputs(run: ActionRun): Record<string, unknown> {
    return {
      invitations: json(run, 'invitations'),
      errors: json(run, 'errors'),
      invited: json(run, 'invited'),
      skipped: json(run, 'skipped'),
      emails: json(run, 'emails'),
      removed: json(run, 'removed'),
      'invited-count': run.outputs['invited-count'],
      'error-count': run.outputs['error-count']
    }
  }

  async function answer(body: unknown, inputs: Record<string, string> = {}): Promise<ActionRun> {
    api.configure({ faults: [{ kind: 'raw', body: JSON.stringify(body) }] })
    const run = await act({ emails: `${A} ${B}`, ...inputs })
    expect(invites()).toHaveLength(1)
    api.reset()
    return run
  }

  const both = { [A]: '/org/acme/invitation/1', [B]: '/org/acme/invitation/2' }

  it.each([null, []])(
    'reads errors: %j as no errors (the invitations were created)',
    async errors => {
      const run = await answer({ invitations: both, errors })
      expect(run.code).toBe(0)
      expect(outputs(run)).toEqual({
        invitations: both,
        errors: {},
        invited: [A, B],
        skipped: {},
        emails: [A, B],
        removed: [],
        'invited-count': '2',
        'error-count': '0'
      })
    }
  )

  it.each([null, []])('reads invitations: %j as no invitations', async invitations => {
    const refused = { status: 409, code: 'already_exists', message: 'member', id: 'e-1' }
    const run = await answer({ invitations, errors: { [B]: refused } })
    expect(run.code).toBe(0)
    expect(outputs(run)).toEqual({
      invitations: {},
      errors: { [B]: refused },
      invited: [A],
      skipped: {},
      emails: [A, B],
      removed: [],
      'invited-count': '1',
      'error-count': '1'
    })
    expect(commands(run, 'notice').join('\n')).toContain("in neither 'invitations' nor 'errors'")
  })

  const stray = { status: 400, code: 'invalid', message: 'bad address', id: 'e-9' }

  it('gives unnamed addresses unmatched_error when the API refuses a key that was not sent', async () => {
    const body = { invitations: { [A]: both[A] }, errors: { 'user/42': stray } }
    const run = await answer(body)
    expect(run.code).toBe(0)
    const unmatched = {
      code: 'unmatched_error',
      message: `named in neither 'invitations' nor 'errors' of an answer that refused a key not sent: "user/42" (invalid - bad address)`,
      status: 400,
      id: 'e-9'
    }
    expect(outputs(run)).toEqual({
      invitations: { [A]: both[A] },
      errors: { [B]: unmatched },
      invited: [A],
      skipped: {},
      emails: [A, B],
      removed: [],
      'invited-count': '1',
      'error-count': '1'
    })
    expect(run.stdout).toContain(`✗ ${B}: unmatched_error - named in neither`)
    expect(commands(run, 'warning').join('\n')).toContain(`${B}: unmatched_error`)

    const strict = await answer(body, { 'fail-on-errors': 'true' })
    expect(strict.code).toBe(1)
    expect(outputs(strict)).toEqual(outputs(run))
    expect(commands(strict, 'error').join('\n')).toContain(
      `Control Plane refused 1 address (fail-on-errors is true): ${B}.`
    )
  })

  it('warns with its key and message about a refused key when every address was invited', async () => {
    const body = { invitations: both, errors: { 'user/42': stray } }
    const run = await answer(body)
    expect(run.code).toBe(0)
    expect(outputs(run)).toEqual({
      invitations: both,
      errors: {},
      invited: [A, B],
      skipped: {},
      emails: [A, B],
      removed: [],
      'invited-count': '2',
      'error-count': '0'
    })
    const text = '"user/42" (invalid - bad address)'
    expect(commands(run, 'warning').join('\n')).toContain(text)

    const strict = await answer(body, { 'fail-on-errors': 'true' })
    expect(strict.code).toBe(1)
    expect(outputs(strict)).toEqual(outputs(run))
    expect(commands(strict, 'error').join('\n')).toContain(
      `Control Plane refused 1 key that is not an address sent (fail-on-errors is true): ${text}.`
    )
  })

  it('shows a per-address error given as plain text in the batch log line', async () => {
    const run = await answer({ invitations: { [A]: both[A] }, errors: { [B]: 'domain blocked' } })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`✗ ${B}: error - domain blocked`)
    expect(outputs(run)).toEqual({
      invitations: { [A]: both[A] },
      errors: { [B]: { code: 'error', message: 'domain blocked' } },
      invited: [A],
      skipped: {},
      emails: [A, B],
      removed: [],
      'invited-count': '1',
      'error-count': '1'
    })
  })

  it('groups 50 identical refused batches into one short line with the first ids', async () => {
    const addresses = Array.from({ length: 500 }, (_, i) => `user${i}@example.com`)
    api.configure({
      faults: [
        { kind: 'status', status: 404, code: 'not_found', message: 'Org acme not found', times: 50 }
      ]
    })
    const run = await act({ emails: addresses.join('\n') })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(50)
    const errors = commands(run, 'error')
    expect(errors).toHaveLength(1)
    expect(Buffer.byteLength(errors[0] as string)).toBeLessThan(2048)
    expect(errors[0]).toMatch(
      /^::error::Control Plane refused 500 addresses in 50 batches: HTTP 404 not_found - Org acme not found \(ids [\w-]+, [\w-]+, [\w-]+ \(\+47 more\)\)\. Affected: user0@example\.com, /
    )
    const byAddress = json(run, 'errors') as Record<string, { code: string; id: string }>
    expect(Object.keys(byAddress)).toHaveLength(500)
    expect(new Set(Object.values(byAddress).map(e => e.id)).size).toBe(50)
    expect(run.outputs['invited-count']).toBe('0')
    expect(run.outputs['error-count']).toBe('500')
  })
})
