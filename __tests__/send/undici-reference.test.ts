// src/send/undici.ts against undici's own index (what `import ... from 'undici'` gives
// without the bundle's mapping): the same requests on the wire and the same answers.
// Loading undici's index also sets up what the parts must set up themselves, so the tests
// that need a clean start are in undici.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import { type AddressInfo } from 'node:net'
// Its index by path: the bare name `undici` means src/send/undici.ts to tsc (tsconfig.json).
import * as reference from 'undici/index.js'
import * as parts from '../../src/send/undici.js'
import { startEchoServer, type EchoServer, type SeenRequest } from '../helpers/echo-server.js'

let echo: EchoServer
let base: string
let seen: SeenRequest[]

beforeAll(async () => {
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY']) {
    delete process.env[name]
  }
  echo = await startEchoServer()
  ;({ url: base, seen } = echo)
})

afterAll(() => echo.close())

type Options = Omit<parts.RequestOptions, 'dispatcher'>
const cases: [string, string, Options][] = [
  ['a GET with a query string', '/org/acme/user?limit=2&cursor=a%20b', { method: 'GET' }],
  [
    'a POST with a JSON body and headers',
    '/org/acme/user/-invite',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'test/1', accept: 'x/y' },
      body: JSON.stringify({ emails: ['ann@example.com'] })
    }
  ],
  [
    'a PATCH to an encoded path',
    '/org/acme/group/a%2Fb',
    { method: 'PATCH', body: '{"$append":{}}' }
  ],
  ['a DELETE that is answered 404', '/missing/x%40y.com', { method: 'DELETE' }]
]

/** One request through `send`, on a fresh agent; what the server saw and what came back. */
async function exchange(
  send: (url: string, options: parts.RequestOptions) => Promise<parts.Dispatcher.ResponseData>,
  url: string,
  options: Options
) {
  const dispatcher = new parts.EnvHttpProxyAgent()
  try {
    seen.length = 0
    const response = await send(base + url, { ...options, dispatcher })
    const headers = { ...response.headers, date: 'any' }
    return {
      status: response.statusCode,
      headers,
      body: await response.body.text(),
      seen: [...seen]
    }
  } finally {
    await dispatcher.destroy()
  }
}

describe('request: the same as undici’s own request', () => {
  it.each(cases)('%s', async (_name, url, options) => {
    const ours = await exchange(parts.request, url, options)
    const theirs = await exchange((u, o) => reference.request(u, o), url, options)
    expect(ours).toEqual(theirs)
    expect(ours.seen).toEqual([expect.objectContaining({ method: options.method, url })])
  })

  it('refuses to follow a redirect, like undici', async () => {
    const dispatcher = new parts.EnvHttpProxyAgent()
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: `${base}/elsewhere` })
      res.end()
    })
    await new Promise<void>(resolve => redirecting.listen(0, '127.0.0.1', resolve))
    try {
      const port = (redirecting.address() as AddressInfo).port
      seen.length = 0
      const response = await parts.request(`http://127.0.0.1:${port}/x`, {
        method: 'GET',
        dispatcher
      })
      await response.body.dump()
      expect(response.statusCode).toBe(302)
      expect(seen).toEqual([])
    } finally {
      await dispatcher.destroy()
      redirecting.closeAllConnections()
      await new Promise(resolve => redirecting.close(resolve))
    }
  })
})

describe('fetch: the same as undici’s own fetch', () => {
  it('answers the same, through the global dispatcher', async () => {
    const ours = await parts.fetch(`${base}/repos/acme/people?ref=abc`, {
      headers: { accept: 'application/json' }
    })
    const theirs = await reference.fetch(`${base}/repos/acme/people?ref=abc`, {
      headers: { accept: 'application/json' }
    })
    expect([ours.status, ours.headers.get('x-answer'), await ours.json()]).toEqual([
      theirs.status,
      theirs.headers.get('x-answer'),
      await theirs.json()
    ])
  })
})
