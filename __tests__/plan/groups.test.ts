import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { startLocalApi } from '../../tools/local-api.mjs'
import { parseCsvTeamFile } from '../../src/team-file/csv.js'
import {
  groupsOf,
  partitionByGroup,
  planGroupAdditions,
  resolveGroups,
  withGroupProblems
} from '../../src/plan/groups.js'
import { planInvites } from '../../src/plan/invites.js'
import type { ListedEntry, SourceLocation } from '../../src/types.js'

const at = (line: number, column = 1): SourceLocation => ({ file: 'team.yml', line, column })
const entry = (text: string, line: number, group?: string): ListedEntry => ({
  text,
  origin: 'file',
  location: at(line),
  ...(group === undefined ? {} : { group, groupLocation: at(line, 20) })
})

/** Each planned address's group, as the pipeline works it out: resolve, plan, then look up. */
function groupOfEntries(entries: ListedEntry[], defaultGroup?: string) {
  const resolution = resolveGroups(entries, defaultGroup)
  return groupsOf(withGroupProblems(planInvites(entries), resolution.problems), resolution)
}

describe('resolveGroups and groupsOf', () => {
  it("each address gets its entry's group, else the group input, else none", () => {
    const entries = [
      entry('Ann@x.com', 1, 'devs'),
      entry('bob@x.com', 2),
      { text: 'cy@x.com', origin: 'input' as const }
    ]
    expect(resolveGroups(entries, 'viewers')).toEqual({
      named: new Map([['ann@x.com', 'devs']]),
      defaultGroup: 'viewers',
      problems: []
    })
    expect(groupOfEntries(entries, 'viewers')).toEqual(
      new Map([
        ['ann@x.com', 'devs'],
        ['bob@x.com', 'viewers'],
        ['cy@x.com', 'viewers']
      ])
    )
    expect(groupOfEntries(entries)).toEqual(
      new Map([
        ['ann@x.com', 'devs'],
        ['bob@x.com', undefined],
        ['cy@x.com', undefined]
      ])
    )
  })

  it('a bad group name is an invalid entry at the group, and the address gets no group', () => {
    const entries = [entry('a@x.com', 3, 'Dev Ops'), entry('b@x.com', 4, 'ops-')]
    const r = resolveGroups(entries, 'viewers')
    expect(r.problems).toEqual([
      {
        address: 'a@x.com',
        location: at(3, 20),
        error: { code: 'invalid_group', message: expect.stringContaining('"Dev Ops"') }
      },
      {
        address: 'b@x.com',
        location: at(4, 20),
        error: { code: 'invalid_group', message: expect.stringContaining('lowercase') }
      }
    ])
    expect([...groupOfEntries(entries, 'viewers').keys()]).toEqual([])
  })

  it('one address with two different groups is a conflict, reported at the second occurrence', () => {
    const entries = [
      entry('a@x.com', 1, 'devs'),
      entry('b@x.com', 2),
      entry('A@x.com', 5, 'ops'),
      entry('a@x.com', 6, 'qa')
    ]
    const r = resolveGroups(entries)
    expect(r.problems).toEqual([
      {
        address: 'a@x.com',
        location: at(5, 20),
        error: {
          code: 'group_conflict',
          message:
            'listed with two groups: "devs" (team.yml:1) and "ops"; list the address once, with one group'
        }
      }
    ])
    expect([...groupOfEntries(entries)]).toEqual([['b@x.com', undefined]])
  })

  it('the same group twice, or a second entry without a group, is no conflict', () => {
    const entries = [entry('a@x.com', 1), entry('a@x.com', 2, 'devs'), entry('a@x.com', 3, 'devs')]
    expect(resolveGroups(entries, 'viewers').problems).toEqual([])
    expect(groupOfEntries(entries, 'viewers')).toEqual(new Map([['a@x.com', 'devs']]))
  })

  it('a CSV as the Console writes it: an empty group cell takes the group input; a bad group is located at its cell', () => {
    const csv = 'USER_EMAIL,GROUP_TO_ASSIGN\r\nann@x.com,devs\r\nbob@x.com,\r\ncy@x.com,Admins\r\n'
    const entries = parseCsvTeamFile(csv, 'team.csv')
    const r = resolveGroups(entries, 'viewers')
    expect([...groupOfEntries(entries, 'viewers')]).toEqual([
      ['ann@x.com', 'devs'],
      ['bob@x.com', 'viewers']
    ])
    expect(r.problems).toEqual([
      {
        address: 'cy@x.com',
        location: { file: 'team.csv', line: 4, column: 10, endLine: 4, endColumn: 16 },
        error: expect.objectContaining({ code: 'invalid_group' })
      }
    ])
  })
  it('matches a plain model of the rule on any mix of entries (10,000 runs)', () => {
    // The model: an address's first bad group name makes it invalid_group, a second different
    // good group group_conflict (the first problem counts); an invalid address gets no group,
    // the others the group their entries name, else the group input. Addresses are written
    // in mixed case, as people do, in the file or the `emails` input; entries that are not
    // addresses (a mapping without an email) are left out, and text that is not an address
    // gets no group.
    // Compared: the problems (address, code, line) and the groups, in order.
    const good = ['devs', 'ops']
    const entryArb = fc.record({
      local: fc.constantFrom('ann', 'Ann', 'bob', 'cy', 'not an address'),
      group: fc.option(fc.constantFrom('devs', 'ops', 'Bad Group'), { nil: undefined }),
      fromInput: fc.boolean(),
      notAnAddress: fc.boolean()
    })
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 12 }),
        fc.option(fc.constantFrom('viewers'), { nil: undefined }),
        (raw, defaultGroup) => {
          const entries: ListedEntry[] = raw.map((e, i) => {
            if (e.notAnAddress)
              return { ...entry(`{name: ${e.local}}`, i + 1, e.group), notAnAddress: true }
            const text = e.local.includes(' ') ? e.local : `${e.local}@x.com`
            return e.fromInput ? { text, origin: 'input' } : entry(text, i + 1, e.group)
          })
          const named = new Map<string, string>()
          const problems = new Map<string, [string, number | undefined]>()
          const order: string[] = []
          raw.forEach((e, i) => {
            if (e.notAnAddress) return
            // Text that is no address is invalid whatever its group, but its group is still
            // checked (and reported) like any other.
            const isAddress = !e.local.includes(' ')
            const address = isAddress ? `${e.local.toLowerCase()}@x.com` : e.local
            if (isAddress && !order.includes(address)) order.push(address)
            const group = e.fromInput ? undefined : e.group
            if (group === undefined || problems.has(address)) return
            if (!good.includes(group)) problems.set(address, ['invalid_group', i + 1])
            else if (!named.has(address)) named.set(address, group)
            else if (named.get(address) !== group) problems.set(address, ['group_conflict', i + 1])
          })
          const expected = order
            .filter(address => !problems.has(address))
            .map(address => [address, named.get(address) ?? defaultGroup])
          const resolution = resolveGroups(entries, defaultGroup)
          expect(resolution.problems.map(p => [p.address, p.error.code, p.location?.line])).toEqual(
            [...problems].map(([address, [code, line]]) => [address, code, line])
          )
          expect([...groupOfEntries(entries, defaultGroup)]).toEqual(expected)
        }
      ),
      { numRuns: 10_000 }
    )
  })
})

describe('partitionByGroup', () => {
  it('splits the addresses to send by group, in order of first appearance', () => {
    const groupOf = new Map<string, string | undefined>([
      ['a@x.com', 'devs'],
      ['b@x.com', undefined],
      ['c@x.com', 'ops'],
      ['d@x.com', 'devs']
    ])
    expect(partitionByGroup(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com'], groupOf)).toEqual([
      { group: 'devs', addresses: ['a@x.com', 'd@x.com'] },
      { group: undefined, addresses: ['b@x.com'] },
      { group: 'ops', addresses: ['c@x.com'] }
    ])
  })

  it('refuses to place an address whose group was not resolved (it had a group problem)', () => {
    expect(() => partitionByGroup(['a@x.com'], new Map())).toThrow('a@x.com')
  })

  it('every address lands in exactly one partition, the one of its group', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.stringMatching(/^[a-e]{1,3}@x\.com$/),
            fc.option(fc.constantFrom('devs', 'ops', 'qa'), { nil: undefined })
          ),
          {
            selector: ([a]) => a
          }
        ),
        pairs => {
          const groupOf = new Map(pairs)
          const parts = partitionByGroup(
            pairs.map(([a]) => a),
            groupOf
          )
          expect(parts.flatMap(p => p.addresses).sort()).toEqual(pairs.map(([a]) => a).sort())
          for (const p of parts) for (const a of p.addresses) expect(groupOf.get(a)).toBe(p.group)
          expect(new Set(parts.map(p => p.group)).size).toBe(parts.length)
        }
      ),
      { numRuns: 5000 }
    )
  })
})

describe('planGroupAdditions', () => {
  it('appends members missing from their group, matching links by address or id; never others', () => {
    const plan = planGroupAdditions({
      org: 'acme',
      members: [
        { email: 'Ann@x.com', id: 'u-a' },
        { email: 'bob@x.com', id: 'u-b' },
        { email: 'cy@x.com', id: 'u-c' },
        { email: 'dee@x.com', id: 'u-d' }
      ],
      groupOf: new Map<string, string | undefined>([
        ['ann@x.com', 'devs'],
        ['bob@x.com', 'devs'],
        ['cy@x.com', 'ops'],
        ['dee@x.com', undefined],
        ['new@x.com', 'devs']
      ]),
      memberLinks: new Map([
        ['devs', ['/org/acme/user/u-a', '/org/acme/user/someone-else@x.com']],
        ['ops', ['/org/acme/user/CY%40x.com']]
      ])
    })
    expect(plan).toEqual({
      additions: [{ group: 'devs', addresses: ['bob@x.com'], links: ['/org/acme/user/bob@x.com'] }],
      unread: []
    })
  })

  it('names groups whose members were not read', () => {
    const plan = planGroupAdditions({
      org: 'acme',
      members: [{ email: 'a@x.com' }],
      groupOf: new Map([['a@x.com', 'qa']]),
      memberLinks: new Map()
    })
    expect(plan).toEqual({ additions: [], unread: ['qa'] })
  })

  it('against the local API: the planned PATCHes put everyone in their group and remove nobody', async () => {
    const api = await startLocalApi({
      users: [
        { email: 'a@x.com', id: 'u-a' },
        { email: 'b@x.com', id: 'u-b' },
        { email: 'c@x.com', id: 'u-c' },
        { email: 'old@x.com', id: 'u-old' }
      ],
      groups: { devs: ['u-a', 'old@x.com'], ops: [] }
    })
    try {
      const headers = { authorization: 'Bearer test-key', 'content-type': 'application/json' }
      const read = async (g: string) =>
        (
          (await (await fetch(`${api.url}/org/acme/group/${g}`, { headers })).json()) as {
            memberLinks: string[]
          }
        ).memberLinks
      const groupOf = new Map<string, string | undefined>([
        ['a@x.com', 'devs'],
        ['b@x.com', 'devs'],
        ['c@x.com', 'ops'],
        ['pending@x.com', 'ops']
      ])
      const plan = planGroupAdditions({
        org: 'acme',
        members: [
          { email: 'a@x.com', id: 'u-a' },
          { email: 'b@x.com', id: 'u-b' },
          { email: 'c@x.com', id: 'u-c' },
          { email: 'old@x.com', id: 'u-old' }
        ],
        groupOf,
        memberLinks: new Map([
          ['devs', await read('devs')],
          ['ops', await read('ops')]
        ])
      })
      for (const add of plan.additions) {
        const res = await fetch(`${api.url}/org/acme/group/${add.group}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ '$append/memberLinks': add.links })
        })
        expect(res.status).toBe(200)
        await res.text()
      }
      expect(api.requests.filter(r => r.method === 'PATCH').map(r => r.body)).toEqual([
        { '$append/memberLinks': ['/org/acme/user/b@x.com'] },
        { '$append/memberLinks': ['/org/acme/user/c@x.com'] }
      ])
      expect(await read('devs')).toEqual([
        '/org/acme/user/u-a',
        '/org/acme/user/old@x.com',
        '/org/acme/user/b@x.com'
      ])
      expect(await read('ops')).toEqual(['/org/acme/user/c@x.com'])
    } finally {
      await api.close()
    }
  })

  it('properties: additions only add members missing from their own group, once, and nothing else', () => {
    const addr = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map(l => `${l}@x.com`)
    const group = fc.constantFrom('devs', 'ops', 'qa')
    fc.assert(
      fc.property(
        fc.uniqueArray(addr),
        fc.array(fc.tuple(addr, fc.option(group, { nil: undefined }))),
        fc.array(fc.tuple(group, addr, fc.boolean())),
        (memberEmails, wanted, linkSpec) => {
          const members = memberEmails.map(email => ({ email, id: `id-${email[0]}` }))
          const groupOf = new Map(wanted)
          const memberLinks = new Map<string, string[]>([
            ['devs', []],
            ['ops', []],
            ['qa', []]
          ])
          for (const [g, a, byId] of linkSpec)
            memberLinks.get(g)!.push(`/org/acme/user/${byId ? `id-${a[0]}` : a}`)
          const plan = planGroupAdditions({ org: 'acme', members, groupOf, memberLinks })
          const added = plan.additions.flatMap(x => x.addresses.map(a => `${x.group} ${a}`))
          const expected: string[] = []
          for (const [a, g] of groupOf) {
            if (g === undefined || !memberEmails.includes(a)) continue
            const links = memberLinks.get(g)!
            if (
              !links.includes(`/org/acme/user/${a}`) &&
              !links.includes(`/org/acme/user/id-${a[0]}`)
            )
              expected.push(`${g} ${a}`)
          }
          expect(added.sort()).toEqual(expected.sort())
          expect(plan.unread).toEqual([])
        }
      ),
      { numRuns: 5000 }
    )
  })
})
