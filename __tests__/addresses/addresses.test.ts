import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { scanAddresses, splitEmailInput } from '../../src/addresses/split.js'
import { checkAddress, normaliseAddress } from '../../src/addresses/validate.js'
import { planInvites } from '../../src/plan/invites.js'
import { parseTeamFile } from '../../src/team-file/parse.js'

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
    // The piece `jane@x.com"` holds an @: it is reported, not dropped.
    expect(texts('"Doe\n, jane@x.com" <j@x.com>')).toEqual(['"Doe', 'jane@x.com"', 'j@x.com'])
  })

  it('keeps Name <> whole so that validation reports it', () => {
    expect(texts('Jane <>, b@x.com')).toEqual(['Jane <>', 'b@x.com'])
  })

  it('splits words when the piece is not of the form Name <addr>', () => {
    expect(texts('a@x.com> b@x.com')).toEqual(['a@x.com>', 'b@x.com'])
    expect(texts('Jane Doe jane@x.com')).toEqual(['Jane Doe', 'jane@x.com'])
  })

  it('marks entries as coming from the input, without a location', () => {
    expect(splitEmailInput('a@x.com')).toEqual([{ text: 'a@x.com', origin: 'input' }])
  })

  it('leaves # alone: only team files have comments', () => {
    expect(texts('a#b@x.com # c')).toEqual(['a#b@x.com', '# c'])
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

describe('address lists as people write them (issue 9)', () => {
  // What a dry run would do with the `emails` input: the addresses it would send and the
  // entries it reports invalid.
  const planned = (input: string) => {
    const plan = planInvites(splitEmailInput(input))
    const invalid = plan.items.filter(item => item.kind === 'invalid').map(item => item.address)
    return { send: plan.send, invalid }
  }

  it.each([
    ['ann@x.io cid@x.io Bob <bob@x.io>', ['ann@x.io', 'cid@x.io', 'bob@x.io']],
    ['<ann@x.io> <bob@x.io>', ['ann@x.io', 'bob@x.io']],
    ['Ann <ann@x.io> Bob <bob@x.io>', ['ann@x.io', 'bob@x.io']],
    ['Ann<ann@x.io> Bob<bob@x.io>', ['ann@x.io', 'bob@x.io']],
    ['ann@x.io <bob@x.io>', ['ann@x.io', 'bob@x.io']],
    [
      '"Lee, Ann" <ann@x.io>; Bob <bob@x.io>, cid@x.io dave@x.io',
      ['ann@x.io', 'bob@x.io', 'cid@x.io', 'dave@x.io']
    ],
    ['Team: ann@x.io, Bob <bob@x.io>;', ['ann@x.io', 'bob@x.io']],
    [
      'ann@x.io (Ann Lee), (lead) bob@x.io, Cid (ops) <cid@x.io>',
      ['ann@x.io', 'bob@x.io', 'cid@x.io']
    ]
  ])('loses no address in %j', (input, expected) => {
    expect(planned(input)).toEqual({ send: expected, invalid: [] })
  })

  it.each([
    ['mailto:dave@acme.io', 'starts with "mailto:"'],
    ['<erin@acme.io', 'not allowed before the @: "<"'],
    ['frank"@acme.io', 'not allowed before the @: "\\""'],
    ['(gina)@acme.io', 'not allowed before the @: "(" ")"'],
    ['[ivy]@acme.io', 'not allowed before the @: "[" "]"'],
    ['a:b@acme.io', 'not allowed before the @: ":"'],
    ['hal\\@acme.io', 'not allowed before the @: "\\\\"'],
    ['"john doe"@acme.io', 'contains whitespace'],
    ['ann@x.io<bob@x.io>', 'has more than one @'],
    ['<ann@x.io><bob@x.io>', 'has more than one @'],
    ['ann@acme.io>', 'domain has characters other than letters'],
    ['ann@x.123', 'domain ends in a part that does not start with a letter']
  ])('refuses %j, and sends nothing else', (input, reason) => {
    const { send, invalid } = planned(`${input}, ok@x.io`)
    expect(send).toEqual(['ok@x.io'])
    expect(invalid).toEqual([input])
    expect(checkAddress(input)).toContain(reason)
  })

  it('reports every leftover piece that holds an @, and stray words, as invalid', () => {
    expect(planned('<ann@x.io bob@x.io')).toEqual({ send: ['bob@x.io'], invalid: ['<ann@x.io'] })
    expect(planned('Lee, Ann <ann@x.io>')).toEqual({ send: ['ann@x.io'], invalid: ['lee'] })
    expect(planned('Ann Lee, ann@x.io')).toEqual({ send: ['ann@x.io'], invalid: ['ann lee'] })
    expect(planned('mailto: dave@acme.io')).toEqual({
      send: ['dave@acme.io'],
      invalid: ['mailto:']
    })
  })

  it.each([
    [
      '"Ann <ann@x.com>, bob@x.com, "Cid" <cid@x.com>',
      ['cid@x.com'],
      ['"ann <ann@x.com>, bob@x.com, "cid"']
    ],
    ['(Ann a@x.com, b@x.com) <c@x.com>', ['c@x.com'], ['(ann a@x.com, b@x.com)']],
    ['bob@x.com (ann@x.com)', ['bob@x.com'], ['(ann@x.com)']],
    ['Ann Lee (ann@x.com)', [], ['ann lee', '(ann@x.com)']],
    ['(ann@x.com)', [], ['(ann@x.com)']],
    ['(ann@x.com)glued', [], ['(ann@x.com)glued']],
    ['"b@x.com" <a@x.com>', ['a@x.com'], ['"b@x.com"']],
    ['"a@x.io, b@x.io" c@x.io', ['c@x.io'], ['"a@x.io, b@x.io"']]
  ])('reports an address inside a quoted name or a comment: %j', (input, send, invalid) => {
    expect(planned(input)).toEqual({ send, invalid })
    expect(checkAddress(invalid[invalid.length - 1] as string)).toBe(
      'has an address inside a quoted name or a comment, where no address is read: write each address as an entry of its own (Name <addr>), outside quotes and parentheses'
    )
  })

  it('reads a quoted name that repeats the address that follows as a name (Outlook, Gmail)', () => {
    expect(planned('"ann@x.io" <Ann@x.io>, "Bob@X.io"<bob@x.io>')).toEqual({
      send: ['ann@x.io', 'bob@x.io'],
      invalid: []
    })
  })

  it('refuses a doubled < as <<a@x> is refused, whatever comes before', () => {
    expect(planned('Ann <<a@x.com>, ok@x.io')).toEqual({
      send: ['ok@x.io'],
      invalid: ['ann', '<<a@x.com>']
    })
    expect(planned('<<a@x.com>>, ok@x.io')).toEqual({ send: ['ok@x.io'], invalid: ['<<a@x.com>>'] })
  })

  it.each([
    ["'ann@acme.io", 'starts or ends with "\'" before the @, most likely a quote'],
    ['`ann@acme.io', 'starts or ends with "`" before the @, most likely a quote'],
    ["ann'@acme.io", 'starts or ends with "\'" before the @'],
    ["'ann'@acme.io", 'starts or ends with "\'" before the @'],
    ['*ann@acme.io', 'starts or ends with "*" before the @, most likely a Markdown mark'],
    ['ann*@acme.io', 'starts or ends with "*" before the @'],
    ['ann@acme.c', 'domain ends in a one-character part (".c"): no top-level domain is that short'],
    ['ann@x.io.7', 'domain ends in a part']
  ])(
    'refuses %j, which a mail server would take, as a stray mark (stricter on purpose)',
    (input, reason) => {
      const { send, invalid } = planned(`${input}, ok@x.io`)
      expect(send).toEqual(['ok@x.io'])
      expect(invalid).toEqual([input])
      expect(checkAddress(input)).toContain(reason)
    }
  )

  it.each([
    ['mailto:a@x.com?subject=hi', ', a@x.com'],
    ['mailto:ann%40x.com', ', ann@x.com'],
    ['mailto:Ann%20Lee', ''],
    ['mailto:', '']
  ])('advises on %j with the address the link holds, if it holds one', (input, advice) => {
    expect(checkAddress(input)).toBe(
      `starts with "mailto:", which makes a link, not an address: write the address alone${advice}`
    )
  })

  it('in a team file, # starts a comment only at the start of a word', () => {
    const entries = parseTeamFile('a#b@x.io # c@x.io\n#d@x.io\ne@x.io#f\n', 'team.txt')
    expect(entries.map(e => e.text)).toEqual(['a#b@x.io', 'e@x.io#f'])
  })

  it('never splits an item of a YAML or JSON list', () => {
    const yaml = parseTeamFile(
      '- Ima Fool@x.io\n- ann@x.io bob@x.io\n- Bob <bob@x.io>\n',
      'team.yml'
    )
    const plan = planInvites(yaml)
    expect(plan.send).toEqual([])
    expect(plan.items.map(item => [item.kind, item.address])).toEqual([
      ['invalid', 'ima fool@x.io'],
      ['invalid', 'ann@x.io bob@x.io'],
      ['invalid', 'bob <bob@x.io>']
    ])
    const hint = plan.items[2]
    expect(hint?.kind === 'invalid' && hint.error.message).toContain(
      'write the address alone, bob@x.io'
    )
    const json = parseTeamFile('["Ima Fool@x.io"]', 'team.json')
    expect(json.map(e => e.text)).toEqual(['Ima Fool@x.io'])
  })

  it('splits lines of unclosed brackets, quotes and comments into their pieces', () => {
    // Shapes that made an earlier scanner search back or ahead again for every piece.
    const n = 300_000
    expect(scanAddresses('a>,'.repeat(n)).map(s => s.text)).toEqual(Array(n).fill('a>'))
    expect(scanAddresses('<a@x '.repeat(n)).map(s => s.text)).toEqual(Array(n).fill('<a@x'))
    expect(scanAddresses('(a@x '.repeat(n)).map(s => s.text)).toEqual(Array(n).fill('(a@x'))
    // Quotes pair up: `"\"a@x "` is one quoted string, then `\"a@x` goes with it.
    expect(scanAddresses('"\\"a@x '.repeat(n), true)).toHaveLength(n / 2)
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
    expect(scanAddresses('a@x.com # b@x.com\n# all\nc@x.com #d', true).map(s => s.text)).toEqual([
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
    ['a@x.com\r\nBcc: b@y.com', 'CR/LF'],
    ['a@x.com\n', 'a trailing LF'],
    ['a\0@x.com', 'NUL'],
    ['a\t@x.com', 'a tab'],
    ['a@x.com\x7f', 'DEL']
  ])('refuses %j (%s) as control characters', address => {
    expect(checkAddress(address)).toBe('contains control characters')
  })

  it('refuses a non-ASCII local part, and a Unicode domain with its ASCII (xn--) form', () => {
    expect(checkAddress('jöhn@x.com')).toBe(
      'has non-ASCII characters before the @ ("ö"): only ASCII letters, digits and !#$%&\'*+-/=?^_`{|}~. are accepted there'
    )
    expect(checkAddress('joe@bücher.de')).toBe(
      'domain has non-ASCII characters: if bücher.de is right, write its ASCII form, joe@xn--bcher-kva.de'
    )
    // A Cyrillic look-alike shows its true form.
    expect(checkAddress('jane@ex\u0430mple.com')).toContain('jane@xn--exmple-4nf.com')
    expect(checkAddress('a@x.com\u200b')).toContain('write its ASCII form, a@x.com')
    expect(checkAddress('a@x\u00a0y.com')).toBe('contains whitespace')
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
