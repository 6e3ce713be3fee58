import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatcher } from '../../src/send/undici.js'
import { makeDispatcher, type ClientSettings } from '../../src/send/client.js'
import { listMembers, type MembersResult } from '../../src/send/members.js'
import { makeRedactor } from '../../src/secrets.js'
import { startLocalApi } from '../../tools/local-api.mjs'

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>

const KEY = 'members-test-key-0123456789'
let api: LocalApi
let dispatcher: Dispatcher

function settingsFor(apiUrl: string, overrides: Partial<ClientSettings> = {}) {
  const waits: number[] = []
  const settings: ClientSettings = {
    apiUrl,
    token: KEY,
    timeoutMs: 5000,
    maxAttempts: 2,
    userAgent: 'cpln-invite-action/test',
    redact: makeRedactor([KEY]),
    backoffBaseMs: 100,
    maxWaitMs: 1000,
    dispatcher,
    sleep: async ms => {
      waits.push(ms)
    },
    random: () => 0.5,
    ...overrides
  }
  return { settings, waits }
}

function failure(result: MembersResult) {
  if (result.ok) throw new Error('expected listing the members to fail')
  return result
}

/** A server answering GET requests with pages from `pages` (path -> body); counts hits. */
async function pageServer(
  pages: (url: string) => unknown
): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = []
  const s: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    paths.push(req.url ?? '')
    const body = pages(req.url ?? '')
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 404, code: 'not_found', message: 'no page' }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const { port } = s.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    close: () =>
      new Promise<void>(resolve => {
        s.closeAllConnections()
        s.close(() => resolve())
      })
  }
}

const page = (emails: unknown[], next?: string) => ({
  kind: 'list',
  itemKind: 'user',
  items: emails.map(email => (typeof email === 'string' ? { email, kind: 'user' } : email)),
  links: next === undefined ? [{ rel: 'self', href: '/x' }] : [{ rel: 'next', href: next }]
})

beforeAll(async () => {
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
  api.configure({ users: [], pageSize: 50, userListStatus: undefined, userListLoop: false })
  api.reset()
})

describe('listMembers against the local API', () => {
  it('follows next links over several pages and collects every address, lowercased', async () => {
    api.configure({
      users: [
        { email: 'Ann@X.com' },
        { email: 'bob@x.com' },
        { email: ' Carl@x.com ' },
        { email: 'dan@x.com' },
        { email: 'eve@x.com' },
        { email: 'fay@x.com' },
        { email: 'gus@x.com' }
      ],
      pageSize: 3
    })
    const result = await listMembers(settingsFor(api.url).settings, 'acme')
    // Each member also with its address as listed (trimmed) and its id, for remove-missing.
    const members = result.ok ? result.members : []
    expect(members.map(m => m.email)).toEqual([
      'Ann@X.com',
      'bob@x.com',
      'Carl@x.com',
      'dan@x.com',
      'eve@x.com',
      'fay@x.com',
      'gus@x.com'
    ])
    expect(members.every(m => typeof m.id === 'string' && m.id !== '')).toBe(true)
    expect(new Set(members.map(m => m.id)).size).toBe(7)
    expect(result).toEqual({
      ok: true,
      pages: 3,
      members,
      emails: new Set([
        'ann@x.com',
        'bob@x.com',
        'carl@x.com',
        'dan@x.com',
        'eve@x.com',
        'fay@x.com',
        'gus@x.com'
      ]),
      users: ['ann', 'bob', 'carl', 'dan', 'eve', 'fay', 'gus'].map((name, i) => ({
        email: `${name}@x.com`,
        id: `00000000-0000-4000-8000-00000000000${i + 1}`
      }))
    })
    expect(api.requests.map(r => [r.method, r.path])).toEqual([
      ['GET', '/org/acme/user'],
      ['GET', '/org/acme/user?cursor=3'],
      ['GET', '/org/acme/user?cursor=6']
    ])
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`)
  })

  it('gives an empty set for an org without users, after one page', async () => {
    const result = await listMembers(settingsFor(api.url).settings, 'acme')
    expect(result).toEqual({ ok: true, pages: 1, emails: new Set(), users: [], members: [] })
  })

  it('explains a 403 with the permission skip-existing needs', async () => {
    api.configure({ userListStatus: 403 })
    const result = failure(await listMembers(settingsFor(api.url).settings, 'acme'))
    expect(result.failure).toMatchObject({ status: 403, code: 'forbidden', attempts: 1 })
    expect(result.hint).toContain("needs the 'view' permission on users")
    expect(api.requests).toHaveLength(1)
  })

  it('gives no hint for other failures, and retries a 5xx', async () => {
    api.configure({ userListStatus: 503 })
    const { settings, waits } = settingsFor(api.url)
    const result = failure(await listMembers(settings, 'acme'))
    expect(result.failure).toMatchObject({ status: 503, attempts: 2, retriesExhausted: true })
    expect(result.hint).toBe('')
    expect(waits).toEqual([75])
  })

  it('stops when a next link leads back to a page already read', async () => {
    api.configure({
      users: ['a', 'b', 'c', 'd', 'e'].map(n => ({ email: `${n}@x.com` })),
      pageSize: 2,
      userListLoop: true
    })
    const result = failure(await listMembers(settingsFor(api.url).settings, 'acme'))
    expect(result.failure.code).toBe('pagination_loop')
    expect(result.failure.message).toBe(
      `listing the org's users did not end: the 'next' link "/org/acme/user" was already visited`
    )
    expect(api.requests).toHaveLength(3)
  })

  it('a wrong key is a 401, not an empty list', async () => {
    const result = failure(
      await listMembers(settingsFor(api.url, { token: 'wrong-0000' }).settings, 'acme')
    )
    expect(result.failure.status).toBe(401)
  })
})

describe('listMembers: links and odd answers', () => {
  let other: Awaited<ReturnType<typeof pageServer>>
  beforeAll(async () => {
    other = await pageServer(() => page(['stolen@x.com']))
  })
  afterAll(async () => {
    await other.close()
  })
  beforeEach(() => {
    other.paths.length = 0
  })

  it('refuses a next link to another origin and sends nothing there', async () => {
    const s = await pageServer(() => page(['a@x.com'], `${other.url}/org/acme/user?cursor=1`))
    try {
      const result = failure(await listMembers(settingsFor(s.url).settings, 'acme'))
      expect(result.failure).toMatchObject({
        code: 'bad_response',
        message: "listing the org's users returned a 'next' link to another server"
      })
      expect(s.paths).toEqual(['/org/acme/user'])
      expect(other.paths).toEqual([])
    } finally {
      await s.close()
    }
  })

  it('refuses a look-alike origin that merely starts with the API URL', async () => {
    let apiUrl = ''
    const s = await pageServer(() => page([], `${apiUrl}.evil.example/org/acme/user`))
    apiUrl = s.url
    try {
      const result = failure(await listMembers(settingsFor(s.url).settings, 'acme'))
      expect(result.failure.code).toBe('bad_response')
      expect(s.paths).toHaveLength(1)
    } finally {
      await s.close()
    }
  })

  it('keeps a protocol-relative link on the API server', async () => {
    const host = new URL(other.url).host
    const s = await pageServer(url =>
      url === '/org/acme/user' ? page(['a@x.com'], `//${host}/org/acme/user`) : page(['b@x.com'])
    )
    try {
      const result = await listMembers(settingsFor(s.url).settings, 'acme')
      expect(result.ok && [...result.emails]).toEqual(['a@x.com', 'b@x.com'])
      expect(other.paths).toEqual([])
      expect(s.paths).toEqual(['/org/acme/user', `//${host}/org/acme/user`])
    } finally {
      await s.close()
    }
  })

  it('follows absolute links on the API URL and relative ones, under a path prefix', async () => {
    let base = ''
    const s = await pageServer(url => {
      if (url === '/prefix/org/acme/user')
        return page(['a@x.com'], `${base}/prefix/org/acme/user?p=2`)
      if (url === '/prefix/org/acme/user?p=2') return page(['b@x.com'], 'org/acme/user?p=3')
      if (url === '/prefix/org/acme/user?p=3') return page(['c@x.com'])
      return undefined
    })
    base = s.url
    try {
      const result = await listMembers(settingsFor(`${s.url}/prefix`).settings, 'acme')
      expect(result).toEqual({
        ok: true,
        pages: 3,
        emails: new Set(['a@x.com', 'b@x.com', 'c@x.com']),
        users: [{ email: 'a@x.com' }, { email: 'b@x.com' }, { email: 'c@x.com' }],
        members: [{ email: 'a@x.com' }, { email: 'b@x.com' }, { email: 'c@x.com' }]
      })
      expect(s.paths).toEqual([
        '/prefix/org/acme/user',
        '/prefix/org/acme/user?p=2',
        '/prefix/org/acme/user?p=3'
      ])
    } finally {
      await s.close()
    }
  })

  it('skips items without a usable email and ignores links that are not next', async () => {
    const s = await pageServer(() => ({
      items: [null, 7, { name: 'no-email' }, { email: 42 }, { email: 'Ok@X.com', id: 'u1' }],
      links: [{ rel: 'self', href: '/elsewhere' }, { rel: 'next', href: '' }, null]
    }))
    try {
      const result = await listMembers(settingsFor(s.url).settings, 'acme')
      expect(result).toEqual({
        ok: true,
        pages: 1,
        emails: new Set(['ok@x.com']),
        users: [{ email: 'ok@x.com', id: 'u1' }],
        members: [{ email: 'Ok@X.com', id: 'u1' }]
      })
      expect(s.paths).toHaveLength(1)
    } finally {
      await s.close()
    }
  })

  it.each([[{ kind: 'list' }], [{ items: {} }], [[]], [null]])(
    'fails on an answer without an items list: %j',
    async body => {
      const s = await pageServer(() => body)
      try {
        const result = failure(await listMembers(settingsFor(s.url).settings, 'acme'))
        expect(result.failure).toMatchObject({
          code: 'bad_response',
          message: "listing the org's users returned no 'items' list"
        })
      } finally {
        await s.close()
      }
    }
  )

  it('encodes the org in the first path', async () => {
    const s = await pageServer(() => page([]))
    try {
      await listMembers(settingsFor(s.url).settings, 'a b/c')
      expect(s.paths).toEqual(['/org/a%20b%2Fc/user'])
    } finally {
      await s.close()
    }
  })
})
