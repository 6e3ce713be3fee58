import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { checkAddress, normaliseAddress, scanAddresses, splitEmailInput } from '../src/addresses.js'

const texts = (input: string): string[] => splitEmailInput(input).map(entry => entry.text)

describe('splitEmailInput', () => {
  it('splits on newlines, commas and semicolons, in order, keeping duplicates', () => {
    expect(texts('a@x.com\nb@x.com,c@x.com;d@x.com\r\na@x.com')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
      'd@x.com',
      'a@x.com'
    ])
  })

  it('splits a piece on white space, including Unicode spaces', () => {
    expect(texts('a@x.com b@x.com\tc@x.com\u00a0d@x.com\u3000e@x.com')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
      'd@x.com',
      'e@x.com'
    ])
  })

  it('ignores empty pieces and surrounding white space', () => {
    expect(texts('\n\n ,, ;\n  a@x.com  ,\n\n')).toEqual(['a@x.com'])
    expect(splitEmailInput('')).toEqual([])
    expect(splitEmailInput(' \n\t,;\r\n ')).toEqual([])
  })

  it('reduces Name <addr> to the address', () => {
    expect(texts('Jane Doe <jane@x.com>, Bob <bob@x.com>; <carl@x.com>')).toEqual([
      'jane@x.com',
      'bob@x.com',
      'carl@x.com'
    ])
    expect(texts('Jane Doe < jane@x.com >')).toEqual(['jane@x.com'])
  })

  it('keeps separators inside a double-quoted display name', () => {
    expect(texts('"Doe, Jane" <jane@x.com>, "Roe; Rick" <rick@x.com>')).toEqual([
      'jane@x.com',
      'rick@x.com'
    ])
    expect(texts('"A \\"B\\", C" <a@x.com>\nb@x.com')).toEqual(['a@x.com', 'b@x.com'])
  })

  it('treats an unclosed quote as an ordinary character', () => {
    expect(texts('"Doe, jane@x.com')).toEqual(['"Doe', 'jane@x.com'])
    expect(texts('"Doe\n, jane@x.com" <j@x.com>')).toEqual(['"Doe', 'j@x.com'])
  })

  it('keeps Name <> whole so that validation reports it', () => {
    expect(texts('Jane <>, b@x.com')).toEqual(['Jane <>', 'b@x.com'])
  })

  it('splits words when the piece is not of the form Name <addr>', () => {
    expect(texts('a@x.com> b@x.com')).toEqual(['a@x.com>', 'b@x.com'])
    expect(texts('Jane Doe jane@x.com')).toEqual(['Jane', 'Doe', 'jane@x.com'])
  })

  it('marks entries as coming from the input, without a location', () => {
    expect(splitEmailInput('a@x.com')).toEqual([{ text: 'a@x.com', origin: 'input' }])
  })

  it('leaves # alone: only team files have comments', () => {
    expect(texts('a#b@x.com # c')).toEqual(['a#b@x.com', '#', 'c'])
  })

  it('never throws and returns trimmed, separator-free pieces of the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), input => {
        for (const { text, origin } of splitEmailInput(input)) {
          expect(origin).toBe('input')
          expect(text).not.toBe('')
          expect(text).toBe(text.trim())
          expect(input).toContain(text)
          expect(text).not.toMatch(/[\n\r]/)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('gives back exactly the addresses joined by any mix of separators', () => {
    const address = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}$/),
        fc.stringMatching(/^[a-z0-9]{1,8}\.[a-z]{2,4}$/)
      )
      .map(([local, domain]) => `${local}@${domain}`)
    const separator = fc.constantFrom('\n', '\r\n', ',', ';', ' ', '\t', ' , ', ';\n', '\n\n')
    fc.assert(
      fc.property(fc.array(fc.tuple(address, separator), { maxLength: 20 }), parts => {
        const input = parts.map(([a, s]) => a + s).join('')
        expect(texts(input)).toEqual(parts.map(([a]) => a))
      }),
      { numRuns: 200 }
    )
  })
})

describe('scanAddresses', () => {
  it('reports offsets of each address, inside the brackets for Name <addr>', () => {
    expect(scanAddresses('  a@x.com, Jane <j@x.com>')).toEqual([
      { text: 'a@x.com', start: 2, end: 9 },
      { text: 'j@x.com', start: 17, end: 24 }
    ])
  })

  it('with comments, ignores # and what follows to the end of the line', () => {
    expect(scanAddresses('a@x.com # b@x.com\n# all\nc@x.com#d', true).map(s => s.text)).toEqual([
      'a@x.com',
      'c@x.com'
    ])
    expect(scanAddresses('"Team #1" <t@x.com> # note', true).map(s => s.text)).toEqual(['t@x.com'])
  })
})

describe('normaliseAddress', () => {
  it('trims and lowercases', () => {
    expect(normaliseAddress('  Jane.Doe@Example.COM \n')).toBe('jane.doe@example.com')
  })

  it('trims a BOM and Unicode white space', () => {
    expect(normaliseAddress('\ufeffa@x.com')).toBe('a@x.com')
    expect(normaliseAddress('\u00a0\u2003a@x.com\u3000\u2028')).toBe('a@x.com')
  })

  it('leaves inner characters alone', () => {
    expect(normaliseAddress('A B@X.com')).toBe('a b@x.com')
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), text => {
        const once = normaliseAddress(text)
        expect(normaliseAddress(once)).toBe(once)
      })
    )
  })
})

describe('checkAddress', () => {
  it('accepts ordinary addresses', () => {
    for (const address of [
      'a@x.co',
      'jane.doe+ci@mail.example.com',
      "o'brien@x-y.io",
      'x_1@123.example',
      `${'l'.repeat(64)}@x.com`,
      `a@${'d'.repeat(63)}.com`,
      `a@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(60)}`
    ]) {
      expect([address, checkAddress(address)]).toEqual([address, undefined])
    }
  })

  it.each([
    ['', 'is empty'],
    ['jane.example.com', 'has no @'],
    ['a@b@x.com', 'has more than one @'],
    ['@x.com', 'has nothing before the @'],
    ['a@', 'has nothing after the @'],
    ['a@localhost', 'domain has no dot'],
    ['a b@x.com', 'contains whitespace'],
    ['a@x .com', 'contains whitespace'],
    [`${'l'.repeat(65)}@x.com`, 'has more than 64 characters before the @'],
    ['.a@x.com', 'starts or ends with a dot before the @'],
    ['a.@x.com', 'starts or ends with a dot before the @'],
    ['a..b@x.com', 'has two dots in a row before the @'],
    ['a@x..com', 'domain has an empty part (two dots in a row, or a dot at an end)'],
    ['a@.x.com', 'domain has an empty part (two dots in a row, or a dot at an end)'],
    ['a@x.com.', 'domain has an empty part (two dots in a row, or a dot at an end)'],
    [`a@${'d'.repeat(64)}.com`, 'domain has a part longer than 63 characters'],
    ['a@x_y.com', 'domain has characters other than letters, digits, hyphens and dots'],
    ['a@[10.0.0.1].x', 'domain has characters other than letters, digits, hyphens and dots'],
    ['a@-x.com', 'domain has a part that starts or ends with a hyphen'],
    ['a@x-.com', 'domain has a part that starts or ends with a hyphen']
  ])('refuses %j: %s', (address, reason) => {
    expect(checkAddress(address)).toBe(reason)
  })

  it('refuses more than 254 characters in all', () => {
    const long = `a@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(61)}`
    expect(long).toHaveLength(255)
    expect(checkAddress(long)).toBe('is longer than 254 characters')
  })

  it.each([
    ['jöhn@x.com', 'a non-ASCII letter'],
    ['jane@ex\u0430mple.com', 'a Cyrillic look-alike'],
    ['a@x.com\r\nBcc: b@y.com', 'CR/LF'],
    ['a@x.com\n', 'a trailing LF'],
    ['a\0@x.com', 'NUL'],
    ['a\t@x.com', 'a tab'],
    ['a@x.com\u200b', 'a zero-width space'],
    ['a@x.com\x7f', 'DEL']
  ])('refuses %j (%s) as non-ASCII or control characters', address => {
    expect(checkAddress(address)).toBe('contains non-ASCII or control characters')
  })

  it('never throws, and anything it accepts is plain printable ASCII with one @', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), text => {
        const address = normaliseAddress(text)
        if (checkAddress(address) === undefined) {
          expect(address).toMatch(/^[!-~]+$/)
          expect(address.split('@')).toHaveLength(2)
        }
      }),
      { numRuns: 500 }
    )
  })
})
