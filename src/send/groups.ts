// Groups on the wire: read a group's memberLinks (sync-groups, and remove-missing for
// `superusers`), and append members to it with `$append/memberLinks` (sync-groups). Never a plain `memberLinks` (it replaces the whole list) and never
// `$drop`: the action only adds people to groups.
import { callApi, type ClientSettings, type RetryNotice } from './client.js'
import type { ApiFailure } from './failure.js'

export type GroupRead =
  | {
      ok: true
      memberLinks: string[]
      /**
       * How the group also takes members without a link: a `memberQuery` with terms, or an
       * `identityMatcher`. Who that admits cannot be told from the links.
       */
      dynamic?: 'memberQuery' | 'identityMatcher'
    }
  | { ok: false; failure: ApiFailure; hint: string }

export type GroupAppend =
  { ok: true; attempts: number } | { ok: false; failure: ApiFailure; hint: string }

export function groupPath(org: string, group: string): string {
  return `/org/${encodeURIComponent(org)}/group/${encodeURIComponent(group)}`
}

function hintFor(failure: ApiFailure, permission: 'view' | 'edit', group: string): string {
  if (failure.status === 403) {
    return `sync-groups needs the '${permission}' permission on groups (group '${group}'); grant it to the service account, or set sync-groups: false.`
  }
  if (failure.status === 404)
    return `Group '${group}' does not exist in the org; create it, or fix the group name.`
  return ''
}

export async function readGroup(
  settings: ClientSettings,
  org: string,
  group: string,
  onRetry?: (notice: RetryNotice) => void
): Promise<GroupRead> {
  const response = await callApi(settings, 'GET', groupPath(org, group), undefined, onRetry)
  if (!response.ok) {
    return { ok: false, failure: response.failure, hint: hintFor(response.failure, 'view', group) }
  }
  const bad = (message: string): GroupRead => ({
    ok: false,
    failure: {
      status: response.status,
      code: 'bad_response',
      message,
      attempts: response.attempts,
      retriesExhausted: false
    },
    hint: ''
  })
  // Only a group is read as one: a guard (superusers) depends on it, and an empty answer
  // must not pass for a group without members.
  const body = response.body
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return bad(`group '${group}' came back as something other than a group`)
  }
  const { kind, memberLinks, memberQuery, identityMatcher } = body as Record<string, unknown>
  if (kind !== 'group') return bad(`group '${group}' came back without kind 'group'`)
  // A group nobody was ever added to may come without the field: that is no members.
  const links = memberLinks ?? []
  if (!Array.isArray(links) || !links.every(link => typeof link === 'string')) {
    return bad(`group '${group}' came back with a 'memberLinks' that is not a list of links`)
  }
  const terms = (memberQuery as { spec?: { terms?: unknown } } | null | undefined)?.spec?.terms
  const dynamic =
    Array.isArray(terms) && terms.length > 0
      ? 'memberQuery'
      : identityMatcher !== undefined && identityMatcher !== null
        ? 'identityMatcher'
        : undefined
  return dynamic === undefined
    ? { ok: true, memberLinks: links as string[] }
    : { ok: true, memberLinks: links as string[], dynamic }
}

export async function appendToGroup(
  settings: ClientSettings,
  org: string,
  group: string,
  links: readonly string[],
  onRetry?: (notice: RetryNotice) => void
): Promise<GroupAppend> {
  const response = await callApi(
    settings,
    'PATCH',
    groupPath(org, group),
    { '$append/memberLinks': links },
    onRetry
  )
  if (!response.ok) {
    return { ok: false, failure: response.failure, hint: hintFor(response.failure, 'edit', group) }
  }
  return { ok: true, attempts: response.attempts }
}
