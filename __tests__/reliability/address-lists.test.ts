// Address lists written as people write them, checked against the generator's own list (the
// oracle is not a parser): every address chosen comes back in exactly one of emails / errors /
// skipped, every leftover piece holding an @ and every stray word is reported invalid, and
// nothing else appears. Runs in process, on the source functions, through the pipeline
// (split or team file -> plan -> results -> outputs), as a dry run would.
// A differential check compares the validator with an RFC 5322 parser the project did not
// write (email-addresses) and an independent pattern for what the action accepts.
import { describe, expect, it } from '@jest/globals'
import emailAddresses from 'email-addresses'
import fc from 'fast-check'
import { scanAddresses, splitEmailInput } from '../../src/addresses/split.js'
import { checkAddress, normaliseAddress } from '../../src/addresses/validate.js'
import { planInvites } from '../../src/plan/invites.js'
import { toOutputs } from '../../src/report/outputs.js'
import { mergeResults } from '../../src/report/results.js'
import { parseTeamFile } from '../../src/team-file/parse.js'
import { record } from './tally.js'

/** Runs a property and writes the number of runs that executed to the figures table. */
function property<Ts>(
  name: string,
  runs: number,
  make: (tick: () => void) => fc.IProperty<Ts>
): void {
  let count = 0
  try {
    fc.assert(
      make(() => count++),
      { numRuns: runs }
    )
  } finally {
    record({ kind: 'property', name, runs: count })
  }
}

const upper = (s: string, flip: boolean) => (flip ? s.toUpperCase() : s)

// ------------------------------------------------------------------ what the generator writes

/** RFC 5322 atext, less `#` (which starts a comment at the start of a word in team files). */
const ATEXT = "abcdefghijklmnopqrstuvwxyz0123456789!$%&'*+-/=?^_`{|}~"
const atom = fc
  .string({ unit: fc.constantFrom(...ATEXT, '.', '#'), minLength: 1, maxLength: 12 })
  // A dot-atom: no dot at an end or two in a row; `#` may stand inside, never first. No
  // quote, backtick or `*` at an end either: the action refuses those as stray marks.
  .map(
    s =>
      s
        .replace(/^[.#'`*]+/, '')
        .replace(/[.'`*]+$/, '')
        .replace(/\.{2,}/g, '.') || 'a'
  )
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([labels, tld]) => [...labels, tld].join('.'))
/** A valid address, in mixed case (lowercased when compared). */
const address = fc
  .tuple(atom, domain, fc.boolean())
  .map(([local, dom, flip]) => upper(`${local}@${dom}`, flip))

const NAMES = ['Ann', 'Lee', 'Bob', "O'Brien", 'van', 'Dr.', 'Zoë', 'J.', 'Chen-Li', 'Ops']
const nameWords = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 })
const quotedName = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(', ', '; ', ' ', ' \\" ', ' (x) ', ' <y> '),
    fc.constantFrom(...NAMES)
  )
  .map(([a, sep, b]) => `"${a}${sep}${b}"`)
const comment = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(', ', '; ', ' ', ' (nested) '))
  .map(([a, sep]) => `(${a}${sep}team)`)

/** Typos that hold an @, each one word: the oracle expects it, lowercased, in `errors`. */
const typo = fc.tuple(address, fc.nat(10), fc.nat(20)).map(([addr, shape, at]) => {
  const [local, dom] = addr.split('@') as [string, string]
  // Never before the first character: a leading quote would open a quoted string.
  const cut = 1 + (at % local.length)
  const odd = ['"', '(', ')', '[', ']', ':', '\\', '<', '>', ','][shape % 10] as string
  return [
    `mailto:${addr}`,
    `<${addr}`,
    `${local.slice(0, cut)}"${local.slice(cut)}@${dom}`,
    `(${local})@${dom}`,
    `[${local}]@${dom}`,
    `${local.slice(0, cut)}:${local.slice(cut)}@${dom}`,
    `${local}\\@${dom}`,
    `${addr}>`,
    `${local}@@${dom}`,
    `${local}@${dom}.`,
    odd === ',' ? `${local}.@${dom}` : `${local}${odd}@${dom}`
  ][shape] as string
})

/** Words that are no address: the oracle expects them, joined by one space, in `errors`. */
const stray = fc.array(fc.constantFrom(...NAMES, '-', '—', '&', 'and'), {
  minLength: 1,
  maxLength: 2
})

const HARD = ['\n', '\r\n', ',', ';', ', ', ';\n', ' ,\n', '\n\n']
const SOFT = [' ', '\t', '  ', '\u00a0']

/**
 * Addresses inside a quoted name or a comment, which the action never reads: each such
 * quoted string or comment is one invalid entry (`invalid`), and the addresses written
 * outside them are chosen (`chosen`). Includes a quote left open that pairs with the next.
 */
const hiddenPart = fc
  .tuple(
    address,
    address,
    address,
    fc.constantFrom(...NAMES),
    fc.constantFrom(', ', '; ', ' ', ' (nested) ', ' <'),
    fc.nat(5)
  )
  .map(([a1, a2, a3, name, sep, shape]) => {
    const close = sep === ' <' ? '>' : ''
    switch (shape) {
      case 0: {
        const text = `(${name}${sep}${a1}${close})`
        return { text, chosen: [], invalid: [text] }
      }
      case 1: {
        const text = `"${name}${sep}${a1}${close}"`
        return { text, chosen: [], invalid: [text] }
      }
      case 2:
        return { text: `${a1} (${a2})`, chosen: [a1], invalid: [`(${a2})`] }
      case 3: {
        // The closing quote of `"Ann` is missing: it pairs with the quote before Cid.
        const quoted = `"${name} <${a1}>, ${a2}, "Cid"`
        return { text: `${quoted} <${a3}>`, chosen: [a3], invalid: [quoted] }
      }
      case 4:
        // Outlook's and Gmail's form: the name repeats the address, so it is only a name.
        return { text: `"${a1}" <${a1.toUpperCase()}>`, chosen: [a1], invalid: [] }
      default:
        return {
          text: `<${a1}> (${name}${sep}${a2}${close})`,
          chosen: [a1],
          invalid: [`(${name}${sep}${a2}${close})`]
        }
    }
  })

type Part =
  | { kind: 'hidden'; text: string; chosen: string[]; invalid: string[] }
  | { kind: 'address'; text: string; address: string }
  | { kind: 'typo'; text: string }
  | { kind: 'stray'; text: string }
  | { kind: 'group'; members: Array<{ text: string; address: string }>; name: string }
  | { kind: 'comment'; text: string }

/** A chosen address, written in a form people use. */
const addressPart: fc.Arbitrary<{ kind: 'address'; text: string; address: string }> = address.chain(
  addr =>
    fc
      .oneof(
        fc.constant(addr),
        nameWords.map(names => `${names.join(' ')} <${addr}>`),
        quotedName.map(quoted => `${quoted} <${addr}>`),
        fc.constant(`<${addr}>`),
        nameWords.map(names => `${names.join(' ')}<${addr}>`),
        comment.map(note => `${addr} ${note}`),
        comment.map(note => `${note} ${addr}`),
        fc.tuple(nameWords, comment).map(([names, note]) => `${names.join(' ')} ${note} <${addr}>`),
        fc.constant(`< ${addr} >`)
      )
      .map(text => ({ kind: 'address' as const, address: addr, text }))
)

const part: fc.Arbitrary<Part> = fc.oneof(
  { weight: 8, arbitrary: addressPart },
  { weight: 2, arbitrary: typo.map((text): Part => ({ kind: 'typo', text })) },
  { weight: 2, arbitrary: hiddenPart.map((h): Part => ({ kind: 'hidden', ...h })) },
  { weight: 1, arbitrary: stray.map((words): Part => ({ kind: 'stray', text: words.join(' ') })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(addressPart, { minLength: 0, maxLength: 3 }),
        fc.constantFrom('Team', 'Dev Ops', '"A, B"')
      )
      .map(([members, name]): Part => ({
        kind: 'group',
        name,
        members: members.map(m => ({ text: m.text, address: m.address }))
      }))
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.option(address), fc.constantFrom('# note', '#', '# was: '))
      .map(([a, c]): Part => ({ kind: 'comment', text: `${c}${a ?? ''}` }))
  }
)

interface Generated {
  text: string
  file: boolean
  chosen: string[]
  invalid: string[]
  members: Set<string>
}

/**
 * A whole list: parts joined by separators. Typos, strays, groups and `#` comments stand
 * between hard separators (a line break, comma or semicolon), as they would in a real list;
 * addresses may also be joined by white space alone.
 */
const list: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.array(fc.tuple(part, fc.constantFrom(...HARD), fc.constantFrom(...SOFT), fc.boolean()), {
      maxLength: 8
    }),
    fc.boolean(),
    fc.array(fc.boolean(), { maxLength: 8 })
  )
  .map(([parts, file, memberFlags]) => {
    const chosen: string[] = []
    const invalid: string[] = []
    let text = ''
    let previousIsAddress = false
    parts.forEach(([p, hard, soft, joinSoftly], index) => {
      // The separator before this part: white space only between two addresses.
      if (index > 0) text += p.kind === 'address' && previousIsAddress && joinSoftly ? soft : hard
      previousIsAddress = p.kind === 'address'
      switch (p.kind) {
        case 'address':
          chosen.push(p.address)
          text += p.text
          break
        case 'typo':
          invalid.push(p.text)
          text += p.text
          break
        case 'hidden':
          chosen.push(...p.chosen)
          invalid.push(...p.invalid)
          text += p.text
          break
        case 'stray':
          invalid.push(p.text)
          text += p.text
          break
        case 'group':
          chosen.push(...p.members.map(m => m.address))
          text += `${p.name}: ${p.members.map(m => m.text).join(', ')};`
          break
        case 'comment':
          // Only team files have `#` comments; one runs to the end of its line.
          if (file) text += `${p.text}\n`
          break
      }
    })
    const members = new Set(
      chosen.filter((_, i) => memberFlags[i] === true).map(a => a.toLowerCase())
    )
    return { text, file, chosen, invalid, members }
  })

/** Throws unless `got` holds each of `want` exactly once and nothing else. */
function sameSet(name: string, got: readonly string[], want: readonly string[]): void {
  const wanted = new Set(want)
  if (
    got.length === wanted.size &&
    new Set(got).size === got.length &&
    got.every(x => wanted.has(x))
  )
    return
  throw new Error(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify([...wanted])}`)
}

function outputsOf(g: Generated) {
  const entries = g.file ? parseTeamFile(g.text, 'team.txt') : splitEmailInput(g.text)
  const plan = planInvites(entries, { members: g.members })
  const run = mergeResults(plan, { kind: 'dry-run' }, text => text)
  return toOutputs({ kind: 'dry-run', plan, run })
}

describe('address lists, checked against their generator (property)', () => {
  it('every chosen address comes back exactly once; every typo and stray word is invalid', () => {
    property('address lists against their generator', 100_000, tick =>
      fc.property(list, g => {
        tick()
        const out = outputsOf(g)
        const chosen = new Set(g.chosen.map(a => a.toLowerCase()))
        // Exact sets: nothing lost, nothing invented, nothing in two places. (Plain
        // comparisons: jest's matchers would cost more than the pipeline itself.)
        sameSet(
          'emails',
          out.emails,
          [...chosen].filter(a => !g.members.has(a))
        )
        sameSet(
          'skipped',
          Object.keys(out.skipped),
          [...chosen].filter(a => g.members.has(a))
        )
        sameSet('errors', Object.keys(out.errors), g.invalid.map(normaliseAddress))
      })
    )
  }, 120_000)

  it('every @ ends up in an entry, inside quotes and comments too', () => {
    // Arbitrary text of the characters that matter, quotes and parentheses included, closed
    // or not: each @ must be inside an entry the plan reports or sends. The one exception is
    // a quoted name that repeats the address that follows it (`"a@x" <a@x>`): that address
    // is an entry.
    const text = fc
      .array(
        fc.constantFrom(
          '"',
          '(',
          'a',
          'b',
          '@',
          '.',
          '<',
          '>',
          ':',
          ';',
          ',',
          ' ',
          '\n',
          '\\',
          '#',
          ')',
          'x.io'
        ),
        {
          maxLength: 60
        }
      )
      .map(cs => cs.join(''))
    property('every @ in an entry', 20_000, tick =>
      fc.property(text, fc.boolean(), (input, comments) => {
        tick()
        const spans = scanAddresses(input, comments)
        const covered = new Uint8Array(input.length)
        for (const s of spans) covered.fill(1, s.start, s.end)
        for (let i = 0; i < input.length; i++) {
          if (input[i] !== '@') continue
          // With comments, `#` at the start of a word hides the rest of its line.
          const lineStart = input.lastIndexOf('\n', i) + 1
          const hidden = comments && /(?:^|[\s,;])#/.test(input.slice(lineStart, i))
          const open = input.lastIndexOf('"', i)
          const close = input.indexOf('"', i)
          const named =
            open >= 0 &&
            close >= 0 &&
            spans.some(
              s => normaliseAddress(s.text) === normaliseAddress(input.slice(open + 1, close))
            )
          if (!hidden && !named) expect([input, i, covered[i]]).toEqual([input, i, 1])
        }
      })
    )
  })
})

// ------------------------------------------------------------------ differential check

/**
 * What the action accepts, written independently of @hapi/address: a dot-atom of printable
 * ASCII atext before the @ (at most 64), letters-digits-hyphens labels (at most 63, none
 * starting or ending with a hyphen), at least two, the last starting with a letter; at most
 * 254 in all.
 */
const ACCEPTED =
  /^[a-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[a-z0-9!#$%&'*+\-/=?^_`{|}~]+)*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z](?:[a-z0-9-]*[a-z0-9])?$/i

function referenceAccepts(text: string): boolean {
  const at = text.lastIndexOf('@')
  if (text.length > 254 || at > 64 || !ACCEPTED.test(text)) return false
  if (
    text
      .slice(at + 1)
      .split('.')
      .some(l => l.length > 63)
  )
    return false
  // Deliberately stricter than RFC 5321 (README, Address rules): no quote, backtick or `*`
  // at either end of the local part (a stray mark from the text around the address), and no
  // one-character top-level domain (the pattern already wants it to start with a letter).
  if (/^['`*]|['`*]$/.test(text.slice(0, at)) || /\.[^.]$/.test(text)) return false
  // And an RFC 5322 parser reads it as one mailbox with exactly this address.
  const parsed = emailAddresses.parseOneAddress({ input: text, rfc6532: true })
  return parsed !== null && parsed.type === 'mailbox' && parsed.address === text
}

describe('validation, against an RFC 5322 parser (differential)', () => {
  const CHARS = [
    ...ATEXT,
    '#',
    '.',
    '@',
    '"',
    '(',
    ')',
    '[',
    ']',
    ':',
    '\\',
    '<',
    '>',
    ',',
    ' ',
    'ö',
    'A',
    '-',
    '0'
  ]
  const candidate = fc.oneof(
    address,
    typo,
    fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map(cs => cs.join('')),
    fc
      .tuple(address, fc.array(fc.constantFrom(...CHARS), { maxLength: 3 }), fc.nat(40))
      .map(([a, ins, at]) => {
        const cut = at % (a.length + 1)
        return `${a.slice(0, cut)}${ins.join('')}${a.slice(cut)}`
      })
  )

  it('accepts exactly what the reference accepts', () => {
    property('validation against email-addresses', 20_000, tick =>
      fc.property(candidate, text => {
        tick()
        const lower = normaliseAddress(text)
        if (lower !== text.toLowerCase()) return // white space at the ends is trimmed first
        expect([lower, checkAddress(lower) === undefined]).toEqual([lower, referenceAccepts(lower)])
      })
    )
  })

  it('reads each written form as the reference reads it', () => {
    property('written forms against email-addresses', 10_000, tick =>
      fc.property(addressPart, p => {
        tick()
        const parsed = emailAddresses.parseOneAddress({ input: p.text, rfc6532: true })
        expect(parsed?.type).toBe('mailbox')
        const ours = scanAddresses(p.text).map(s => normaliseAddress(s.text))
        expect(ours).toEqual([(parsed as emailAddresses.ParsedMailbox).address.toLowerCase()])
      })
    )
  })
})
