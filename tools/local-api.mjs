// @ts-check
// A local fake of the Control Plane API endpoints this action uses, for tests, the demo and
// benchmarks. Node built-ins only: `npm run demo` must work on a fresh clone without
// `npm install`, on Node 20 and Node 24.
//
//   POST   /org/{org}/user/-invite      invite by email (see /work/shared/api-notes.md)
//   GET    /org/{org}/user              list members, paginated with rel=next links
//   GET    /org/{org}/user/{email|id}   one member or 404
//   DELETE /org/{org}/user/{email|id}   remove a member from the org (204 by default)
//   GET    /org/{org}/group/{name}      a group with its memberLinks
//   PATCH  /org/{org}/group/{name}      only `$append/memberLinks` and `$drop/memberLinks`
//
// Removing a member also drops the links to them from every group, and later invites of
// that address succeed again. Built-in groups: `superusers` and `viewers` (empty unless
// configured). A user tagged `cpln/protected=true` cannot be deleted.
//
// Run directly: node tools/local-api.mjs [--port N] [--token T] [--delay-ms N]
//   [--batch-limit N] [--members a@x.com,b@y.com] [--orgs org1,org2] [--page-size N]
//   [--group name=a@x.com,b@y.com ...] [--protected a@x.com] [--delete-status N]
// Programmatic use: `const api = await startLocalApi({ ... })`, then `api.url`,
// `api.requests`, `api.configure(patch)`, `api.reset()`, `await api.close()`.

import { createServer, STATUS_CODES } from 'node:http'
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { pathToFileURL, URLSearchParams } from 'node:url'
import { parseArgs } from 'node:util'

/**
 * The error object of the published schema (`details` is never sent by this fake).
 * @typedef {{ status: number, code: string, message: string, id: string }} ApiError
 */

/**
 * A per-address refusal configured with the `refuse` option.
 * @typedef {{ status?: number, code?: string, message?: string }} Refusal
 */

/**
 * `retryAfterDateMs`: send Retry-After as the HTTP date this many ms after the moment of the
 * answer (computed then, not when the fault is configured); it wins over `retryAfter`.
 * @typedef {{ kind: 'status', status: number, code?: string, message?: string,
 *   retryAfter?: string | number, retryAfterDateMs?: number,
 *   headers?: Record<string, string> }} StatusFault
 * @typedef {{ kind: 'drop' }} DropFault
 * @typedef {{ kind: 'reset-mid-body' }} ResetMidBodyFault
 * @typedef {{ kind: 'hang' }} HangFault
 * @typedef {{ kind: 'trickle', intervalMs?: number }} TrickleFault
 * @typedef {{ kind: 'truncated-json' }} TruncatedJsonFault
 * @typedef {{ kind: 'html' }} HtmlFault
 * @typedef {{ kind: 'non-json', status?: number }} NonJsonFault
 * @typedef {{ kind: 'huge', bytes: number, chunked?: boolean }} HugeFault
 * @typedef {{ kind: 'echo-key', status?: number }} EchoKeyFault
 * @typedef {{ kind: 'raw', body: string, status?: number, contentType?: string }} RawFault
 * @typedef {{ kind: 'unknown-errors', email: string }} UnknownErrorsFault
 */

/**
 * One injected failure. `times` (default 1 in a queue, unlimited in a by-address table) is
 * how many requests it applies to. The queues are separate per endpoint: `faults` for
 * invites, `deleteFaults` for DELETE of a user, `groupFaults` for GET and PATCH of a group.
 * A faulted request changes nothing, except `reset-mid-body` and `truncated-json` on a
 * DELETE or PATCH: the change is made and the answer is broken (the client cannot know).
 * @typedef {(StatusFault | DropFault | ResetMidBodyFault | HangFault | TrickleFault |
 *   TruncatedJsonFault | HtmlFault | NonJsonFault | HugeFault | EchoKeyFault | RawFault |
 *   UnknownErrorsFault) & { times?: number }} Fault
 */

/**
 * A member as configured with the `users` option; missing `name`/`id` are filled in.
 * `tags` are shown in listings; `cpln/protected: 'true'` refuses a DELETE.
 * @typedef {{ email: string, name?: string, id?: string, tags?: Record<string, string> }} UserSpec
 */

/**
 * One line of the request log (the `log` option). Never holds the Authorization header.
 * @typedef {{ method: string, path: string, emails: number | undefined,
 *   status: number | string, ms: number }} LogEntry
 */

/**
 * @typedef {object} LocalApiOptions
 * @property {number} [port] port to listen on, on 127.0.0.1 (default 0: any free port)
 * @property {string} [token] expected key: `Authorization` must be `Bearer <token>` (default 'test-key')
 * @property {string[]} [orgs] orgs the key may act on (default: any)
 * @property {number} [batchLimit] most emails per invite request (default 10)
 * @property {string[]} [members] addresses already members, case-insensitive (default [])
 * @property {Record<string, Refusal>} [refuse] address -> error to put in `errors`
 * @property {number} [delayMs] added before answering each invite request (default 0)
 * @property {Fault[]} [faults] queue: each invite request takes the next one
 * @property {Record<string, Fault>} [faultsByEmail] address -> fault for any batch holding it
 * @property {boolean} [strictSchema] reject `groupLink` too (the exact published schema)
 * @property {UserSpec[]} [users] members listed by GET /org/{org}/user (default: from `members`)
 * @property {number} [pageSize] users per page (default 50)
 * @property {number} [userListStatus] answer the user list with this error status instead
 * @property {boolean} [userListLoop] the last page's `next` link points back to the first page
 * @property {Record<string, string[]>} [groups] group name -> members, each a user link
 *   `/org/{any}/user/{email or id}` or a bare email or id; merged over the built-in, empty
 *   `superusers` and `viewers`. Links read back in the form given, with the request's org.
 * @property {number} [deleteStatus] status of a successful DELETE (default 204, no body;
 *   any other status answers with the removed user)
 * @property {number} [protectedStatus] status refusing to delete a protected user (default 400)
 * @property {Fault[]} [deleteFaults] queue: each DELETE of a user takes the next one
 * @property {Record<string, Fault>} [deleteFaultsByUser] email or id -> fault for its DELETE
 * @property {Fault[]} [groupFaults] queue: each GET or PATCH of a group takes the next one
 * @property {boolean} [record] record requests in `requests` (default true)
 * @property {number} [keepAliveTimeoutMs] server keep-alive timeout (default 10000)
 * @property {number} [maxBodyBytes] larger request bodies get 413 (default 1 MiB)
 * @property {(entry: LogEntry) => void} [log] called once per request when it is over
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path raw request path including the query
 * @property {import('node:http').IncomingHttpHeaders} headers lowercased names
 * @property {unknown} body parsed JSON, else the raw text; undefined when empty
 * @property {string[]} [emails] the `emails` array of the body, when it has one
 * @property {number} at ms since the server started
 */

/**
 * @typedef {object} LocalApi
 * @property {string} url 'http://127.0.0.1:PORT'
 * @property {number} port
 * @property {RecordedRequest[]} requests recorded requests, oldest first (same array after reset)
 * @property {(patch: LocalApiOptions) => void} configure merge options at run time
 * @property {() => void} reset forget recorded requests
 * @property {() => Promise<void>} close stop and destroy every open or hanging connection
 */

/**
 * @typedef {object} User
 * @property {string} id
 * @property {string} name
 * @property {string} email
 * @property {Record<string, string>} tags
 */

/**
 * The org's mutable contents: DELETE and PATCH change them; `configure` rebuilds them only
 * when its patch holds `members`, `users` or `groups`.
 * @typedef {object} World
 * @property {User[]} users
 * @property {Map<string, User>} usersByEmail lowercased keys
 * @property {Set<string>} members lowercased; invites of these get 409
 * @property {Map<string, { refs: string[], version: number }>} groups refs: email or id, as written
 */

/**
 * Options with defaults applied, plus lookup tables derived from them.
 * @typedef {object} State
 * @property {string} expectedAuth
 * @property {Set<string> | undefined} orgs
 * @property {number} batchLimit
 * @property {Map<string, Refusal>} refuse lowercased keys
 * @property {number} delayMs
 * @property {Map<string, Fault>} faultsByEmail lowercased keys
 * @property {boolean} strictSchema
 * @property {number} pageSize
 * @property {number | undefined} userListStatus
 * @property {boolean} userListLoop
 * @property {number} deleteStatus
 * @property {number} protectedStatus
 * @property {Map<string, Fault>} deleteFaultsByUser lowercased keys
 * @property {boolean} record
 * @property {number} maxBodyBytes
 * @property {((entry: LogEntry) => void) | undefined} log
 */

const JSON_TYPE = 'application/json'
const INVITE_PATH = /^\/org\/([^/]+)\/user\/-invite$/
const USER_LIST_PATH = /^\/org\/([^/]+)\/user\/?$/
const USER_PATH = /^\/org\/([^/]+)\/user\/([^/]+)$/
const GROUP_PATH = /^\/org\/([^/]+)\/group\/([^/]+)$/
const GROUP_LINK = /^\/org\/([^/]+)\/group\/([^/?#\s]+)$/
const USER_LINK = /^\/org\/([^/]+)\/user\/([^/?#\s]+)$/
const BUILT_IN_GROUPS = ['superusers', 'viewers']
const PROTECTED_TAG = 'cpln/protected'
const APPEND = '$append/memberLinks'
const DROP = '$drop/memberLinks'

/** @type {Record<number, string>} */
const DEFAULT_CODES = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'already_exists',
  413: 'payload_too_large',
  429: 'too_many_requests',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout'
}

/**
 * @param {number} status
 * @param {string} [code]
 * @param {string} [message]
 * @returns {ApiError}
 */
function apiError(status, code, message) {
  return {
    status,
    code: code ?? DEFAULT_CODES[status] ?? 'error',
    message: message ?? STATUS_CODES[status] ?? 'error',
    id: randomUUID()
  }
}

/**
 * A stable uuid-like id for the n-th derived user.
 * @param {number} n
 */
function userId(n) {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

/**
 * The user named by a link's or path's last segment: an id, else an address.
 * @param {World} world
 * @param {string} ref
 * @returns {User | undefined}
 */
function findUser(world, ref) {
  const plain = plainRef(ref)
  return world.users.find(u => u.id === plain) ?? world.usersByEmail.get(plain.toLowerCase())
}

/**
 * Whether a group member ref (email or id, as written) names this user.
 * @param {string} ref
 * @param {User} user
 */
function refNames(ref, user) {
  const plain = plainRef(ref)
  return plain === user.id || plain.toLowerCase() === user.email.toLowerCase()
}

/**
 * The email or id a group member link names, as written (a bare value is taken as it is).
 * @param {string} link
 */
function refOf(link) {
  const m = USER_LINK.exec(link)
  return m ? (m[2] ?? link) : link
}

/**
 * A member ref with any %-escapes undone, for comparing; as written when they are broken.
 * @param {string} ref
 */
function plainRef(ref) {
  return decodeSegment(ref) ?? ref
}

/**
 * @param {LocalApiOptions} o
 * @returns {World}
 */
function deriveWorld(o) {
  const memberList = o.members ?? []
  /** @type {UserSpec[]} */
  const specs = o.users ?? memberList.map(email => ({ email }))
  /** @type {User[]} */
  const users = specs.map((u, i) => ({
    id: u.id ?? userId(i + 1),
    name: u.name ?? u.email,
    email: u.email,
    tags: { ...u.tags }
  }))
  /** @type {Map<string, User>} */
  const usersByEmail = new Map()
  for (const u of users) usersByEmail.set(u.email.toLowerCase(), u)
  const members = new Set(memberList.map(m => m.toLowerCase()))
  for (const key of usersByEmail.keys()) members.add(key)
  /** @type {World['groups']} */
  const groups = new Map()
  for (const name of BUILT_IN_GROUPS) groups.set(name, { refs: [], version: 1 })
  for (const [name, links] of Object.entries(o.groups ?? {})) {
    groups.set(name, { refs: links.map(refOf), version: 1 })
  }
  return { users, usersByEmail, members, groups }
}

/**
 * @param {LocalApiOptions} o
 * @returns {State}
 */
function deriveState(o) {
  /** @type {Map<string, Refusal>} */
  const refuse = new Map()
  for (const [addr, r] of Object.entries(o.refuse ?? {})) refuse.set(addr.toLowerCase(), r)
  /** @param {Record<string, Fault> | undefined} table */
  const lowered = table => {
    /** @type {Map<string, Fault>} */
    const map = new Map()
    for (const [key, f] of Object.entries(table ?? {})) map.set(key.toLowerCase(), f)
    return map
  }
  return {
    expectedAuth: `Bearer ${o.token ?? 'test-key'}`,
    orgs: o.orgs ? new Set(o.orgs) : undefined,
    batchLimit: o.batchLimit ?? 10,
    refuse,
    delayMs: o.delayMs ?? 0,
    faultsByEmail: lowered(o.faultsByEmail),
    strictSchema: o.strictSchema ?? false,
    pageSize: Math.max(1, o.pageSize ?? 50),
    userListStatus: o.userListStatus,
    userListLoop: o.userListLoop ?? false,
    deleteStatus: o.deleteStatus ?? 204,
    protectedStatus: o.protectedStatus ?? 400,
    deleteFaultsByUser: lowered(o.deleteFaultsByUser),
    record: o.record ?? true,
    maxBodyBytes: o.maxBodyBytes ?? 1024 * 1024,
    log: o.log
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, value, headers) {
  const text = JSON.stringify(value)
  res.writeHead(status, {
    ...headers,
    'content-type': JSON_TYPE,
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {ApiError} error
 * @param {Record<string, string>} [headers]
 */
function sendError(res, error, headers) {
  sendJson(res, error.status, error, headers)
}

/**
 * The user as the API shows it.
 * @param {string} org
 * @param {User} u
 */
function userItem(org, u) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    kind: 'user',
    tags: { ...u.tags },
    links: [{ rel: 'self', href: `/org/${encodeURIComponent(org)}/user/${u.id}` }]
  }
}

/**
 * The group as the API shows it: member links in the form they were written.
 * @param {string} org
 * @param {string} name
 * @param {{ refs: string[], version: number }} group
 */
function groupItem(org, name, group) {
  const base = `/org/${encodeURIComponent(org)}`
  return {
    id: `group-${name}`,
    name,
    kind: 'group',
    version: group.version,
    description: name,
    tags: {},
    memberLinks: group.refs.map(ref => `${base}/user/${ref}`),
    links: [{ rel: 'self', href: `${base}/group/${encodeURIComponent(name)}` }]
  }
}

/**
 * @param {string} s
 * @returns {string | undefined}
 */
function decodeSegment(s) {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/**
 * Checks the body against `invite_request`. Returns an error message, or undefined when valid.
 * @param {unknown} body
 * @param {string} org
 * @param {boolean} strict
 */
function validateInvite(body, org, strict) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return 'request body must be a JSON object'
  }
  for (const [key, value] of Object.entries(body)) {
    if (key === 'emails') {
      if (!Array.isArray(value)) return 'emails must be an array'
      for (const item of value) {
        if (typeof item !== 'string') return 'emails must be an array of strings'
      }
    } else if (key === 'groupLink' && !strict) {
      if (typeof value !== 'string') return 'groupLink must be a string'
      const m = GROUP_LINK.exec(value)
      if (!m || decodeSegment(m[1] ?? '') !== org) {
        return `groupLink must have the form /org/${org}/group/{name}`
      }
    } else {
      return `property ${JSON.stringify(key)} is not allowed`
    }
  }
  return undefined
}

/**
 * Starts the fake API on 127.0.0.1.
 * @param {LocalApiOptions} [options]
 * @returns {Promise<LocalApi>}
 */
export async function startLocalApi(options = {}) {
  /** @type {LocalApiOptions} */
  let current = { ...options }
  let state = deriveState(current)
  let world = deriveWorld(current)
  /** One fault queue per endpoint. @type {Record<'invite' | 'delete' | 'group', Fault[]>} */
  const queues = {
    invite: [...(options.faults ?? [])],
    delete: [...(options.deleteFaults ?? [])],
    group: [...(options.groupFaults ?? [])]
  }
  /** How often each fault has been applied (for `times`). @type {WeakMap<Fault, number>} */
  let used = new WeakMap()
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  const timers = new Set()
  /** @type {Set<ReturnType<typeof setInterval>>} */
  const intervals = new Set()
  const t0 = performance.now()
  let closed = false

  /** @param {number} ms */
  const sleep = ms =>
    new Promise(resolve => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve(undefined)
      }, ms)
      timers.add(t)
    })

  /**
   * Picks the fault for a request: a by-address match first (`keys`, in order), else the
   * endpoint's queue.
   * @param {'invite' | 'delete' | 'group'} endpoint
   * @param {Map<string, Fault>} byKey lowercased keys
   * @param {readonly unknown[]} keys
   * @returns {Fault | undefined}
   */
  function takeFault(endpoint, byKey, keys) {
    if (byKey.size > 0) {
      for (const k of keys) {
        if (typeof k !== 'string') continue
        const f = byKey.get(k.toLowerCase())
        if (!f) continue
        const n = used.get(f) ?? 0
        if (f.times !== undefined && n >= f.times) continue
        used.set(f, n + 1)
        return f
      }
    }
    const queue = queues[endpoint]
    const head = queue[0]
    if (!head) return undefined
    const n = (used.get(head) ?? 0) + 1
    if (n >= (head.times ?? 1)) {
      queue.shift()
      used.delete(head)
    } else {
      used.set(head, n)
    }
    return head
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {boolean} whether the request may go on
   */
  function checkAuth(req, res) {
    if (req.headers.authorization !== state.expectedAuth) {
      sendError(res, apiError(401, 'unauthorized', 'missing or invalid Authorization header'))
      return false
    }
    return true
  }

  /**
   * @param {string} org
   * @param {import('node:http').ServerResponse} res
   */
  function checkOrg(org, res) {
    if (state.orgs && !state.orgs.has(org)) {
      sendError(res, apiError(403, 'forbidden', `Access denied to org ${org}`))
      return false
    }
    return true
  }

  /**
   * The normal invite answer for these addresses.
   * @param {string} org
   * @param {string[]} emails
   */
  function inviteAnswer(org, emails) {
    /** @type {Record<string, string>} */
    const invitations = Object.create(null)
    /** @type {Record<string, ApiError>} */
    const errors = Object.create(null)
    for (const e of emails) {
      const lower = e.toLowerCase()
      const refusal = state.refuse.get(lower)
      if (refusal) {
        errors[e] = apiError(refusal.status ?? 400, refusal.code, refusal.message ?? 'refused')
      } else if (world.members.has(lower)) {
        errors[e] = apiError(409, 'already_exists', `${e} is already a member`)
      } else {
        invitations[e] = `/org/${encodeURIComponent(org)}/invitation/${randomUUID()}`
      }
    }
    return { invitations, errors }
  }

  /**
   * Streams `bytes` bytes (a JSON document when large enough), honouring backpressure.
   * @param {import('node:http').ServerResponse} res
   * @param {HugeFault} fault
   */
  async function sendHuge(res, fault) {
    const total = Math.max(0, Math.floor(fault.bytes))
    const prefix = '{"invitations":{},"errors":{},"padding":"'
    const suffix = '"}'
    const asJson = total >= prefix.length + suffix.length
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': JSON_TYPE }
    if (!fault.chunked) headers['content-length'] = total
    res.writeHead(200, headers)
    let gone = false
    res.on('close', () => (gone = true))
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let left = total
    if (asJson) {
      res.write(prefix)
      left -= prefix.length + suffix.length
    }
    while (left > 0 && !gone) {
      const n = Math.min(left, chunk.length)
      left -= n
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
        await new Promise(resolve => {
          const done = () => {
            res.off('drain', done)
            res.off('close', done)
            resolve(undefined)
          }
          res.on('drain', done)
          res.on('close', done)
        })
      }
    }
    if (!gone) res.end(asJson ? suffix : undefined)
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Fault} fault
   * @param {() => unknown} answer the normal answer's body, for the faults that break it
   */
  async function applyFault(req, res, fault, answer) {
    switch (fault.kind) {
      case 'status': {
        /** @type {Record<string, string>} */
        const headers = { ...fault.headers }
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
        if (fault.retryAfterDateMs !== undefined) {
          headers['retry-after'] = new Date(Date.now() + fault.retryAfterDateMs).toUTCString()
        }
        sendError(res, apiError(fault.status, fault.code, fault.message), headers)
        return
      }
      case 'drop': {
        const socket = req.socket
        if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy()
        else socket.destroy()
        return
      }
      case 'reset-mid-body': {
        const text = JSON.stringify(answer())
        const body = Buffer.from(text)
        res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': body.length })
        res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))), () =>
          req.socket.destroy()
        )
        return
      }
      case 'hang':
        return
      case 'trickle': {
        res.writeHead(200, { 'content-type': JSON_TYPE })
        res.flushHeaders()
        const iv = setInterval(() => res.write(' '), Math.max(1, fault.intervalMs ?? 100))
        intervals.add(iv)
        res.on('close', () => {
          clearInterval(iv)
          intervals.delete(iv)
        })
        return
      }
      case 'truncated-json': {
        const text = JSON.stringify(answer())
        const body = Buffer.from(text).subarray(0, Math.floor(Buffer.byteLength(text) / 2))
        res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': body.length })
        res.end(body)
        return
      }
      case 'html': {
        const html =
          '<!DOCTYPE html>\n<html><head><title>Maintenance</title></head>' +
          '<body><h1>We will be back soon</h1></body></html>\n'
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': Buffer.byteLength(html)
        })
        res.end(html)
        return
      }
      case 'non-json': {
        const status = fault.status ?? 502
        const text = `${status} ${STATUS_CODES[status] ?? 'Error'}\n`
        res.writeHead(status, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(text)
        })
        res.end(text)
        return
      }
      case 'huge':
        await sendHuge(res, fault)
        return
      case 'echo-key': {
        const auth = req.headers.authorization ?? ''
        const status = fault.status ?? 400
        sendError(res, apiError(status, undefined, `rejected request with authorization ${auth}`), {
          'x-echo': auth
        })
        return
      }
      case 'raw': {
        res.writeHead(fault.status ?? 200, {
          'content-type': fault.contentType ?? JSON_TYPE,
          'content-length': Buffer.byteLength(fault.body)
        })
        res.end(fault.body)
        return
      }
      default:
        sendError(
          res,
          apiError(500, 'internal_error', `local-api: unknown fault kind ${String(fault.kind)}`)
        )
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} org
   * @param {unknown} body
   * @param {boolean} parsed whether `body` is parsed JSON
   * @param {string[] | undefined} emails
   */
  async function handleInvite(req, res, org, body, parsed, emails) {
    const fault = takeFault('invite', state.faultsByEmail, emails ?? [])
    if (state.delayMs > 0) await sleep(state.delayMs)
    if (closed) return
    if (fault && fault.kind !== 'unknown-errors') {
      await applyFault(req, res, fault, () => inviteAnswer(org, emails ?? []))
      return
    }
    if (!checkAuth(req, res) || !checkOrg(org, res)) return
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (mediaType !== JSON_TYPE) {
      sendError(res, apiError(400, 'bad_request', 'content-type must be application/json'))
      return
    }
    if (!parsed) {
      sendError(res, apiError(400, 'bad_request', 'request body is not valid JSON'))
      return
    }
    const invalid = validateInvite(body, org, state.strictSchema)
    if (invalid) {
      sendError(res, apiError(400, 'bad_request', invalid))
      return
    }
    const list = emails ?? []
    if (list.length > state.batchLimit) {
      sendError(res, apiError(400, 'bad_request', `at most ${state.batchLimit} emails per request`))
      return
    }
    const answer = inviteAnswer(org, list)
    if (fault && fault.kind === 'unknown-errors') {
      answer.errors[fault.email] = apiError(400, 'bad_request', `${fault.email} was rejected`)
    }
    sendJson(res, 200, answer)
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {string} org
   * @param {URLSearchParams} query
   */
  function handleUserList(res, org, query) {
    if (state.userListStatus !== undefined) {
      sendError(res, apiError(state.userListStatus))
      return
    }
    const users = world.users
    const cursorText = query.get('cursor')
    const cursor = cursorText === null ? 0 : Number(cursorText)
    if (!Number.isInteger(cursor) || cursor < 0 || cursor > users.length) {
      sendError(res, apiError(400, 'bad_request', 'invalid cursor'))
      return
    }
    const base = `/org/${encodeURIComponent(org)}/user`
    const end = Math.min(users.length, cursor + state.pageSize)
    const links = [{ rel: 'self', href: cursor === 0 ? base : `${base}?cursor=${cursor}` }]
    if (end < users.length) links.push({ rel: 'next', href: `${base}?cursor=${end}` })
    else if (state.userListLoop) links.push({ rel: 'next', href: base })
    sendJson(res, 200, {
      kind: 'list',
      itemKind: 'user',
      items: users.slice(cursor, end).map(u => userItem(org, u)),
      links
    })
  }

  /** Faults whose answer is broken after the change was made. @param {Fault | undefined} f */
  const changesThenBreaks = f => f?.kind === 'reset-mid-body' || f?.kind === 'truncated-json'

  /**
   * Removes the user from the org and from every group.
   * @param {User} user
   */
  function removeUser(user) {
    world.users = world.users.filter(u => u !== user)
    world.usersByEmail.delete(user.email.toLowerCase())
    world.members.delete(user.email.toLowerCase())
    for (const group of world.groups.values()) {
      const refs = group.refs.filter(ref => !refNames(ref, user))
      if (refs.length !== group.refs.length) {
        group.refs = refs
        group.version++
      }
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} org
   * @param {string} ref email or id from the path
   */
  async function handleDeleteUser(req, res, org, ref) {
    const target = findUser(world, ref)
    const keys = target ? [ref, target.email, target.id] : [ref]
    const fault = takeFault('delete', state.deleteFaultsByUser, keys)
    if (state.delayMs > 0) await sleep(state.delayMs)
    if (closed) return
    if (fault && !changesThenBreaks(fault)) {
      await applyFault(req, res, fault, () => ({}))
      return
    }
    if (!checkAuth(req, res) || !checkOrg(org, res)) return
    // Looked up again: another request may have removed the user during the delay.
    const user = findUser(world, ref)
    if (!user) {
      sendError(res, apiError(404, 'not_found', `user ${ref} not found`))
      return
    }
    if (user.tags[PROTECTED_TAG] === 'true') {
      sendError(
        res,
        apiError(
          state.protectedStatus,
          'protected',
          `user ${ref} is protected (tag ${PROTECTED_TAG}=true) and cannot be deleted`
        )
      )
      return
    }
    removeUser(user)
    if (fault) {
      await applyFault(req, res, fault, () => userItem(org, user))
      return
    }
    if (state.deleteStatus === 204) {
      res.writeHead(204)
      res.end()
    } else {
      sendJson(res, state.deleteStatus, userItem(org, user))
    }
  }

  /**
   * Checks a PATCH of a group; returns an error message, or the links to append and drop.
   * @param {unknown} body
   * @param {string} org
   * @returns {string | { append: string[], drop: string[] }}
   */
  function readGroupPatch(body, org) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return 'request body must be a JSON object'
    }
    /** @type {{ append: string[], drop: string[] }} */
    const change = { append: [], drop: [] }
    for (const [key, value] of Object.entries(body)) {
      if (key === 'memberLinks') {
        return `memberLinks replaces every member of the group; this API takes only ${APPEND} and ${DROP}`
      }
      if (key !== APPEND && key !== DROP) return `property ${JSON.stringify(key)} is not allowed`
      if (!Array.isArray(value)) return `${key} must be an array`
      for (const link of value) {
        const m = typeof link === 'string' ? USER_LINK.exec(link) : null
        const ref = m?.[2]
        if (!m || decodeSegment(m[1] ?? '') !== org || ref === undefined || !decodeSegment(ref)) {
          return `${key} must hold links of the form /org/${org}/user/{email or id}`
        }
        if (key === APPEND && !findUser(world, ref)) {
          return `${link} is not a member of the org; only members can be added to a group`
        }
        ;(key === APPEND ? change.append : change.drop).push(ref)
      }
    }
    return change
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} method
   * @param {string} org
   * @param {string} name
   * @param {unknown} body
   * @param {boolean} parsed
   */
  async function handleGroup(req, res, method, org, name, body, parsed) {
    const fault = takeFault('group', new Map(), [])
    if (state.delayMs > 0) await sleep(state.delayMs)
    if (closed) return
    const group = world.groups.get(name)
    if (fault && !(method === 'PATCH' && changesThenBreaks(fault))) {
      await applyFault(req, res, fault, () => (group ? groupItem(org, name, group) : {}))
      return
    }
    if (!checkAuth(req, res) || !checkOrg(org, res)) return
    if (!group) {
      sendError(res, apiError(404, 'not_found', `group ${name} not found`))
      return
    }
    if (method === 'GET') {
      sendJson(res, 200, groupItem(org, name, group))
      return
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (mediaType !== JSON_TYPE) {
      sendError(res, apiError(400, 'bad_request', 'content-type must be application/json'))
      return
    }
    if (!parsed) {
      sendError(res, apiError(400, 'bad_request', 'request body is not valid JSON'))
      return
    }
    const change = readGroupPatch(body, org)
    if (typeof change === 'string') {
      sendError(res, apiError(400, 'bad_request', change))
      return
    }
    const dropped = change.drop.map(ref => findUser(world, ref)).filter(u => u !== undefined)
    group.refs = group.refs.filter(
      ref => !change.drop.includes(ref) && !dropped.some(u => refNames(ref, u))
    )
    for (const ref of change.append) {
      const user = findUser(world, ref)
      if (!group.refs.some(r => r === ref || (user !== undefined && refNames(r, user)))) {
        group.refs.push(ref)
      }
    }
    group.version++
    if (fault) {
      await applyFault(req, res, fault, () => groupItem(org, name, group))
      return
    }
    sendJson(res, 200, groupItem(org, name, group))
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} rawBody
   * @param {boolean} tooLarge the body was over `maxBodyBytes` (and `rawBody` is empty)
   */
  async function route(req, res, rawBody, tooLarge) {
    const method = req.method ?? 'GET'
    const rawPath = req.url ?? '/'
    const q = rawPath.indexOf('?')
    const pathname = q === -1 ? rawPath : rawPath.slice(0, q)

    /** @type {unknown} */
    let body
    let parsed = false
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody)
        parsed = true
      } catch {
        body = rawBody
      }
    }
    /** @type {string[] | undefined} */
    let emails
    if (parsed && body !== null && typeof body === 'object' && 'emails' in body) {
      const list = /** @type {{ emails: unknown }} */ (body).emails
      if (Array.isArray(list)) emails = list
    }
    if (state.record) {
      /** @type {RecordedRequest} */
      const rec = { method, path: rawPath, headers: req.headers, body, at: performance.now() - t0 }
      if (emails) rec.emails = emails
      requests.push(rec)
    }
    if (state.log) {
      const log = state.log
      const started = performance.now()
      const count = emails?.length
      res.on('close', () => {
        log({
          method,
          path: rawPath,
          emails: count,
          status: res.headersSent ? res.statusCode : 'no response',
          ms: Math.round(performance.now() - started)
        })
      })
    }
    if (tooLarge) {
      sendError(res, apiError(413, 'payload_too_large', 'request body too large'))
      return
    }

    let m = INVITE_PATH.exec(pathname)
    if (m && method === 'POST') {
      const org = decodeSegment(m[1] ?? '')
      if (org !== undefined) return handleInvite(req, res, org, body, parsed, emails)
    }
    if (method === 'GET' && (m = USER_LIST_PATH.exec(pathname))) {
      const org = decodeSegment(m[1] ?? '')
      if (org !== undefined) {
        if (!checkAuth(req, res) || !checkOrg(org, res)) return
        handleUserList(res, org, new URLSearchParams(q === -1 ? '' : rawPath.slice(q + 1)))
        return
      }
    }
    if (method === 'GET' && (m = USER_PATH.exec(pathname))) {
      const org = decodeSegment(m[1] ?? '')
      const email = decodeSegment(m[2] ?? '')
      if (org !== undefined && email !== undefined) {
        if (!checkAuth(req, res) || !checkOrg(org, res)) return
        const user = findUser(world, email)
        if (user) sendJson(res, 200, userItem(org, user))
        else sendError(res, apiError(404, 'not_found', `user ${email} not found`))
        return
      }
    }
    if (method === 'DELETE' && (m = USER_PATH.exec(pathname))) {
      const org = decodeSegment(m[1] ?? '')
      const ref = decodeSegment(m[2] ?? '')
      if (org !== undefined && ref !== undefined && ref !== '-invite') {
        return handleDeleteUser(req, res, org, ref)
      }
    }
    if ((method === 'GET' || method === 'PATCH') && (m = GROUP_PATH.exec(pathname))) {
      const org = decodeSegment(m[1] ?? '')
      const name = decodeSegment(m[2] ?? '')
      if (org !== undefined && name !== undefined) {
        return handleGroup(req, res, method, org, name, body, parsed)
      }
    }
    sendError(res, apiError(404, 'not_found', `no route for ${method} ${pathname}`))
  }

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    req.on('data', chunk => {
      size += chunk.length
      if (size <= state.maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () => {
      const tooLarge = size > state.maxBodyBytes
      const rawBody =
        chunks.length === 0 || tooLarge
          ? ''
          : chunks.length === 1
            ? String(chunks[0])
            : Buffer.concat(chunks).toString('utf8')
      route(req, res, rawBody, tooLarge).catch(err => {
        if (!res.headersSent && !res.destroyed) {
          sendError(res, apiError(500, 'internal_error', `local-api: ${String(err)}`))
        } else {
          res.destroy()
        }
      })
    })
    req.on('error', () => res.destroy())
  })
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 10_000
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('clientError', (_err, socket) => socket.destroy())

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve(undefined)
    })
  })
  const address = server.address()
  const port = address !== null && typeof address === 'object' ? address.port : 0

  /** @type {Promise<void> | undefined} */
  let closing

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    configure(patch) {
      current = { ...current, ...patch }
      state = deriveState(current)
      if ('members' in patch || 'users' in patch || 'groups' in patch) world = deriveWorld(current)
      if ('faults' in patch) queues.invite = [...(patch.faults ?? [])]
      if ('deleteFaults' in patch) queues.delete = [...(patch.deleteFaults ?? [])]
      if ('groupFaults' in patch) queues.group = [...(patch.groupFaults ?? [])]
      if (
        ['faults', 'faultsByEmail', 'deleteFaults', 'deleteFaultsByUser', 'groupFaults'].some(
          k => k in patch
        )
      ) {
        used = new WeakMap()
      }
    },
    reset() {
      requests.length = 0
    },
    close() {
      if (closing) return closing
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      for (const iv of intervals) clearInterval(iv)
      intervals.clear()
      closing = new Promise(resolve => {
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
        server.closeAllConnections()
      })
      return closing
    }
  }
}

/**
 * Command line entry point.
 * @param {string[]} args
 */
async function main(args) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      'delay-ms': { type: 'string' },
      'batch-limit': { type: 'string' },
      members: { type: 'string' },
      orgs: { type: 'string' },
      'page-size': { type: 'string' },
      group: { type: 'string', multiple: true },
      protected: { type: 'string' },
      'delete-status': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    console.log(
      'usage: node tools/local-api.mjs [--port N] [--token T] [--delay-ms N] ' +
        '[--batch-limit N] [--members a@x.com,b@y.com] [--orgs org1,org2] [--page-size N] ' +
        '[--group name=a@x.com,b@y.com ...] [--protected a@x.com,...] [--delete-status N]\n' +
        "  --group sets a group's members (repeat for more groups; superusers and viewers exist);\n" +
        '  --protected members are tagged cpln/protected=true and cannot be deleted.'
    )
    return
  }
  /** @param {string} name @param {string | undefined} text */
  const int = (name, text) => {
    if (text === undefined) return undefined
    const n = Number(text)
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`)
    return n
  }
  /** @param {string | undefined} text */
  const list = text =>
    text === undefined
      ? undefined
      : text
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
  /** @type {Record<string, string[]>} */
  const groups = {}
  for (const spec of values.group ?? []) {
    const eq = spec.indexOf('=')
    if (eq <= 0) throw new Error(`--group must look like name=a@x.com,b@y.com, not ${spec}`)
    groups[spec.slice(0, eq).trim()] = list(spec.slice(eq + 1)) ?? []
  }
  const protectedSet = new Set((list(values.protected) ?? []).map(e => e.toLowerCase()))
  const members = list(values.members) ?? []
  for (const e of list(values.protected) ?? []) {
    if (!members.some(m => m.toLowerCase() === e.toLowerCase())) members.push(e)
  }
  const api = await startLocalApi({
    port: int('port', values.port),
    token: values.token,
    delayMs: int('delay-ms', values['delay-ms']),
    batchLimit: int('batch-limit', values['batch-limit']),
    users: members.map(email => {
      /** @type {Record<string, string>} */
      const tags = protectedSet.has(email.toLowerCase()) ? { 'cpln/protected': 'true' } : {}
      return { email, tags }
    }),
    groups,
    pageSize: int('page-size', values['page-size']),
    deleteStatus: int('delete-status', values['delete-status']),
    orgs: list(values.orgs),
    record: false,
    log: e =>
      console.log(
        `${e.method} ${e.path}${e.emails === undefined ? '' : ` emails=${e.emails}`} -> ${e.status} (${e.ms} ms)`
      )
  })
  console.log(`local Control Plane API listening on ${api.url}`)
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main(process.argv.slice(2)).catch(err => {
    console.error(`local-api: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(2)
  })
}
