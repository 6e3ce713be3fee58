// The HTTP client for the Control Plane API: one request with bounded retries. It never
// follows redirects (undici's `request` does not without an interceptor), reads at most
// MAX_BODY_BYTES of a body, and passes every text it returns through the redactor.
import { EnvHttpProxyAgent, request, type Dispatcher } from './undici.js'
import type { Redactor } from '../secrets.js'
import type { ApiFailure } from './failure.js'
import { authorizationHeader } from '../secrets.js'

export const MAX_BODY_BYTES = 10 * 1024 * 1024

export interface ClientSettings {
  /** Base URL without a trailing slash. */
  apiUrl: string
  token: string
  timeoutMs: number
  maxAttempts: number
  userAgent: string
  redact: Redactor
  /** First backoff step; doubled on each retry, with jitter. */
  backoffBaseMs: number
  /** Cap on any single wait, including one asked for by Retry-After. */
  maxWaitMs: number
  dispatcher: Dispatcher
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

export type ApiResponse =
  { ok: true; status: number; body: unknown; attempts: number } | { ok: false; failure: ApiFailure }

export interface RetryNotice {
  attempt: number
  maxAttempts: number
  waitMs: number
  reason: string
}

/**
 * undici's EnvHttpProxyAgent reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY as the runner sets them,
 * and falls back to a plain keep-alive Agent when none is set.
 */
export function makeDispatcher(connections: number): Dispatcher {
  return new EnvHttpProxyAgent({ connections, keepAliveTimeout: 10_000 })
}

type Attempt =
  | { kind: 'response'; status: number; headers: Record<string, unknown>; text: string }
  | { kind: 'network'; code: string; message: string }

const RETRIED_STATUSES = new Set([500, 502, 503, 504])
const NONE: ReadonlySet<number> = new Set()

/**
 * Network failures that the same request would meet again: an oversized body, an unknown
 * host (a transient DNS failure is EAI_AGAIN, which is retried) and a certificate problem.
 */
export function isPermanentNetworkFailure(code: string): boolean {
  // TLS verification codes come from OpenSSL (UNABLE_TO_VERIFY_LEAF_SIGNATURE,
  // DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED...) or from Node (ERR_TLS_*, ERR_SSL_*).
  return (
    code === 'response_too_large' ||
    code === 'ENOTFOUND' ||
    /CERT|SELF_SIGNED|^UNABLE_TO_|^ERR_TLS_|^ERR_SSL_/.test(code)
  )
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

async function attemptOnce(
  settings: ClientSettings,
  method: Method,
  url: string,
  body: string | undefined
): Promise<Attempt> {
  const signal = AbortSignal.timeout(settings.timeoutMs)
  try {
    const response = await request(url, {
      method,
      dispatcher: settings.dispatcher,
      signal,
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
      headers: {
        authorization: authorizationHeader(settings.token),
        accept: 'application/json',
        'user-agent': settings.userAgent,
        ...(body === undefined ? {} : { 'content-type': 'application/json' })
      },
      body
    })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length
      if (size > MAX_BODY_BYTES) {
        response.body.destroy()
        const start = Buffer.concat(chunks).subarray(0, 400).toString('utf8')
        return {
          kind: 'network',
          code: 'response_too_large',
          message:
            `HTTP ${response.statusCode} with a body larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was not read` +
            (start === '' ? '' : ` (it starts: ${excerpt(start, settings.redact, 120)})`)
        }
      }
      chunks.push(chunk as Buffer)
    }
    return {
      kind: 'response',
      status: response.statusCode,
      headers: response.headers,
      text: Buffer.concat(chunks).toString('utf8')
    }
  } catch (error) {
    if (signal.aborted) {
      return {
        kind: 'network',
        code: 'timeout',
        message: `no complete response within ${settings.timeoutMs / 1000} s (timeout-seconds)`
      }
    }
    return { kind: 'network', ...describeNetworkError(error) }
  }
}

function describeNetworkError(error: unknown): { code: string; message: string } {
  const err = error as { code?: string; message?: string; cause?: { code?: string } }
  const code = err.cause?.code ?? err.code ?? 'network_error'
  const known: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'the host name could not be resolved',
    EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the connection closed before the response was complete',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time (timeout-seconds)',
    UND_ERR_BODY_TIMEOUT: 'the response body stalled (timeout-seconds)',
    UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time'
  }
  return { code, message: known[code] ?? `network error: ${err.message ?? String(error)}` }
}

/** A short, single-line, redacted excerpt of a body for an error message. */
export function excerpt(text: string, redact: Redactor, limit = 200): string {
  const flat = redact(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const value = headers[name]
  if (Array.isArray(value)) return value[0] as string
  return typeof value === 'string' ? value : undefined
}

/** Retry-After in ms (seconds or HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  // Numbers never reach Date.parse, which reads "1.5" or "-1" as dates in 2001 (a wait of 0).
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000
  // An HTTP date names its day and month; anything without letters is not one.
  if (!/[a-z]/i.test(text)) return undefined
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

interface ErrorBody {
  code?: string
  message?: string
  id?: string
}

function readErrorBody(text: string): ErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
    const body = parsed as Record<string, unknown>
    return {
      code: typeof body.code === 'string' ? body.code : undefined,
      message: typeof body.message === 'string' ? body.message : undefined,
      id: typeof body.id === 'string' ? body.id : undefined
    }
  } catch {
    return undefined
  }
}

type Verdict =
  | { kind: 'success'; status: number; body: unknown }
  | { kind: 'retry'; failure: Omit<ApiFailure, 'attempts' | 'retriesExhausted'>; waitMs?: number }
  | { kind: 'fail'; failure: Omit<ApiFailure, 'attempts' | 'retriesExhausted'> }

/**
 * `method`: a DELETE is done on any 2xx, whatever its body (a 204 has none).
 * `alsoRetried`: statuses retried for this call besides 429 and 5xx (409 for a DELETE, as
 * Control Plane's own clients do).
 */
function judge(
  result: Attempt,
  redact: Redactor,
  method: Method = 'GET',
  alsoRetried: ReadonlySet<number> = NONE
): Verdict {
  if (result.kind === 'network') {
    const failure = { code: result.code, message: result.message }
    return isPermanentNetworkFailure(result.code)
      ? { kind: 'fail', failure }
      : { kind: 'retry', failure }
  }
  const { status, text, headers } = result
  if (status >= 200 && status < 300) {
    if (method === 'DELETE') return { kind: 'success', status, body: undefined }
    try {
      return { kind: 'success', status, body: JSON.parse(text) as unknown }
    } catch {
      const type = header(headers, 'content-type') ?? 'no content type'
      return {
        kind: 'fail',
        failure: {
          status,
          code: 'bad_response',
          message: `HTTP ${status} with a body that is not JSON (${excerpt(type, redact, 60)}): ${excerpt(text, redact) || '(empty)'}`
        }
      }
    }
  }
  if (status >= 300 && status < 400) {
    const location = header(headers, 'location')
    return {
      kind: 'fail',
      failure: {
        status,
        code: 'redirect',
        message:
          `HTTP ${status} redirect${location ? ` to ${excerpt(location, redact, 120)}` : ''}; ` +
          'redirects are not followed: check that api-url is the API address (https://api.cpln.io)'
      }
    }
  }
  const parsed = readErrorBody(text)
  const failure = {
    status,
    // The code comes from the server like the message, and is shown in messages and retry
    // notices too, so it is redacted as well.
    code: parsed?.code === undefined ? `http_${status}` : redact(parsed.code),
    message: parsed?.message
      ? redact(parsed.message)
      : `HTTP ${status}${text.trim() ? `: ${excerpt(text, redact)}` : ''}`,
    id: parsed?.id === undefined ? undefined : redact(parsed.id)
  }
  if (status === 429) {
    // A quota is not a passing limit: Control Plane's own clients never retry it.
    if (/quota/i.test(parsed?.message ?? text)) return { kind: 'fail', failure }
    return {
      kind: 'retry',
      failure,
      waitMs: parseRetryAfter(header(headers, 'retry-after'))
    }
  }
  if (RETRIED_STATUSES.has(status) || alsoRetried.has(status)) {
    return { kind: 'retry', failure, waitMs: parseRetryAfter(header(headers, 'retry-after')) }
  }
  return { kind: 'fail', failure }
}

export function backoffMs(settings: ClientSettings, attempt: number, asked?: number): number {
  if (asked !== undefined) return Math.min(asked, settings.maxWaitMs)
  const random = settings.random ?? Math.random
  const exponential = settings.backoffBaseMs * 2 ** (attempt - 1)
  // Jitter spreads the retries of concurrent batches so they do not arrive together.
  return Math.min(settings.maxWaitMs, exponential * (0.5 + random() / 2))
}

const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Sends one request to `path` (relative to the API URL, already encoded), retrying network
 * errors, timeouts, 5xx, non-quota 429 and the statuses of `alsoRetried` up to
 * `maxAttempts` times.
 */
export async function callApi(
  settings: ClientSettings,
  method: Method,
  path: string,
  body?: unknown,
  onRetry?: (notice: RetryNotice) => void,
  alsoRetried?: ReadonlySet<number>
): Promise<ApiResponse> {
  const url = `${settings.apiUrl}${path}`
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const sleep = settings.sleep ?? defaultSleep
  for (let attempt = 1; ; attempt++) {
    const verdict = judge(
      await attemptOnce(settings, method, url, payload),
      settings.redact,
      method,
      alsoRetried
    )
    if (verdict.kind === 'success')
      return { ok: true, status: verdict.status, body: verdict.body, attempts: attempt }
    if (verdict.kind === 'fail') {
      return {
        ok: false,
        failure: { ...verdict.failure, attempts: attempt, retriesExhausted: false }
      }
    }
    if (attempt >= settings.maxAttempts) {
      return {
        ok: false,
        failure: { ...verdict.failure, attempts: attempt, retriesExhausted: true }
      }
    }
    const waitMs = backoffMs(settings, attempt, verdict.waitMs)
    onRetry?.({
      attempt,
      maxAttempts: settings.maxAttempts,
      waitMs,
      reason: verdict.failure.status
        ? `HTTP ${verdict.failure.status} ${verdict.failure.code}`
        : verdict.failure.message
    })
    await sleep(waitMs)
  }
}
