// src/send/undici.ts: the parts of undici that the bundle uses, loaded without undici's
// index (this file never imports it; undici-reference.test.ts compares the two), and
// src/send/undici-on-demand.ts, what the dependencies get for `undici`: the proxy agents
// that go through a proxy, fetch, and every name that a bundled dependency imports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import * as parts from '../../src/send/undici.js'
import * as dependencies from '../../src/send/undici-on-demand.js'
import { startConnectProxy } from '../helpers/proxy.js'
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

describe('through a proxy, without undici’s index', () => {
  it('a ProxyAgent for a dependency needs the parts loaded first, and says so', () => {
    expect(() => new dependencies.ProxyAgent('http://127.0.0.1:9')).toThrow(
      'await loadUndici() before building a ProxyAgent'
    )
  })

  it('request with an EnvHttpProxyAgent goes through HTTP_PROXY (the action’s own requests)', async () => {
    const proxy = await startConnectProxy()
    process.env.HTTP_PROXY = proxy.url
    const dispatcher = new parts.EnvHttpProxyAgent()
    try {
      seen.length = 0
      const response = await parts.request(`${base}/org/acme/user?limit=1`, {
        method: 'POST',
        body: '{}',
        dispatcher
      })
      expect(response.statusCode).toBe(200)
      expect(await response.body.json()).toEqual({ path: '/org/acme/user?limit=1', method: 'POST' })
      expect(proxy.tunnels).toEqual([new URL(base).host])
      expect(seen).toEqual([expect.objectContaining({ method: 'POST', body: '{}' })])
    } finally {
      delete process.env.HTTP_PROXY
      await dispatcher.destroy()
      await proxy.close()
    }
  })

  it('fetch with a ProxyAgent goes through the proxy (@actions/github when a proxy is set)', async () => {
    const proxy = await startConnectProxy()
    await dependencies.loadUndici()
    const agent = new dependencies.ProxyAgent(proxy.url) as unknown as parts.Dispatcher
    try {
      const response = await dependencies.fetch(`${base}/repos/acme/people`, { dispatcher: agent })
      expect(await response.json()).toEqual({ path: '/repos/acme/people', method: 'GET' })
      expect(proxy.tunnels).toEqual([new URL(base).host])
    } finally {
      await agent.close()
      await proxy.close()
    }
  })

  it('fetch works without a dispatcher, as @actions/github calls it when no proxy is set', async () => {
    const response = await dependencies.fetch(`${base}/plain`)
    expect([response.status, await response.json()]).toEqual([
      200,
      { path: '/plain', method: 'GET' }
    ])
  })
})

/**
 * The names that the runtime dependencies (not devDependencies: package-lock.json marks
 * those `dev`) import from `undici`: ESM `import { A, B as C } from 'undici'`, and
 * TypeScript's CommonJS output `const undici_1 = require("undici")` then `undici_1.A`. Any
 * other mention of the name (a default or namespace import, `import('undici')`, a
 * destructuring require, a re-export) is listed in `unread`: its names cannot be told here.
 */
function namesImportedFromUndici(root: string) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>
  }
  const found = new Map<string, string[]>()
  const unread: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry)
      if (entry === 'node_modules') continue
      if (statSync(file).isDirectory()) walk(file)
      else if (/\.(c|m)?js$/.test(entry)) {
        const text = readFileSync(file, 'utf8')
        const mentions = text.match(/['"]undici['"]/g)?.length ?? 0
        if (mentions === 0) continue
        const names: string[] = []
        let read = 0
        for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
          read++
          for (const part of (m[1] ?? '').split(',')) {
            const name = part.trim().split(/\s+as\s+/)[0]
            if (name) names.push(name)
          }
        }
        for (const m of text.matchAll(
          /(?:const|var|let)\s+(\w+)\s*=\s*require\(['"]undici['"]\)/g
        )) {
          read++
          for (const use of text.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) {
            names.push(use[1] ?? '')
          }
        }
        if (read < mentions) unread.push(path.relative(root, file))
        if (names.length > 0) found.set(path.relative(root, file), [...new Set(names)].sort())
      }
    }
  }
  for (const [where, meta] of Object.entries(lock.packages)) {
    if (where === '' || meta.dev || where.endsWith('node_modules/undici')) continue
    walk(path.join(root, where))
  }
  return { found, unread }
}

describe('every name a bundled dependency imports from undici', () => {
  it('is exported by src/send/undici-on-demand.ts, as undici itself has it', () => {
    const { found, unread } = namesImportedFromUndici(path.resolve(import.meta.dirname, '..', '..'))
    expect(unread).toEqual([])
    const wanted = [...new Set([...found.values()].flat())].sort()
    // Today: @actions/http-client's ProxyAgent (two versions) and @actions/github's fetch.
    expect(wanted).toEqual(expect.arrayContaining(['ProxyAgent', 'fetch']))
    expect([...found.keys()].some(file => file.includes('@actions/github'))).toBe(true)
    // The exports that behave as undici's own. A dependency that imports anything else needs
    // src/send/undici-on-demand.ts to export it as undici has it.
    const faithful = ['ProxyAgent', 'fetch']
    expect(wanted.filter(name => !faithful.includes(name))).toEqual([])
    expect(faithful.filter(name => !Object.keys(dependencies).includes(name))).toEqual([])
  })
})
