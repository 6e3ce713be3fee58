// The parts of undici that this bundle uses, each loaded from its own module.
// undici's index evaluates all of undici as it loads (fetch, WebSocket, caches, cookies, mock
// agents), and its cookie module touches globalThis.Headers, which makes Node load its own
// copy of undici too: about 20 ms of every run (docs/performance.md), for code that is
// never called here. The action's HTTP client imports this module; the bundle's other users
// of undici get these parts through ./undici-on-demand.ts, only when they use them.
import api from 'undici/lib/api/index.js'
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js'
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js'
import type { Dispatcher, RequestInfo, RequestInit, Response } from 'undici/types/index.js'

// What undici's index does first: every dispatcher gets request(), connect() and the other
// API methods; the proxy agents call connect() on their clients.
Object.assign(DispatcherClass.prototype, api)

export { EnvHttpProxyAgent, ProxyAgent }
export type { Dispatcher }

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & {
  dispatcher: Dispatcher
}

/** undici's `request(url, options)`; the dispatcher is always given (no global one). */
export function request(url: string, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { origin, pathname, search } = new URL(url)
  return options.dispatcher.request({ ...options, origin, path: pathname + search })
}

/** undici's fetch, loaded on the first call: only the GitHub reader (only-added) uses it. */
export async function fetch(input: RequestInfo, init?: RequestInit): Promise<Response> {
  const fetchModule = await import('undici/lib/web/fetch/index.js')
  return fetchModule.default.fetch(input, init)
}
