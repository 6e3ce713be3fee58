import { describe, expect, it } from '@jest/globals'
import { chooseBase } from '../src/base.js'

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

  it.each(['pull_request', 'pull_request_target'])('takes the base sha of %s', event => {
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

  it.each(['workflow_dispatch', 'schedule', 'workflow_call', undefined])(
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

  it('copes with payloads that lack the fields', () => {
    expect(chooseBase('push', {}, undefined).kind).toBe('none')
    expect(chooseBase('pull_request', { pull_request: null }, undefined).kind).toBe('none')
    expect(chooseBase('merge_group', { merge_group: 'x' }, undefined).kind).toBe('none')
  })
})
