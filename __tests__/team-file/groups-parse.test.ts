// `group:` in YAML and JSON team files: both readers (the line-by-line fast path and the full
// parser) carry it into each entry with the place of its value, alike; CSV through the same
// entry point.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse as yamlParse } from 'yaml'
import { parseTeamFile } from '../../src/team-file/parse.js'
import type { ListedEntry } from '../../src/types.js'

const both = (content: string, file = 'team.yaml'): ListedEntry[] => {
  const fast = parseTeamFile(content, file)
  expect(parseTeamFile(content, file, undefined, { fastPaths: false })).toEqual(fast)
  return fast
}

describe('group: in a mapping entry', () => {
  it('is read with its place, before or after the email, by both readers', () => {
    const entries = both(
      'members:\n  - email: ann@x.com\n    group: devs\n  - group: ops # lead\n    email: bob@x.com\n  - cid@x.com\n'
    )
    expect(entries).toEqual([
      {
        text: 'ann@x.com',
        origin: 'file',
        location: { file: 'team.yaml', line: 2, column: 12, endLine: 2, endColumn: 21 },
        group: 'devs',
        groupLocation: { file: 'team.yaml', line: 3, column: 12, endLine: 3, endColumn: 16 }
      },
      {
        text: 'bob@x.com',
        origin: 'file',
        location: { file: 'team.yaml', line: 5, column: 12, endLine: 5, endColumn: 21 },
        group: 'ops',
        groupLocation: { file: 'team.yaml', line: 4, column: 12, endLine: 4, endColumn: 15 }
      },
      {
        text: 'cid@x.com',
        origin: 'file',
        location: { file: 'team.yaml', line: 6, column: 5, endLine: 6, endColumn: 14 }
      }
    ])
  })

  it('keeps a value that is not a string as written, so that it is reported, not dropped', () => {
    const entries = both(
      '- email: a@x.com\n  group: 12\n- email: b@x.com\n  group:\n- email: c@x.com\n  group: [x]\n'
    )
    expect(entries.map(e => e.group)).toEqual(['12', '', '[x]'])
    expect(entries.map(e => e.groupLocation?.line)).toEqual([2, 4, 6])
  })

  it('reads quoted groups and JSON alike', () => {
    expect(both('- email: a@x.com\n  group: "devs"\n').map(e => e.group)).toEqual(['devs'])
    const json = both('[{"email": "a@x.com", "group": "devs"}, "b@x.com"]', 'team.json')
    expect(json.map(e => [e.text, e.group, e.groupLocation?.column])).toEqual([
      ['a@x.com', 'devs', 32],
      ['b@x.com', undefined, undefined]
    ])
  })

  it('agrees with yaml.parse on the group of each entry, for generated files', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
    const item = fc.record({
      local: fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/),
      group: fc.option(name, { nil: undefined }),
      groupFirst: fc.boolean(),
      quoted: fc.boolean()
    })
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), items => {
        const lines = items.flatMap(i => {
          const email = `email: ${i.local}@x.com`
          if (i.group === undefined) return [`- ${email}`]
          const group = `group: ${i.quoted ? `'${i.group}'` : i.group}`
          return i.groupFirst ? [`- ${group}`, `  ${email}`] : [`- ${email}`, `  ${group}`]
        })
        const text = `${lines.join('\n')}\n`
        const expected = (yamlParse(text) as Array<{ email: string; group?: unknown }>).map(o =>
          o.group === undefined ? undefined : String(o.group)
        )
        expect(both(text).map(e => e.group)).toEqual(expected)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('CSV through parseTeamFile', () => {
  it('reads a .csv file with csv.ts, and refuses emails-key for it', () => {
    const entries = parseTeamFile('USER_EMAIL,GROUP_TO_ASSIGN\r\na@x.com,devs\r\n', 'team.CSV')
    expect(entries.map(e => [e.text, e.group, e.location?.line])).toEqual([['a@x.com', 'devs', 2]])
    expect(() => parseTeamFile('email\na@x.com\n', 'team.csv', 'teams.a')).toThrow(
      /read as CSV: only \.yml, \.yaml and \.json files have keys/
    )
  })
})
