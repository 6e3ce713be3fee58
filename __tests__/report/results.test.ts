import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { chunk, type BatchOutcome } from '../../src/send/batches.js'
import type { ApiFailure } from '../../src/send/failure.js'
import { planInvites } from '../../src/plan/invites.js'
import { toOutputs } from '../../src/report/outputs.js'
import { mergeResults } from '../../src/report/results.js'
import { makeRedactor } from '../../src/secrets.js'
import type { ListedEntry } from '../../src/types.js'

const KEY = 'sk-results-test-0123456789'
const redact = makeRedactor([KEY])
const input = (text: string): ListedEntry => ({ text, origin: 'input' })
const planOf = (...texts: string[]) => planInvites(texts.map(input))

const failure = (status: number | undefined, code: string, extra: Partial<ApiFailure> = {}) =>
  ({
    status,
    code,
    message: `${code} happened`,
    attempts: 1,
    retriesExhausted: false,
    ...extra
  }) satisfies ApiFailure

const answered = (
  index: number,
  emails: string[],
  invitations: Record<string, unknown>,
  errors: Record<string, unknown> = {}
): BatchOutcome => ({ kind: 'answered', index, emails, invitations, errors, attempts: 1 })

describe('mergeResults', () => {
  it('gives would-invite for every address to send in a dry run', () => {
    const plan = planInvites([input('a@x.com'), input('bad'), input('m@x.com')], {
      members: new Set(['m@x.com'])
    })
    const run = mergeResults(plan, { kind: 'dry-run' }, redact)
    expect(run.results).toEqual([
      { address: 'a@x.com', kind: 'would-invite' },
      {
        address: 'bad',
        kind: 'invalid',
        error: { code: 'invalid_email', message: 'not a valid email address: has no @' },
        location: undefined
      },
      { address: 'm@x.com', kind: 'skipped', reason: 'member' }
    ])
    expect(run.failures).toEqual([])
    expect(run.stoppedBy).toBeUndefined()
  })

  it('matches the keys of both maps without regard to case or surrounding space', () => {
    const plan = planOf('ann@x.com', 'bob@x.com')
    const run = mergeResults(
      plan,
      {
        kind: 'sent',
        outcomes: [
          answered(
            0,
            ['ann@x.com', 'bob@x.com'],
            { 'ANN@X.com': '/org/acme/invitation/1' },
            { ' Bob@X.COM ': { status: 409, code: 'already_exists', message: 'member', id: 'e1' } }
          )
        ]
      },
      redact
    )
    expect(run.results).toEqual([
      { address: 'ann@x.com', kind: 'invited' },
      {
        address: 'bob@x.com',
        kind: 'error',
        error: { status: 409, code: 'already_exists', message: 'member', id: 'e1' }
      }
    ])
    // The invitations map is passed on as the API returned it.
    expect({ ...run.invitations }).toEqual({ 'ANN@X.com': '/org/acme/invitation/1' })
    expect(run.unmatched).toEqual([])
    expect(run.notInResponse).toEqual([])
  })

  it('takes an address named in both maps for refused', () => {
    const run = mergeResults(
      planOf('a@x.com'),
      {
        kind: 'sent',
        outcomes: [answered(0, ['a@x.com'], { 'a@x.com': 'x' }, { 'a@x.com': { message: 'no' } })]
      },
      redact
    )
    expect(run.results[0]).toEqual({
      address: 'a@x.com',
      kind: 'error',
      error: { code: 'error', message: 'no' }
    })
  })

  it('reads any shape of error value without relying on its format', () => {
    const emails = ['s@x.com', 'n@x.com', 'a@x.com', 'o@x.com', 'w@x.com']
    const run = mergeResults(
      planOf(...emails),
      {
        kind: 'sent',
        outcomes: [
          answered(
            0,
            emails,
            {},
            {
              's@x.com': 'plain text reason',
              'n@x.com': null,
              'a@x.com': ['x'],
              'o@x.com': {},
              'w@x.com': { status: '400', code: 7, message: { text: 'x' }, id: 12 }
            }
          )
        ]
      },
      redact
    )
    expect(run.results.map(r => (r.kind === 'error' ? r.error : r.kind))).toEqual([
      { code: 'error', message: 'plain text reason' },
      { code: 'error', message: 'refused by the API' },
      { code: 'error', message: 'refused by the API' },
      { code: 'error', message: 'refused by the API' },
      { code: 'error', message: 'refused by the API' }
    ])
  })

  it('redacts the key from every text the API returns for an address', () => {
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com'),
      {
        kind: 'sent',
        outcomes: [
          answered(
            0,
            ['a@x.com', 'b@x.com'],
            {},
            {
              'a@x.com': { code: `c-${KEY}`, message: `bad key Bearer ${KEY}`, id: KEY },
              'b@x.com': `echo ${KEY}`
            }
          )
        ]
      },
      redact
    )
    expect(JSON.stringify(run.results)).not.toContain(KEY)
    expect(run.results[0]).toMatchObject({
      error: { code: 'c-***', message: 'bad key ***', id: '***' }
    })
  })

  it('counts an address named in neither map as invited, and says so', () => {
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com'),
      { kind: 'sent', outcomes: [answered(0, ['a@x.com', 'b@x.com'], { 'a@x.com': 'x' })] },
      redact
    )
    expect(run.results[1]).toEqual({
      address: 'b@x.com',
      kind: 'invited',
      detail: 'sent and not refused, but not named in the response'
    })
    expect(run.notInResponse).toEqual(['b@x.com'])
  })

  it('keeps a refusal keyed by no address of its batch, and never counts the unnamed as invited', () => {
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com', 'c@x.com'),
      {
        kind: 'sent',
        outcomes: [
          // a@x.com invited; the refusal is keyed by an id: the batch had no other address.
          answered(0, ['a@x.com'], { 'a@x.com': 'x' }, { 'Stranger@x.com': { message: 'who?' } }),
          // b@x.com and c@x.com named in neither map, and a refusal keyed by an id.
          answered(
            1,
            ['b@x.com', 'c@x.com'],
            {},
            {
              'user/42': { status: 400, code: 'invalid', message: 'bad address', id: 'e-1' }
            }
          )
        ]
      },
      redact
    )
    expect(run.unmatched).toEqual([
      { key: 'Stranger@x.com', error: { code: 'error', message: 'who?' }, addresses: [] },
      {
        key: 'user/42',
        error: { status: 400, code: 'invalid', message: 'bad address', id: 'e-1' },
        addresses: ['b@x.com', 'c@x.com']
      }
    ])
    const unmatched = {
      code: 'unmatched_error',
      message: `named in neither 'invitations' nor 'errors' of an answer that refused a key not sent: "user/42" (invalid - bad address)`,
      status: 400,
      id: 'e-1'
    }
    expect(run.results).toEqual([
      { address: 'a@x.com', kind: 'invited' },
      { address: 'b@x.com', kind: 'error', error: unmatched },
      { address: 'c@x.com', kind: 'error', error: unmatched }
    ])
    expect(run.notInResponse).toEqual([])
  })

  it('reads a per-address error given as plain text', () => {
    const run = mergeResults(
      planOf('a@x.com'),
      { kind: 'sent', outcomes: [answered(0, ['a@x.com'], {}, { 'a@x.com': 'domain blocked' })] },
      redact
    )
    expect(run.results[0]).toEqual({
      address: 'a@x.com',
      kind: 'error',
      error: { code: 'error', message: 'domain blocked' }
    })
  })

  it('gives every address of a failed batch its failure, grouping identical failures', () => {
    const down = failure(503, 'service_unavailable', { attempts: 4, retriesExhausted: true })
    const bad = failure(400, 'bad_request', { id: 'req-1' })
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com'),
      {
        kind: 'sent',
        outcomes: [
          { kind: 'failed', index: 0, emails: ['a@x.com', 'b@x.com'], failure: down },
          { kind: 'failed', index: 1, emails: ['c@x.com'], failure: bad },
          { kind: 'failed', index: 2, emails: ['d@x.com', 'e@x.com'], failure: { ...down } }
        ]
      },
      redact
    )
    expect(run.failures).toEqual([
      {
        failure: down,
        addresses: ['a@x.com', 'b@x.com', 'd@x.com', 'e@x.com'],
        batches: 2,
        ids: []
      },
      { failure: bad, addresses: ['c@x.com'], batches: 1, ids: ['req-1'] }
    ])
    expect(run.results[2]).toEqual({
      address: 'c@x.com',
      kind: 'error',
      error: { status: 400, code: 'bad_request', message: 'bad_request happened', id: 'req-1' }
    })
    expect(run.results[0]).toEqual({
      address: 'a@x.com',
      kind: 'error',
      error: { status: 503, code: 'service_unavailable', message: 'service_unavailable happened' }
    })
  })

  it('groups failures that differ only in their id, and keeps each address its own id', () => {
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com', 'c@x.com'),
      {
        kind: 'sent',
        outcomes: ['a@x.com', 'b@x.com', 'c@x.com'].map((e, index) => ({
          kind: 'failed' as const,
          index,
          emails: [e],
          failure: failure(404, 'not_found', { id: `id-${index}` })
        }))
      },
      redact
    )
    expect(run.failures).toHaveLength(1)
    expect(run.failures[0]).toMatchObject({ batches: 3, ids: ['id-0', 'id-1', 'id-2'] })
    expect(run.results.map(r => r.kind === 'error' && r.error.id)).toEqual(['id-0', 'id-1', 'id-2'])
  })

  it('groups failures that read the same: attempts are shown only when the retries ran out', () => {
    const emails = ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']
    const run = mergeResults(
      planOf(...emails),
      {
        kind: 'sent',
        outcomes: [
          failure(400, 'bad_request'),
          // A 503, then a 400 on the second attempt: the line reads the same.
          failure(400, 'bad_request', { attempts: 2 }),
          failure(503, 'unavailable', { attempts: 4, retriesExhausted: true }),
          failure(503, 'unavailable', { attempts: 2, retriesExhausted: true })
        ].map((f, index) => ({
          kind: 'failed' as const,
          index,
          emails: [emails[index] as string],
          failure: f
        }))
      },
      redact
    )
    expect(run.failures.map(f => [f.failure.code, f.addresses])).toEqual([
      ['bad_request', ['a@x.com', 'b@x.com']],
      ['unavailable', ['c@x.com']],
      ['unavailable', ['d@x.com']]
    ])
  })

  it('bounds the unmatched refusal copied into each unnamed address: key and message are cut', () => {
    const emails = Array.from({ length: 50 }, (_, i) => `u${i}@x.com`)
    const run = mergeResults(
      planOf(...emails),
      {
        kind: 'sent',
        outcomes: [
          answered(
            0,
            emails,
            {},
            {
              ['k'.repeat(100_000)]: { code: 'c'.repeat(100_000), message: 'm'.repeat(1_000_000) },
              ['j'.repeat(100_000)]: 'n'.repeat(1_000_000)
            }
          )
        ]
      },
      redact
    )
    for (const r of run.results) {
      expect(r).toMatchObject({ kind: 'error', error: { code: 'unmatched_error' } })
      const message = r.kind === 'error' ? r.error.message : ''
      expect(message.length).toBeLessThan(1500)
      expect(message).toContain(`"${'k'.repeat(100)}…" (${'c'.repeat(40)}… - ${'m'.repeat(300)}…)`)
    }
  })

  it('marks the addresses of batches not sent after a refused key', () => {
    const refused = failure(403, 'forbidden')
    const run = mergeResults(
      planOf('a@x.com', 'b@x.com'),
      {
        kind: 'sent',
        outcomes: [
          { kind: 'failed', index: 0, emails: ['a@x.com'], failure: refused },
          { kind: 'not-sent', index: 1, emails: ['b@x.com'], because: refused }
        ]
      },
      redact
    )
    expect(run.stoppedBy).toBe(refused)
    expect(run.results[1]).toEqual({
      address: 'b@x.com',
      kind: 'error',
      error: {
        code: 'not_sent',
        message:
          'an earlier batch was refused with HTTP 403 (forbidden), so no further batches were sent'
      }
    })
    expect(run.failures.map(f => f.addresses)).toEqual([['a@x.com']])
  })

  it('gives an address to send that no outcome covers an error, not silence', () => {
    const run = mergeResults(planOf('a@x.com'), { kind: 'sent', outcomes: [] }, redact)
    expect(run.results).toEqual([
      { address: 'a@x.com', kind: 'error', error: { code: 'not_sent', message: 'not sent' } }
    ])
  })

  it('gives every address to send not_sent with the cause when a step before the batches stopped', () => {
    const plan = planInvites([input('a@x.com'), input('bad'), input('m@x.com')], {
      members: new Set(['m@x.com'])
    })
    const because = 'listing the members for skip-existing failed'
    const run = mergeResults(plan, { kind: 'stopped', because }, redact)
    expect(run.results.map(r => [r.address, r.kind])).toEqual([
      ['a@x.com', 'error'],
      ['bad', 'invalid'],
      ['m@x.com', 'skipped']
    ])
    expect(run.results[0]).toMatchObject({
      error: { code: 'not_sent', message: `not sent because ${because}` }
    })
    expect(run.notSentBecause).toBe(because)
    expect(run.sent).toEqual([])
    expect(toOutputs({ kind: 'stopped', plan, run }).emails).toEqual([])
  })

  it('keeps `__proto__` and other special keys as plain keys', () => {
    const invitations = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": "c", "a@x.com": "/org/acme/invitation/1"}'
    ) as Record<string, unknown>
    const errors = JSON.parse('{"__proto__": {"message": "odd"}}') as Record<string, unknown>
    const plan = planInvites([input('a@x.com'), input('__proto__'), input('constructor')])
    const run = mergeResults(
      plan,
      { kind: 'sent', outcomes: [answered(0, ['a@x.com'], invitations, errors)] },
      redact
    )
    expect(Object.keys(run.invitations).sort()).toEqual(['__proto__', 'a@x.com', 'constructor'])
    expect(JSON.parse(JSON.stringify(run.invitations))).toEqual({
      ['__proto__']: { polluted: true },
      constructor: 'c',
      'a@x.com': '/org/acme/invitation/1'
    })
    expect(run.unmatched.map(u => u.key)).toEqual(['__proto__'])
    const outputs = toOutputs({ kind: 'sent', plan, run })
    expect(Object.keys(outputs.errors)).toEqual(['__proto__', 'constructor'])
    expect(JSON.stringify(outputs.errors)).toContain('"__proto__":{"code":"invalid_email"')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('toOutputs', () => {
  it('derives every output from the results', () => {
    const plan = planInvites(
      [input('a@x.com'), input('b@x.com'), input('m@x.com'), input('bad'), input('c@x.com')],
      { members: new Set(['m@x.com']) }
    )
    const run = mergeResults(
      plan,
      {
        kind: 'sent',
        outcomes: [
          answered(
            0,
            ['a@x.com', 'b@x.com'],
            { 'a@x.com': 'link-a' },
            { 'b@x.com': { message: 'no' } }
          ),
          { kind: 'failed', index: 1, emails: ['c@x.com'], failure: failure(500, 'internal_error') }
        ]
      },
      redact
    )
    const outputs = toOutputs({ kind: 'sent', plan, run })
    expect(JSON.parse(JSON.stringify(outputs))).toEqual({
      invitations: { 'a@x.com': 'link-a' },
      errors: {
        'b@x.com': { code: 'error', message: 'no' },
        bad: { code: 'invalid_email', message: 'not a valid email address: has no @' },
        'c@x.com': { status: 500, code: 'internal_error', message: 'internal_error happened' }
      },
      invited: ['a@x.com'],
      skipped: { 'm@x.com': 'member' },
      emails: ['a@x.com', 'b@x.com', 'c@x.com'],
      removed: [],
      groupAdditions: {}
    })
  })

  it('lists nothing as invited in a dry run', () => {
    const plan = planOf('a@x.com')
    const outputs = toOutputs({
      kind: 'dry-run',
      plan,
      run: mergeResults(plan, { kind: 'dry-run' }, redact)
    })
    expect(outputs.invited).toEqual([])
    expect(outputs.emails).toEqual(['a@x.com'])
    expect(Object.keys(outputs.errors)).toEqual([])
  })
})

describe('exactly one result per address (property)', () => {
  const address = fc
    .tuple(
      fc.constantFrom('ann', 'bob', 'c.d', 'e+f', 'gus', 'hal', 'ivy', 'bad'),
      fc.integer({ min: 0, max: 30 })
    )
    .map(([name, n]) => (name === 'bad' ? `bad${n}` : `${name}${n}@x.com`))
  const entry = fc
    .tuple(address, fc.boolean())
    .map(([text, upper]) => input(upper ? text.toUpperCase() : text))
  const failures = [
    failure(400, 'bad_request'),
    failure(403, 'forbidden'),
    failure(undefined, 'timeout', { attempts: 3, retriesExhausted: true })
  ]
  // For each address of an answered batch: 0 invited, 1 refused, 2 named in neither map.
  const batchAnswer = fc.record({
    kind: fc.constantFrom('answered', 'failed', 'not-sent', 'missing'),
    fates: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 10, maxLength: 10 }),
    upper: fc.boolean(),
    failure: fc.constantFrom(...failures),
    stray: fc.option(address)
  })

  it('every planned address appears once across invited, errors and skipped', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(address, { maxLength: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(batchAnswer, { minLength: 10, maxLength: 10 }),
        (entries, members, size, answers) => {
          const plan = planInvites(entries, { members: new Set(members) })
          const batches = chunk(plan.send, size)
          const outcomes: BatchOutcome[] = []
          batches.forEach((emails, index) => {
            const a = answers[index % answers.length]!
            const key = (e: string) => (a.upper ? e.toUpperCase() : e)
            if (a.kind === 'answered') {
              const invitations: Record<string, unknown> = {}
              const errors: Record<string, unknown> = {}
              emails.forEach((e, i) => {
                const fate = a.fates[i % a.fates.length]
                if (fate === 0) invitations[key(e)] = `/invitation/${i}`
                if (fate === 1) errors[key(e)] = { code: 'nope', message: 'refused' }
              })
              if (a.stray !== null) errors[a.stray] = { message: 'stray' }
              outcomes.push(answered(index, emails, invitations, errors))
            } else if (a.kind === 'failed') {
              outcomes.push({ kind: 'failed', index, emails, failure: a.failure })
            } else if (a.kind === 'not-sent') {
              outcomes.push({ kind: 'not-sent', index, emails, because: a.failure })
            }
          })
          const run = mergeResults(plan, { kind: 'sent', outcomes }, redact)
          expect(run.results.map(r => r.address)).toEqual(plan.items.map(i => i.address))
          const outputs = toOutputs({ kind: 'sent', plan, run })
          const seen = [
            ...outputs.invited,
            ...Object.keys(outputs.errors),
            ...Object.keys(outputs.skipped)
          ]
          expect(seen.sort()).toEqual(plan.items.map(i => i.address).sort())
          const sent = new Set(outcomes.flatMap(o => o.emails))
          for (const { key } of run.unmatched) {
            const batch = outcomes.find(o => o.kind === 'answered' && key in o.errors)
            expect(batch).toBeDefined()
          }
          // An address named in neither map of an answer that refused a stray key is an
          // error, never an invitation.
          const invited = new Set(outputs.invited)
          for (const o of outcomes) {
            if (o.kind !== 'answered') continue
            const lower = (map: object) => new Set(Object.keys(map).map(k => k.toLowerCase()))
            const [invitedKeys, errorKeys] = [lower(o.invitations), lower(o.errors)]
            if (![...errorKeys].some(k => !o.emails.includes(k))) continue
            for (const e of o.emails) {
              if (!invitedKeys.has(e)) expect(invited.has(e)).toBe(false)
            }
          }
          for (const address of run.notInResponse) expect(sent.has(address)).toBe(true)
        }
      )
    )
  })
})
