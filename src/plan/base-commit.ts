// Decides which commit the team file is compared with for only-added. Pure: it takes the
// event name and payload as @actions/github's context hands them over.

/**
 * - `ref`: the commit to compare with, and why;
 * - `none`: there is genuinely no base (a push that created the branch, an event that never
 *   has one, such as workflow_dispatch or schedule);
 * - `missing`: the event always names its base, but this payload does not (a missing or
 *   truncated event file): nothing can be trusted, so only-added fails closed.
 */
export type BaseChoice =
  | { kind: 'ref'; ref: string; why: string }
  | { kind: 'none'; why: string }
  | { kind: 'missing'; why: string }

const ZERO_SHA = /^0+$/

/** Events whose payload holds `pull_request` with its base and head. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

export function chooseBase(
  eventName: string | undefined,
  payload: Record<string, unknown>,
  baseRef: string | undefined
): BaseChoice {
  if (baseRef !== undefined) return { kind: 'ref', ref: baseRef, why: 'the base-ref input' }
  const event = eventName ?? '(none)'
  if (event === 'push') {
    const before = text(payload.before)
    if (before === undefined) {
      return {
        kind: 'missing',
        why: "the push event's payload has no 'before' (the commit before the push)"
      }
    }
    if (ZERO_SHA.test(before)) {
      return {
        kind: 'none',
        why: 'this push created the branch (its previous commit is all zeros)'
      }
    }
    return { kind: 'ref', ref: before, why: 'the commit before this push' }
  }
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pr = payload.pull_request as { base?: { sha?: unknown } } | undefined
    const sha = text(pr?.base?.sha)
    return sha === undefined
      ? { kind: 'missing', why: `the ${event} event's payload has no 'pull_request.base.sha'` }
      : { kind: 'ref', ref: sha, why: "the pull request's base commit" }
  }
  if (event === 'merge_group') {
    const group = payload.merge_group as { base_sha?: unknown } | undefined
    const sha = text(group?.base_sha)
    return sha === undefined
      ? { kind: 'missing', why: "the merge_group event's payload has no 'merge_group.base_sha'" }
      : { kind: 'ref', ref: sha, why: "the merge group's base commit" }
  }
  return { kind: 'none', why: `the ${event} event has no base commit (and base-ref is not set)` }
}

export interface HeadChoice {
  ref: string
  why: string
}

/**
 * The commit whose team file the run reads: the event's head when it names one (a pull
 * request's head, a merge group's head, the commit a push moved to), otherwise GITHUB_SHA.
 * Only-added asks GitHub for the file there before it accepts that the file did not exist
 * at the base: if it is missing there too, the path is wrong, not the file new.
 */
export function chooseHead(
  eventName: string | undefined,
  payload: Record<string, unknown>,
  githubSha: string | undefined
): HeadChoice | undefined {
  const event = eventName ?? ''
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pr = payload.pull_request as { head?: { sha?: unknown } } | undefined
    const sha = text(pr?.head?.sha)
    if (sha !== undefined) return { ref: sha, why: "the pull request's head commit" }
  }
  if (event === 'merge_group') {
    const group = payload.merge_group as { head_sha?: unknown } | undefined
    const sha = text(group?.head_sha)
    if (sha !== undefined) return { ref: sha, why: "the merge group's head commit" }
  }
  if (event === 'push') {
    const after = text(payload.after)
    if (after !== undefined && !ZERO_SHA.test(after)) {
      return { ref: after, why: 'the commit this push moved to' }
    }
  }
  const sha = text(githubSha)
  return sha === undefined ? undefined : { ref: sha, why: 'the commit of this run (GITHUB_SHA)' }
}
