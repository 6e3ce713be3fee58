import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import fc from 'fast-check'
import type { Dispatcher } from '../../src/send/undici.js'
import {
  chunk,
  inviteBody,
  invitePath,
  readInviteResponse,
  sendBatches,
  stopsTheRest,
  type BatchOutcome,
  type SendOptions
} from '../../src/send/batches.js'
import type { ApiFailure } from '../../src/send/failure.js'
import { makeDispatcher, type ClientSettings, type RetryNotice } from '../../src/send/client.js'
import { makeRedactor } from '../../src/secrets.js'
import { startLocalApi } from '../../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>

const KEY = 'batches-test-key-0123456789'
const redact = makeRedactor([KEY])
let api: LocalApi
let dispatcher: Dispatcher

const addresses = (n: number, prefix = 'u'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@x.com`)

function options(overrides: Partial<SendOptions> = {}, settings: Partial<ClientSettings> = {}) {
  const waits: number[] = []
  const opts: SendOptions = {
    settings: {
      apiUrl: api.url,
      token: KEY,
      timeoutMs: 5000,
      maxAttempts: 3,
      userAgent: 'cpln-invite-action/test',
      redact,
      backoffBaseMs: 100,
      maxWaitMs: 1000,
      dispatcher,
      sleep: async ms => {
        waits.push(ms)
      },
      random: () => 0,
      ...settings
    },
    org: 'acme',
    concurrency: 4,
    ...overrides
  }
  return { opts, waits }
}

const kinds = (outcomes: BatchOutcome[]) => outcomes.map(o => o.kind)

beforeAll(async () => {
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
    delete process.env[name]
  }
  dispatcher = makeDispatcher(16)
  api = await startLocalApi({ token: KEY })
})

afterAll(async () => {
  await api.close()
  await dispatcher.destroy()
})

beforeEach(() => {
  api.configure({
    faults: [],
    faultsByEmail: {},
    delayMs: 0,
    strictSchema: false,
    token: KEY,
    refuse: {}
  })
  api.reset()
})

describe('stopsTheRest', () => {
  const f = (over: Partial<ApiFailure>): ApiFailure => ({
    code: 'x',
    message: 'm',
    attempts: 1,
    retriesExhausted: false,
    ...over
  })
  it.each([
    ['a 401', f({ status: 401 }), true],
    ['a 403', f({ status: 403 }), true],
    [
      'a refused connection, retries run out',
      f({ code: 'ECONNREFUSED', attempts: 4, retriesExhausted: true }),
      true
    ],
    ['an unknown host (never retried)', f({ code: 'ENOTFOUND' }), true],
    ['a certificate error (never retried)', f({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), true],
    ['a 503 after all 4 attempts', f({ status: 503, attempts: 4, retriesExhausted: true }), true],
    ['a 503 with max-attempts 1', f({ status: 503, attempts: 1, retriesExhausted: true }), false],
    [
      'a reset with max-attempts 1',
      f({ code: 'ECONNRESET', attempts: 1, retriesExhausted: true }),
      false
    ],
    [
      'a refused connection with max-attempts 1',
      f({ code: 'ECONNREFUSED', attempts: 1, retriesExhausted: true }),
      true
    ],
    ['a 400', f({ status: 400 }), false],
    ['a 404', f({ status: 404 }), false],
    ['a non-JSON 200', f({ status: 200, code: 'bad_response' }), false]
  ])('%s: %s', (_name, failure, stops) => {
    expect(stopsTheRest(failure)).toBe(stops)
  })
})

describe('chunk', () => {
  it('cuts a list into batches of the size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk([1, 2, 3], 3)).toEqual([[1, 2, 3]])
    expect(chunk([1, 2], 10)).toEqual([[1, 2]])
    expect(chunk([], 10)).toEqual([])
  })

  it('keeps every item once, in order, in batches no larger than the size (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const batches = chunk(items, size)
        expect(batches.flat()).toEqual(items)
        expect(batches).toHaveLength(Math.ceil(items.length / size))
        batches.forEach((batch, i) => {
          if (i < batches.length - 1) expect(batch).toHaveLength(size)
          else expect(batch.length).toBeGreaterThanOrEqual(1)
          expect(batch.length).toBeLessThanOrEqual(size)
        })
      })
    )
  })
})

describe('invitePath and inviteBody', () => {
  it('builds the invite path with the org encoded', () => {
    expect(invitePath('acme')).toBe('/org/acme/user/-invite')
    expect(invitePath('a/b?c')).toBe('/org/a%2Fb%3Fc/user/-invite')
  })

  it('sends exactly the published schema without a group: no groupLink key at all', () => {
    const body = inviteBody('acme', ['a@x.com'])
    expect(Object.keys(body)).toEqual(['emails'])
    expect(JSON.stringify(body)).toBe('{"emails":["a@x.com"]}')
  })

  it('adds groupLink when a group is asked for', () => {
    expect(inviteBody('acme', ['a@x.com'], 'viewers')).toEqual({
      emails: ['a@x.com'],
      groupLink: '/org/acme/group/viewers'
    })
  })
})

describe('readInviteResponse', () => {
  it('takes both maps, and absent maps as empty', () => {
    expect(readInviteResponse({ invitations: { a: 'x' }, errors: { b: {} } }, redact)).toEqual({
      ok: true,
      invitations: { a: 'x' },
      errors: { b: {} }
    })
    expect(readInviteResponse({}, redact)).toEqual({ ok: true, invitations: {}, errors: {} })
    expect(readInviteResponse({ errors: { b: 1 }, extra: true }, redact)).toEqual({
      ok: true,
      invitations: {},
      errors: { b: 1 }
    })
  })

  it.each([
    [null, 'null'],
    [[], '[]'],
    ['text', '"text"'],
    [42, '42']
  ])('refuses %j, which is not an object', (body, shown) => {
    expect(readInviteResponse(body, redact)).toEqual({
      ok: false,
      message: `HTTP 200 with a body that is not a JSON object: ${shown}`
    })
  })

  it.each([
    { invitations: null, errors: null },
    { invitations: [], errors: [] },
    { invitations: null },
    { errors: [] }
  ])('takes %j, whose maps are null or [], as empty maps', body => {
    expect(readInviteResponse(body, redact)).toEqual({ ok: true, invitations: {}, errors: {} })
  })

  it.each([
    { invitations: ['a@x.com'] },
    { errors: [{ message: 'no' }] },
    { invitations: {}, errors: 'no' },
    { invitations: 0 }
  ])('refuses %j, whose maps are not objects', body => {
    const read = readInviteResponse(body, redact)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toBe(
      `HTTP 200 whose 'invitations' or 'errors' is not an object: ${JSON.stringify(body)}`
    )
  })

  it('redacts and shortens what it shows', () => {
    const read = readInviteResponse({ invitations: KEY, pad: 'x'.repeat(500) }, redact)
    expect(!read.ok && read.message).not.toContain(KEY)
    expect(!read.ok && read.message).toContain('"invitations":"***"')
    expect(!read.ok && read.message.length).toBeLessThan(320)
  })
})

describe('sendBatches', () => {
  it('sends every batch and returns the answers in batch order', async () => {
    const batches = chunk(addresses(23), 5)
    const seen: [number, string, number][] = []
    const { opts } = options({ onOutcome: (o, count) => seen.push([o.index, o.kind, count]) })
    const outcomes = await sendBatches(batches, opts)
    expect(outcomes.map(o => o.index)).toEqual([0, 1, 2, 3, 4])
    expect(outcomes.map(o => o.emails)).toEqual(batches)
    for (const outcome of outcomes) {
      expect(outcome.kind).toBe('answered')
      if (outcome.kind !== 'answered') continue
      expect(Object.keys(outcome.invitations)).toEqual(outcome.emails)
      expect(outcome.errors).toEqual({})
      expect(outcome.attempts).toBe(1)
    }
    expect(seen.map(s => s[0]).sort()).toEqual([0, 1, 2, 3, 4])
    expect(seen.every(([, kind, count]) => kind === 'answered' && count === 5)).toBe(true)
    // Each address reached the API once, in a body of the published shape.
    const bodies = (list: unknown[]) => list.map(b => JSON.stringify(b)).sort()
    expect(bodies(api.requests.map(r => r.body))).toEqual(
      bodies(batches.map(emails => ({ emails })))
    )
  })

  it('sends nothing for no batches', async () => {
    expect(await sendBatches([], options().opts)).toEqual([])
    expect(api.requests).toHaveLength(0)
  })

  it('keeps at most `concurrency` requests in flight, and uses them all', async () => {
    const delayMs = 80
    api.configure({ delayMs })
    const batches = chunk(addresses(20), 2)
    const started = performance.now()
    const outcomes = await sendBatches(batches, options({ concurrency: 3 }).opts)
    const elapsed = performance.now() - started
    expect(kinds(outcomes).every(k => k === 'answered')).toBe(true)
    // A worker sends its next batch only after the previous answer, `delayMs` later, so
    // the arrivals within any window shorter than `delayMs` are the requests in flight.
    const arrivals = api.requests.map(r => r.at).sort((a, b) => a - b)
    const inFlight = arrivals.map(t => arrivals.filter(u => u >= t && u < t + delayMs - 10).length)
    expect(Math.max(...inFlight)).toBe(3)
    // 10 batches, 3 at a time: 4 rounds, far from 10 one after the other.
    expect(elapsed).toBeGreaterThanOrEqual(4 * delayMs - 5)
  })

  it('sends one batch at a time with concurrency 1', async () => {
    const delayMs = 30
    api.configure({ delayMs })
    await sendBatches(chunk(addresses(4), 1), options({ concurrency: 1 }).opts)
    const arrivals = api.requests.map(r => r.at)
    for (let i = 1; i < arrivals.length; i++) {
      expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(delayMs - 2)
    }
  })

  it('stops after a 401 and marks the batches not yet sent', async () => {
    const batches = chunk(addresses(5), 1)
    const { opts } = options({ concurrency: 1 }, { token: 'wrong-key-0000' })
    const outcomes = await sendBatches(batches, opts)
    expect(kinds(outcomes)).toEqual(['failed', 'not-sent', 'not-sent', 'not-sent', 'not-sent'])
    const first = outcomes[0]
    expect(first?.kind === 'failed' && first.failure.status).toBe(401)
    for (const o of outcomes.slice(1)) {
      expect(o.kind === 'not-sent' && o.because).toBe(first?.kind === 'failed' && first.failure)
    }
    expect(outcomes.map(o => o.emails)).toEqual(batches)
    expect(api.requests).toHaveLength(1)
  })

  it('lets batches already in flight finish, and sends no more after a 401', async () => {
    api.configure({ delayMs: 30 })
    const { opts } = options({ concurrency: 2 }, { token: 'wrong-key-0000' })
    const outcomes = await sendBatches(chunk(addresses(6), 1), opts)
    expect(kinds(outcomes)).toEqual([
      'failed',
      'failed',
      'not-sent',
      'not-sent',
      'not-sent',
      'not-sent'
    ])
    expect(api.requests).toHaveLength(2)
  })

  it('stops after a 403 in a later batch; earlier answers stand', async () => {
    api.configure({ faultsByEmail: { 'u2@x.com': { kind: 'status', status: 403 } } })
    const outcomes = await sendBatches(chunk(addresses(5), 1), options({ concurrency: 1 }).opts)
    expect(kinds(outcomes)).toEqual(['answered', 'answered', 'failed', 'not-sent', 'not-sent'])
    expect(api.requests).toHaveLength(3)
  })

  it('goes on after a 400, and after a single attempt at a 503 (max-attempts 1)', async () => {
    api.configure({
      faultsByEmail: {
        'u1@x.com': { kind: 'status', status: 400, message: 'bad batch' },
        'u3@x.com': { kind: 'status', status: 503 }
      }
    })
    const { opts, waits } = options({ concurrency: 1 }, { maxAttempts: 1 })
    const outcomes = await sendBatches(chunk(addresses(5), 1), opts)
    expect(kinds(outcomes)).toEqual(['answered', 'failed', 'answered', 'failed', 'answered'])
    expect(outcomes[1]).toMatchObject({
      failure: { status: 400, message: 'bad batch', attempts: 1, retriesExhausted: false }
    })
    expect(outcomes[3]).toMatchObject({
      failure: { status: 503, attempts: 1, retriesExhausted: true }
    })
    expect(waits).toEqual([])
  })

  it('stops after a batch whose retries ran out: the API is down', async () => {
    api.configure({ faultsByEmail: { 'u2@x.com': { kind: 'status', status: 503 } } })
    const { opts, waits } = options({ concurrency: 1 })
    const outcomes = await sendBatches(chunk(addresses(5), 1), opts)
    expect(kinds(outcomes)).toEqual(['answered', 'answered', 'failed', 'not-sent', 'not-sent'])
    expect(outcomes[2]).toMatchObject({
      failure: { status: 503, attempts: 3, retriesExhausted: true }
    })
    expect(outcomes[4]).toMatchObject({ because: { status: 503, code: 'service_unavailable' } })
    expect(waits).toEqual([50, 100])
    expect(api.requests.map(r => r.emails)).toEqual([
      ['u0@x.com'],
      ['u1@x.com'],
      ['u2@x.com'],
      ['u2@x.com'],
      ['u2@x.com']
    ])
  })

  it('reports retries with the batch they belong to', async () => {
    api.configure({ faultsByEmail: { 'u1@x.com': { kind: 'status', status: 502, times: 1 } } })
    const notices: [number, RetryNotice][] = []
    const { opts } = options({ concurrency: 1, onRetry: (i, n) => notices.push([i, n]) })
    const outcomes = await sendBatches(chunk(addresses(3), 1), opts)
    expect(kinds(outcomes)).toEqual(['answered', 'answered', 'answered'])
    expect(outcomes[1]).toMatchObject({ attempts: 2 })
    expect(notices).toEqual([
      [1, { attempt: 1, maxAttempts: 3, waitMs: 50, reason: 'HTTP 502 bad_gateway' }]
    ])
  })

  it('passes per-address refusals on as answered', async () => {
    api.configure({ refuse: { 'u1@x.com': { status: 409, code: 'already_exists' } } })
    const [outcome] = await sendBatches([addresses(3)], options().opts)
    expect(outcome?.kind).toBe('answered')
    if (outcome?.kind !== 'answered') return
    expect(Object.keys(outcome.invitations)).toEqual(['u0@x.com', 'u2@x.com'])
    expect(outcome.errors['u1@x.com']).toMatchObject({ status: 409, code: 'already_exists' })
  })

  it.each([
    ['[]', 'HTTP 200 with a body that is not a JSON object: []'],
    [
      '{"invitations":["a@x.com"]}',
      `HTTP 200 whose 'invitations' or 'errors' is not an object: {"invitations":["a@x.com"]}`
    ]
  ])('fails a batch whose 200 answer is %s', async (body, message) => {
    api.configure({ faults: [{ kind: 'raw', body }] })
    const [outcome] = await sendBatches([['a@x.com']], options().opts)
    expect(outcome).toEqual({
      kind: 'failed',
      index: 0,
      emails: ['a@x.com'],
      failure: { status: 200, code: 'bad_response', message, attempts: 1, retriesExhausted: false }
    })
  })

  it('sends groupLink only when a group is given', async () => {
    api.configure({ strictSchema: true })
    const plain = await sendBatches([['a@x.com']], options().opts)
    expect(plain[0]?.kind).toBe('answered')
    expect(api.requests[0]?.body).toEqual({ emails: ['a@x.com'] })

    api.configure({ strictSchema: false })
    const grouped = await sendBatches([['b@x.com']], options({ group: 'viewers' }).opts)
    expect(grouped[0]?.kind).toBe('answered')
    expect(api.requests[1]?.body).toEqual({
      emails: ['b@x.com'],
      groupLink: '/org/acme/group/viewers'
    })
  })
})
