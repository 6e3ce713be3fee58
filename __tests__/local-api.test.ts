import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startLocalApi } from '../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>

const KEY = 'test-key'
const AUTH = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }

interface Answer {
  status: number
  headers: Headers
  json: unknown
}

async function invite(
  api: LocalApi,
  body: unknown,
  { org = 'acme', headers = AUTH as Record<string, string> } = {}
): Promise<Answer> {
  const res = await fetch(`${api.url}/org/${org}/user/-invite`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, json: JSON.parse(text) }
}

async function get(api: LocalApi, path: string, headers: Record<string, string> = AUTH) {
  const res = await fetch(`${api.url}${path}`, { headers })
  return { status: res.status, headers: res.headers, json: (await res.json()) as unknown }
}

interface Link {
  rel: string
  href: string
}
interface ListPage {
  kind: string
  itemKind: string
  items: { id: string; name: string; email: string; kind: string; links: Link[] }[]
  links: Link[]
}

async function getPage(api: LocalApi, path: string) {
  const res = await get(api, path)
  const page = res.json as ListPage
  return { ...res, page, next: page.links?.find(l => l.rel === 'next')?.href }
}

interface RawResult {
  status?: number
  headers?: IncomingHttpHeaders
  body: Buffer
  error?: string
}

/** One request on a fresh connection; resolves with whatever arrived, also on errors. */
function raw(
  api: LocalApi,
  body: unknown,
  { timeoutMs = 2000, maxBytes = Infinity }: { timeoutMs?: number; maxBytes?: number } = {}
): Promise<RawResult> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let size = 0
    const result: RawResult = { body: Buffer.alloc(0) }
    const finish = (error?: string) => {
      clearTimeout(timer)
      result.body = Buffer.concat(chunks)
      if (error && !result.error) result.error = error
      resolve(result)
    }
    const req = httpRequest(
      `${api.url}/org/acme/user/-invite`,
      { method: 'POST', headers: AUTH, agent: false },
      res => {
        result.status = res.statusCode
        result.headers = res.headers
        res.on('data', (c: Buffer) => {
          size += c.length
          if (size <= maxBytes) chunks.push(c)
          else req.destroy(new Error('too big'))
        })
        res.on('end', () => finish())
        res.on('aborted', () => finish('aborted'))
        res.on('error', e => finish(e.message))
      }
    )
    const timer = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs)
    req.on('error', e => finish(e.message))
    req.end(JSON.stringify(body))
  })
}

function expectApiError(json: unknown, status: number, code: string) {
  expect(json).toEqual({
    status,
    code,
    message: expect.any(String),
    id: expect.stringMatching(/^[0-9a-f-]{36}$/)
  })
}

describe('local Control Plane API', () => {
  let api: LocalApi

  beforeAll(async () => {
    api = await startLocalApi()
  })
  afterAll(async () => {
    await api.close()
  })

  function fresh(patch: Parameters<LocalApi['configure']>[0] = {}) {
    api.configure({
      token: KEY,
      orgs: undefined,
      batchLimit: undefined,
      members: undefined,
      refuse: undefined,
      users: undefined,
      delayMs: undefined,
      faults: [],
      faultsByEmail: undefined,
      strictSchema: undefined,
      pageSize: undefined,
      userListStatus: undefined,
      userListLoop: undefined,
      record: undefined,
      groups: undefined,
      deleteStatus: undefined,
      protectedStatus: undefined,
      deleteFaults: [],
      deleteFaultsByUser: undefined,
      groupFaults: [],
      ...patch
    })
    api.reset()
  }

  describe('basics', () => {
    it('listens on 127.0.0.1 and reports url and port', () => {
      expect(api.url).toBe(`http://127.0.0.1:${api.port}`)
      expect(api.port).toBeGreaterThan(0)
    })

    it('invites every address, keyed as sent, with a content-type json answer', async () => {
      fresh()
      const res = await invite(api, { emails: ['Ann@Example.com', 'bob@example.com'] })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/json')
      expect(res.json).toEqual({
        invitations: {
          'Ann@Example.com': expect.stringMatching(/^\/org\/acme\/invitation\/.+/),
          'bob@example.com': expect.stringMatching(/^\/org\/acme\/invitation\/.+/)
        },
        errors: {}
      })
    })

    it('accepts an empty list and content-type with a charset', async () => {
      fresh()
      const res = await invite(
        api,
        { emails: [] },
        { headers: { ...AUTH, 'content-type': 'application/json; charset=utf-8' } }
      )
      expect(res).toMatchObject({ status: 200, json: { invitations: {}, errors: {} } })
    })

    it('records requests with method, raw path, lowercased headers, body, emails and time', async () => {
      fresh()
      await invite(api, { emails: ['a@x.com'] }, { headers: { ...AUTH, 'X-Custom': 'yes' } })
      await get(api, '/org/acme/user?cursor=0')
      expect(api.requests).toHaveLength(2)
      const [first, second] = api.requests
      expect(first).toMatchObject({
        method: 'POST',
        path: '/org/acme/user/-invite',
        body: { emails: ['a@x.com'] },
        emails: ['a@x.com']
      })
      expect(first?.headers['x-custom']).toBe('yes')
      expect(first?.headers.authorization).toBe(`Bearer ${KEY}`)
      expect(typeof first?.at).toBe('number')
      expect(second).toMatchObject({ method: 'GET', path: '/org/acme/user?cursor=0' })
      expect(second?.emails).toBeUndefined()
      expect(second!.at).toBeGreaterThanOrEqual(first!.at)
    })

    it('records invalid JSON as the raw string; reset() keeps the same array', async () => {
      fresh()
      const before = api.requests
      await invite(api, '{"emails": [')
      expect(api.requests[0]?.body).toBe('{"emails": [')
      api.reset()
      expect(api.requests).toBe(before)
      expect(api.requests).toHaveLength(0)
    })

    it('does not record with record: false', async () => {
      fresh({ record: false })
      await invite(api, { emails: ['a@x.com'] })
      expect(api.requests).toHaveLength(0)
    })

    it('answers 404 with an error object for unknown routes, and records them', async () => {
      fresh()
      const res = await get(api, '/nope?x=1')
      expect(res.status).toBe(404)
      expectApiError(res.json, 404, 'not_found')
      const wrongMethod = await get(api, '/org/acme/user/-invite')
      expect(wrongMethod.status).toBe(404)
      expect(api.requests.map(r => r.path)).toEqual(['/nope?x=1', '/org/acme/user/-invite'])
    })
  })

  describe('auth and org access', () => {
    it.each([
      ['missing', { 'content-type': 'application/json' }],
      ['wrong key', { ...AUTH, authorization: 'Bearer other' }],
      ['bare key', { ...AUTH, authorization: KEY }],
      ['lowercase scheme', { ...AUTH, authorization: `bearer ${KEY}` }]
    ])('rejects a %s Authorization header with 401', async (_name, headers) => {
      fresh()
      const res = await invite(api, { emails: ['a@x.com'] }, { headers })
      expect(res.status).toBe(401)
      expectApiError(res.json, 401, 'unauthorized')
      expect(JSON.stringify(res.json)).not.toContain('other')
    })

    it('uses the configured token, for the user endpoints too', async () => {
      fresh({ token: 's3cret' })
      const ok = await invite(
        api,
        { emails: ['a@x.com'] },
        { headers: { ...AUTH, authorization: 'Bearer s3cret' } }
      )
      expect(ok.status).toBe(200)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(401)
      expect((await get(api, '/org/acme/user')).status).toBe(401)
      expect((await get(api, '/org/acme/user/a@x.com')).status).toBe(401)
    })

    it('answers 403 for orgs the key may not act on', async () => {
      fresh({ orgs: ['acme'] })
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
      const res = await invite(api, { emails: ['a@x.com'] }, { org: 'other' })
      expect(res.status).toBe(403)
      expectApiError(res.json, 403, 'forbidden')
      expect((res.json as { message: string }).message).toMatch(/^Access denied/)
      expect((await get(api, '/org/other/user')).status).toBe(403)
    })
  })

  describe('request validation', () => {
    it.each([
      ['an extra property', { emails: ['a@x.com'], role: 'admin' }],
      ['emails not an array', { emails: 'a@x.com' }],
      ['a non-string item', { emails: ['a@x.com', 7] }],
      ['an array body', ['a@x.com']],
      ['null body', null],
      ['groupLink of another org', { emails: ['a@x.com'], groupLink: '/org/other/group/dev' }],
      ['groupLink not a link', { emails: ['a@x.com'], groupLink: 'dev' }],
      ['groupLink not a string', { emails: ['a@x.com'], groupLink: 5 }]
    ])('rejects %s with 400', async (_name, body) => {
      fresh()
      const res = await invite(api, body)
      expect(res.status).toBe(400)
      expectApiError(res.json, 400, 'bad_request')
    })

    it('rejects invalid JSON and a wrong or missing content-type', async () => {
      fresh()
      expect((await invite(api, '{"emails": [')).status).toBe(400)
      const wrongType = await invite(
        api,
        { emails: ['a@x.com'] },
        { headers: { ...AUTH, 'content-type': 'text/plain' } }
      )
      expect(wrongType.status).toBe(400)
      const res = await fetch(`${api.url}/org/acme/user/-invite`, {
        method: 'POST',
        headers: { authorization: AUTH.authorization },
        body: new Uint8Array(Buffer.from('{"emails":["a@x.com"]}'))
      })
      expect(res.status).toBe(400)
      expectApiError(await res.json(), 400, 'bad_request')
    })

    it('accepts groupLink of the same org, unless strictSchema', async () => {
      fresh()
      const body = { emails: ['a@x.com'], groupLink: '/org/acme/group/developers' }
      expect((await invite(api, body)).status).toBe(200)
      api.configure({ strictSchema: true })
      expect((await invite(api, body)).status).toBe(400)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })

    it('enforces the batch limit (default 10, configurable)', async () => {
      fresh()
      const eleven = Array.from({ length: 11 }, (_, i) => `u${i}@x.com`)
      expect((await invite(api, { emails: eleven.slice(0, 10) })).status).toBe(200)
      const res = await invite(api, { emails: eleven })
      expect(res.status).toBe(400)
      expect(res.json).toMatchObject({
        code: 'bad_request',
        message: 'at most 10 emails per request'
      })
      api.configure({ batchLimit: 2 })
      expect((await invite(api, { emails: eleven.slice(0, 3) })).json).toMatchObject({
        message: 'at most 2 emails per request'
      })
    })
  })

  describe('members and refusals', () => {
    it('puts existing members (case-insensitive) and refused addresses in errors', async () => {
      fresh({
        members: ['Ann@Example.com'],
        refuse: { 'Bad@X.com': { status: 400, code: 'invalid_email', message: 'nope' } }
      })
      const res = await invite(api, {
        emails: ['ann@example.com', 'bad@x.com', 'new@x.com']
      })
      expect(res.status).toBe(200)
      expect(res.json).toEqual({
        invitations: { 'new@x.com': expect.any(String) },
        errors: {
          'ann@example.com': {
            status: 409,
            code: 'already_exists',
            message: expect.stringContaining('already a member'),
            id: expect.any(String)
          },
          'bad@x.com': {
            status: 400,
            code: 'invalid_email',
            message: 'nope',
            id: expect.any(String)
          }
        }
      })
    })

    it('configure() merges: other options survive', async () => {
      fresh({ members: ['a@x.com'] })
      api.configure({ batchLimit: 5 })
      const res = await invite(api, { emails: ['a@x.com'] })
      expect(Object.keys((res.json as { errors: object }).errors)).toEqual(['a@x.com'])
    })
  })

  describe('delay', () => {
    it('delays invite answers by delayMs', async () => {
      fresh({ delayMs: 120 })
      const started = Date.now()
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
      expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    })
  })

  describe('faults', () => {
    it('takes faults from the queue in order, then answers normally', async () => {
      fresh({
        faults: [
          { kind: 'status', status: 503 },
          {
            kind: 'status',
            status: 429,
            code: 'rate_limited',
            message: 'slow down',
            retryAfter: 2,
            headers: { 'x-extra': '1' }
          }
        ]
      })
      const first = await invite(api, { emails: ['a@x.com'] })
      expect(first.status).toBe(503)
      expectApiError(first.json, 503, 'service_unavailable')
      const second = await invite(api, { emails: ['a@x.com'] })
      expect(second.status).toBe(429)
      expect(second.json).toMatchObject({ status: 429, code: 'rate_limited', message: 'slow down' })
      expect(second.headers.get('retry-after')).toBe('2')
      expect(second.headers.get('x-extra')).toBe('1')
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })

    it('faults only affect invite requests, and a queued fault can repeat with times', async () => {
      fresh({
        faults: [
          { kind: 'status', status: 500, times: 2, retryAfter: 'Wed, 21 Oct 2099 07:28:00 GMT' }
        ]
      })
      expect((await get(api, '/org/acme/user')).status).toBe(200)
      const a = await invite(api, { emails: ['a@x.com'] })
      expect(a.status).toBe(500)
      expect(a.headers.get('retry-after')).toBe('Wed, 21 Oct 2099 07:28:00 GMT')
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(500)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })

    it('retryAfterDateMs sends an HTTP date computed when it answers, not when configured', async () => {
      fresh({
        faults: [{ kind: 'status', status: 429, retryAfter: '7', retryAfterDateMs: 60_000 }]
      })
      // Configured now, answered over a second later: the date must follow the answer.
      await new Promise(resolve => setTimeout(resolve, 1100))
      const before = Date.now()
      const res = await invite(api, { emails: ['a@x.com'] })
      const after = Date.now()
      expect(res.status).toBe(429)
      const header = res.headers.get('retry-after') ?? ''
      expect(header).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
      // An HTTP date has whole seconds: it is the answer's moment + 60 s, rounded down.
      const date = Date.parse(header)
      expect(date).toBeGreaterThan(before + 60_000 - 1000)
      expect(date).toBeLessThanOrEqual(after + 60_000)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })

    it('faultsByEmail applies every time (case-insensitive) and beats the queue', async () => {
      fresh({
        faults: [{ kind: 'status', status: 502 }],
        faultsByEmail: { 'Poison@X.com': { kind: 'status', status: 400, code: 'poison' } }
      })
      for (let i = 0; i < 3; i++) {
        const res = await invite(api, { emails: ['ok@x.com', 'poison@x.com'] })
        expect(res.json).toMatchObject({ status: 400, code: 'poison' })
      }
      expect((await invite(api, { emails: ['ok@x.com'] })).status).toBe(502)
      expect((await invite(api, { emails: ['ok@x.com'] })).status).toBe(200)
    })

    it('faultsByEmail honours times', async () => {
      fresh({ faultsByEmail: { 'p@x.com': { kind: 'status', status: 503, times: 1 } } })
      expect((await invite(api, { emails: ['p@x.com'] })).status).toBe(503)
      expect((await invite(api, { emails: ['p@x.com'] })).status).toBe(200)
    })

    it('drop: the connection closes without a response', async () => {
      fresh({ faults: [{ kind: 'drop' }] })
      const res = await raw(api, { emails: ['a@x.com'] })
      expect(res.status).toBeUndefined()
      expect(res.error).toBeDefined()
      await expect(invite(api, { emails: ['a@x.com'] })).resolves.toMatchObject({ status: 200 })
    })

    it('drop: fetch rejects', async () => {
      fresh({ faults: [{ kind: 'drop' }] })
      await expect(invite(api, { emails: ['a@x.com'] })).rejects.toThrow()
    })

    it('reset-mid-body: 200 headers and part of the body, then the socket closes', async () => {
      fresh({ faults: [{ kind: 'reset-mid-body' }] })
      const res = await raw(api, { emails: ['a@x.com', 'b@x.com'] })
      expect(res.status).toBe(200)
      expect(res.error).toBeDefined()
      const declared = Number(res.headers?.['content-length'])
      expect(res.body.length).toBeGreaterThan(0)
      expect(res.body.length).toBeLessThan(declared)
    })

    it('reset-mid-body: fetch fails while reading the body', async () => {
      fresh({ faults: [{ kind: 'reset-mid-body' }] })
      await expect(invite(api, { emails: ['a@x.com'] })).rejects.toThrow()
    })

    it('hang: no headers ever; the client times out', async () => {
      fresh({ faults: [{ kind: 'hang' }] })
      const started = Date.now()
      const res = await raw(api, { emails: ['a@x.com'] }, { timeoutMs: 200 })
      expect(res.status).toBeUndefined()
      expect(res.error).toBe('timeout')
      expect(Date.now() - started).toBeGreaterThanOrEqual(180)
    })

    it('trickle: 200 headers, then a byte per interval, never finishing', async () => {
      fresh({ faults: [{ kind: 'trickle', intervalMs: 20 }] })
      const res = await raw(api, { emails: ['a@x.com'] }, { timeoutMs: 300 })
      expect(res.status).toBe(200)
      expect(res.error).toBe('timeout')
      expect(res.body.length).toBeGreaterThanOrEqual(3)
      expect(res.body.length).toBeLessThan(40)
    })

    it('truncated-json: a complete response with half a JSON document', async () => {
      fresh({ faults: [{ kind: 'truncated-json' }] })
      const res = await raw(api, { emails: ['a@x.com'] })
      expect(res.status).toBe(200)
      expect(res.error).toBeUndefined()
      expect(res.headers?.['content-type']).toBe('application/json')
      expect(Number(res.headers?.['content-length'])).toBe(res.body.length)
      expect(() => JSON.parse(res.body.toString())).toThrow()
      expect(res.body.toString()).toMatch(/^\{"invitations"/)
    })

    it('html: 200 with text/html', async () => {
      fresh({ faults: [{ kind: 'html' }] })
      const res = await raw(api, { emails: ['a@x.com'] })
      expect(res.status).toBe(200)
      expect(res.headers?.['content-type']).toMatch(/^text\/html/)
      expect(res.body.toString()).toContain('<html')
    })

    it('non-json: 502 plain text by default, or the given status', async () => {
      fresh({ faults: [{ kind: 'non-json' }, { kind: 'non-json', status: 500 }] })
      const a = await raw(api, { emails: ['a@x.com'] })
      expect(a.status).toBe(502)
      expect(a.headers?.['content-type']).toMatch(/^text\/plain/)
      expect(() => JSON.parse(a.body.toString())).toThrow()
      expect((await raw(api, { emails: ['a@x.com'] })).status).toBe(500)
    })

    it('huge: streams exactly the requested number of bytes as JSON', async () => {
      const bytes = 5 * 1024 * 1024 + 3
      fresh({ faults: [{ kind: 'huge', bytes }] })
      const res = await raw(api, { emails: ['a@x.com'] }, { timeoutMs: 10_000 })
      expect(res.status).toBe(200)
      expect(res.headers?.['content-type']).toBe('application/json')
      expect(Number(res.headers?.['content-length'])).toBe(bytes)
      expect(res.body.length).toBe(bytes)
      expect(JSON.parse(res.body.toString())).toMatchObject({ invitations: {}, errors: {} })
    })

    it('huge: a client that gives up early stops the stream (chunked variant)', async () => {
      fresh({ faults: [{ kind: 'huge', bytes: 200 * 1024 * 1024, chunked: true }] })
      const res = await raw(api, { emails: ['a@x.com'] }, { maxBytes: 256 * 1024 })
      expect(res.status).toBe(200)
      expect(res.headers?.['content-length']).toBeUndefined()
      expect(res.error).toBe('too big')
      // the server is still healthy afterwards
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })

    it('echo-key: the Authorization value in the message and in x-echo', async () => {
      fresh({ faults: [{ kind: 'echo-key' }, { kind: 'echo-key', status: 500 }] })
      const res = await invite(api, { emails: ['a@x.com'] })
      expect(res.status).toBe(400)
      expect((res.json as { message: string }).message).toContain(`Bearer ${KEY}`)
      expect(res.headers.get('x-echo')).toBe(`Bearer ${KEY}`)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(500)
    })

    it('raw: answers exactly the given body', async () => {
      fresh({
        faults: [
          { kind: 'raw', body: '{}' },
          { kind: 'raw', body: 'oops', status: 503, contentType: 'text/plain' }
        ]
      })
      const a = await raw(api, { emails: ['a@x.com'] })
      expect(a).toMatchObject({ status: 200 })
      expect(a.body.toString()).toBe('{}')
      expect(a.headers?.['content-type']).toBe('application/json')
      const b = await raw(api, { emails: ['a@x.com'] })
      expect(b.status).toBe(503)
      expect(b.headers?.['content-type']).toBe('text/plain')
      expect(b.body.toString()).toBe('oops')
    })

    it('unknown-errors: the normal answer plus an error for an address never sent', async () => {
      fresh({ faults: [{ kind: 'unknown-errors', email: 'ghost@x.com' }] })
      const res = await invite(api, { emails: ['a@x.com'] })
      expect(res.status).toBe(200)
      expect(res.json).toEqual({
        invitations: { 'a@x.com': expect.any(String) },
        errors: { 'ghost@x.com': expect.objectContaining({ status: 400 }) }
      })
    })

    it('an unknown fault kind answers 500', async () => {
      fresh({ faults: [{ kind: 'bogus' } as never] })
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(500)
    })

    it('configure({ faults }) replaces the queue', async () => {
      fresh({ faults: [{ kind: 'status', status: 503 }] })
      api.configure({ faults: [{ kind: 'status', status: 504 }] })
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(504)
      expect((await invite(api, { emails: ['a@x.com'] })).status).toBe(200)
    })
  })

  describe('user endpoints', () => {
    it('lists members derived from `members`, paginated with next links', async () => {
      fresh({ members: ['a@x.com', 'b@x.com', 'c@x.com'], pageSize: 2 })
      const first = await getPage(api, '/org/acme/user')
      expect(first.status).toBe(200)
      expect(first.headers.get('content-type')).toBe('application/json')
      expect(first.page).toMatchObject({ kind: 'list', itemKind: 'user' })
      expect(first.page.items).toHaveLength(2)
      const item = first.page.items[0]
      expect(item).toEqual({
        id: expect.any(String),
        name: expect.any(String),
        email: 'a@x.com',
        kind: 'user',
        tags: {},
        links: [{ rel: 'self', href: `/org/acme/user/${item?.id}` }]
      })
      expect(first.next).toBe('/org/acme/user?cursor=2')
      expect(first.page.links.find(l => l.rel === 'self')).toBeDefined()
      const second = await getPage(api, first.next!)
      expect(second.page.items.map(u => u.email)).toEqual(['c@x.com'])
      expect(second.next).toBeUndefined()
    })

    it('uses `users` when given; those count as members for invites too', async () => {
      fresh({ users: [{ email: 'Zed@X.com', name: 'zed', id: 'u-1' }] })
      const list = await getPage(api, '/org/acme/user')
      expect(list.page.items).toEqual([
        expect.objectContaining({ email: 'Zed@X.com', name: 'zed', id: 'u-1' })
      ])
      const res = await invite(api, { emails: ['zed@x.com'] })
      expect(Object.keys((res.json as { errors: object }).errors)).toEqual(['zed@x.com'])
    })

    it('userListLoop: the last next link points back to the first page', async () => {
      fresh({ members: ['a@x.com', 'b@x.com', 'c@x.com'], pageSize: 2, userListLoop: true })
      const first = await getPage(api, '/org/acme/user')
      const second = await getPage(api, '/org/acme/user?cursor=2')
      expect(second.next).toBe('/org/acme/user')
      expect((await getPage(api, second.next!)).page).toEqual(first.page)
    })

    it('userListStatus answers the list with an error object', async () => {
      fresh({ userListStatus: 403 })
      const res = await get(api, '/org/acme/user')
      expect(res.status).toBe(403)
      expectApiError(res.json, 403, 'forbidden')
    })

    it('rejects a bad cursor with 400', async () => {
      fresh()
      expect((await get(api, '/org/acme/user?cursor=abc')).status).toBe(400)
    })

    it('GET /org/{org}/user/{email} returns the user or 404', async () => {
      fresh({ members: ['a@x.com'] })
      const found = await get(api, `/org/acme/user/${encodeURIComponent('A@X.com')}`)
      expect(found.status).toBe(200)
      expect(found.json).toMatchObject({ email: 'a@x.com', kind: 'user' })
      const missing = await get(api, '/org/acme/user/nobody@x.com')
      expect(missing.status).toBe(404)
      expectApiError(missing.json, 404, 'not_found')
    })
  })

  describe('removing users', () => {
    async function del(path: string, headers: Record<string, string> = AUTH, signal?: AbortSignal) {
      const res = await fetch(`${api.url}${path}`, { method: 'DELETE', headers, signal })
      const text = await res.text()
      return {
        status: res.status,
        headers: res.headers,
        text,
        json: text ? JSON.parse(text) : undefined
      }
    }
    async function emails() {
      return (await getPage(api, '/org/acme/user')).page.items.map(u => u.email)
    }

    it('DELETE by address answers 204 without a body; the member is gone and can be invited again', async () => {
      fresh({ members: ['Ann@X.com', 'bob@x.com'] })
      const res = await del(`/org/acme/user/${encodeURIComponent('ann@x.com')}`)
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      expect(await emails()).toEqual(['bob@x.com'])
      const again = await invite(api, { emails: ['ann@x.com'] })
      expect(Object.keys((again.json as { invitations: object }).invitations)).toEqual([
        'ann@x.com'
      ])
      expect(api.requests[0]).toMatchObject({
        method: 'DELETE',
        path: '/org/acme/user/ann%40x.com'
      })
    })

    it('DELETE of an unknown user (or one already removed) answers 404 with an error object', async () => {
      fresh({ members: ['a@x.com'] })
      expect((await del('/org/acme/user/a@x.com')).status).toBe(204)
      const second = await del('/org/acme/user/a@x.com')
      expect(second.status).toBe(404)
      expectApiError(second.json, 404, 'not_found')
      expect((await del('/org/acme/user/nobody@x.com')).status).toBe(404)
    })

    it('DELETE by id works; deleteStatus 200 or 202 answers with the removed user', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' }
        ],
        deleteStatus: 202
      })
      const res = await del('/org/acme/user/u-a')
      expect(res.status).toBe(202)
      expect(res.json).toMatchObject({ id: 'u-a', email: 'a@x.com', kind: 'user' })
      api.configure({ deleteStatus: 200 })
      expect((await del('/org/acme/user/u-b')).status).toBe(200)
      expect(await emails()).toEqual([])
    })

    it('checks the key and the org like the invite endpoint', async () => {
      fresh({ members: ['a@x.com'], orgs: ['acme'] })
      expect((await del('/org/acme/user/a@x.com', { authorization: 'Bearer wrong' })).status).toBe(
        401
      )
      expect((await del('/org/acme/user/a@x.com', {})).status).toBe(401)
      const other = await del('/org/other/user/a@x.com')
      expect(other.status).toBe(403)
      expectApiError(other.json, 403, 'forbidden')
      expect(await emails()).toEqual(['a@x.com'])
    })

    it('refuses to delete a user tagged cpln/protected=true (400, or protectedStatus)', async () => {
      fresh({ users: [{ email: 'admin@x.com', tags: { 'cpln/protected': 'true' } }] })
      const res = await del('/org/acme/user/admin@x.com')
      expect(res.status).toBe(400)
      expect(res.json).toMatchObject({ status: 400, code: 'protected' })
      expect((res.json as { message: string }).message).toContain('cpln/protected=true')
      api.configure({ protectedStatus: 403 })
      expect((await del('/org/acme/user/admin@x.com')).status).toBe(403)
      expect(await emails()).toEqual(['admin@x.com'])
      const listed = (await getPage(api, '/org/acme/user')).page.items[0] as unknown
      expect(listed).toMatchObject({ tags: { 'cpln/protected': 'true' } })
    })

    it('deleteFaults: 429 with Retry-After, then 503, then the normal answer; invites are untouched', async () => {
      fresh({
        members: ['a@x.com'],
        deleteFaults: [
          { kind: 'status', status: 429, retryAfter: 3 },
          { kind: 'status', status: 503 }
        ]
      })
      expect((await invite(api, { emails: ['n@x.com'] })).status).toBe(200)
      const first = await del('/org/acme/user/a@x.com')
      expect(first.status).toBe(429)
      expect(first.headers.get('retry-after')).toBe('3')
      expect(await emails()).toEqual(['a@x.com'])
      expect((await del('/org/acme/user/a@x.com')).status).toBe(503)
      expect((await del('/org/acme/user/a@x.com')).status).toBe(204)
    })

    it('invite faults do not touch DELETE', async () => {
      fresh({ members: ['a@x.com'], faults: [{ kind: 'status', status: 500 }] })
      expect((await del('/org/acme/user/a@x.com')).status).toBe(204)
      expect((await invite(api, { emails: ['b@x.com'] })).status).toBe(500)
    })

    it('deleteFaultsByUser faults one member in the middle of removals, also when deleted by id', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' },
          { email: 'c@x.com', id: 'u-c' }
        ],
        deleteFaultsByUser: { 'B@x.com': { kind: 'status', status: 500, code: 'boom' } }
      })
      expect((await del('/org/acme/user/a@x.com')).status).toBe(204)
      const b1 = await del('/org/acme/user/b@x.com')
      expect(b1.json).toMatchObject({ status: 500, code: 'boom' })
      expect((await del('/org/acme/user/u-b')).status).toBe(500)
      expect((await del('/org/acme/user/c@x.com')).status).toBe(204)
      expect(await emails()).toEqual(['b@x.com'])
    })

    it('drop and hang change nothing; the client sees no answer', async () => {
      fresh({ members: ['a@x.com'], deleteFaults: [{ kind: 'drop' }, { kind: 'hang' }] })
      await expect(del('/org/acme/user/a@x.com')).rejects.toThrow()
      await expect(del('/org/acme/user/a@x.com', AUTH, AbortSignal.timeout(300))).rejects.toThrow()
      expect(await emails()).toEqual(['a@x.com'])
    })

    it('reset-mid-body removes the member and breaks the answer: a retry gets 404', async () => {
      fresh({ members: ['a@x.com'], deleteFaults: [{ kind: 'reset-mid-body' }] })
      await expect(del('/org/acme/user/a@x.com')).rejects.toThrow()
      expect(await emails()).toEqual([])
      expect((await del('/org/acme/user/a@x.com')).status).toBe(404)
    })

    it('a delay applies to DELETE too', async () => {
      fresh({ members: ['a@x.com'], delayMs: 150 })
      const started = Date.now()
      expect((await del('/org/acme/user/a@x.com')).status).toBe(204)
      expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    })

    it('configure() without members, users or groups keeps removals; with them, starts afresh', async () => {
      fresh({ members: ['a@x.com', 'b@x.com'] })
      await del('/org/acme/user/a@x.com')
      api.configure({ pageSize: 1 })
      expect((await getPage(api, '/org/acme/user')).page.items.map(u => u.email)).toEqual([
        'b@x.com'
      ])
      api.configure({ members: ['a@x.com', 'b@x.com'] })
      expect((await getPage(api, '/org/acme/user')).page.items.map(u => u.email)).toEqual([
        'a@x.com'
      ])
    })
  })

  describe('groups', () => {
    interface Group {
      name: string
      kind: string
      version: number
      memberLinks: string[]
    }
    async function group(name: string, org = 'acme') {
      const res = await get(api, `/org/${org}/group/${name}`)
      return { status: res.status, json: res.json, group: res.json as Group }
    }
    async function patch(name: string, body: unknown, headers: Record<string, string> = AUTH) {
      const res = await fetch(`${api.url}/org/acme/group/${name}`, {
        method: 'PATCH',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body)
      })
      const text = await res.text()
      return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined }
    }

    it('superusers and viewers exist, empty unless configured; other names are 404', async () => {
      fresh()
      for (const name of ['superusers', 'viewers']) {
        const res = await group(name)
        expect(res.status).toBe(200)
        expect(res.group).toMatchObject({ name, kind: 'group', memberLinks: [] })
      }
      const missing = await group('devs')
      expect(missing.status).toBe(404)
      expectApiError(missing.json, 404, 'not_found')
    })

    it('memberLinks read back in the form configured (email or id), with the request org', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' }
        ],
        groups: {
          superusers: ['/org/elsewhere/user/u-a', 'b@x.com', '/org/x/user/c%40x.com'],
          devs: []
        }
      })
      expect((await group('superusers')).group.memberLinks).toEqual([
        '/org/acme/user/u-a',
        '/org/acme/user/b@x.com',
        '/org/acme/user/c%40x.com'
      ])
      expect((await group('devs')).group.memberLinks).toEqual([])
      expect((await group('viewers')).status).toBe(200)
    })

    it('checks the key and the org for GET and PATCH', async () => {
      fresh({ orgs: ['acme'], members: ['a@x.com'] })
      expect((await get(api, '/org/acme/group/viewers', {})).status).toBe(401)
      expect((await group('viewers', 'other')).status).toBe(403)
      const body = { '$append/memberLinks': ['/org/acme/user/a@x.com'] }
      expect((await patch('viewers', body, { ...AUTH, authorization: 'Bearer no' })).status).toBe(
        401
      )
      expect((await group('viewers')).group.memberLinks).toEqual([])
    })

    it('$append adds members once, by email or id; the version goes up', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' }
        ],
        groups: { devs: ['u-a'] }
      })
      const before = (await group('devs')).group.version
      const res = await patch('devs', {
        '$append/memberLinks': [
          '/org/acme/user/A@x.com',
          '/org/acme/user/b@x.com',
          '/org/acme/user/u-b'
        ]
      })
      expect(res.status).toBe(200)
      expect((res.json as Group).memberLinks).toEqual([
        '/org/acme/user/u-a',
        '/org/acme/user/b@x.com'
      ])
      const after = await group('devs')
      expect(after.group.memberLinks).toEqual(['/org/acme/user/u-a', '/org/acme/user/b@x.com'])
      expect(after.group.version).toBeGreaterThan(before)
      expect(api.requests.at(1)).toMatchObject({
        method: 'PATCH',
        body: { '$append/memberLinks': expect.any(Array) }
      })
    })

    it('refuses a plain memberLinks (a replace) with 400 and changes nothing', async () => {
      fresh({ members: ['a@x.com', 'b@x.com'], groups: { devs: ['a@x.com'] } })
      const res = await patch('devs', { memberLinks: ['/org/acme/user/b@x.com'] })
      expect(res.status).toBe(400)
      expectApiError(res.json, 400, 'bad_request')
      expect((res.json as { message: string }).message).toContain('$append/memberLinks')
      expect((await group('devs')).group.memberLinks).toEqual(['/org/acme/user/a@x.com'])
    })

    it('refuses other properties, links of another org or shape, non-members, bad JSON and content-type', async () => {
      fresh({ members: ['a@x.com'] })
      const bad: unknown[] = [
        { description: 'x' },
        { '$append/memberLinks': '/org/acme/user/a@x.com' },
        { '$append/memberLinks': ['/org/other/user/a@x.com'] },
        { '$append/memberLinks': ['/org/acme/group/viewers'] },
        { '$append/memberLinks': ['/org/acme/user/pending@x.com'] },
        [],
        '{not json'
      ]
      for (const body of bad) {
        const res = await patch('viewers', body)
        expect(res.status).toBe(400)
      }
      const wrongType = await patch(
        'viewers',
        { '$append/memberLinks': [] },
        { authorization: AUTH.authorization }
      )
      expect(wrongType.status).toBe(400)
      expect((await group('viewers')).group.memberLinks).toEqual([])
      expect((await patch('nope', { '$append/memberLinks': [] })).status).toBe(404)
    })

    it('$drop removes links that name the user in either form', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' }
        ],
        groups: { devs: ['u-a', 'b@x.com'] }
      })
      const res = await patch('devs', {
        '$drop/memberLinks': ['/org/acme/user/a@x.com', '/org/acme/user/u-b']
      })
      expect(res.status).toBe(200)
      expect((await group('devs')).group.memberLinks).toEqual([])
    })

    it('removing a member drops the links to them from every group', async () => {
      fresh({
        users: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' }
        ],
        groups: { superusers: ['u-a', 'b@x.com'], viewers: ['a@x.com'] }
      })
      const res = await fetch(`${api.url}/org/acme/user/a@x.com`, {
        method: 'DELETE',
        headers: AUTH
      })
      expect(res.status).toBe(204)
      expect((await group('superusers')).group.memberLinks).toEqual(['/org/acme/user/b@x.com'])
      expect((await group('viewers')).group.memberLinks).toEqual([])
    })

    it('groupFaults: an unreadable group (403), then normal; PATCH reset-mid-body still applies', async () => {
      fresh({
        members: ['a@x.com'],
        groupFaults: [{ kind: 'status', status: 403, times: 2 }, { kind: 'reset-mid-body' }]
      })
      expect((await group('superusers')).status).toBe(403)
      expect((await group('superusers')).status).toBe(403)
      await expect(
        patch('viewers', { '$append/memberLinks': ['/org/acme/user/a@x.com'] })
      ).rejects.toThrow()
      expect((await group('viewers')).group.memberLinks).toEqual(['/org/acme/user/a@x.com'])
    })
  })

  describe('throughput', () => {
    it('handles 1,000 keep-alive requests of 10 addresses at concurrency 4 quickly', async () => {
      fresh()
      let next = 0
      const worker = async () => {
        while (next < 1000) {
          const i = next++
          const emails = Array.from({ length: 10 }, (_, j) => `u${i}-${j}@x.com`)
          const res = await invite(api, { emails })
          expect(res.status).toBe(200)
        }
      }
      const started = Date.now()
      await Promise.all([worker(), worker(), worker(), worker()])
      expect(api.requests).toHaveLength(1000)
      expect(Date.now() - started).toBeLessThan(10_000)
    })
  })
})

describe('close()', () => {
  it('destroys hanging and trickling connections and resolves promptly', async () => {
    const api = await startLocalApi({
      faults: [{ kind: 'hang' }, { kind: 'trickle', intervalMs: 10 }],
      delayMs: 0
    })
    const hanging = raw(api, { emails: ['a@x.com'] }, { timeoutMs: 20_000 })
    const trickling = raw(api, { emails: ['b@x.com'] }, { timeoutMs: 20_000 })
    while (api.requests.length < 2) await new Promise(r => setTimeout(r, 10))
    await new Promise(r => setTimeout(r, 50))
    const started = Date.now()
    await api.close()
    const [h, t] = await Promise.all([hanging, trickling])
    expect(Date.now() - started).toBeLessThan(2000)
    expect(h.status).toBeUndefined()
    expect(h.error).not.toBe('timeout')
    expect(t.status).toBe(200)
    expect(t.error).not.toBe('timeout')
    await api.close() // idempotent
  })

  it('cancels pending delays', async () => {
    const api = await startLocalApi({ delayMs: 60_000 })
    const pending = raw(api, { emails: ['a@x.com'] }, { timeoutMs: 20_000 })
    while (api.requests.length < 1) await new Promise(r => setTimeout(r, 10))
    const started = Date.now()
    await api.close()
    expect((await pending).error).toBeDefined()
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('honours options.port', async () => {
    const probe = await startLocalApi()
    const port = probe.port
    await probe.close()
    const api = await startLocalApi({ port })
    expect(api.url).toBe(`http://127.0.0.1:${port}`)
    await api.close()
  })
})

describe('command line', () => {
  it('prints the URL, logs requests and never prints the token', async () => {
    const script = fileURLToPath(new URL('../tools/local-api.mjs', import.meta.url))
    const token = 'cli-secret-token-123'
    const child = spawn(
      process.execPath,
      [script, '--port', '0', '--token', token, '--members', 'm@x.com', '--batch-limit', '5'],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    try {
      const deadline = Date.now() + 10_000
      while (!/listening on http:\/\/127\.0\.0\.1:\d+\n/.test(out) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 20))
      }
      const url = /^local Control Plane API listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(
        out
      )?.[1]
      expect(url).toBeDefined()
      const res = await fetch(`${url}/org/acme/user/-invite`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ emails: ['m@x.com', 'n@x.com'] })
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ errors: { 'm@x.com': { status: 409 } } })
      const bad = await fetch(`${url}/org/acme/user`, { headers: { authorization: 'Bearer nope' } })
      expect(bad.status).toBe(401)
      await bad.text()
      while (out.split('\n').length < 4 && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 20))
      }
      const lines = out.trim().split('\n')
      expect(lines).toHaveLength(3)
      expect(lines[1]).toMatch(/^POST \/org\/acme\/user\/-invite .*2.*200/)
      expect(lines[2]).toMatch(/^GET \/org\/acme\/user .*401/)
      expect(out).not.toContain(token)
      expect(out).not.toContain('nope')
      expect(out.toLowerCase()).not.toContain('bearer')
    } finally {
      child.kill('SIGTERM')
      await new Promise(r => child.once('exit', r))
    }
  })
})

describe('command line: groups, protected users, delete status', () => {
  it('--group, --protected, --delete-status and --page-size configure the fake', async () => {
    const script = fileURLToPath(new URL('../tools/local-api.mjs', import.meta.url))
    const child = spawn(
      process.execPath,
      [
        script,
        '--port=0',
        '--members=a@x.com,b@x.com',
        '--group=superusers=a@x.com',
        '--group=devs=b@x.com,a@x.com',
        '--protected=p@x.com',
        '--delete-status=202',
        '--page-size=1'
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    try {
      const deadline = Date.now() + 10_000
      while (!/listening on http:\/\/127\.0\.0\.1:\d+\n/.test(out) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 20))
      }
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)?.[1]
      expect(url).toBeDefined()
      const headers = { authorization: 'Bearer test-key', 'content-type': 'application/json' }
      const page = (await (await fetch(`${url}/org/acme/user`, { headers })).json()) as {
        items: { email: string }[]
        links: { rel: string }[]
      }
      expect(page.items.map(u => u.email)).toEqual(['a@x.com'])
      expect(page.links.some(l => l.rel === 'next')).toBe(true)
      const devs = (await (await fetch(`${url}/org/acme/group/devs`, { headers })).json()) as {
        memberLinks: string[]
      }
      expect(devs.memberLinks).toEqual(['/org/acme/user/b@x.com', '/org/acme/user/a@x.com'])
      const p = await fetch(`${url}/org/acme/user/p@x.com`, { method: 'DELETE', headers })
      expect(p.status).toBe(400)
      await p.text()
      const a = await fetch(`${url}/org/acme/user/a@x.com`, { method: 'DELETE', headers })
      expect(a.status).toBe(202)
      await a.text()
      const su = (await (await fetch(`${url}/org/acme/group/superusers`, { headers })).json()) as {
        memberLinks: string[]
      }
      expect(su.memberLinks).toEqual([])
    } finally {
      child.kill('SIGTERM')
      await new Promise(r => child.once('exit', r))
    }
  })

  it('--group without a name is refused', async () => {
    const script = fileURLToPath(new URL('../tools/local-api.mjs', import.meta.url))
    const child = spawn(process.execPath, [script, '--port=0', '--group=a@x.com'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise(r => child.once('exit', r))
    expect(code).toBe(2)
    expect(err).toContain('--group must look like name=')
  })
})
