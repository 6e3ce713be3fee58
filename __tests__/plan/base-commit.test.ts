import { describe, expect, it } from '@jest/globals'
import { chooseBase, chooseHead } from '../../src/plan/base-commit.js'

const SHA = 'b'.repeat(40)

describe('chooseBase', () => {
  it('takes the commit before a push', () => {
    expect(chooseBase('push', { before: SHA }, undefined)).toEqual({
      kind: 'ref',
      ref: SHA,
      why: 'the commit before this push'
    })
  })

  it('treats a push that created the branch as having no base', () => {
    const choice = chooseBase('push', { before: '0'.repeat(40) }, undefined)
    expect(choice.kind).toBe('none')
    expect(choice.why).toContain('created the branch')
  })

  it.each([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
  ])('takes the base sha of %s', event => {
    expect(chooseBase(event, { pull_request: { base: { sha: SHA } } }, undefined)).toMatchObject({
      kind: 'ref',
      ref: SHA
    })
  })

  it('takes the base sha of a merge group', () => {
    expect(chooseBase('merge_group', { merge_group: { base_sha: SHA } }, undefined)).toMatchObject({
      kind: 'ref',
      ref: SHA
    })
  })

  it.each(['workflow_dispatch', 'schedule', 'repository_dispatch', 'workflow_call', undefined])(
    'has no base for %s',
    event => {
      const choice = chooseBase(event, {}, undefined)
      expect(choice.kind).toBe('none')
      expect(choice.why).toContain('has no base commit')
    }
  )

  it('lets base-ref override every event', () => {
    expect(chooseBase('push', { before: SHA }, 'main')).toEqual({
      kind: 'ref',
      ref: 'main',
      why: 'the base-ref input'
    })
    expect(chooseBase('workflow_dispatch', {}, 'v1')).toMatchObject({ kind: 'ref', ref: 'v1' })
  })

  it('calls the base missing, not absent, when an event that always names it does not', () => {
    // A push payload without `before` (or an empty one: no event file) is not a new branch.
    expect(chooseBase('push', {}, undefined)).toEqual({
      kind: 'missing',
      why: "the push event's payload has no 'before' (the commit before the push)"
    })
    expect(chooseBase('push', { before: 42 }, undefined).kind).toBe('missing')
    expect(chooseBase('pull_request', { pull_request: null }, undefined).kind).toBe('missing')
    expect(chooseBase('pull_request_target', { pull_request: { base: {} } }, undefined)).toEqual({
      kind: 'missing',
      why: "the pull_request_target event's payload has no 'pull_request.base.sha'"
    })
    expect(chooseBase('merge_group', { merge_group: 'x' }, undefined).kind).toBe('missing')
    expect(chooseBase('merge_group', {}, 'main')).toMatchObject({ kind: 'ref', ref: 'main' })
  })
})

describe('chooseHead', () => {
  const HEAD = 'c'.repeat(40)
  const RUN = 'd'.repeat(40)

  it.each([
    ['pull_request', { pull_request: { head: { sha: HEAD } } }, "the pull request's head commit"],
    [
      'pull_request_target',
      { pull_request: { head: { sha: HEAD } } },
      "the pull request's head commit"
    ],
    ['merge_group', { merge_group: { head_sha: HEAD } }, "the merge group's head commit"],
    ['push', { after: HEAD }, 'the commit this push moved to']
  ])("takes the event's head on %s", (event, payload, why) => {
    expect(chooseHead(event, payload, RUN)).toEqual({ ref: HEAD, why })
  })

  it('takes GITHUB_SHA when the event names no head', () => {
    const atRun = { ref: RUN, why: 'the commit of this run (GITHUB_SHA)' }
    expect(chooseHead('workflow_dispatch', {}, RUN)).toEqual(atRun)
    expect(chooseHead('push', { after: '0'.repeat(40) }, RUN)).toEqual(atRun)
    expect(chooseHead('pull_request', { pull_request: null }, RUN)).toEqual(atRun)
  })

  it('knows no head without GITHUB_SHA and an event head', () => {
    expect(chooseHead('schedule', {}, undefined)).toBeUndefined()
    expect(chooseHead('push', {}, ' ')).toBeUndefined()
  })
})
