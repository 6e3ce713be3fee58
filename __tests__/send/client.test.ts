import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatcher } from '../../src/send/undici.js'
import {
  isPermanentNetworkFailure,
  backoffMs,
  callApi,
  excerpt,
  makeDispatcher,
  MAX_BODY_BYTES,
  parseRetryAfter,
  type ApiResponse,
  type ClientSettings,
  type RetryNotice
} from '../../src/send/client.js'
import { makeRedactor } from '../../src/secrets.js'
import { startLocalApi } from '../../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>

const KEY = 's1.Y2xpZW50LXRlc3Quc2EueA.CLIENTsecretKEY42'
const INVITE = '/org/acme/user/-invite'
const BODY = { emails: ['ann@x.com'] }

let api: LocalApi
let dispatcher: Dispatcher

/** Settings that record each wait instead of sleeping, with jitter fixed at 0.75. */
function settingsFor(
  apiUrl: string,
  overrides: Partial<ClientSettings> = {}
): ClientSettings & { waits: number[] } {
  const waits: number[] = []
  return {
    apiUrl,
    token: KEY,
    timeoutMs: 5000,
    maxAttempts: 4,
    userAgent: 'cpln-invite-action/test',
    redact: makeRedactor([KEY]),
    backoffBaseMs: 1000,
    maxWaitMs: 30_000,
    dispatcher,
    sleep: async ms => {
      waits.push(ms)
    },
    random: () => 0.5,
    waits,
    ...overrides
  }
}

function failed(response: ApiResponse) {
  if (response.ok) throw new Error(`expected a failure, got HTTP ${response.status}`)
  return response.failure
}

/** A plain HTTP server for what the fake API cannot do; it counts the requests it gets. */
async function server(
  handler: Parameters<typeof createServer>[1]
): Promise<{ url: string; hits: IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const hits: IncomingHttpHeaders[] = []
  const s: Server = createServer((req, res) => {
    hits.push(req.headers)
    req.resume()
    req.on('end', () => handler?.(req, res))
  })
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const { port } = s.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>(resolve => {
        s.closeAllConnections()
        s.close(() => resolve())
      })
  }
}

beforeAll(async () => {
  // The dispatcher honours proxy variables; these requests must go straight to 127.0.0.1.
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
    delete process.env[name]
  }
  dispatcher = makeDispatcher(4)
  api = await startLocalApi({ token: KEY })
})

afterAll(async () => {
  await api.close()
  await dispatcher.destroy()
})

beforeEach(() => {
  api.configure({ faults: [], faultsByEmail: {}, delayMs: 0 })
  api.reset()
})

describe('callApi: success and request', () => {
  it('posts JSON and returns the parsed answer after one attempt', async () => {
    const settings = settingsFor(api.url)
    const response = await callApi(settings, 'POST', INVITE, BODY)
    expect(response).toEqual({
      ok: true,
      status: 200,
      attempts: 1,
      body: {
        invitations: { 'ann@x.com': expect.stringMatching(/^\/org\/acme\/invitation\//) },
        errors: {}
      }
    })
    expect(settings.waits).toEqual([])
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]?.body).toEqual(BODY)
  })

  it('sends Authorization (Bearer once), Accept, Content-Type and User-Agent', async () => {
    for (const token of [KEY, `Bearer ${KEY}`, `bearer ${KEY}`]) {
      await callApi(settingsFor(api.url, { token }), 'POST', INVITE, BODY)
    }
    expect(api.requests).toHaveLength(3)
    for (const { headers } of api.requests) {
      expect(headers.authorization).toBe(`Bearer ${KEY}`)
      expect(headers.accept).toBe('application/json')
      expect(headers['content-type']).toBe('application/json')
      expect(headers['user-agent']).toBe('cpln-invite-action/test')
    }
  })

  it('sends no Content-Type and no body with a GET', async () => {
    const response = await callApi(settingsFor(api.url), 'GET', '/org/acme/user')
    expect(response.ok).toBe(true)
    expect(api.requests[0]?.method).toBe('GET')
    expect(api.requests[0]?.headers['content-type']).toBeUndefined()
    expect(api.requests[0]?.body).toBeUndefined()
  })

  it('keeps the path prefix of the API URL', async () => {
    const response = await callApi(settingsFor(`${api.url}/prefix`), 'POST', INVITE, BODY)
    expect(api.requests[0]?.path).toBe(`/prefix${INVITE}`)
    // The fake API has no such route: a 404, which is not retried.
    expect(failed(response)).toMatchObject({ status: 404, code: 'not_found', attempts: 1 })
  })
})

describe('callApi: retried failures', () => {
  it('retries a refused connection and gives up after max attempts', async () => {
    const closed = await server(() => undefined)
    const url = closed.url
    await closed.close()
    const notices: RetryNotice[] = []
    const settings = settingsFor(url, { maxAttempts: 3 })
    const failure = failed(await callApi(settings, 'POST', INVITE, BODY, n => notices.push(n)))
    expect(failure).toEqual({
      code: 'ECONNREFUSED',
      message: 'the connection was refused',
      attempts: 3,
      retriesExhausted: true
    })
    expect(settings.waits).toEqual([750, 1500])
    expect(notices).toEqual([
      { attempt: 1, maxAttempts: 3, waitMs: 750, reason: 'the connection was refused' },
      { attempt: 2, maxAttempts: 3, waitMs: 1500, reason: 'the connection was refused' }
    ])
  })

  it('retries a reset connection, then succeeds', async () => {
    api.configure({ faults: [{ kind: 'drop' }, { kind: 'reset-mid-body' }] })
    const settings = settingsFor(api.url)
    const response = await callApi(settings, 'POST', INVITE, BODY)
    expect(response).toMatchObject({ ok: true, status: 200, attempts: 3 })
    expect(settings.waits).toEqual([750, 1500])
    expect(api.requests).toHaveLength(3)
  })

  it('reports a connection reset on every attempt', async () => {
    api.configure({ faults: [{ kind: 'drop', times: 10 }] })
    const failure = failed(
      await callApi(settingsFor(api.url, { maxAttempts: 2 }), 'POST', INVITE, BODY)
    )
    expect(failure).toEqual({
      code: 'ECONNRESET',
      message: 'the connection was reset',
      attempts: 2,
      retriesExhausted: true
    })
    expect(api.requests).toHaveLength(2)
  })

  it.each([
    ['hang', { kind: 'hang' as const, times: 10 }],
    ['trickle', { kind: 'trickle' as const, intervalMs: 20, times: 10 }]
  ])(
    'times out a server that does not finish (%s) within timeoutMs, and retries',
    async (_name, fault) => {
      api.configure({ faults: [fault] })
      const settings = settingsFor(api.url, { timeoutMs: 150, maxAttempts: 2 })
      const started = performance.now()
      const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
      const elapsed = performance.now() - started
      expect(failure).toEqual({
        code: 'timeout',
        message: 'no complete response within 0.15 s (timeout-seconds)',
        attempts: 2,
        retriesExhausted: true
      })
      expect(elapsed).toBeGreaterThanOrEqual(290)
      expect(elapsed).toBeLessThan(2000)
      expect(api.requests).toHaveLength(2)
    }
  )

  it.each([500, 502, 503, 504])('retries HTTP %i, then succeeds', async status => {
    api.configure({ faults: [{ kind: 'status', status }] })
    const settings = settingsFor(api.url)
    const response = await callApi(settings, 'POST', INVITE, BODY)
    expect(response).toMatchObject({ ok: true, status: 200, attempts: 2 })
    expect(settings.waits).toEqual([750])
  })

  it.each([500, 502, 503, 504])('gives up on HTTP %i after max attempts', async status => {
    api.configure({ faults: [{ kind: 'status', status, times: 10 }] })
    const settings = settingsFor(api.url)
    const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
    expect(failure).toMatchObject({ status, attempts: 4, retriesExhausted: true })
    expect(failure.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(settings.waits).toEqual([750, 1500, 3000])
    expect(api.requests).toHaveLength(4)
  })

  it('sends once and gives up at once with max-attempts 1', async () => {
    api.configure({ faults: [{ kind: 'status', status: 503, times: 10 }] })
    const settings = settingsFor(api.url, { maxAttempts: 1 })
    const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
    expect(failure).toMatchObject({ status: 503, attempts: 1, retriesExhausted: true })
    expect(settings.waits).toEqual([])
    expect(api.requests).toHaveLength(1)
  })

  it('retries a 429 that is not about a quota', async () => {
    api.configure({ faults: [{ kind: 'status', status: 429, message: 'slow down' }] })
    const notices: RetryNotice[] = []
    const settings = settingsFor(api.url)
    const response = await callApi(settings, 'POST', INVITE, BODY, n => notices.push(n))
    expect(response).toMatchObject({ ok: true, attempts: 2 })
    expect(notices).toEqual([
      { attempt: 1, maxAttempts: 4, waitMs: 750, reason: 'HTTP 429 too_many_requests' }
    ])
  })

  it('honours Retry-After in seconds', async () => {
    api.configure({ faults: [{ kind: 'status', status: 429, retryAfter: 7 }] })
    const settings = settingsFor(api.url)
    expect((await callApi(settings, 'POST', INVITE, BODY)).ok).toBe(true)
    expect(settings.waits).toEqual([7000])
  })

  it('honours Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 20_000).toUTCString()
    api.configure({ faults: [{ kind: 'status', status: 503, retryAfter: date }] })
    const settings = settingsFor(api.url)
    expect((await callApi(settings, 'POST', INVITE, BODY)).ok).toBe(true)
    expect(settings.waits).toHaveLength(1)
    // The date has a one-second resolution and some time passed since it was made.
    expect(settings.waits[0]).toBeGreaterThan(17_000)
    expect(settings.waits[0]).toBeLessThanOrEqual(20_000)
  })

  it('caps a huge Retry-After at maxWaitMs', async () => {
    api.configure({
      faults: [
        { kind: 'status', status: 429, retryAfter: 86_400 * 365 },
        { kind: 'status', status: 503, retryAfter: '9'.repeat(400) }
      ]
    })
    const settings = settingsFor(api.url, { maxWaitMs: 12_345 })
    expect((await callApi(settings, 'POST', INVITE, BODY)).ok).toBe(true)
    expect(settings.waits).toEqual([12_345, 12_345])
  })

  it('falls back to backoff for an unreadable Retry-After', async () => {
    api.configure({
      faults: [
        { kind: 'status', status: 429, retryAfter: 'soon' },
        { kind: 'status', status: 503, retryAfter: '-1' }
      ]
    })
    const settings = settingsFor(api.url)
    expect((await callApi(settings, 'POST', INVITE, BODY)).ok).toBe(true)
    expect(settings.waits).toEqual([750, 1500])
  })

  it('honours a fractional Retry-After instead of retrying at once', async () => {
    api.configure({ faults: [{ kind: 'status', status: 503, retryAfter: '1.5' }] })
    const settings = settingsFor(api.url)
    expect((await callApi(settings, 'POST', INVITE, BODY)).ok).toBe(true)
    expect(settings.waits).toEqual([1500])
  })
})

describe('callApi: failures that are never retried', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found']
  ])('HTTP %i fails at once with the API error', async (status, code) => {
    api.configure({ faults: [{ kind: 'status', status, message: `nope ${status}`, times: 10 }] })
    const settings = settingsFor(api.url)
    const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
    expect(failure).toEqual({
      status,
      code,
      message: `nope ${status}`,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      attempts: 1,
      retriesExhausted: false
    })
    expect(settings.waits).toEqual([])
    expect(api.requests).toHaveLength(1)
  })

  it('a real 401 from a wrong key', async () => {
    const failure = failed(
      await callApi(settingsFor(api.url, { token: 'wrong-key-1234' }), 'POST', INVITE, BODY)
    )
    expect(failure).toMatchObject({ status: 401, code: 'unauthorized', attempts: 1 })
  })

  it('a 429 about a quota is permanent', async () => {
    api.configure({
      faults: [{ kind: 'status', status: 429, message: 'Org Quota exceeded for users', times: 10 }]
    })
    const settings = settingsFor(api.url)
    const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
    expect(failure).toMatchObject({ status: 429, attempts: 1, retriesExhausted: false })
    expect(failure.message).toBe('Org Quota exceeded for users')
    expect(api.requests).toHaveLength(1)
  })

  it.each([301, 302, 303, 307, 308])('does not follow a %i redirect', async status => {
    const target = await server((_req, res) => res.end('{"invitations":{},"errors":{}}'))
    const redirector = await server((_req, res) => {
      res.writeHead(status, { location: `${target.url}${INVITE}` })
      res.end()
    })
    try {
      const settings = settingsFor(redirector.url)
      const failure = failed(await callApi(settings, 'POST', INVITE, BODY))
      expect(failure).toEqual({
        status,
        code: 'redirect',
        message:
          `HTTP ${status} redirect to ${target.url}${INVITE}; redirects are not followed: ` +
          'check that api-url is the API address (https://api.cpln.io)',
        attempts: 1,
        retriesExhausted: false
      })
      expect(redirector.hits).toHaveLength(1)
      expect(target.hits).toHaveLength(0)
    } finally {
      await Promise.all([target.close(), redirector.close()])
    }
  })

  it('a 200 that is not JSON fails once, showing the content type and a piece of the body', async () => {
    api.configure({ faults: [{ kind: 'html', times: 10 }] })
    const failure = failed(await callApi(settingsFor(api.url), 'POST', INVITE, BODY))
    expect(failure).toMatchObject({
      status: 200,
      code: 'bad_response',
      attempts: 1,
      retriesExhausted: false
    })
    expect(failure.message).toMatch(
      /^HTTP 200 with a body that is not JSON \(text\/html; charset=utf-8\): <!DOCTYPE html> <html>/
    )
    expect(failure.message).not.toMatch(/[\r\n]/)
  })

  it('a truncated or empty 200 is a bad response too', async () => {
    api.configure({
      faults: [
        { kind: 'truncated-json' },
        { kind: 'raw', body: '', contentType: 'application/json' }
      ]
    })
    const first = failed(await callApi(settingsFor(api.url), 'POST', INVITE, BODY))
    expect(first).toMatchObject({ status: 200, code: 'bad_response', attempts: 1 })
    const second = failed(await callApi(settingsFor(api.url), 'POST', INVITE, BODY))
    expect(second.message).toBe('HTTP 200 with a body that is not JSON (application/json): (empty)')
  })

  it('stops reading a body larger than MAX_BODY_BYTES, and does not retry', async () => {
    // 2 GiB announced and streamed: reading it all would take seconds and gigabytes.
    for (const chunked of [false, true]) {
      api.reset()
      api.configure({ faults: [{ kind: 'huge', bytes: 2 * 1024 ** 3, chunked, times: 10 }] })
      const before = process.memoryUsage()
      const started = performance.now()
      const failure = failed(await callApi(settingsFor(api.url), 'POST', INVITE, BODY))
      const elapsed = performance.now() - started
      const after = process.memoryUsage()
      expect(failure).toMatchObject({
        code: 'response_too_large',
        attempts: 1,
        retriesExhausted: false
      })
      // The message names the limit and quotes the start of the body, as for non-JSON.
      expect(failure.message).toMatch(
        new RegExp(
          `^HTTP 200 with a body larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was not read \\(it starts: .{20,}\\)$`
        )
      )
      expect(api.requests).toHaveLength(1)
      expect(elapsed).toBeLessThan(3000)
      expect(after.rss - before.rss).toBeLessThan(128 * 1024 * 1024)
    }
  })

  it('reads a body just under the limit', async () => {
    api.configure({ faults: [{ kind: 'huge', bytes: MAX_BODY_BYTES - 1024 }] })
    const response = await callApi(settingsFor(api.url), 'POST', INVITE, BODY)
    expect(response).toMatchObject({ ok: true, status: 200, attempts: 1 })
  })
})

describe('redaction of the key', () => {
  const forms = [KEY, encodeURIComponent(`Bearer ${KEY}`)]
  const leaks = (value: unknown): boolean => {
    const text = JSON.stringify(value)
    return forms.some(f => text.includes(f)) || text.includes(KEY.slice(10))
  }

  it.each([400, 401, 403, 500])('hides the key a %i error message echoes', async status => {
    api.configure({ faults: [{ kind: 'echo-key', status, times: 10 }] })
    const notices: RetryNotice[] = []
    const failure = failed(
      await callApi(settingsFor(api.url, { maxAttempts: 2 }), 'POST', INVITE, BODY, n =>
        notices.push(n)
      )
    )
    expect(failure.message).toBe('rejected request with authorization ***')
    expect(leaks(failure)).toBe(false)
    expect(leaks(notices)).toBe(false)
  })

  it('hides the key wherever a server puts it: code, id, text bodies and redirects', async () => {
    const echo = await server((req, res) => {
      const auth = req.headers.authorization ?? ''
      const kind = req.url?.slice(1)
      if (kind === 'json') {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ code: `bad ${auth}`, message: auth, id: auth }))
      } else if (kind === 'text') {
        res.writeHead(403, { 'content-type': 'text/plain' })
        res.end(`forbidden for ${auth}\n${encodeURIComponent(auth)}`)
      } else if (kind === 'ok-text') {
        res.writeHead(200, { 'content-type': `text/plain; key=${auth}` })
        res.end(`not json ${auth}`)
      } else if (kind === 'redirect') {
        res.writeHead(302, { location: `https://elsewhere.example/?t=${encodeURIComponent(auth)}` })
        res.end()
      } else {
        res.writeHead(503, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ code: `busy-${auth.slice(7)}`, message: 'try later' }))
      }
    })
    try {
      for (const kind of ['json', 'text', 'ok-text', 'redirect', 'retry']) {
        const notices: RetryNotice[] = []
        const settings = settingsFor(echo.url, { maxAttempts: 2 })
        const failure = failed(
          await callApi(settings, 'POST', `/${kind}`, BODY, n => notices.push(n))
        )
        expect([kind, leaks(failure), leaks(notices)]).toEqual([kind, false, false])
        expect(JSON.stringify(failure)).toContain('***')
      }
      expect(echo.hits).toHaveLength(6)
    } finally {
      await echo.close()
    }
  })
})

describe('parseRetryAfter, backoffMs and excerpt', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('Sun, 01 Mar 2026 10:00:00 GMT')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 5 ', now)).toBe(5000)
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
  })

  it('reads fractional seconds as seconds, and other numbers not as dates', () => {
    const now = Date.parse('Sun, 01 Mar 2026 10:00:00 GMT')
    expect(parseRetryAfter('1.5', now)).toBe(1500)
    expect(parseRetryAfter('-1', now)).toBeUndefined()
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('1e3', now)).toBeUndefined()
  })

  it('doubles the backoff with jitter between half and all of it, capped', () => {
    const base = settingsFor(api.url, { backoffBaseMs: 100, maxWaitMs: 1000 })
    const at = (random: number, attempt: number, asked?: number) =>
      backoffMs({ ...base, random: () => random }, attempt, asked)
    expect([1, 2, 3, 4].map(n => at(0, n))).toEqual([50, 100, 200, 400])
    expect([1, 2, 3, 4].map(n => at(0.999999, n)).map(Math.round)).toEqual([100, 200, 400, 800])
    expect(at(0.5, 10)).toBe(1000)
    expect(at(0.5, 1, 5000)).toBe(1000)
    expect(at(0.5, 1, 0)).toBe(0)
  })

  it('makes a single-line, redacted, bounded excerpt', () => {
    const redact = makeRedactor([KEY])
    expect(excerpt(`a\r\nb\u0000c ${KEY}`, redact)).toBe('a b c ***')
    expect(excerpt('x'.repeat(300), redact)).toBe(`${'x'.repeat(200)}…`)
  })
})

describe('isPermanentNetworkFailure', () => {
  it.each([
    ['response_too_large', true],
    ['ENOTFOUND', true],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', true],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', true],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', true],
    ['SELF_SIGNED_CERT_IN_CHAIN', true],
    ['CERT_HAS_EXPIRED', true],
    ['ERR_TLS_CERT_ALTNAME_INVALID', true],
    ['ERR_SSL_WRONG_VERSION_NUMBER', true],
    ['ECONNREFUSED', false],
    ['ECONNRESET', false],
    ['EAI_AGAIN', false],
    ['timeout', false],
    ['UND_ERR_SOCKET', false]
  ])('%s: never retried = %s', (code, permanent) => {
    expect(isPermanentNetworkFailure(code)).toBe(permanent)
  })
})
