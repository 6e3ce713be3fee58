import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { ActionError } from '../../src/errors.js'
import {
  matchesKeep,
  parseKeep,
  parseMaxRemovals,
  planRemovals,
  removalLimit,
  type Member,
  type RemovalInputs,
  type RemovalPlan
} from '../../src/plan/removals.js'

const members = (...emails: string[]): Member[] =>
  emails.map((email, i) => ({ email, id: `id-${i}` }))

function inputs(patch: Partial<RemovalInputs>): RemovalInputs {
  return {
    members: [],
    desired: [],
    keep: [],
    superuserLinks: [],
    maxRemovals: parseMaxRemovals(''),
    ...patch
  }
}

function planned(plan: RemovalPlan) {
  if (plan.kind !== 'remove') throw new Error(`refused: ${plan.message}`)
  return plan
}
function refused(plan: RemovalPlan) {
  if (plan.kind !== 'refused') throw new Error('expected a refusal')
  return plan
}
const emailsOf = (list: Member[]) => list.map(m => m.email)

describe('planRemovals', () => {
  it('removes the members missing from the desired addresses, case-insensitively', () => {
    const plan = planned(
      planRemovals(
        inputs({
          members: members('Ann@X.com', 'bob@x.com', 'cy@x.com', 'dee@x.com'),
          desired: ['ann@x.com', ' BOB@x.com', 'cy@x.com', 'new@x.com']
        })
      )
    )
    expect(emailsOf(plan.remove)).toEqual(['dee@x.com'])
    expect(plan.kept).toEqual([])
    expect(plan.superusers).toEqual([])
    expect(plan.limit).toBe(1)
  })

  it('max-removals as a percentage: of all members listed, rounded down; exactly the limit is allowed', () => {
    const all = members('a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com', 'g@x.com')
    // 7 members at 25% is 1.75: the limit is 1.
    const one = planned(
      planRemovals(
        inputs({
          members: all,
          desired: ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com']
        })
      )
    )
    expect(one.limit).toBe(1)
    expect(emailsOf(one.remove)).toEqual(['g@x.com'])
    const two = refused(
      planRemovals(
        inputs({ members: all, desired: ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com'] })
      )
    )
    expect(two.guard).toBe('max-removals')
    expect(two.message).toContain('removes 2 of 7 members')
    expect(two.message).toContain('max-removals is 25% of 7 members, 1')
    expect(two.message).toContain('max-removals: 2')
    expect(two.notRemoved).toEqual([
      { address: 'f@x.com', guard: 'max-removals' },
      { address: 'g@x.com', guard: 'max-removals' }
    ])
  })

  it('counts only those really removed: keep matches and superusers do not use up max-removals', () => {
    const all = members(
      'a@x.com',
      'b@x.com',
      'c@x.com',
      'd@x.com',
      'bot@ci.x.com',
      'root@x.com',
      'e@x.com',
      'f@x.com'
    )
    const plan = planned(
      planRemovals(
        inputs({
          members: all,
          desired: ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com'],
          keep: parseKeep('*@ci.x.com'),
          superuserLinks: ['/org/acme/user/id-5']
        })
      )
    )
    expect(plan.limit).toBe(2)
    expect(emailsOf(plan.remove)).toEqual(['e@x.com', 'f@x.com'])
    expect(emailsOf(plan.kept)).toEqual(['bot@ci.x.com'])
    expect(emailsOf(plan.superusers)).toEqual(['root@x.com'])
  })

  it('a count limit: exactly the count passes, one more is refused', () => {
    const all = members('a@x.com', 'b@x.com', 'c@x.com')
    expect(
      emailsOf(
        planned(
          planRemovals(
            inputs({ members: all, desired: ['a@x.com'], maxRemovals: parseMaxRemovals('2') })
          )
        ).remove
      )
    ).toEqual(['b@x.com', 'c@x.com'])
    const over = refused(
      planRemovals(
        inputs({ members: all, desired: ['a@x.com'], maxRemovals: parseMaxRemovals('1') })
      )
    )
    expect(over.message).toContain('more than max-removals is 1')
    expect(over.message).toContain('nobody was removed (2 would have been)')
    expect(
      refused(
        planRemovals(
          inputs({
            members: all,
            desired: ['a@x.com', 'b@x.com'],
            maxRemovals: parseMaxRemovals('0')
          })
        )
      ).guard
    ).toBe('max-removals')
  })

  it('never removes superusers, whether the group links them by address or by id', () => {
    const plan = planned(
      planRemovals(
        inputs({
          members: [
            { email: 'A@x.com', id: 'u-a' },
            { email: 'b@x.com', id: 'u-b' },
            { email: 'c@x.com', id: 'U-C' },
            { email: 'd@x.com', id: 'u-d' }
          ],
          desired: ['x@x.com'],
          superuserLinks: ['/org/acme/user/a%40X.com', '/org/acme/user/u-c'],
          maxRemovals: parseMaxRemovals('100%')
        })
      )
    )
    expect(emailsOf(plan.superusers)).toEqual(['A@x.com', 'c@x.com'])
    expect(emailsOf(plan.remove)).toEqual(['b@x.com', 'd@x.com'])
  })

  it('refuses when a superusers link names no user it can read, rather than passing it over', () => {
    for (const odd of ['/org/acme/group/viewers', '%%', '/org/acme/user/root@x.com?v=1']) {
      const plan = refused(
        planRemovals(
          inputs({
            members: [{ email: 'root@x.com' }, { email: 'b@x.com' }],
            desired: ['x@x.com'],
            superuserLinks: ['/org/acme/user/u-c', odd],
            maxRemovals: parseMaxRemovals('100%')
          })
        )
      )
      expect(plan.guard).toBe('superusers-unreadable')
    }
  })

  it('a keep match that is also a superuser is reported as kept, once', () => {
    const plan = planned(
      planRemovals(
        inputs({
          members: members('a@x.com', 'admin@x.com'),
          desired: ['a@x.com'],
          keep: parseKeep('admin@x.com'),
          superuserLinks: ['/org/acme/user/admin@x.com']
        })
      )
    )
    expect(emailsOf(plan.kept)).toEqual(['admin@x.com'])
    expect(plan.superusers).toEqual([])
    expect(plan.remove).toEqual([])
  })

  it('an invalid entry anywhere blocks every removal, listing who would have been removed', () => {
    const plan = refused(
      planRemovals(
        inputs({
          members: members('a@x.com', 'b@x.com', 'c@x.com', 'd@x.com'),
          desired: ['a@x.com', 'b@x.com', 'c@x.com'],
          desiredProblem: 'invalid-entry'
        })
      )
    )
    expect(plan.guard).toBe('invalid-entry')
    expect(plan.message).toContain('invalid entry')
    expect(plan.notRemoved).toEqual([{ address: 'd@x.com', guard: 'invalid-entry' }])
  })

  it('an empty desired set, an empty or unreadable file, an unreadable superusers group or stopped invites refuse', () => {
    const all = members('a@x.com', 'b@x.com')
    expect(refused(planRemovals(inputs({ members: all, desired: [] }))).guard).toBe('empty-file')
    expect(
      refused(
        planRemovals(inputs({ members: all, desired: ['a@x.com'], desiredProblem: 'empty-file' }))
      ).guard
    ).toBe('empty-file')
    expect(
      refused(
        planRemovals(
          inputs({ members: all, desired: ['a@x.com'], desiredProblem: 'unreadable-file' })
        )
      ).guard
    ).toBe('unreadable-file')
    const supers = refused(
      planRemovals(inputs({ members: all, desired: ['a@x.com'], superuserLinks: undefined }))
    )
    expect(supers.guard).toBe('superusers-unreadable')
    expect(supers.message).toContain("'view' permission on groups")
    expect(supers.notRemoved).toEqual([{ address: 'b@x.com', guard: 'superusers-unreadable' }])
    expect(
      refused(planRemovals(inputs({ members: all, desired: ['a@x.com'], invitesStopped: true })))
        .guard
    ).toBe('invites-stopped')
  })

  it('a member listed twice is counted and planned once', () => {
    const plan = planned(
      planRemovals(
        inputs({
          members: [
            { email: 'a@x.com' },
            { email: 'b@x.com' },
            { email: 'B@x.com' },
            { email: 'c@x.com' },
            { email: 'd@x.com' }
          ],
          desired: ['a@x.com', 'c@x.com', 'd@x.com']
        })
      )
    )
    expect(plan.limit).toBe(1)
    expect(emailsOf(plan.remove)).toEqual(['b@x.com'])
  })

  it('properties: within max-removals, never a keep match, superuser or desired address, every member once', () => {
    const local = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')
    const domain = fc.constantFrom('x.com', 'y.org', 'ci.x.com')
    const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`)
    const casing = fc.boolean()
    fc.assert(
      fc.property(
        fc.uniqueArray(address, { maxLength: 20 }),
        fc.array(fc.tuple(address, casing), { maxLength: 20 }),
        fc.array(
          fc.oneof(
            address,
            domain.map(d => `*@${d}`)
          ),
          { maxLength: 3 }
        ),
        fc.array(fc.tuple(fc.nat(30), fc.boolean()), { maxLength: 5 }),
        fc.oneof(
          fc.nat(25).map(String),
          fc
            .integer({ min: 0, max: 10_000 })
            .map(h => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}%`)
        ),
        (memberEmails, desiredSpec, keepSpec, superSpec, maxText) => {
          const list: Member[] = memberEmails.map((email, i) => ({ email, id: `u-${i}` }))
          const desired = desiredSpec.map(([a, upper]) => (upper ? a.toUpperCase() : a))
          const superuserLinks = superSpec.flatMap(([i, byId]) => {
            const m = list[i]
            return m ? [`/org/acme/user/${byId ? m.id : encodeURIComponent(m.email)}`] : []
          })
          const keep = parseKeep(keepSpec.join('\n'))
          const maxRemovals = parseMaxRemovals(maxText)
          const plan = planRemovals({ members: list, desired, keep, superuserLinks, maxRemovals })
          const desiredSet = new Set(desired.map(a => a.toLowerCase()))
          const superIds = new Set(superSpec.map(([i]) => i))
          const removed = plan.kind === 'remove' ? plan.remove : []
          const wouldRemove =
            plan.kind === 'remove'
              ? plan.remove.map(m => m.email)
              : plan.notRemoved.map(n => n.address)
          const limit = removalLimit(maxRemovals, list.length)
          // The percentage limit, computed independently with exact rationals.
          if (maxRemovals.kind === 'percent') {
            const p = Number(maxText.slice(0, -1))
            expect(limit).toBe(Math.floor(Math.round(list.length * p * 100) / 10_000))
          }
          expect(removed.length).toBeLessThanOrEqual(limit)
          if (desired.length === 0)
            expect(plan).toMatchObject({ kind: 'refused', guard: 'empty-file' })
          else expect(plan.kind === 'refused').toBe(wouldRemove.length > limit)
          for (const m of removed) {
            expect(matchesKeep(m.email, keep)).toBe(false)
            expect(superIds.has(list.indexOf(m))).toBe(false)
            expect(desiredSet.has(m.email)).toBe(false)
          }
          // Every member exactly once: staying, kept, superuser, or (would be) removed.
          const staying = list.filter(m => desiredSet.has(m.email)).map(m => m.email)
          const accounted = [
            ...staying,
            ...plan.kept.map(m => m.email),
            ...plan.superusers.map(m => m.email),
            ...wouldRemove
          ]
          expect([...accounted].sort()).toEqual(list.map(m => m.email).sort())
        }
      ),
      { numRuns: 20_000 }
    )
  })
})

describe('parseKeep', () => {
  it('reads addresses and *@domain patterns separated by lines, commas or spaces, normalised', () => {
    expect(parseKeep(' Admin@X.com,\n*@Ops.Example.com  bot@x.com\r\n')).toEqual([
      { kind: 'address', address: 'admin@x.com' },
      { kind: 'domain', domain: 'ops.example.com' },
      { kind: 'address', address: 'bot@x.com' }
    ])
    expect(parseKeep('')).toEqual([])
  })

  it('a domain pattern holds that domain only, not its subdomains', () => {
    const keep = parseKeep('*@x.com')
    expect(matchesKeep('A@X.COM', keep)).toBe(true)
    expect(matchesKeep('a@ci.x.com', keep)).toBe(false)
    expect(matchesKeep('a@notx.com', keep)).toBe(false)
  })

  it.each(['*', '*@', '*.x.com', 'admin*@x.com', '*@x', 'not-an-address', '@x.com', '*@*.x.com'])(
    'refuses %j, naming the input and the fix',
    item => {
      let error: unknown
      try {
        parseKeep(`ok@x.com\n${item}`)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ActionError)
      expect((error as ActionError).input).toBe('keep')
      expect((error as ActionError).message).toContain("Input 'keep' lists")
      expect((error as ActionError).message).toContain('*@example.com')
    }
  )
})

describe('parseMaxRemovals', () => {
  it('defaults to 25%, reads counts and percentages with up to two decimals', () => {
    expect(parseMaxRemovals('')).toEqual({ kind: 'percent', hundredths: 2500, text: '25%' })
    expect(parseMaxRemovals(' 0 ')).toEqual({ kind: 'count', count: 0 })
    expect(parseMaxRemovals('12')).toEqual({ kind: 'count', count: 12 })
    expect(parseMaxRemovals('100%')).toMatchObject({ kind: 'percent', hundredths: 10_000 })
    expect(parseMaxRemovals('12.5%')).toMatchObject({ kind: 'percent', hundredths: 1250 })
    expect(parseMaxRemovals('0.01 %')).toMatchObject({ kind: 'percent', hundredths: 1 })
  })

  it('rounds a percentage down, exactly: 33.33% of 3 members is 0, of 300 is 99', () => {
    const third = parseMaxRemovals('33.33%')
    expect(removalLimit(third, 3)).toBe(0)
    expect(removalLimit(third, 300)).toBe(99)
    expect(removalLimit(parseMaxRemovals('25%'), 4)).toBe(1)
    expect(removalLimit(parseMaxRemovals('25%'), 3)).toBe(0)
  })

  it.each(['-1', '1.5', '101%', '25 percent', 'all', '%', '1e3', '0x10', '12.345%', '25%%'])(
    'refuses %j, naming the input and the fix',
    text => {
      let error: unknown
      try {
        parseMaxRemovals(text)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ActionError)
      expect((error as ActionError).input).toBe('max-removals')
      expect((error as ActionError).message).toContain('such as 25%')
    }
  )
})
