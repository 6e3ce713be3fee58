import { describe, it, expect, jest } from '@jest/globals'
import fc from 'fast-check'
import { Composer, LineCounter, Parser } from 'yaml'
import { ActionError, teamFileError } from '../../src/errors.js'
import { parseTeamFile } from '../../src/team-file/parse.js'
import type { ListedEntry, SourceLocation } from '../../src/types.js'

function failure(run: () => unknown): ActionError {
  try {
    run()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected a ActionError')
}

const texts = (entries: ListedEntry[]): string[] => entries.map(entry => entry.text)

function at(file: string, line: number, column: number, endColumn: number): SourceLocation {
  return { file, line, column, endLine: line, endColumn }
}

/** What a read gives: the entries, or the error's message and location. */
function outcome(content: string, fastPaths: boolean): unknown {
  try {
    return { entries: parseTeamFile(content, 'team.yml', undefined, { fastPaths }) }
  } catch (error) {
    if (error instanceof ActionError) return { error: error.message, location: error.location }
    throw error
  }
}

/**
 * Reads `content` with and without the fast paths, expects the same outcome and tells
 * whether the full parser ran the first time, i.e. whether the fast paths declined it.
 */
function compareWithFullParser(content: string): boolean {
  const parse = jest.spyOn(Parser.prototype, 'parse')
  try {
    const fast = outcome(content, true)
    const declined = parse.mock.calls.length > 0
    expect(fast).toEqual(outcome(content, false))
    return declined
  } finally {
    parse.mockRestore()
  }
}

describe('teamFileError', () => {
  it('is an ActionError with an optional location', () => {
    const error = teamFileError('emails-file: no', at('t.yml', 1, 1, 2))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.name).toBe('ActionError')
    expect(error.location).toEqual(at('t.yml', 1, 1, 2))
    expect(error.configuration).toBe(false)
    expect(teamFileError('x').location).toBeUndefined()
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
    // `#` starts a comment only at the start of a word: `c@x.com#d` is one (invalid) entry.
    expect(texts(entries)).toEqual(['a@x.com', 'c@x.com#d'])
    expect(entries[1]?.location).toEqual(at('t', 5, 1, 10))
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

  it('parses 100,000 lines, locating the last one (timing: npm run bench)', () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com\n`).join('')
    const entries = parseTeamFile(content, 'big.txt')
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

  describe('more than one of emails, members and users at the top level', () => {
    const pairs: Array<[string, string]> = [
      ['emails', 'members'],
      ['emails', 'users'],
      ['members', 'users'],
      ['members', 'emails'],
      ['users', 'emails'],
      ['users', 'members']
    ]
    const yaml = (keys: string[]): string =>
      keys.map((k, i) => `${k}:\n  - ${k[0] ?? ''}${i}@x.co\n`).join('')

    it.each(pairs)('refuses %s with %s, pointing at the second key', (first, second) => {
      const content = yaml([first, second])
      // Both paths decline or agree: the fast paths leave a second top-level key to the parser.
      expect(compareWithFullParser(content)).toBe(true)
      const error = failure(() => parseTeamFile(content, 'team.yml'))
      expect(error.message).toBe(
        'emails-file team.yml has more than one list of addresses at the top level ' +
          `("${first}" at line 1, "${second}" at line 3); only one can be read and the ` +
          'others would be lost. To fix it, point emails-key at the one list to use ' +
          `(e.g. emails-key: ${second}), or merge the lists into one.`
      )
      expect(error.location).toEqual(at('team.yml', 3, 1, 1 + second.length))
      // emails-key picks either list, entirely.
      expect(texts(parseTeamFile(content, 'team.yml', first))).toEqual([`${first[0]}0@x.co`])
      expect(texts(parseTeamFile(content, 'team.yml', second))).toEqual([`${second[0]}1@x.co`])
    })

    it('refuses all three, listing them in file order', () => {
      const content = yaml(['users', 'emails', 'members'])
      expect(compareWithFullParser(content)).toBe(true)
      const error = failure(() => parseTeamFile(content, 'team.yml'))
      expect(error.message).toContain(
        '("users" at line 1, "emails" at line 3, "members" at line 5)'
      )
      expect(error.message).toContain(
        'point emails-key at the one list to use (e.g. emails-key: emails), or merge the lists'
      )
      expect(error.location).toEqual(at('team.yml', 3, 1, 7))
      for (const key of ['users', 'emails', 'members']) {
        expect(texts(parseTeamFile(content, 'team.yml', key))).toHaveLength(1)
      }
    })

    it('refuses them whatever they hold, in the compact forms too', () => {
      for (const content of [
        'emails:\nmembers:\n  - b@x.co\n',
        'emails: []\nmembers: [b@x.co]\n',
        'emails:\n- a@x.co\nmembers:\n- b@x.co\n',
        'emails:\n  - email: a@x.co\nmembers:\n  - email: b@x.co\n',
        'title: Team\nmembers: [b@x.co]\nusers: x\n'
      ]) {
        expect(compareWithFullParser(content)).toBe(true)
        expect(failure(() => parseTeamFile(content, 'team.yml')).message).toContain(
          'more than one list of addresses at the top level'
        )
      }
    })

    it('refuses them in JSON too, locating the quoted key', () => {
      const content = '{\n  "emails": ["a@x.co"],\n  "members": ["b@x.co"]\n}\n'
      const error = failure(() => parseTeamFile(content, 'team.json'))
      expect(error.message).toContain(
        'emails-file team.json has more than one list of addresses at the top level ' +
          '("emails" at line 2, "members" at line 3)'
      )
      expect(error.message).toContain('(e.g. emails-key: members), or merge the lists')
      expect(error.location).toEqual(at('team.json', 3, 3, 12))
      expect(texts(parseTeamFile(content, 'team.json', 'members'))).toEqual(['b@x.co'])
      expect(texts(parseTeamFile(content, 'team.json', 'emails'))).toEqual(['a@x.co'])
    })

    it('refuses them in a mapping that emails-key leads to', () => {
      const content = 'teams:\n  web:\n    emails: [a@x.co]\n    users: [b@x.co]\n'
      const error = failure(() => parseTeamFile(content, 'team.yml', 'teams.web'))
      expect(error.message).toContain(
        'more than one list of addresses under emails-key "teams.web" ' +
          '("emails" at line 3, "users" at line 4)'
      )
      expect(error.message).toContain('(e.g. emails-key: teams.web.users), or merge the lists')
      expect(error.location).toEqual(at('team.yml', 4, 5, 10))
      expect(texts(parseTeamFile(content, 'team.yml', 'teams.web.users'))).toEqual(['b@x.co'])
    })

    it('still reads one list key beside other keys, and the same keys deeper down', () => {
      const content = 'title: Team\nmembers:\n  - email: b@x.co\n    users: 3\nnote: emails\n'
      expect(texts(parseTeamFile(content, 'team.yml'))).toEqual(['b@x.co'])
    })
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

describe('parseTeamFile, a mapping with another list beside its list key', () => {
  const peribolos = [
    'orgs:',
    '  acme:',
    '    teams:',
    '      platform:',
    '        description: Platform',
    '        maintainers:',
    '          - mia@x.com',
    '        members:',
    '          - ann@x.com',
    '        previously: []',
    '        privacy: closed'
  ].join('\n')

  it('refuses it at emails-key, naming every list and how to choose one', () => {
    const error = failure(() => parseTeamFile(peribolos, 'org.yaml', 'orgs.acme.teams.platform'))
    expect(error.message).toBe(
      'emails-file org.yaml has more than one list of addresses under emails-key ' +
        '"orgs.acme.teams.platform" ("maintainers" at line 6, "members" at line 8, ' +
        '"previously" at line 10); only one can be read and the others would be lost. To fix ' +
        'it, point emails-key at the one list to use (e.g. emails-key: ' +
        'orgs.acme.teams.platform.members), or merge the lists into one.'
    )
    expect(error.location).toEqual(at('org.yaml', 8, 9, 16))
    expect(
      texts(parseTeamFile(peribolos, 'org.yaml', 'orgs.acme.teams.platform.maintainers'))
    ).toEqual(['mia@x.com'])
  })

  it('refuses it at the top level, whatever the list key holds', () => {
    for (const content of [
      'members:\n  - a@x.co\nadmins:\n  - b@x.co\n',
      'admins: [b@x.co]\nemails:\n',
      'emails: []\nmaintainers: [b@x.co]\n',
      '{"users": ["a@x.co"], "owners": ["b@x.co"]}'
    ]) {
      const file = content.startsWith('{') ? 'team.json' : 'team.yml'
      expect(failure(() => parseTeamFile(content, file)).message).toContain(
        'more than one list of addresses at the top level'
      )
    }
  })

  it('reads the list key beside keys that hold no list, and a list it reads through an alias', () => {
    const content = 'title: Team\nowners: {lead: l@x.co}\nmembers: [a@x.co]\ncount: 2\n'
    expect(texts(parseTeamFile(content, 'team.yml'))).toEqual(['a@x.co'])
    const alias = 'all: &all [a@x.co]\nemails: *all\n'
    expect(texts(parseTeamFile(alias, 'team.yml'))).toEqual(['a@x.co'])
  })

  it('names the lists of a mapping without a list key that emails-key points at', () => {
    const content = 'team:\n  maintainers: [a@x.co]\n  reviewers: [b@x.co]\n'
    const error = failure(() => parseTeamFile(content, 'team.yml', 'team'))
    expect(error.message).toContain(
      'It holds 2 lists (maintainers, reviewers): point emails-key at one of them ' +
        '(e.g. team.maintainers).'
    )
  })

  it('cuts a long key in its messages', () => {
    const long = 'k'.repeat(5000)
    // An explicit key (`? key`) may be longer than the 1024 characters of an implicit one.
    const error = failure(() => parseTeamFile(`? ${long}\n: [a@x.co]\nmembers: []\n`, 'team.yml'))
    expect(error.message).toContain(`"${'k'.repeat(256)}…(5,000 characters)" at line 1`)
    expect(error.message.length).toBeLessThan(1000)
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

  it('refuses a duplicate key exactly when the yaml package does, at the same place', () => {
    // The reference is the yaml package's own unique-keys check, which the parser turns off
    // for its cost (it compares each key with every earlier one).
    const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', '1.0', 'null', '~', '.nan')
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 6 }), fc.boolean(), (keys, flow) => {
        const body = flow
          ? `x: {${keys.map(k => `${k}: v`).join(', ')}}\nemails: [a@x.com]\n`
          : `${keys.map(k => `${k}: v`).join('\n')}\nemails: [a@x.com]\n`
        const lines = new LineCounter()
        const reference = new Composer({ logLevel: 'error' })
        const docs = Array.from(reference.compose(new Parser(lines.addNewLine).parse(body)))
        const expected = docs.flatMap(d => d.errors).find(e => e.code === 'DUPLICATE_KEY')
        let error: ActionError | undefined
        try {
          parseTeamFile(body, 'team.yml')
        } catch (e) {
          error = e as ActionError
        }
        if (expected === undefined) {
          expect(error?.message ?? '').not.toContain('Map keys must be unique')
        } else {
          expect(error?.message).toContain('Map keys must be unique')
          const place = lines.linePos(expected.pos[0])
          expect(error?.location).toMatchObject({ line: place.line, column: place.col })
        }
      }),
      { numRuns: 3000 }
    )
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
    const error = failure(() => parseTeamFile(lines.join('\n'), 'team.yml'))
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
      // emails-key: the list under x would otherwise be refused as a second list.
      const content = 'x: &k [a]\n? *k\n: 1\nemails: [a@x.com]\n'
      expect(texts(parseTeamFile(content, 'team.yml', 'emails'))).toEqual(['a@x.com'])
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
    const error = failure(() => parseTeamFile(content, 'deep.yml'))
    expect(error.message).toMatch(
      /emails-file deep\.yml (nests .* more than 100 levels deep|is not valid YAML)/
    )
  })

  it('refuses 4 million levels (8 MB of `[`) before the parser builds them', () => {
    const error = failure(() => parseTeamFile('['.repeat(8 * 1024 * 1024), 'deep.yml'))
    expect(error.message).toContain(
      'emails-file deep.yml nests lists or mappings more than 100 levels deep (line 1, column 101)'
    )
    const block = failure(() => parseTeamFile(`${'- '.repeat(4 * 1024 * 1024)}a@x.io`, 'deep.yml'))
    expect(block.message).toContain('more than 100 levels deep (line 1, column 201)')
  })

  it('counts only real nesting: minified JSON and one-line flow mappings are two levels', () => {
    const people = Array.from({ length: 150 }, (_, i) => ({ email: `u${i}@x.io`, name: 'N' }))
    const want = people.map(p => p.email)
    for (const [content, key] of [
      [JSON.stringify(people), undefined],
      [JSON.stringify({ emails: people }), undefined],
      [JSON.stringify({ team: { emails: people } }), 'team'],
      [`{${want.map((_, i) => `k${i}: ${i}`).join(', ')}, emails: [${want.join(', ')}]}`, 'emails']
    ] as const) {
      for (const fastPaths of [true, false]) {
        expect(texts(parseTeamFile(content, 'team.json', key, { fastPaths }))).toEqual(want)
      }
    }
  })

  it('names at most 20 lists when it refuses a mapping with several, and counts the rest', () => {
    const content = Array.from({ length: 500 }, (_, i) => `l${i}: [a${i}@x.io]`).join('\n')
    const error = failure(() => parseTeamFile(`emails: []\n${content}\n`, 'team.yml'))
    expect(error.message).toContain(
      '("emails" at line 1, "l0" at line 2, "l1" at line 3, "l2" at line 4,'
    )
    expect(error.message).toContain('"l18" at line 20, and 481 more); only one can be read')
    expect(error.message.length).toBeLessThan(1000)
  })

  it.each([
    [
      'under emails-key',
      'base: &base\n  maintainers: [m@x.com]\nteam: {<<: *base, members: [a@x.com]}\n',
      'team',
      3,
      'under emails-key "team"'
    ],
    [
      'at the top level',
      'base: &base\n  maintainers: [m@x.com]\n<<: *base\nemails:\n  - a@x.com\n',
      undefined,
      3,
      'at the top level'
    ],
    [
      'without an alias',
      'team:\n  <<: {maintainers: [m@x.com]}\n  members: [a@x.com]\n',
      'team',
      2,
      'under emails-key "team"'
    ]
  ])(
    'refuses a YAML merge key (<<) %s: the lists it merges in would be lost',
    (_, content, key, line, where) => {
      for (const fastPaths of [true, false]) {
        const error = failure(() => parseTeamFile(content, 'team.yml', key, { fastPaths }))
        expect(error.message).toBe(
          `emails-file team.yml has a YAML merge key ("<<") at line ${line} in the mapping ${where}; merge keys are not read, so the lists it would bring in would be lost. Write the list of addresses out in full instead of merging it in.`
        )
        expect(error.location?.line).toBe(line)
      }
    }
  )

  it.each([
    [
      'under emails-key',
      'team:\n  leads:\n    primary: [p@x.com]\n  members: [a@x.com]\n',
      'team',
      '"leads.primary" at line 3, "members" at line 4',
      'team.members'
    ],
    [
      'two levels down',
      'team:\n  members: [a@x.com]\n  more:\n    x: 1\n    deep:\n      admins:\n        - b@x.com\n',
      'team',
      '"members" at line 2, "more.deep.admins" at line 6',
      'team.more.deep.admins'
    ],
    [
      'at the top level',
      'emails:\n  - a@x.com\nconfig:\n  admins:\n    - b@x.com\n',
      undefined,
      '"emails" at line 1, "config.admins" at line 4',
      'config.admins'
    ]
  ])(
    'refuses a list in a mapping beside the list it reads, %s',
    (_, content, key, listed, example) => {
      for (const fastPaths of [true, false]) {
        const error = failure(() => parseTeamFile(content, 'team.yml', key, { fastPaths }))
        expect(error.message).toContain(`(${listed}); only one can be read`)
        expect(error.message).toContain(`(e.g. emails-key: ${example})`)
      }
    }
  )

  it('still reads a list beside mappings that hold no list', () => {
    const content = 'team:\n  meta: {owner: ops, tags: {a: 1}}\n  members: [a@x.com]\n'
    expect(texts(parseTeamFile(content, 'team.yml', 'team'))).toEqual(['a@x.com'])
  })

  it('refuses more than 250,000 entries, in every format, and reads 250,000', () => {
    const many = (n: number, unit: string) => unit.repeat(n)
    expect(parseTeamFile(many(250_000, 'a@x.io\n'), 'team.txt')).toHaveLength(250_000)
    expect(failure(() => parseTeamFile(many(250_001, 'a@x.io\n'), 'team.txt')).message).toBe(
      'emails-file team.txt lists 250,001 entries; the limit is 250,000, far more than a team file holds. Nothing was read or sent. Check that emails-file names the team file, or split the people over several runs.'
    )
    // The fast path, then what only the full parser reads: the lexer counts items first.
    expect(failure(() => parseTeamFile(many(250_001, '- a@x.io\n'), 'team.yml')).message).toContain(
      'lists 250,001 entries; the limit is 250,000'
    )
    for (const [content, name] of [
      [many(250_001, '- \n'), 'team.yml'],
      [`[${many(250_001, '"a@x.io",')}"b@x.io"]`, 'team.json'],
      [`{emails: [${many(250_001, 'a@x.io, ')}b@x.io]}`, 'team.yml']
    ] as const) {
      expect(failure(() => parseTeamFile(content, name)).message).toContain(
        'lists more than 250,000 entries, far more than a team file holds'
      )
    }
    // The items of every list count together: three lists of 100,000 in a flow mapping.
    const keys = Array.from({ length: 3 }, (_, i) => `k${i}: [${many(100_000, 'a@x.io,')}]`)
    expect(failure(() => parseTeamFile(`{${keys.join(', ')}}`, 'team.yml')).message).toContain(
      'lists more than 250,000 entries'
    )
  })

  it('refuses more than 500,000 list items and mapping keys, and reads 100,000 entries of three keys', () => {
    const keys = Array.from({ length: 500_001 }, (_, i) => `k${i}: v\n`).join('')
    expect(failure(() => parseTeamFile(`members: [a@x.io]\n${keys}`, 'team.yml')).message).toBe(
      'emails-file team.yml lists more than 500,000 list items and mapping keys, far more than a team file holds. Nothing was read or sent. Check that emails-file names the team file, or split the people over several runs.'
    )
    const entries = Array.from(
      { length: 100_000 },
      (_, i) => `- email: p${i}@x.io\n  name: P ${i}\n  group: developers\n`
    ).join('')
    expect(parseTeamFile(entries, 'team.yml')).toHaveLength(100_000)
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
      const entries = parseTeamFile(content, 'team.yml', undefined, { fastPaths: false })
      expect(parseTeamFile(content, 'team.yml')).toEqual(entries)
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
        expect(compareWithFullParser(content)).toBe(false)
        expect(texts(parseTeamFile(content, 'team.yml'))).toEqual(
          lines.flatMap(l => ('address' in l ? [l.address] : []))
        )
      }),
      { numRuns: 150 }
    )
  })

  it('parses 100,000 plain entries, locating the last one (timing: npm run bench)', () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `- user${i}@example.com\n`).join('')
    const entries = parseTeamFile(content, 'big.yml')
    expect(entries).toHaveLength(100_000)
    expect(entries[99_999]?.location).toEqual(at('big.yml', 100_000, 3, 24))
  })
})

describe('parseTeamFile, YAML lists of mappings (the second fast path)', () => {
  it('reads the usual shapes without the full parser, as the full parser does', () => {
    const content = [
      '# comment',
      'members:            # the list key',
      '  - email: ann@example.com',
      '    name: Ann Lee',
      '',
      '  - email: "bob@example.com"   # comment',
      "  -   role: 'lead: ops'",
      "      email: 'dan@example.com'",
      '  - cid@example.org'
    ].join('\n')
    expect(compareWithFullParser(content)).toBe(false)
    expect(parseTeamFile(content, 'team.yml')).toEqual([
      { text: 'ann@example.com', origin: 'file', location: at('team.yml', 3, 12, 27) },
      { text: 'bob@example.com', origin: 'file', location: at('team.yml', 6, 12, 29) },
      { text: 'dan@example.com', origin: 'file', location: at('team.yml', 8, 14, 31) },
      { text: 'cid@example.org', origin: 'file', location: at('team.yml', 9, 5, 20) }
    ])
    const root = '\ufeff- email: é😀@x.com\r\n  name: José 🚀\r\n- "😀@x.org"\r\n'
    expect(compareWithFullParser(root)).toBe(false)
    expect(parseTeamFile(root, 'team.yml').map(e => e.location)).toEqual([
      at('team.yml', 1, 10, 18),
      at('team.yml', 3, 3, 12)
    ])
  })

  it.each([
    ['a flow item', '- email: a@x.com\n- [b@x.com]\n'],
    ['an anchor and alias', '- email: &a a@x.com\n- *a\n'],
    ['a tag', '- email: !!str a@x.com\n'],
    ['a block scalar', '- email: |\n    a@x.com\n'],
    ['a multi-line value', '- email: a@x.com\n    b@x.com\n'],
    ['a tab', '- email: a@x.com\n  name:\tAnn\n'],
    ['an escape', '- email: "a\\u0040x.com"\n'],
    ["a doubled ''", "- email: 'o''neil@x.com'\n"],
    ['a duplicate key', '- email: a@x.com\n  email: b@x.com\n'],
    ['a ? key', '- ? email\n  : a@x.com\n'],
    ['a document marker', '---\n- email: a@x.com\n'],
    ['a directive', '%YAML 1.2\n---\n- email: a@x.com\n'],
    ['a number', '- email: a@x.com\n- email: 42\n'],
    ['a boolean', '- email: true\n'],
    ['a null', '- email: ~\n  name: x\n'],
    ['an empty email', '- email:\n  name: x\n'],
    ['no email key', '- email: a@x.com\n- name: Bob\n'],
    ['a number item', '- a@x.com\n- 1e3\n'],
    ['a second top-level key', 'title: Team\nemails:\n  - email: a@x.com\n'],
    ['another list key', 'teams:\n  - email: a@x.com\n'],
    ['uneven keys', '- email: a@x.com\n   name: Ann\n'],
    ['an NBSP', '- email: a@x.com\u00a0\n'],
    ['a comment without a space', '- email: "a@x.com"#c\n'],
    ['a null key', '- email: a@x.com\n  null: x\n'],
    ['a CR at the very end', '- email: a@x.com\r'],
    ['a CR at the very end of a plain list', '- a@x.com\n\r']
  ])('leaves %s to the full parser', (_, content) => {
    expect(compareWithFullParser(content)).toBe(true)
  })

  it('reads every accepted file exactly as the full parser does, and declines near misses', () => {
    const plainAddress = fc.oneof(
      fc
        .tuple(
          fc.stringMatching(/^[a-z0-9_][a-z0-9._%+-]{0,6}$/),
          fc.stringMatching(/^[a-z0-9-]{1,6}\.[a-z]{2,3}$/)
        )
        .map(([local, domain]) => `${local}@${domain}`),
      fc.constantFrom(
        'Ann Lee <ann@x.com>',
        'é@x.com',
        '😀@x.org',
        'a@b@c',
        'a:b@x.com',
        'C#@x.com',
        "o'neil@x.com",
        'a"b@x.com',
        'a,b]@x.com',
        '(a)@x.com',
        '~a@x.com',
        '.a@x.com',
        '+1@x.com',
        '1@2',
        'nobody',
        'José',
        'x_y',
        'email:a@x.com'
      )
    )
    type Scalar = { source: string; text: string }
    const address: fc.Arbitrary<Scalar> = fc.oneof(
      fc
        .tuple(plainAddress, fc.constantFrom('', '"', "'"))
        .map(([text, q]) => ({ source: text.includes(q) ? text : `${q}${text}${q}`, text })),
      fc
        .constantFrom('"42"', "'true'", '""', '" a@x.com "', '"#a@x.com"', '"a: b@x.com"')
        .map(source => ({ source, text: source.slice(1, -1) })),
      fc
        .constantFrom("'[a@x.com]'", "'a #b@x.com'", '"o\'neil@x.com"', "'a\\b@x.com'")
        .map(source => ({ source, text: source.slice(1, -1) }))
    )
    const otherValue: fc.Arbitrary<Scalar> = fc.oneof(
      address,
      fc
        .constantFrom(
          'Ann Lee',
          'José Ñúñez',
          "O'Brien",
          'C#',
          'a:b',
          'https://x.y/a?b=c#d',
          'Lee, Ann',
          '42',
          '1e3',
          'true',
          'null',
          '~',
          '.inf',
          '0x1F',
          '+1 555',
          'Ann 🚀',
          '"x # y"',
          "'a: b'",
          "''",
          'x [y] {z}',
          'a\\b',
          '<a>',
          'a  b'
        )
        .map(source => ({ source, text: source }))
    )
    const comment = fc.constantFrom(
      '',
      '',
      '',
      ' # note',
      '  #',
      ' # a: b # c',
      ' #😀',
      ' # "q" &a *b'
    )
    const trailing = fc.constantFrom('', '', ' ', '  ')
    const pair = (key: fc.Arbitrary<string>, value: fc.Arbitrary<Scalar>) =>
      fc.record({ key, value, comment, trailing })
    const item = fc.oneof(
      fc.record({ dash: fc.integer({ min: 1, max: 3 }), scalar: pair(fc.constant(''), address) }),
      fc.record({
        dash: fc.integer({ min: 1, max: 3 }),
        email: pair(fc.constant('email'), address),
        emailAt: fc.nat(3),
        extras: fc.uniqueArray(
          pair(
            fc.constantFrom('name', 'role', 'team', 'first-name', 'x_1', 'Email', 'emails', 'e'),
            otherValue
          ),
          { selector: p => p.key, maxLength: 3 }
        )
      })
    )
    const quiet = fc.constantFrom('', ' ', '    ', '#', '# note', '   # - a@x.com: &b', '# \t')
    // A row of the rendered file, with what the near misses need to know about it.
    interface Row {
      text: string
      valueAt?: number // where its scalar starts
      address?: boolean // the scalar is an item or an email value
      key?: string // the key, on a key line
      keyIndent?: number
    }
    const mustFallBack = [
      '42',
      'true',
      'null',
      '~',
      '',
      '&a a@x.com',
      '*a',
      '!!str a@x.com',
      '!a a@x.com',
      '|',
      '>-',
      '[a@x.com]',
      '{e: a@x.com}',
      '"a\\"b@x.com"',
      '"a\\x41@x.com"',
      "'o''neil@x.com'",
      '"a@x.com"#c',
      '"a@x.com" x',
      'a@x.com\tb',
      'a@x.com: b',
      'a@x.com:',
      '? a@x.com',
      '- a@x.com',
      '-a@x.com',
      '@a.com',
      '`a@x.com',
      '%a@x.com',
      '"unclosed@x.com',
      'a@x.com\u00a0',
      'a@x\u0085.com',
      'a@x.com\u2028y',
      'a@x.com\rb',
      '-1',
      '.5',
      '0x1F',
      '1e3'
    ]
    const lines = [
      '---',
      '...',
      '--- # c',
      '%YAML 1.2',
      '? x',
      'other: x',
      '-',
      '\t',
      '\t# c',
      'a@x.com',
      '  continued',
      '      continued',
      '!!map',
      '#x\ry'
    ]
    const nearMiss = fc.oneof(
      fc.record({
        kind: fc.constant('value'),
        at: fc.nat(),
        value: fc.constantFrom(...mustFallBack)
      }),
      fc.record({ kind: fc.constant('insert'), at: fc.nat(), line: fc.constantFrom(...lines) }),
      fc.record({ kind: fc.constant('duplicate'), at: fc.nat() }),
      fc.record({ kind: fc.constant('no email'), at: fc.nat() }),
      fc.record({ kind: fc.constant('final CR'), at: fc.nat() }),
      fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.constantFrom(-1, 1, 2) }),
      fc.record({ kind: fc.constant('tab'), at: fc.nat() }),
      // Readable both ways, depending on where they land (a BOM at the start is dropped).
      fc.record({
        kind: fc.constant('maybe'),
        at: fc.nat(),
        line: fc.constantFrom('emails:', '\ufeff# c')
      })
    )
    const file = fc.record({
      form: fc.constantFrom('', 'emails', 'members', 'users'),
      keyComment: comment,
      indent: fc.nat(3),
      items: fc.array(item, { minLength: 1, maxLength: 6 }),
      gaps: fc.array(fc.option(quiet, { freq: 3 }), { maxLength: 30 }),
      eol: fc.constantFrom('\n', '\r\n', 'mixed'),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
      nearMiss: fc.option(nearMiss, { freq: 2 })
    })

    fc.assert(
      fc.property(file, f => {
        const rows: Row[] = []
        if (f.form !== '') rows.push({ text: `${f.form}:${f.keyComment}` })
        const expected: string[] = []
        const noEmail = f.nearMiss?.kind === 'no email' ? f.nearMiss.at % f.items.length : -1
        f.items.forEach((it, index) => {
          const dash = `${' '.repeat(f.indent)}-${' '.repeat(it.dash)}`
          if ('scalar' in it) {
            const { value, comment: c, trailing: t } = it.scalar
            rows.push({
              text: `${dash}${value.source}${c}${t}`,
              valueAt: dash.length,
              address: true
            })
            expected.push(value.text)
            return
          }
          const pairs = [...it.extras]
          if (index !== noEmail) pairs.splice(it.emailAt % (pairs.length + 1), 0, it.email)
          if (pairs.length === 0) pairs.push({ ...it.email, key: 'name' })
          expected.push(it.email.value.text)
          pairs.forEach((p, i) => {
            const lead = i === 0 ? dash : ' '.repeat(dash.length)
            rows.push({
              text: `${lead}${p.key}: ${p.value.source}${p.comment}${p.trailing}`,
              valueAt: lead.length + p.key.length + 2,
              address: p.key === 'email',
              key: p.key,
              keyIndent: dash.length
            })
          })
        })
        let must =
          f.nearMiss?.kind === 'final CR' ||
          (noEmail >= 0 && !('scalar' in (f.items[noEmail] as object)))
        const miss = f.nearMiss
        if (miss) {
          const pick = (rowsWith: Row[]): Row | undefined => rowsWith[miss.at % rowsWith.length]
          const i = rows.length === 0 ? 0 : miss.at % rows.length
          if (miss.kind === 'value') {
            const row = pick(rows.filter(r => r.valueAt !== undefined))
            if (row?.valueAt !== undefined) {
              row.text = row.text.slice(0, row.valueAt) + miss.value
              must = row.address === true
            }
          } else if (miss.kind === 'insert') {
            rows.splice(i, 0, { text: miss.line })
            must = true
          } else if (miss.kind === 'duplicate') {
            const row = pick(rows.filter(r => r.key !== undefined))
            if (row?.key !== undefined) {
              const copy = `${' '.repeat(row.keyIndent ?? 0)}${row.key}: x@y.z`
              rows.splice(rows.indexOf(row) + 1, 0, { text: copy })
              must = true
            }
          } else if (miss.kind === 'indent' && rows[i]) {
            const row = rows[i] as Row
            row.text = miss.by < 0 ? row.text.replace(/^ /, '') : ' '.repeat(miss.by) + row.text
          } else if (miss.kind === 'tab' && rows[i]) {
            const row = rows[i] as Row
            row.text = row.text.includes(' ') ? row.text.replace(' ', '\t') : `\t${row.text}`
          } else if (miss.kind === 'maybe') {
            rows.splice(i, 0, { text: miss.line })
          }
        }
        const texts = rows.map(r => r.text)
        f.gaps.forEach((gap, g) => {
          if (gap !== null) texts.splice(Math.min(g * 2, texts.length), 0, gap)
        })
        let content = f.bom ? '\ufeff' : ''
        texts.forEach((text, n) => {
          const eol = f.eol === 'mixed' ? (n % 2 ? '\r\n' : '\n') : f.eol
          content += n < texts.length - 1 || f.finalEol ? `${text}${eol}` : text
        })
        if (miss?.kind === 'final CR') content += '\r'

        const declined = compareWithFullParser(content)
        if (!miss) {
          expect(declined).toBe(false)
          expect(parseTeamFile(content, 'team.yml').map(e => e.text)).toEqual(expected)
        }
        if (must) expect(declined).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('parses 100,000 mapping entries, locating the last one (timing: npm run bench)', () => {
    const content = Array.from(
      { length: 100_000 },
      (_, i) => `- email: user${i}@example.com\n  name: User ${i}\n`
    ).join('')
    const entries = parseTeamFile(content, 'big.yml')
    expect(entries).toHaveLength(100_000)
    expect(entries[99_999]?.location).toEqual(at('big.yml', 199_999, 10, 31))
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
    if (file === 'team.yml' && key === undefined) compareWithFullParser(content)
    let entries: ListedEntry[]
    try {
      entries = parseTeamFile(content, file, key)
    } catch (error) {
      expect(error).toBeInstanceOf(ActionError)
      expectInside(content, (error as ActionError).location)
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
    'never throws anything but ActionError for %s, and locations stay inside',
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
