import { describe, it, expect, jest } from '@jest/globals'
import fc from 'fast-check'
import { parseTeamFile, TeamFileError } from '../src/teamfile.js'
import type { ListedEntry, SourceLocation } from '../src/types.js'

function failure(run: () => unknown): TeamFileError {
  try {
    run()
  } catch (error) {
    if (error instanceof TeamFileError) return error
    throw error
  }
  throw new Error('expected a TeamFileError')
}

const texts = (entries: ListedEntry[]): string[] => entries.map(entry => entry.text)

function at(file: string, line: number, column: number, endColumn: number): SourceLocation {
  return { file, line, column, endLine: line, endColumn }
}

describe('TeamFileError', () => {
  it('is an Error with a name and an optional location', () => {
    const error = new TeamFileError('emails-file: no', at('t.yml', 1, 1, 2))
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('TeamFileError')
    expect(error.location).toEqual(at('t.yml', 1, 1, 2))
    expect(new TeamFileError('x').location).toBeUndefined()
  })
})

describe('parseTeamFile, plain text', () => {
  it('reads one or more addresses per line with 1-based locations', () => {
    const entries = parseTeamFile('a@x.com\n  b@x.com, c@x.com;d@x.com e@x.com\n', 'team.txt')
    expect(entries).toEqual([
      { text: 'a@x.com', origin: 'file', location: at('team.txt', 1, 1, 8) },
      { text: 'b@x.com', origin: 'file', location: at('team.txt', 2, 3, 10) },
      { text: 'c@x.com', origin: 'file', location: at('team.txt', 2, 12, 19) },
      { text: 'd@x.com', origin: 'file', location: at('team.txt', 2, 20, 27) },
      { text: 'e@x.com', origin: 'file', location: at('team.txt', 2, 28, 35) }
    ])
  })

  it('ignores comments and blank lines', () => {
    const entries = parseTeamFile('# team\n\na@x.com # lead\n   # b@x.com\nc@x.com#d\n', 't')
    expect(texts(entries)).toEqual(['a@x.com', 'c@x.com'])
    expect(entries[1]?.location).toEqual(at('t', 5, 1, 8))
  })

  it('reduces Name <addr> and locates the address itself', () => {
    const entries = parseTeamFile('"Doe, Jane" <jane@x.com>; Bob <bob@x.com>\n', 'list')
    expect(entries).toEqual([
      { text: 'jane@x.com', origin: 'file', location: at('list', 1, 14, 24) },
      { text: 'bob@x.com', origin: 'file', location: at('list', 1, 32, 41) }
    ])
  })

  it('strips a BOM without shifting the columns of line 1', () => {
    const entries = parseTeamFile('\ufeffa@x.com b@x.com\n', 'team.txt')
    expect(entries.map(e => e.location)).toEqual([
      at('team.txt', 1, 1, 8),
      at('team.txt', 1, 9, 16)
    ])
    expect(texts(entries)).toEqual(['a@x.com', 'b@x.com'])
  })

  it('handles CRLF line ends: no CR in entries, columns unchanged', () => {
    const entries = parseTeamFile('a@x.com\r\n b@x.com\r\n\r\nc@x.com', 'team.txt')
    expect(entries).toEqual([
      { text: 'a@x.com', origin: 'file', location: at('team.txt', 1, 1, 8) },
      { text: 'b@x.com', origin: 'file', location: at('team.txt', 2, 2, 9) },
      { text: 'c@x.com', origin: 'file', location: at('team.txt', 4, 1, 8) }
    ])
  })

  it('counts columns in characters, not UTF-16 units', () => {
    const entries = parseTeamFile('😀😀 a@x.com\n', 'team.txt')
    expect(entries[1]?.location).toEqual(at('team.txt', 1, 4, 11))
  })

  it('reads an empty or comment-only file as no entries', () => {
    expect(parseTeamFile('', 'team.txt')).toEqual([])
    expect(parseTeamFile('\ufeff', 'team.txt')).toEqual([])
    expect(parseTeamFile('# nobody yet\n\n', 'team.txt')).toEqual([])
  })

  it('refuses emails-key for a plain text file', () => {
    const error = failure(() => parseTeamFile('a@x.com', 'team.txt', 'teams.a'))
    expect(error.message).toContain('emails-key is set')
    expect(error.message).toContain('read as plain text')
    expect(error.message).toContain('Clear emails-key')
  })

  it('ignores an empty or blank emails-key', () => {
    expect(texts(parseTeamFile('a@x.com', 'team.txt', ' '))).toEqual(['a@x.com'])
  })

  it('parses 100,000 lines quickly', () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com\n`).join('')
    const started = performance.now()
    const entries = parseTeamFile(content, 'big.txt')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(entries).toHaveLength(100_000)
    expect(entries[99_999]?.location).toEqual(at('big.txt', 100_000, 1, 22))
  })
})

describe('parseTeamFile, binary files', () => {
  it.each(['team.txt', 'team.yml', 'team.json'])(
    'refuses NUL bytes in %s with their place',
    file => {
      const error = failure(() => parseTeamFile('a@x.com\r\nb@\0x.com\n', file))
      expect(error.message).toContain(
        'emails-file looks like a binary file (NUL byte at line 2, column 3)'
      )
      expect(error.message).toContain(file)
      expect(error.location).toEqual(at(file, 2, 3, 4))
    }
  )

  it('counts the NUL column after a BOM from the visible text', () => {
    const error = failure(() => parseTeamFile('\ufeff\0', 'team.txt'))
    expect(error.message).toContain('(NUL byte at line 1, column 1)')
  })
})

describe('parseTeamFile, YAML shapes', () => {
  it('reads a sequence of address strings with their scalar locations', () => {
    const entries = parseTeamFile('# team\n- a@x.com\n-   b@x.com  # lead\n', 'team.yml')
    expect(entries).toEqual([
      { text: 'a@x.com', origin: 'file', location: at('team.yml', 2, 3, 10) },
      { text: 'b@x.com', origin: 'file', location: at('team.yml', 3, 5, 12) }
    ])
  })

  it('locates quoted and flow scalars, quotes included', () => {
    const entries = parseTeamFile('- \'a@x.com\'\n- "b@x.com"\n- [c@x.com]\n', 'team.yaml')
    expect(entries[0]).toEqual({
      text: 'a@x.com',
      origin: 'file',
      location: at('team.yaml', 1, 3, 12)
    })
    expect(entries[1]?.location).toEqual(at('team.yaml', 2, 3, 12))
    expect(entries[2]).toMatchObject({ text: '[c@x.com]', notAnAddress: true })
  })

  it('reads a sequence of mappings by their email key, ignoring other keys', () => {
    const content = '- name: Ann\n  email: ann@x.com\n- {email: "bob@x.com", name: Bob}\n'
    expect(parseTeamFile(content, 'team.yml')).toEqual([
      { text: 'ann@x.com', origin: 'file', location: at('team.yml', 2, 10, 19) },
      { text: 'bob@x.com', origin: 'file', location: at('team.yml', 3, 11, 22) }
    ])
  })

  it.each(['emails', 'members', 'users'])('reads the list under %s', key => {
    const entries = parseTeamFile(`title: Team\n${key}:\n  - a@x.com\n`, 'team.yml')
    expect(entries).toEqual([
      { text: 'a@x.com', origin: 'file', location: at('team.yml', 3, 5, 12) }
    ])
  })

  it('prefers emails, then members, then users', () => {
    const content = 'users: [u@x.com]\nmembers: [m@x.com]\nemails: [e@x.com]\n'
    expect(texts(parseTeamFile(content, 'team.yml'))).toEqual(['e@x.com'])
    const noEmails = 'users: [u@x.com]\nmembers: [m@x.com]\n'
    expect(texts(parseTeamFile(noEmails, 'team.yml'))).toEqual(['m@x.com'])
  })

  it('reads an empty list, or a key with nothing under it, as no entries', () => {
    expect(parseTeamFile('emails: []\n', 'team.yml')).toEqual([])
    expect(parseTeamFile('emails:\n', 'team.yml')).toEqual([])
    expect(parseTeamFile('[]', 'team.json')).toEqual([])
  })

  it('refuses a list key that holds something else', () => {
    const error = failure(() => parseTeamFile('emails: a@x.com\n', 'team.yml'))
    expect(error.message).toContain('emails-file team.yml: "emails" holds a string, not a list')
  })

  it('reads JSON (any case of extension) as YAML, with locations', () => {
    const content = '{\n  "emails": [\n    "a@x.com",\n    {"email": "b@x.com"}\n  ]\n}\n'
    expect(parseTeamFile(content, 'Team.JSON')).toEqual([
      { text: 'a@x.com', origin: 'file', location: at('Team.JSON', 3, 5, 14) },
      { text: 'b@x.com', origin: 'file', location: at('Team.JSON', 4, 15, 24) }
    ])
    expect(texts(parseTeamFile('["a@x.com"]', 'x.json'))).toEqual(['a@x.com'])
  })

  it('reads an empty document or file as no entries', () => {
    expect(parseTeamFile('', 'team.yml')).toEqual([])
    expect(parseTeamFile('# nobody\n\n', 'team.yml')).toEqual([])
    expect(parseTeamFile('---\n', 'team.yaml')).toEqual([])
    expect(parseTeamFile('~\n', 'team.yaml')).toEqual([])
    expect(parseTeamFile('', 'team.json')).toEqual([])
  })

  it('refuses other shapes, explaining the accepted ones', () => {
    const mapping = failure(() => parseTeamFile('team: a\nlead: b@x.com\n', 'team.yml'))
    expect(mapping.message).toContain('emails-file team.yml has no list of addresses')
    expect(mapping.message).toContain(
      'expected a list of addresses, a list of mappings with an "email" key, or a mapping ' +
        'whose "emails", "members" or "users" key holds such a list'
    )
    expect(mapping.message).toContain('keys there: team, lead')
    expect(mapping.message).toContain('set emails-key')
    expect(mapping.location).toMatchObject({ file: 'team.yml', line: 1, column: 1 })
    const scalar = failure(() => parseTeamFile('a@x.com\n', 'team.yml'))
    expect(scalar.message).toContain('found a string')
    const number = failure(() => parseTeamFile('42', 'team.json'))
    expect(number.message).toContain('found a number (42)')
  })
})

describe('parseTeamFile, entries that are not addresses', () => {
  it('keeps each as an entry marked notAnAddress, with its source text and location', () => {
    const content = [
      '- 42',
      '- true',
      '- ~',
      '- name: Bob',
      '- {name: Bob}',
      '- [a@x.com, b@x.com]',
      '- email: 42',
      '- email: [a@x.com]',
      '- 1e3 # a comment',
      '- a@x.com'
    ].join('\n')
    expect(parseTeamFile(content, 'team.yml')).toEqual([
      { text: '42', origin: 'file', location: at('team.yml', 1, 3, 5), notAnAddress: true },
      { text: 'true', origin: 'file', location: at('team.yml', 2, 3, 7), notAnAddress: true },
      { text: '~', origin: 'file', location: at('team.yml', 3, 3, 4), notAnAddress: true },
      {
        text: 'name: Bob',
        origin: 'file',
        location: at('team.yml', 4, 3, 12),
        notAnAddress: true
      },
      {
        text: '{name: Bob}',
        origin: 'file',
        location: at('team.yml', 5, 3, 14),
        notAnAddress: true
      },
      {
        text: '[a@x.com, b@x.com]',
        origin: 'file',
        location: at('team.yml', 6, 3, 21),
        notAnAddress: true
      },
      {
        text: 'email: 42',
        origin: 'file',
        location: at('team.yml', 7, 3, 12),
        notAnAddress: true
      },
      {
        text: 'email: [a@x.com]',
        origin: 'file',
        location: at('team.yml', 8, 3, 19),
        notAnAddress: true
      },
      { text: '1e3', origin: 'file', location: at('team.yml', 9, 3, 6), notAnAddress: true },
      { text: 'a@x.com', origin: 'file', location: at('team.yml', 10, 3, 10) }
    ])
  })

  it('names a multi-line or long item by file and line', () => {
    const long = `- {name: ${'x'.repeat(200)}}`
    const content = `- a@x.com\n- name: Bob\n  role: lead\n-\n${long}\n`
    const entries = parseTeamFile(content, 'team.yml')
    expect(entries.slice(1)).toEqual([
      {
        text: 'team.yml:2',
        origin: 'file',
        location: { file: 'team.yml', line: 2, column: 3, endLine: 3, endColumn: 13 },
        notAnAddress: true
      },
      {
        text: 'team.yml:4',
        origin: 'file',
        location: at('team.yml', 4, 2, 2),
        notAnAddress: true
      },
      {
        text: 'team.yml:5',
        origin: 'file',
        location: at('team.yml', 5, 3, long.length + 1),
        notAnAddress: true
      }
    ])
  })

  it('reads a quoted number as a string, to be validated as an address', () => {
    expect(parseTeamFile('- "42"\n', 'team.yml')).toEqual([
      { text: '42', origin: 'file', location: at('team.yml', 1, 3, 7) }
    ])
  })
})

describe('parseTeamFile, emails-key', () => {
  const content = [
    'teams:',
    '  platform:',
    '    - p@x.com',
    '  web:',
    '    members:',
    '      - w@x.com',
    '  empty:',
    '  lead: l@x.com',
    'emails: [top@x.com]'
  ].join('\n')

  it('selects the sequence at a dotted path', () => {
    expect(parseTeamFile(content, 'team.yml', 'teams.platform')).toEqual([
      { text: 'p@x.com', origin: 'file', location: at('team.yml', 3, 7, 14) }
    ])
  })

  it('accepts a mapping with a list key at the path, and an empty value', () => {
    expect(texts(parseTeamFile(content, 'team.yml', 'teams.web'))).toEqual(['w@x.com'])
    expect(parseTeamFile(content, 'team.yml', 'teams.empty')).toEqual([])
    expect(texts(parseTeamFile(content, 'team.yml', ' emails '))).toEqual(['top@x.com'])
  })

  it('reports a missing key with the keys at the level where it stopped', () => {
    const error = failure(() => parseTeamFile(content, 'team.yml', 'teams.backend'))
    expect(error.message).toContain(
      'emails-key "teams.backend" not found in emails-file team.yml: "teams" has no key ' +
        '"backend" (keys there: platform, web, empty, lead)'
    )
    expect(error.message).toContain('Set emails-key to a dotted path that exists')
    expect(error.location).toMatchObject({ file: 'team.yml', line: 2, column: 3 })
    const top = failure(() => parseTeamFile(content, 'team.yml', 'groups'))
    expect(top.message).toContain('the top level has no key "groups" (keys there: teams, emails)')
  })

  it('reports a path that runs into something other than a mapping', () => {
    const error = failure(() => parseTeamFile(content, 'team.yml', 'teams.platform.x'))
    expect(error.message).toContain('"teams.platform" holds a list, not a mapping with keys')
    const empty = failure(() => parseTeamFile('', 'team.yml', 'teams'))
    expect(empty.message).toContain('the top level holds nothing')
  })

  it('refuses a path whose value is not a list', () => {
    const error = failure(() => parseTeamFile(content, 'team.yml', 'teams.lead'))
    expect(error.message).toContain(
      'emails-key "teams.lead" in emails-file team.yml holds a string, not a list of addresses'
    )
    expect(error.location).toEqual(at('team.yml', 8, 9, 9))
  })

  it('refuses a malformed dotted path', () => {
    const error = failure(() => parseTeamFile(content, 'team.yml', 'teams..web'))
    expect(error.message).toContain('emails-key "teams..web" is not a dotted path')
  })

  it('matches numeric keys by their text', () => {
    expect(texts(parseTeamFile('2024: [a@x.com]\n', 'team.yml', '2024'))).toEqual(['a@x.com'])
  })
})

describe('parseTeamFile, YAML errors and safety', () => {
  it('reports the first syntax error with its location', () => {
    const error = failure(() => parseTeamFile('emails:\n  - a@x.com\n - b@x.com\n', 'team.yml'))
    expect(error.message).toMatch(/^emails-file team\.yml is not valid YAML at line 3, column 1: /)
    expect(error.message).toContain('give the file a .txt extension')
    expect(error.location).toMatchObject({ file: 'team.yml', line: 3, column: 1 })
  })

  it('says JSON for a .json file', () => {
    const error = failure(() => parseTeamFile('{"emails": ["a@x.com",]', 'team.json'))
    expect(error.message).toContain('emails-file team.json is not valid JSON at line 1')
  })

  it('refuses duplicate keys', () => {
    const error = failure(() => parseTeamFile('emails: []\nemails: [a@x.com]\n', 'team.yml'))
    expect(error.message).toContain('is not valid YAML at line 2, column 1')
  })

  it('refuses several documents', () => {
    const error = failure(() => parseTeamFile('- a@x.com\n---\n- b@x.com\n', 'team.yml'))
    expect(error.message).toContain('emails-file holds 2 YAML documents; keep one')
    expect(error.location).toMatchObject({ line: 2, column: 1 })
  })

  it('tolerates a stray document marker that starts an empty document', () => {
    expect(texts(parseTeamFile('- a@x.com\n---\n', 'team.yml'))).toEqual(['a@x.com'])
  })

  it('follows aliases to strings and locates the alias', () => {
    const content = 'lead: &lead l@x.com\nemails: [*lead, b@x.com]\n'
    expect(parseTeamFile(content, 'team.yml')).toEqual([
      { text: 'l@x.com', origin: 'file', location: at('team.yml', 2, 10, 15) },
      { text: 'b@x.com', origin: 'file', location: at('team.yml', 2, 17, 24) }
    ])
    const list = 'all: &all [a@x.com]\nemails: *all\n'
    expect(texts(parseTeamFile(list, 'team.yml'))).toEqual(['a@x.com'])
  })

  it('refuses a billion-laughs alias bomb quickly', () => {
    const lines = ['a0: &a0 [lol@x.com, lol@x.com, lol@x.com, lol@x.com, lol@x.com]']
    for (let i = 1; i <= 10; i++) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    }
    lines.push('emails: *a10')
    const started = performance.now()
    const error = failure(() => parseTeamFile(lines.join('\n'), 'team.yml'))
    expect(performance.now() - started).toBeLessThan(500)
    expect(error.message).toContain('emails-file team.yml uses YAML aliases')
    expect(error.message).toContain('"billion laughs"')
    expect(error.message).toContain('Write the addresses out')
  })

  it('refuses more than 100 uses of one anchor, the yaml package default limit', () => {
    const uses = Array.from({ length: 101 }, () => '- *lead').join('\n')
    const error = failure(() => parseTeamFile(`- &lead l@x.com\n${uses}\n`, 'team.yml'))
    expect(error.message).toContain('"billion laughs"')
    const fewer = Array.from({ length: 99 }, () => '- *lead').join('\n')
    expect(parseTeamFile(`- &lead l@x.com\n${fewer}\n`, 'team.yml')).toHaveLength(100)
  })

  it('prints no warnings of the yaml package to the log', () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    try {
      const content = 'x: &k [a]\n? *k\n: 1\nemails: [a@x.com]\n'
      expect(texts(parseTeamFile(content, 'team.yml'))).toEqual(['a@x.com'])
      expect(emitWarning).not.toHaveBeenCalled()
    } finally {
      emitWarning.mockRestore()
    }
  })

  it.each([
    ['flow sequences', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['flow mappings', '{a: '.repeat(10_000) + '}'.repeat(10_000)],
    ['block sequences', '- '.repeat(10_000) + 'a@x.com'],
    ['a nested emails-key target', 'emails:\n  - ' + '['.repeat(10_000)]
  ])('refuses 10,000 levels of %s without crashing', (_, content) => {
    const started = performance.now()
    const error = failure(() => parseTeamFile(content, 'deep.yml'))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(error.message).toMatch(
      /emails-file deep\.yml (nests .* more than 100 levels deep|is not valid YAML)/
    )
  })

  it('accepts nesting a real file could need', () => {
    const content = 'a:\n b:\n  c:\n   d:\n    - email: x@x.com\n'
    expect(texts(parseTeamFile(content, 'team.yml', 'a.b.c.d'))).toEqual(['x@x.com'])
  })

  it('strips a BOM and handles CRLF, through the full parser too', () => {
    const cases: Array<[string, number]> = [
      ['\ufeff- a@x.com\r\n- b@x.com\r\n', 1],
      ['\ufeff- "a@x.com"\r\n- b@x.com\r\n', 1],
      ['\ufeffemails:\r\n- a@x.com\r\n- b@x.com\r\n', 2]
    ]
    for (const [content, line] of cases) {
      const entries = parseTeamFile(content, 'team.yml')
      expect(texts(entries)).toEqual(['a@x.com', 'b@x.com'])
      expect(entries.map(e => e.location?.line)).toEqual([line, line + 1])
      expect(entries.map(e => e.location?.column)).toEqual([3, 3])
      expect(entries.map(e => e.location?.endColumn)).toEqual([content.includes('"') ? 12 : 10, 10])
    }
  })

  it('counts columns in characters in YAML too', () => {
    const entries = parseTeamFile('["😀😀", a@x.com]\n', 'team.yml')
    expect(entries.map(e => e.location)).toEqual([
      at('team.yml', 1, 2, 6),
      at('team.yml', 1, 8, 15)
    ])
  })

  it('reads the simple one-address-per-line form like the full parser does', () => {
    // A trailing quoted item forces the full parser; the entries before it must not change.
    const address = fc.stringMatching(/^[a-z0-9_][a-z0-9._%+-]{0,8}@[a-z0-9.-]{1,8}$/)
    const line = fc.oneof(
      address.map(a => ({ text: `- ${a}`, address: a })),
      address.map(a => ({ text: `-   ${a}  # note`, address: a })),
      fc.constantFrom(
        { text: '' },
        { text: '# comment' },
        { text: '   # indented' },
        { text: '  ' }
      )
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), fc.boolean(), (lines, crlf) => {
        const eol = crlf ? '\r\n' : '\n'
        const content = lines.map(l => l.text).join(eol)
        const fast = parseTeamFile(content, 'team.yml')
        const full = parseTeamFile(`${content}${eol}- "z@x.com"`, 'team.yml')
        expect(texts(fast)).toEqual(lines.flatMap(l => ('address' in l ? [l.address] : [])))
        expect(full.slice(0, -1)).toEqual(fast)
      }),
      { numRuns: 150 }
    )
  })

  it('parses 100,000 plain entries quickly', () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `- user${i}@example.com\n`).join('')
    const started = performance.now()
    const entries = parseTeamFile(content, 'big.yml')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(entries).toHaveLength(100_000)
    expect(entries[99_999]?.location).toEqual(at('big.yml', 100_000, 3, 24))
  })
})

describe('parseTeamFile, arbitrary content', () => {
  // Locations must point inside the content so that annotations land on real text.
  function expectInside(content: string, location: SourceLocation | undefined): void {
    if (!location) return
    const lines = content.replace(/^\ufeff/, '').split('\n')
    const width = (line: number): number => [...(lines[line - 1] ?? '')].length
    expect(location.line).toBeGreaterThanOrEqual(1)
    expect(location.line).toBeLessThanOrEqual(lines.length)
    expect(location.column).toBeGreaterThanOrEqual(1)
    expect(location.column).toBeLessThanOrEqual(width(location.line) + 1)
    const endLine = location.endLine ?? location.line
    expect(endLine).toBeGreaterThanOrEqual(location.line)
    expect(endLine).toBeLessThanOrEqual(lines.length)
    if (location.endColumn !== undefined) {
      expect(location.endColumn).toBeGreaterThanOrEqual(1)
      expect(location.endColumn).toBeLessThanOrEqual(width(endLine) + 1)
    }
  }

  function check(content: string, file: string, key?: string): void {
    let entries: ListedEntry[]
    try {
      entries = parseTeamFile(content, file, key)
    } catch (error) {
      expect(error).toBeInstanceOf(TeamFileError)
      expectInside(content, (error as TeamFileError).location)
      return
    }
    for (const entry of entries) {
      expect(entry.origin).toBe('file')
      expect(entry.location?.file).toBe(file)
      expectInside(content, entry.location)
      if (file.endsWith('.txt')) expect(entry.text).not.toMatch(/[\r\n]/)
    }
  }

  const yamlish = fc
    .array(
      fc.constantFrom(
        '- ',
        '-',
        'a@x.com',
        'b@y.org',
        '\n',
        '\r\n',
        '\r',
        ': ',
        ' ',
        '  ',
        '\t',
        '#',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ', ',
        ';',
        '&a ',
        '*a',
        '---\n',
        '...\n',
        '\ufeff',
        '😀',
        '\ud83d',
        'email: ',
        'emails:\n',
        '42',
        '!!str ',
        '!!binary ',
        '|\n',
        '>-\n',
        '? ',
        '<',
        '>',
        '%YAML 1.2\n',
        '\\',
        '\0'
      ),
      { maxLength: 40 }
    )
    .map(parts => parts.join(''))

  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), yamlish)

  it.each(['team.txt', 'team.yml', 'team.json'])(
    'never throws anything but TeamFileError for %s, and locations stay inside',
    file => {
      fc.assert(
        fc.property(anyText, content => check(content, file)),
        { numRuns: 400 }
      )
    }
  )

  it('also with an emails-key', () => {
    fc.assert(
      fc.property(yamlish, fc.constantFrom('emails', 'a', 'emails.a', '42'), (content, key) =>
        check(content, 'team.yaml', key)
      ),
      { numRuns: 300 }
    )
  })
})
