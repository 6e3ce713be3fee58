// Reads and validates every action input once, so that the rest of the action works on a
// plain, already-checked Config. Each error names the input and says how to fix it.
import { inputError } from './errors.js'
import { isControlPlaneName } from './names.js'
import { parseKeep, parseMaxRemovals, type KeepPattern, type MaxRemovals } from './plan/removals.js'
import { stripBearer } from './secrets.js'
import { quote } from './text.js'

/** Every input `action.yml` declares; a test keeps this list, action.yml and the README in step. */
export const INPUT_NAMES = [
  'org',
  'token',
  'emails',
  'emails-file',
  'emails-key',
  'dry-run',
  'fail-on-errors',
  'batch-size',
  'concurrency',
  'max-attempts',
  'timeout-seconds',
  'api-url',
  'group',
  'skip-existing',
  'only-added',
  'base-ref',
  'github-token',
  'allow-pull-request-events',
  'sync-groups',
  'remove-missing',
  'keep',
  'max-removals'
] as const

/**
 * Events that run a change nobody has merged yet: the action only plans on them, so that a
 * pull request that adds an address cannot grant access before review.
 */
export const PLAN_ONLY_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

export interface Config {
  org: string
  /** The key as given (possibly with `Bearer `); empty only in a dry run without a key. */
  token: string
  emails: string
  emailsFile?: string
  emailsKey?: string
  /** True when dry-run is, and on a pull-request event (see planOnlyEvent). */
  dryRun: boolean
  /**
   * The pull-request event that turned a run with dry-run: false into a plan (unless
   * allow-pull-request-events); undefined otherwise.
   */
  planOnlyEvent?: string
  failOnErrors: boolean
  batchSize: number
  concurrency: number
  maxAttempts: number
  timeoutMs: number
  /** The API's base URL without a trailing slash, e.g. `https://api.cpln.io` or `http://127.0.0.1:8080/prefix`. */
  apiUrl: string
  group?: string
  skipExisting: boolean
  onlyAdded: boolean
  baseRef?: string
  githubToken: string
  /** Add existing members to the group their entry resolves to (never removes). */
  syncGroups: boolean
  /** remove-missing: remove the org's members missing from the addresses given. */
  removeMissing: boolean
  /** Never removed (remove-missing). */
  keep: KeepPattern[]
  /** The most one run may remove (remove-missing). */
  maxRemovals: MaxRemovals
}

export function checkName(input: string, value: string): string {
  if (!isControlPlaneName(value)) {
    throw inputError(
      input,
      `Input '${input}' is not a valid Control Plane name: ${quote(value)}. ` +
        'Use 2 to 64 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.'
    )
  }
  return value
}

export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw inputError(input, `Input '${input}' must be true or false, not ${quote(raw)}.`)
}

export function parseBoundedNumber(
  input: string,
  raw: string,
  fallback: number,
  min: number,
  max: number,
  integer = true
): number {
  const text = raw.trim()
  if (text === '') return fallback
  const value = Number(text)
  const shapeOk = integer ? /^\d+$/.test(text) : /^\d+(\.\d+)?$/.test(text)
  if (!shapeOk || !Number.isFinite(value) || value < min || value > max) {
    const kind = integer ? 'a whole number' : 'a number'
    throw inputError(
      input,
      `Input '${input}' must be ${kind} from ${min} to ${max}, not ${quote(raw)}.`
    )
  }
  return value
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host === '::1') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

export function parseApiUrl(raw: string): string {
  const text = raw.trim() || 'https://api.cpln.io'
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw inputError(
      'api-url',
      `Input 'api-url' is not a URL: ${quote(text)}. Use for example https://api.cpln.io.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw inputError('api-url', `Input 'api-url' must use https://, not ${url.protocol}//.`)
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw inputError(
      'api-url',
      `Input 'api-url' uses plain http:// for ${url.hostname}, which would send the key unencrypted. ` +
        'Use https://, or http:// only for a loopback host (127.0.0.1, ::1, localhost).'
    )
  }
  if (url.username || url.password) {
    throw inputError('api-url', "Input 'api-url' must not contain a user name or password.")
  }
  if (url.search || url.hash) {
    throw inputError('api-url', "Input 'api-url' must not contain a query (?) or fragment (#).")
  }
  let end = url.pathname.length
  while (end > 0 && url.pathname.charCodeAt(end - 1) === 47 /* / */) end--
  return `${url.origin}${url.pathname.slice(0, end)}`
}

function optional(value: string): string | undefined {
  const text = value.trim()
  return text === '' ? undefined : text
}

/**
 * Builds the Config from the inputs. `getInput` returns '' for an input that was not given,
 * as @actions/core does; `env` supplies the CPLN_* fall-backs of the official CLI.
 */
export function readConfig(
  getInput: (name: InputName) => string,
  env: Record<string, string | undefined>
): Config {
  // No CPLN_ORG fall-back: action.yml declares org required, and a workflow linter flags a
  // step without it; which org is invited into must be visible in the workflow itself.
  const org = getInput('org').trim()
  if (org === '') {
    throw inputError('org', "Input 'org' is required: the name of your Control Plane org.")
  }
  checkName('org', org)

  const allowPullRequestEvents = parseBoolean(
    'allow-pull-request-events',
    getInput('allow-pull-request-events'),
    false
  )
  const event = env.GITHUB_EVENT_NAME ?? ''
  const asked = parseBoolean('dry-run', getInput('dry-run'), false)
  const planOnlyEvent =
    !asked && !allowPullRequestEvents && (PLAN_ONLY_EVENTS as readonly string[]).includes(event)
      ? event
      : undefined
  const dryRun = asked || planOnlyEvent !== undefined
  const given = getInput('token').trim() || (env.CPLN_TOKEN ?? '').trim()
  // A lone "Bearer" holds no key (see stripBearer).
  const token = stripBearer(given) === '' ? '' : given
  // A key that HTTP headers cannot carry (a secret pasted across two lines) would fail
  // every request as a network error, each retried: refuse it here, without showing it.
  if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) {
    throw inputError(
      'token',
      "Input 'token' contains a line break or another character that cannot be sent in an HTTP header; " +
        'check that the secret holds the key alone, on one line.'
    )
  }
  if (token === '' && !dryRun) {
    throw inputError(
      'token',
      "Input 'token' is required: pass a Control Plane service account key, e.g. " +
        'token: ${{ secrets.CPLN_TOKEN }}, or set the CPLN_TOKEN environment variable. ' +
        'A dry run (dry-run: true) needs no key.'
    )
  }

  const emails = getInput('emails')
  const emailsFile = optional(getInput('emails-file'))
  const emailsKey = optional(getInput('emails-key'))
  if (emails.trim() === '' && emailsFile === undefined) {
    throw inputError(
      'emails',
      "No addresses given: set input 'emails' (a list of addresses) or 'emails-file' (a team file in the repository), or both."
    )
  }
  if (emailsKey !== undefined && emailsFile === undefined) {
    throw inputError('emails-key', "Input 'emails-key' needs 'emails-file' to be set too.")
  }
  if (emailsKey !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(emailsKey)) {
    throw inputError(
      'emails-key',
      `Input 'emails-key' must be a dotted path such as teams.platform, not ${quote(emailsKey)}.`
    )
  }

  const group = optional(getInput('group'))
  if (group !== undefined) checkName('group', group)

  const onlyAdded = parseBoolean('only-added', getInput('only-added'), false)
  if (onlyAdded && emailsFile === undefined) {
    throw inputError(
      'only-added',
      "Input 'only-added' compares versions of the team file, so it needs 'emails-file' to be set."
    )
  }

  const baseRef = optional(getInput('base-ref'))
  if (baseRef !== undefined && !onlyAdded) {
    throw inputError(
      'base-ref',
      "Input 'base-ref' only matters with only-added: true; set only-added, or remove base-ref."
    )
  }

  const removal = readRemovalInputs(getInput, emailsFile)

  return {
    org,
    token,
    emails,
    emailsFile,
    emailsKey,
    dryRun,
    planOnlyEvent,
    failOnErrors: parseBoolean('fail-on-errors', getInput('fail-on-errors'), false),
    batchSize: parseBoundedNumber('batch-size', getInput('batch-size'), 10, 1, 1000),
    concurrency: parseBoundedNumber('concurrency', getInput('concurrency'), 4, 1, 16),
    maxAttempts: parseBoundedNumber('max-attempts', getInput('max-attempts'), 4, 1, 10),
    timeoutMs:
      parseBoundedNumber('timeout-seconds', getInput('timeout-seconds'), 30, 1, 600, false) * 1000,
    apiUrl: parseApiUrl(getInput('api-url')),
    group,
    skipExisting: parseBoolean('skip-existing', getInput('skip-existing'), false),
    onlyAdded,
    baseRef,
    githubToken: getInput('github-token').trim(),
    syncGroups: parseBoolean('sync-groups', getInput('sync-groups'), false),
    ...removal
  }
}

/** remove-missing, keep and max-removals. keep and max-removals are checked even when off. */
function readRemovalInputs(
  getInput: (name: InputName) => string,
  emailsFile: string | undefined
): Pick<Config, 'removeMissing' | 'keep' | 'maxRemovals'> {
  const removeMissing = parseBoolean('remove-missing', getInput('remove-missing'), false)
  if (removeMissing && emailsFile === undefined) {
    throw inputError(
      'remove-missing',
      "Input 'remove-missing' removes the members missing from the team file, so it needs 'emails-file' to be set."
    )
  }
  return {
    removeMissing,
    keep: parseKeep(getInput('keep')),
    maxRemovals: parseMaxRemovals(getInput('max-removals'))
  }
}

/**
 * The backoff of retries: CPLN_INVITE_RETRY_BASE_MS (the first wait, doubled on each retry)
 * and CPLN_INVITE_RETRY_MAX_WAIT_MS (the cap on any wait). Tests shorten them.
 */
export function retryTiming(env: Record<string, string | undefined>): {
  backoffBaseMs: number
  maxWaitMs: number
} {
  const ms = (name: string, fallback: number): number => {
    const value = Number(env[name])
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    backoffBaseMs: ms('CPLN_INVITE_RETRY_BASE_MS', 1000),
    maxWaitMs: ms('CPLN_INVITE_RETRY_MAX_WAIT_MS', 60_000)
  }
}
