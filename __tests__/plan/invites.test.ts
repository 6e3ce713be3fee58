import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { splitEmailInput } from '../../src/addresses/split.js'
import { planInvites, type Planned } from '../../src/plan/invites.js'
import type { ListedEntry, SourceLocation } from '../../src/types.js'

const at = (line: number, file = 'team.yml'): SourceLocation => ({ file, line, column: 3 })
const input = (text: string): ListedEntry => ({ text, origin: 'input' })
const file = (text: string, line: number): ListedEntry => ({
  text,
  origin: 'file',
  location: at(line)
})
const notAnAddress = (text: string, line: number): ListedEntry => ({
  text,
  origin: 'file',
  location: at(line),
  notAnAddress: true
})

const kinds = (items: Planned[]): [string, string][] => items.map(i => [i.address, i.kind])

describe('planInvites: distinct addresses', () => {
  it('normalises case and white space, keeps the first of each address, in order', () => {
    const plan = planInvites([
      input('Bob@X.com'),
      file(' ann@x.com ', 2),
      file('BOB@x.com', 3),
      input('ann@X.COM'),
      file('carl@x.com', 5)
    ])
    expect(plan.send).toEqual(['bob@x.com', 'ann@x.com', 'carl@x.com'])
    expect(kinds(plan.items)).toEqual([
      ['bob@x.com', 'send'],
      ['ann@x.com', 'send'],
      ['carl@x.com', 'send']
    ])
    expect(plan.items[1]).toEqual({ kind: 'send', address: 'ann@x.com', location: at(2) })
    expect(plan.duplicates).toEqual([
      { address: 'bob@x.com', location: at(3), first: undefined },
      { address: 'ann@x.com', location: undefined, first: at(2) }
    ])
    expect(plan.removed).toEqual([])
  })

  it('plans nothing for nothing', () => {
    expect(planInvites([])).toEqual({ items: [], send: [], duplicates: [], removed: [] })
  })

  it('keeps the order of first appearance for the input as split by splitEmailInput', () => {
    const plan = planInvites(splitEmailInput('c@x.com, a@x.com; b@x.com\nA@x.com'))
    expect(plan.send).toEqual(['c@x.com', 'a@x.com', 'b@x.com'])
    expect(plan.duplicates.map(d => d.address)).toEqual(['a@x.com'])
  })
})

describe('planInvites: invalid entries', () => {
  it('marks a malformed address invalid with the reason, and never sends it', () => {
    const plan = planInvites([file('not-an-address', 4), input('a@x.com'), input('b@@x.com')])
    expect(plan.send).toEqual(['a@x.com'])
    expect(plan.items[0]).toEqual({
      kind: 'invalid',
      address: 'not-an-address',
      location: at(4),
      error: { code: 'invalid_email', message: 'not a valid email address: has no @' }
    })
    expect(plan.items[2]).toMatchObject({
      kind: 'invalid',
      address: 'b@@x.com',
      error: { code: 'invalid_email', message: 'not a valid email address: has more than one @' }
    })
  })

  it('reports an entry that is not an address at all as invalid_entry, with its text as given', () => {
    const plan = planInvites([notAnAddress('{name: Ann}', 7), notAnAddress('42', 8)])
    expect(plan.send).toEqual([])
    expect(plan.items).toEqual([
      {
        kind: 'invalid',
        address: '{name: Ann}',
        location: at(7),
        error: {
          code: 'invalid_entry',
          message:
            'not an email address: each entry must be an address or a mapping with an `email` key'
        }
      },
      expect.objectContaining({ kind: 'invalid', address: '42', location: at(8) })
    ])
  })

  it('does not take a non-address entry for the address it spells', () => {
    const plan = planInvites([notAnAddress('A@x.com', 2), file('a@x.com', 3)])
    expect(kinds(plan.items)).toEqual([
      ['A@x.com', 'invalid'],
      ['a@x.com', 'send']
    ])
    expect(plan.duplicates).toEqual([])
  })

  it('keys empty entries by where they stand, so each one is reported', () => {
    const plan = planInvites([file('', 2), file('  ', 5), { text: '', origin: 'input' }])
    expect(plan.items).toEqual([
      {
        kind: 'invalid',
        address: 'team.yml:2',
        location: at(2),
        error: { code: 'invalid_email', message: 'not a valid email address: is empty' }
      },
      expect.objectContaining({ kind: 'invalid', address: 'team.yml:5', location: at(5) }),
      expect.objectContaining({ kind: 'invalid', address: '' })
    ])
    expect(plan.duplicates).toEqual([])
  })
})

describe('planInvites: skip-existing', () => {
  it('skips members, matched without regard to case, and sends the rest', () => {
    const plan = planInvites([input('Ann@x.com'), file('bob@x.com', 2), input('bad')], {
      members: new Set(['ann@x.com'])
    })
    expect(kinds(plan.items)).toEqual([
      ['ann@x.com', 'skipped'],
      ['bob@x.com', 'send'],
      ['bad', 'invalid']
    ])
    expect(plan.items[0]).toEqual({ kind: 'skipped', address: 'ann@x.com', reason: 'member' })
    expect(plan.send).toEqual(['bob@x.com'])
  })

  it('reports an invalid address as invalid even when a member has that text', () => {
    const plan = planInvites([input('weird')], { members: new Set(['weird']) })
    expect(plan.items[0]?.kind).toBe('invalid')
  })
})

describe('planInvites: only-added', () => {
  const base: ListedEntry[] = [
    file('ann@x.com', 2),
    file('Bob@X.com', 3),
    file('gone@x.com', 4),
    file('also-gone@x.com', 5),
    file('not valid', 6),
    notAnAddress('carl@x.com', 7)
  ]

  it('skips addresses already in the base version and sends only the added ones', () => {
    const plan = planInvites(
      [file('ann@x.com', 2), file('bob@x.com', 3), file('carl@x.com', 4), file('dan@x.com', 5)],
      { baseEntries: base }
    )
    expect(kinds(plan.items)).toEqual([
      ['ann@x.com', 'skipped'],
      ['bob@x.com', 'skipped'],
      ['carl@x.com', 'send'],
      ['dan@x.com', 'send']
    ])
    expect(plan.items[0]).toEqual({
      kind: 'skipped',
      address: 'ann@x.com',
      location: at(2),
      reason: 'unchanged'
    })
    expect(plan.send).toEqual(['carl@x.com', 'dan@x.com'])
  })

  it('lists the valid base addresses that left the file as removed', () => {
    const plan = planInvites([file('ann@x.com', 2), file('bob@x.com', 3)], { baseEntries: base })
    expect(plan.removed).toEqual(['gone@x.com', 'also-gone@x.com'])
  })

  it('always sends an address typed into the emails input, even when the base lists it', () => {
    const plan = planInvites([file('ann@x.com', 2), input('ANN@x.com'), input('gone@x.com')], {
      baseEntries: base
    })
    expect(kinds(plan.items)).toEqual([
      ['ann@x.com', 'send'],
      ['gone@x.com', 'send']
    ])
    // gone@x.com left the team file; typing it into `emails` does not put it back there.
    expect(plan.removed).toEqual(['bob@x.com', 'gone@x.com', 'also-gone@x.com'])
  })

  it('takes unchanged over member, and still skips a new address that is a member', () => {
    const plan = planInvites([file('ann@x.com', 2), file('eve@x.com', 3)], {
      baseEntries: base,
      members: new Set(['ann@x.com', 'eve@x.com'])
    })
    expect(plan.items.map(i => (i.kind === 'skipped' ? i.reason : i.kind))).toEqual([
      'unchanged',
      'member'
    ])
  })

  it('treats everyone as new when the base is empty', () => {
    const plan = planInvites([file('ann@x.com', 2)], { baseEntries: [] })
    expect(plan.send).toEqual(['ann@x.com'])
    expect(plan.removed).toEqual([])
  })
})

describe('planInvites: properties', () => {
  const local = fc.constantFrom('ann', 'Bob', 'carl', 'd.e', 'x+y', ' f ', 'bad', '')
  const domain = fc.constantFrom('@x.com', '@Y.org', '', '@@z.io')
  const entry = fc.record({
    text: fc.tuple(local, domain).map(([l, d]) => l + d),
    origin: fc.constantFrom<'input' | 'file'>('input', 'file'),
    line: fc.integer({ min: 1, max: 50 }),
    notAnAddress: fc.boolean()
  })
  const toEntry = (e: {
    text: string
    origin: 'input' | 'file'
    line: number
    notAnAddress: boolean
  }): ListedEntry =>
    e.origin === 'input'
      ? { text: e.text, origin: 'input' }
      : { text: e.text, origin: 'file', location: at(e.line), notAnAddress: e.notAnAddress }

  it('gives one item per distinct entry; items plus duplicates account for every entry', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(entry, { maxLength: 20 }),
        fc.array(fc.constantFrom('ann@x.com', 'bob@x.com', 'zed@x.com')),
        (raw, rawBase, members) => {
          const entries = raw.map(toEntry)
          const plan = planInvites(entries, {
            members: new Set(members),
            baseEntries: rawBase.map(toEntry)
          })
          const addresses = plan.items.map(i => i.address)
          expect(new Set(addresses).size).toBe(addresses.length)
          expect(plan.items.length + plan.duplicates.length).toBe(entries.length)
          expect(plan.send).toEqual(plan.items.filter(i => i.kind === 'send').map(i => i.address))
          for (const address of plan.send) {
            expect(address).toBe(address.trim().toLowerCase())
            expect(members).not.toContain(address)
          }
          for (const d of plan.duplicates) expect(addresses).toContain(d.address)
        }
      )
    )
  })
})
