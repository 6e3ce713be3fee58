import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { isCsvName, parseCsvTeamFile } from '../../src/team-file/csv.js'
import { ActionError } from '../../src/errors.js'
import type { SourceLocation } from '../../src/types.js'

function failure(run: () => unknown): ActionError {
  try {
    run()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected a ActionError')
}

function at(line: number, column: number, endColumn?: number, file = 'team.csv'): SourceLocation {
  return endColumn === undefined
    ? { file, line, column }
    : { file, line, column, endLine: line, endColumn }
}

describe('parseCsvTeamFile', () => {
  it('reads a CSV exactly as the Console writes it (USER_EMAIL,GROUP_TO_ASSIGN, CRLF)', () => {
    const csv =
      'USER_EMAIL,GROUP_TO_ASSIGN\r\n' +
      'ann@example.com,viewers\r\n' +
      'bob@example.com,\r\n' +
      'cy@example.com,platform-admins\r\n'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      {
        text: 'ann@example.com',
        origin: 'file',
        location: at(2, 1, 16),
        group: 'viewers',
        groupLocation: at(2, 17, 24)
      },
      { text: 'bob@example.com', origin: 'file', location: at(3, 1, 16) },
      {
        text: 'cy@example.com',
        origin: 'file',
        location: at(4, 1, 15),
        group: 'platform-admins',
        groupLocation: at(4, 16, 31)
      }
    ])
  })

  it('takes email and group in any case and order, ignores other columns, and needs no group column', () => {
    const csv = 'Name,Group,EMAIL\nAnn,devs,ann@x.com\n'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      {
        text: 'ann@x.com',
        origin: 'file',
        location: at(2, 10, 19),
        group: 'devs',
        groupLocation: at(2, 5, 9)
      }
    ])
    expect(parseCsvTeamFile('user_email\na@x.com\n', 'team.csv')).toEqual([
      { text: 'a@x.com', origin: 'file', location: at(2, 1, 8) }
    ])
  })

  it('reads quoted fields with commas, doubled quotes and padding; locates the value', () => {
    const csv = 'name,email,group\n"Doe, ""JJ"" Jane",  jane@x.com , "ops"\n'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      {
        text: 'jane@x.com',
        origin: 'file',
        location: at(2, 22, 32),
        group: 'ops',
        groupLocation: at(2, 35, 40)
      }
    ])
  })

  it('locates a record that spans lines at its first line', () => {
    const csv =
      'name,email,group\r\n' + '"Ann\r\nMarie",ann@x.com,devs\r\n' + 'bob,bob@x.com,"dev\nops"\r\n'
    const entries = parseCsvTeamFile(csv, 'team.csv')
    expect(entries).toEqual([
      {
        text: 'ann@x.com',
        origin: 'file',
        location: at(2, 1),
        group: 'devs',
        groupLocation: at(2, 1)
      },
      {
        text: 'bob@x.com',
        origin: 'file',
        location: at(4, 5, 14),
        group: 'dev\nops',
        groupLocation: at(4, 15)
      }
    ])
  })

  it('keeps an empty address cell as an empty entry at its place (the plan reports it invalid)', () => {
    const csv = 'email,group\n,viewers\n   ,\n'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      {
        text: '',
        origin: 'file',
        location: at(2, 1, 1),
        group: 'viewers',
        groupLocation: at(2, 2, 9)
      }
    ])
    // A record shorter than the header has no address cell at all.
    expect(parseCsvTeamFile('group,email\ndevs\n', 'team.csv')).toEqual([
      { text: '', origin: 'file', location: at(2, 5), group: 'devs', groupLocation: at(2, 1, 5) }
    ])
  })

  it('skips blank lines and all-empty records, before the header too, counting their lines', () => {
    const csv = '\r\n,,\r\nemail,group\r\n\r\na@x.com\r\n , \r\nb@x.com,devs'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      { text: 'a@x.com', origin: 'file', location: at(5, 1, 8) },
      {
        text: 'b@x.com',
        origin: 'file',
        location: at(7, 1, 8),
        group: 'devs',
        groupLocation: at(7, 9, 13)
      }
    ])
  })

  it('counts columns in characters after a byte order mark and astral characters', () => {
    const csv = '\ufeffnote,email\n"😀, x",a@x.com\n'
    expect(parseCsvTeamFile(csv, 'team.csv')).toEqual([
      { text: 'a@x.com', origin: 'file', location: at(2, 8, 15) }
    ])
  })

  it('an empty file or a header alone lists nobody', () => {
    expect(parseCsvTeamFile('', 'team.csv')).toEqual([])
    expect(parseCsvTeamFile('\n\n', 'team.csv')).toEqual([])
    expect(parseCsvTeamFile('USER_EMAIL,GROUP_TO_ASSIGN\r\n', 'team.csv')).toEqual([])
  })

  it('refuses a file without a header, naming the file and the header to add', () => {
    const e = failure(() => parseCsvTeamFile('ann@x.com,viewers\nbob@x.com,\n', 'people/team.csv'))
    expect(e.message).toContain('people/team.csv')
    expect(e.message).toContain('has no header row')
    expect(e.message).toContain('USER_EMAIL,GROUP_TO_ASSIGN')
    expect(e.location).toEqual(at(1, 1, undefined, 'people/team.csv'))
  })

  it('refuses a header without an address column, naming its columns and the fix', () => {
    const e = failure(() => parseCsvTeamFile('\nmail,group\na@x.com,devs\n', 'team.csv'))
    expect(e.message).toContain('has no address column')
    expect(e.message).toContain('"mail", "group"')
    expect(e.message).toContain('email or USER_EMAIL')
    expect(e.location).toEqual(at(2, 1))
  })

  it('refuses two address or two group columns', () => {
    expect(
      failure(() => parseCsvTeamFile('email,USER_EMAIL\na,b\n', 'team.csv')).message
    ).toContain('two address columns')
    expect(
      failure(() => parseCsvTeamFile('email,group,Group_To_Assign\na,b,c\n', 'team.csv')).message
    ).toContain('two group columns')
  })

  it('refuses broken quoting, at the line of the record, and says how to quote', () => {
    const unclosed = failure(() =>
      parseCsvTeamFile(
        'email,group\r\na@x.com,devs\r\n"b@x.com,devs\r\nc@x.com,devs\r\n',
        'team.csv'
      )
    )
    expect(unclosed.message).toContain('team.csv is not valid CSV in the record at line 3')
    expect(unclosed.message).toContain('never closed')
    expect(unclosed.message).toContain('doubled ("")')
    expect(unclosed.location).toEqual(at(3, 1))
    const inner = failure(() => parseCsvTeamFile('email\na@x.com\nb"c@x.com\n', 'team.csv'))
    expect(inner.message).toContain('line 3')
    expect(inner.message).toContain('a double quote in the middle of a field')
    const after = failure(() => parseCsvTeamFile('email\n"a@x.com"x\n', 'team.csv'))
    expect(after.message).toContain('text after the closing quote')
    expect(after.location).toEqual(at(2, 1))
  })

  it('refuses a binary file', () => {
    expect(failure(() => parseCsvTeamFile('email\na\0b\n', 'team.csv')).message).toContain('binary')
  })

  it('knows a CSV file by its extension', () => {
    expect(isCsvName('team.csv')).toBe(true)
    expect(isCsvName('dir/Team.CSV')).toBe(true)
    expect(isCsvName('team.csv.yml')).toBe(false)
    expect(isCsvName('team.txt')).toBe(false)
  })

  it('reads back any generated CSV: values, first lines and columns agree with how it was written', () => {
    const char = fc.constantFrom('a', '@', 'x', '.', ',', '"', '\n', '\r\n', ' ', 'é', '😀', '-')
    const value = fc
      .array(char, { maxLength: 8 })
      .map(chars => chars.join(''))
      .filter(v => v === v.trim())
    const cell = fc.record({
      value,
      quoted: fc.boolean(),
      pad: fc.constantFrom('', ' ', '  ')
    })
    const record = fc.record({
      cells: fc.tuple(cell, cell, cell),
      eol: fc.constantFrom('\n', '\r\n')
    })
    const needsQuotes = (v: string) => /[,"\r\n]/.test(v) || v === ''
    const raw = (c: { value: string; quoted: boolean; pad: string }) =>
      c.quoted || needsQuotes(c.value)
        ? `${c.pad}"${c.value.replace(/"/g, '""')}"${c.pad}`
        : `${c.pad}${c.value}${c.pad}`
    const points = (s: string) => [...s].length
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.boolean(), (records, bom) => {
        let text = 'email,group,note\r\n'
        let line = 2
        const expected: unknown[] = []
        for (const r of records) {
          const [c0, c1, c2] = r.cells
          const raws = [raw(c0), raw(c1), raw(c2)]
          const empty = r.cells.every(c => c.value === '')
          if (!empty) {
            const entry: Record<string, unknown> = {
              text: c0.value,
              origin: 'file',
              location: c0.value.includes('\n')
                ? at(line, c0.pad.length + 1)
                : at(line, c0.pad.length + 1, c0.pad.length + 1 + points(raws[0]!.trim()))
            }
            if (c1.value !== '') {
              const col = points(raws[0]!) + 2 + c1.pad.length
              entry.group = c1.value
              entry.groupLocation = raws[0]!.includes('\n')
                ? at(line, 1)
                : c1.value.includes('\n')
                  ? at(line, col)
                  : at(line, col, col + points(raws[1]!.trim()))
            }
            expected.push(entry)
          }
          const recordText = `${raws.join(',')}${r.eol}`
          text += recordText
          line += recordText.split('\n').length - 1
        }
        expect(parseCsvTeamFile(bom ? `\ufeff${text}` : text, 'team.csv')).toEqual(expected)
      }),
      { numRuns: 20_000 }
    )
  })
})
