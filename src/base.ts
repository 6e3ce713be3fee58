// Decides which commit the team file is compared with for only-added. Pure: it takes the
// event name and payload as @actions/github's context hands them over.

export type BaseChoice = { kind: 'ref'; ref: string; why: string } | { kind: 'none'; why: string }

const ZERO_SHA = /^0+$/

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
    if (before === undefined)
      return { kind: 'none', why: 'the push event names no previous commit' }
    if (ZERO_SHA.test(before)) {
      return {
        kind: 'none',
        why: 'this push created the branch (its previous commit is all zeros)'
      }
    }
    return { kind: 'ref', ref: before, why: 'the commit before this push' }
  }
  if (event === 'pull_request' || event === 'pull_request_target') {
    const pr = payload.pull_request as { base?: { sha?: unknown } } | undefined
    const sha = text(pr?.base?.sha)
    return sha === undefined
      ? { kind: 'none', why: `the ${event} event names no base commit` }
      : { kind: 'ref', ref: sha, why: "the pull request's base commit" }
  }
  if (event === 'merge_group') {
    const group = payload.merge_group as { base_sha?: unknown } | undefined
    const sha = text(group?.base_sha)
    return sha === undefined
      ? { kind: 'none', why: 'the merge_group event names no base commit' }
      : { kind: 'ref', ref: sha, why: "the merge group's base commit" }
  }
  return { kind: 'none', why: `the ${event} event has no base commit` }
}
