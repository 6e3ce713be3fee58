// The YAML fast path (src/team-file/yaml-fast-path.ts) against two readers: yaml.parse, a reference the
// project did not write, and the project's full path (parseTeamFile without fast paths),
// which also gives the locations. Inputs are generated around the shapes the fast path
// takes, with the hostile ones mixed in: long lines, long runs of spaces before a comment,
// `>` and `<`, long keys, stray CRs, tabs and quotes.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse } from 'yaml'
import { parseTeamFile } from '../../src/team-file/parse.js'
import { readCommonShapes } from '../../src/team-file/yaml-fast-path.js'

/** What yaml.parse finds where the action looks for the list; undefined when it finds none. */
function reference(text: string): unknown[] | undefined {
  let doc: unknown
  try {
    doc = parse(text, { logLevel: 'silent' })
  } catch {
    return undefined
  }
  let list: unknown = doc
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    const map = doc as Record<string, unknown>
    const keys = ['emails', 'members', 'users'].filter(key => key in map)
    if (keys.length !== 1 || Object.keys(map).length !== 1) return undefined
    list = map[keys[0] as string]
  }
  // An empty document, or a list key with nothing under it, lists nobody.
  if (list === null || list === undefined) return []
  if (!Array.isArray(list)) return undefined
  return list.map(item =>
    item !== null && typeof item === 'object' ? (item as Record<string, unknown>).email : item
  )
}

const spaces = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 3 }).map(n => ' '.repeat(n)),
  fc.integer({ min: 100, max: 5000 }).map(n => ' '.repeat(n))
)
const commentText = fc.oneof(
  fc.constant(''),
  fc.constantFrom(' note', '#', ' a: b', ' <', ' >', ' "', " '", ' \r', ' \u2028', '\t'),
  fc.integer({ min: 100, max: 3000 }).map(n => '>'.repeat(n))
)
/** What may follow a value: nothing, spaces, a comment after spaces, or a `#` without one. */
const tail = fc.oneof(
  { weight: 3, arbitrary: spaces },
  { weight: 3, arbitrary: fc.tuple(spaces, commentText).map(([s, c]) => `${s} #${c}`) },
  { weight: 1, arbitrary: commentText.map(c => `#${c}`) }
)
const address = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      'ann@acme.io',
      'b.o_b+x@mail.acme.io',
      'Zed@Example.COM',
      '_u%1@x.co'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a@', '@x.io', 'a b@x.io', 'a@b@c', 'a:b@x.io', 'null', '42', '-a@x')
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<a@x.io>', 'Ann <a@x.io>', 'a@x.io>', '<a@x.io', "it's@x.io")
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 4000 }).map(n => `${'a'.repeat(n)}@x.io`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 4000 }).map(n => `a@${'<'.repeat(n)}`) }
)
const scalar = fc.oneof(
  { weight: 8, arbitrary: address },
  { weight: 1, arbitrary: address.map(a => `"${a}"`) },
  { weight: 1, arbitrary: address.map(a => `'${a}'`) },
  { weight: 1, arbitrary: fc.constantFrom('"a\\"b@x.io"', "'a''b@x.io'", '"a@x.io', '&x a@x.io') }
)
const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('email', 'name', 'role', 'github') },
  { weight: 1, arbitrary: fc.constantFrom('null', 'e mail', '"email"', 'email ') },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 2000 }).map(n => 'k'.repeat(n)) }
)
/** One list item: `- scalar`, or a mapping of `key: value` lines at the item's indentation. */
const item = (indent: string): fc.Arbitrary<string[]> =>
  fc.oneof(
    fc.tuple(scalar, tail).map(([s, t]) => [`${indent}- ${s}${t}`]),
    fc
      .tuple(
        fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constant('email') }, key), scalar, tail),
        fc.array(fc.tuple(key, scalar, tail), { maxLength: 2 })
      )
      .map(([first, rest]) => [first, ...rest])
      .map(pairs => pairs.map(([k, v, t], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${v}${t}`))
  )
const noise = fc.oneof(
  fc.constant(''),
  spaces,
  fc.tuple(spaces, commentText).map(([s, c]) => `${s}#${c}`),
  fc.constantFrom('---', '\t- a@x.io', 'emails:', 'members: []', '? a', '- [a@x.io]')
)
const document = fc
  .record({
    header: fc.oneof(
      fc.constant(undefined),
      fc.tuple(fc.constantFrom('emails:', 'members:', 'users:', 'team:'), tail).map(x => x.join(''))
    ),
    indent: fc.constantFrom('', '  ', '    '),
    lines: fc.array(
      fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
      { maxLength: 6 }
    ),
    eol: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('\n', '\r\n') },
      { weight: 1, arbitrary: fc.constant('\r') }
    ),
    last: fc.boolean()
  })
  .chain(({ header, indent, lines, eol, last }) =>
    fc
      .tuple(...lines.map(kind => (kind === 0 ? item(header ? indent : '') : noise.map(n => [n]))))
      .map(rows => {
        const all = [...(header ? [header] : []), ...rows.flat()]
        return all.join(eol) + (last ? eol : '')
      })
  )

describe('the YAML fast path', () => {
  it('reads what yaml.parse reads, and locates it as the full path does', () => {
    let taken = 0
    let runs = 0
    fc.assert(
      fc.property(document, text => {
        runs++
        const fast = readCommonShapes(text, 'team.yml', /[\ud800-\udfff]/.test(text))
        if (fast === undefined) return
        if (fast.length > 0) taken++
        // yaml.parse, an independent reader, sees the same strings in the same order.
        expect(fast.map(entry => entry.text)).toEqual(reference(text))
        // The full path gives the same entries, locations included.
        expect(fast).toEqual(parseTeamFile(text, 'team.yml', undefined, { fastPaths: false }))
      }),
      { numRuns: 10_000 }
    )
    // The comparison means something only if the fast path reads a good share of the inputs.
    expect(taken).toBeGreaterThan(runs / 10)
  })

  it('takes the common shapes, comments after any run of spaces included', () => {
    const long = ' '.repeat(100_000)
    expect(readCommonShapes(`- a@x.io${long}# ann\n- b@x.io${long}\n`, 'team.yml', false)).toEqual([
      {
        text: 'a@x.io',
        origin: 'file',
        location: { file: 'team.yml', line: 1, column: 3, endLine: 1, endColumn: 9 }
      },
      {
        text: 'b@x.io',
        origin: 'file',
        location: { file: 'team.yml', line: 2, column: 3, endLine: 2, endColumn: 9 }
      }
    ])
    const mapping = `members:${long}# team\n  - email: "a@x.io"${long}# ann\n    name: Ann\n`
    expect(readCommonShapes(mapping, 'team.yml', false)?.map(e => e.text)).toEqual(['a@x.io'])
  })

  it('leaves to the full parser what it cannot read for certain', () => {
    for (const text of [
      `- a@x.io${' '.repeat(1000)}x: y`,
      `- a@x.io #${'>'.repeat(10)}\u2028`,
      `members:\n  - email: a@x.io\n    ${'k'.repeat(100)}: v\n`,
      '- email: a@x.io\n  email: b@x.io\n',
      '- a@x.io\r'
    ]) {
      expect(readCommonShapes(text, 'team.yml', false)).toBeUndefined()
    }
  })
})
