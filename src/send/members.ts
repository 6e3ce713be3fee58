// Lists the org's members for skip-existing, sync-groups and remove-missing, following
// `rel: next` links to the end. A run lists them at most once (see openSession in pipeline.ts).
import type { GroupMember } from '../plan/groups.js'
import type { Member } from '../plan/removals.js'
import type { ClientSettings, RetryNotice } from './client.js'
import { callApi } from './client.js'
import { INVALID_KEY_HINT, type ApiFailure } from './failure.js'

/** Far beyond any org; a guard against a server that never stops paginating. */
const MAX_PAGES = 10_000

export type MembersResult =
  | {
      ok: true
      /** The lowercased addresses, for skip-existing. */
      emails: Set<string>
      /** Each user with an address (lowercased) and its id when given, for sync-groups. */
      users: GroupMember[]
      /** Each user with an address as listed, in listing order, with its id when given (remove-missing). */
      members: Member[]
      pages: number
    }
  | { ok: false; failure: ApiFailure; hint: string }

function nextLink(body: unknown): string | undefined {
  const links = (body as { links?: unknown }).links
  if (!Array.isArray(links)) return undefined
  const next = links.find(
    (link: unknown) =>
      link !== null && typeof link === 'object' && (link as { rel?: unknown }).rel === 'next'
  ) as { href?: unknown } | undefined
  return typeof next?.href === 'string' && next.href !== '' ? next.href : undefined
}

function fail(code: string, message: string, hint = ''): MembersResult {
  return { ok: false, failure: { code, message, attempts: 1, retriesExhausted: false }, hint }
}

export async function listMembers(
  settings: ClientSettings,
  org: string,
  onRetry?: (notice: RetryNotice) => void
): Promise<MembersResult> {
  const emails = new Set<string>()
  const users: GroupMember[] = []
  const members: Member[] = []
  const visited = new Set<string>()
  let path: string | undefined = `/org/${encodeURIComponent(org)}/user`
  let pages = 0
  while (path !== undefined) {
    if (visited.has(path) || pages >= MAX_PAGES) {
      const why = visited.has(path)
        ? `the 'next' link ${JSON.stringify(path)} was already visited`
        : `it went past ${MAX_PAGES} pages`
      return fail('pagination_loop', `listing the org's users did not end: ${why}`)
    }
    visited.add(path)
    const response = await callApi(settings, 'GET', path, undefined, onRetry)
    if (!response.ok) {
      const hint =
        response.failure.status === 403
          ? `Listing the org's users needs the 'view' permission on users (e.g. the viewers group): grant it to the service account.`
          : response.failure.status === 401
            ? INVALID_KEY_HINT
            : ''
      return { ok: false, failure: response.failure, hint }
    }
    pages++
    const body = response.body
    const items =
      body !== null && typeof body === 'object' ? (body as { items?: unknown }).items : undefined
    if (!Array.isArray(items)) {
      return fail('bad_response', "listing the org's users returned no 'items' list")
    }
    for (const item of items) {
      const { email, id } = (item ?? {}) as { email?: unknown; id?: unknown }
      if (typeof email !== 'string') continue
      const address = email.trim().toLowerCase()
      emails.add(address)
      const withId = typeof id === 'string' && id !== '' ? { id } : {}
      users.push({ email: address, ...withId })
      members.push({ email: email.trim(), ...withId })
    }
    const href = nextLink(body)
    if (href === undefined) break
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      // The key goes with every request: never follow a link to another server.
      if (!href.startsWith(`${settings.apiUrl}/`)) {
        return fail(
          'bad_response',
          `listing the org's users returned a 'next' link to another server`
        )
      }
      path = href.slice(settings.apiUrl.length)
    } else {
      // Links are paths relative to the API URL, which may itself carry a path prefix.
      path = href.startsWith('/') ? href : `/${href}`
    }
  }
  return { ok: true, emails, users, members, pages }
}
