// Hostile and malformed input. Properties (fast-check) run the parsers and the batcher in
// process on arbitrary input; the named cases and the injection attempts run the bundled
// action end to end through e2e() (harness.ts), which also checks the common promises.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stringify as yamlStringify } from 'yaml'
import { scanAddresses, splitEmailInput } from '../../src/addresses/split.js'
import { checkAddress, normaliseAddress } from '../../src/addresses/validate.js'
import { chunk, sendBatches } from '../../src/send/batches.js'
import type { ClientSettings } from '../../src/send/client.js'
import { makeDispatcher } from '../../src/send/client.js'
import { planInvites } from '../../src/plan/invites.js'
import { toOutputs } from '../../src/report/outputs.js'
import { mergeResults } from '../../src/report/results.js'
import { ActionError } from '../../src/errors.js'
import { parseTeamFile } from '../../src/team-file/parse.js'
import type { ListedEntry, SourceLocation } from '../../src/types.js'
import { startLocalApi } from '../../tools/local-api.mjs'
import type { Scenario, ScenarioResult } from './harness.js'
import { commandLines, e2e } from './harness.js'
import type { Suite } from './tally.js'
import { record, scenario } from './tally.js'

// ---------------------------------------------------------------- properties

/**
 * fc.assert, with the number of runs that actually executed written to the tally: `make`
 * builds the property and calls `tick` at the start of its predicate.
 */
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

async function asyncProperty<Ts>(
  name: string,
  runs: number,
  make: (tick: () => void) => fc.IAsyncProperty<Ts>
): Promise<void> {
  let count = 0
  try {
    await fc.assert(
      make(() => count++),
      { numRuns: runs }
    )
  } finally {
    record({ kind: 'property', name, runs: count })
  }
}

/** Text that looks like what people paste, plus anything at all. */
const pasted = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc
    .array(
      fc.constantFrom(
        'a@x.com',
        'Bob <b@y.org>',
        '"Doe, J" <j@x.io>',
        '<>',
        '<',
        '>',
        '"',
        ',',
        ';',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '\t',
        '#',
        '\u00a0',
        '\u2028',
        '\ufeff',
        '\0',
        '😀',
        '\ud800',
        '::error::x',
        '##[set-env]y',
        '\\'
      ),
      { maxLength: 40 }
    )
    .map(parts => parts.join(''))
)

describe('address parser (property)', () => {
  it('never throws; every span is inside the text, on one line, and is what it says', () => {
    property('scanAddresses spans', 1000, tick =>
      fc.property(pasted, fc.boolean(), (text, comments) => {
        tick()
        for (const span of scanAddresses(text, comments)) {
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(text.length)
          expect(span.start).toBeLessThan(span.end)
          expect(span.text).toBe(text.slice(span.start, span.end))
          expect(span.text).not.toMatch(/[\r\n]/)
          // `#` after white space, a separator or at the start starts a comment; inside
          // `<...>` the text is the address as written (`#` is allowed there by the RFC).
          let before = span.start - 1
          while (before >= 0 && /\s/.test(text[before] ?? '')) before--
          if (comments && span.text.startsWith('#') && text[before] !== '<') {
            expect(span.start === 0 || /[\s,;]/.test(text[span.start - 1] ?? '')).toBe(false)
          }
        }
      })
    )
  })

  it('checking never throws, and what it accepts is one printable-ASCII address', () => {
    property('checkAddress', 1000, tick =>
      fc.property(pasted, text => {
        tick()
        for (const entry of splitEmailInput(text)) {
          const address = normaliseAddress(entry.text)
          if (checkAddress(address) === undefined) {
            expect(address).toMatch(/^[!-~]{1,64}@[a-z0-9.-]{1,253}$/)
          }
        }
      })
    )
  })
})

describe('team file parser (property)', () => {
  // Annotations must land on real text: every location inside the content.
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
      if (endLine === location.line)
        expect(location.endColumn).toBeGreaterThanOrEqual(location.column)
    }
  }

  /** Parses; only a ActionError may be thrown; every location is inside the content. */
  function parse(content: string, file: string, key?: string): ListedEntry[] | ActionError {
    let entries: ListedEntry[]
    try {
      entries = parseTeamFile(content, file, key)
    } catch (error) {
      expect(error).toBeInstanceOf(ActionError)
      expectInside(content, (error as ActionError).location)
      return error as ActionError
    }
    for (const entry of entries) {
      expect(entry.origin).toBe('file')
      expect(entry.location?.file ?? file).toBe(file)
      expectInside(content, entry.location)
    }
    return entries
  }

  const files = fc.constantFrom('team.txt', 'team.yml', 'team.yaml', 'team.json', 'TEAM.YML')

  it('arbitrary strings: only ActionError, locations inside', () => {
    property('parseTeamFile on arbitrary strings', 800, tick =>
      fc.property(pasted, files, (content, file) => {
        tick()
        parse(content, file)
      })
    )
  })

  // Any JSON value, written as JSON or as YAML, optionally under a dotted key.
  const json = fc.jsonValue({ maxDepth: 4 })

  it('arbitrary JSON and YAML documents: only ActionError, locations inside', () => {
    property('parseTeamFile on arbitrary documents', 600, tick =>
      fc.property(
        json,
        fc.boolean(),
        fc.option(fc.constantFrom('emails', 'a', 'a.b', 'teams.platform', '0', '__proto__')),
        (value, asYaml, key) => {
          tick()
          const content = asYaml ? yamlStringify(value) : JSON.stringify(value)
          parse(content, asYaml ? 'team.yaml' : 'team.json', key ?? undefined)
        }
      )
    )
  })

  // Round trip: arbitrary strings written as a team file come back exactly, in order, with
  // a location each, whatever the shape and the format.
  it('arbitrary addresses survive a round trip through every team-file shape', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter(s => !s.includes('\0'))
    property('team-file round trip', 500, tick =>
      fc.property(
        fc.array(text, { maxLength: 20 }),
        fc.constantFrom('list', 'mappings', 'emails', 'nested'),
        fc.boolean(),
        (addresses, shape, asYaml) => {
          tick()
          const items = shape === 'mappings' ? addresses.map(email => ({ email })) : addresses
          const doc =
            shape === 'emails'
              ? { emails: items }
              : shape === 'nested'
                ? { teams: { platform: items } }
                : items
          const content = asYaml ? yamlStringify(doc) : JSON.stringify(doc, null, 1)
          const file = asYaml ? 'team.yml' : 'team.json'
          const result = parse(content, file, shape === 'nested' ? 'teams.platform' : undefined)
          expect(result).not.toBeInstanceOf(ActionError)
          const entries = result as ListedEntry[]
          expect(entries.map(e => e.text)).toEqual(addresses)
          expect(entries.every(e => e.location !== undefined && !e.notAnAddress)).toBe(true)
        }
      )
    )
  })
})

describe('batcher (property)', () => {
  it('chunk preserves the multiset and the order, in batches of at most the size', () => {
    property('chunk', 1000, tick =>
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 1000 }),
        (items, size) => {
          tick()
          const batches = chunk(items, size)
          expect(batches.flat()).toEqual(items)
          expect(batches).toHaveLength(Math.ceil(items.length / size))
          for (const [i, batch] of batches.entries()) {
            expect(batch.length).toBeGreaterThan(0)
            expect(batch.length).toBeLessThanOrEqual(size)
            if (i < batches.length - 1) expect(batch).toHaveLength(size)
          }
        }
      )
    )
  })

  // The whole middle of the action in process: plan -> batches -> the local API with any
  // fault queue -> results -> outputs. Each distinct entry ends in exactly one output; every
  // request holds exactly one planned batch; no batch is sent more than max-attempts times.
  describe('plan, send and merge against the local API with random faults', () => {
    let api: Awaited<ReturnType<typeof startLocalApi>>
    beforeAll(async () => {
      api = await startLocalApi({ token: 'k', batchLimit: 1000 })
    })
    afterAll(async () => {
      await api.close()
    })

    type Q = NonNullable<NonNullable<Parameters<typeof api.configure>[0]>['faults']>[number]
    const anyFault: fc.Arbitrary<Q> = fc.oneof(
      fc.constantFrom<Q>(
        { kind: 'drop' },
        { kind: 'reset-mid-body' },
        { kind: 'truncated-json' },
        { kind: 'html' },
        { kind: 'raw', body: '{}' },
        { kind: 'raw', body: '{"invitations": 5}' },
        { kind: 'unknown-errors', email: 'ghost@x.com' },
        { kind: 'status', status: 429, message: 'quota' },
        { kind: 'status', status: 429, retryAfter: '0' }
      ),
      fc
        .constantFrom(400, 401, 403, 404, 500, 502, 503, 504)
        .map(status => ({ kind: 'status', status }) as Q)
    )
    const address = fc.oneof(
      fc.constantFrom('a@x.com', 'B@X.com', 'c@y.org', 'd@z.io', 'e@x.com', 'f@x.com', 'g@x.com'),
      fc.integer({ min: 0, max: 40 }).map(i => `u${i}@example.com`),
      fc.string({ maxLength: 12 })
    )

    it('accounts for every address exactly once', async () => {
      await asyncProperty('plan/send/merge with faults', 120, tick =>
        fc.asyncProperty(
          fc.array(address, { maxLength: 40 }),
          fc.array(anyFault, { maxLength: 10 }),
          fc.integer({ min: 1, max: 7 }),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 3 }),
          fc.subarray(['a@x.com', 'c@y.org', 'u3@example.com']),
          fc.subarray(['b@x.com', 'd@z.io', 'u4@example.com']),
          async (texts, faults, batchSize, concurrency, maxAttempts, members, refused) => {
            tick()
            api.reset()
            api.configure({
              faults,
              members,
              refuse: Object.fromEntries(refused.map(a => [a, { status: 400 }]))
            })
            const entries: ListedEntry[] = texts.map(text => ({ text, origin: 'input' }))
            const plan = planInvites(entries, { members: new Set(members.slice(0, 1)) })
            const batches = chunk(plan.send, batchSize)
            const dispatcher = makeDispatcher(concurrency)
            const settings: ClientSettings = {
              apiUrl: api.url,
              token: 'k',
              timeoutMs: 2000,
              maxAttempts,
              userAgent: 'reliability',
              redact: t => t,
              backoffBaseMs: 0,
              maxWaitMs: 0,
              dispatcher
            }
            const outcomes = await sendBatches(batches, { settings, org: 'acme', concurrency })
            await dispatcher.destroy()
            const run = mergeResults(plan, { kind: 'sent', outcomes }, t => t)
            const out = toOutputs({ kind: 'sent', plan, run })

            // An entry with no text at all is still accounted for, under the key ''.
            const distinct = new Set(entries.map(e => normaliseAddress(e.text)))
            const found = [...out.invited, ...Object.keys(out.errors), ...Object.keys(out.skipped)]
            expect([...found].sort()).toEqual([...distinct].sort())

            const sent = api.requests.filter(r => r.method === 'POST').map(r => r.emails ?? [])
            const key = (b: string[]): string => JSON.stringify(b)
            const planned = new Map(batches.map(b => [key(b), 0]))
            for (const emails of sent) {
              expect(planned.has(key(emails))).toBe(true)
              planned.set(key(emails), (planned.get(key(emails)) ?? 0) + 1)
            }
            for (const count of planned.values()) expect(count).toBeLessThanOrEqual(maxAttempts)
          }
        )
      )
    }, 60_000)
  })
})

// ---------------------------------------------------------------- end to end

function named(
  suite: Suite,
  name: string,
  s: Scenario,
  check?: (r: ScenarioResult) => void | Promise<void>
): void {
  scenario(suite, name, async () => {
    const r = await e2e(name, s)
    await check?.(r)
  })
}

/** The step stops before any request, with an error that matches. */
function refusedEarly(pattern: RegExp) {
  return (r: ScenarioResult): void => {
    expect(r.requests).toEqual([])
    expect(commandLines(r.run, 'error')).toMatch(pattern)
  }
}

let baselinePeakKiB = 0
beforeAll(async () => {
  const base = await e2e('baseline for memory', {
    files: { 'team.txt': 'ann@example.com\n' },
    inputs: { 'emails-file': 'team.txt' },
    addresses: ['ann@example.com'],
    exit: 0
  })
  baselinePeakKiB = base.peakKiB ?? 0
  expect(baselinePeakKiB).toBeGreaterThan(0)
})

const extraMiB = (r: ScenarioResult): number => ((r.peakKiB ?? 0) - baselinePeakKiB) / 1024

describe('named hostile inputs', () => {
  {
    const lines = ['a0: &a0 [lol@x.com, lol@x.com, lol@x.com, lol@x.com, lol@x.com]']
    for (let i = 1; i <= 12; i++) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    }
    lines.push('emails: *a12')
    named(
      'hostile',
      'a billion-laughs YAML bomb is refused quickly, with bounded memory',
      {
        files: { 'team.yml': lines.join('\n') },
        inputs: { 'emails-file': 'team.yml' },
        outputs: false,
        exit: 1,
        boundMs: 4000
      },
      r => {
        refusedEarly(/billion laughs/)(r)
        expect(extraMiB(r)).toBeLessThan(32)
      }
    )
  }

  named(
    'hostile',
    'very deep YAML nesting (20,000 levels of flow lists)',
    {
      files: { 'deep.yml': `${'['.repeat(20_000)}${']'.repeat(20_000)}` },
      inputs: { 'emails-file': 'deep.yml' },
      outputs: false,
      exit: 1,
      boundMs: 4000
    },
    refusedEarly(/more than 100 levels deep/)
  )

  named(
    'hostile',
    'very deep JSON nesting (20,000 levels of objects)',
    {
      files: { 'deep.json': `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}` },
      inputs: { 'emails-file': 'deep.json' },
      outputs: false,
      exit: 1,
      boundMs: 4000
    },
    refusedEarly(/deep/)
  )

  named(
    'hostile',
    'a 0.7 MB line of pieces ending in > without < (a quadratic search before): within the bound',
    {
      // Just under the 250,000 entries a team file may list.
      files: { 'team.txt': 'a>,'.repeat(240_000) },
      inputs: { 'emails-file': 'team.txt', 'dry-run': 'true' },
      addresses: ['a>'],
      exit: 1,
      // The scan takes about 0.1 s (the old one 54 s); the duplicate warnings are capped at
      // 10 and one that counts the rest.
      boundMs: 20_000
    },
    r => expect(r.out?.errors['a>']?.code).toBe('invalid_email')
  )

  {
    const addresses = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com`)
    named(
      'hostile',
      'a 100,000-line text file: every address sent once and accounted for',
      {
        api: { batchLimit: 1000 },
        files: { 'big.txt': `${addresses.join('\n')}\n` },
        inputs: { 'emails-file': 'big.txt', 'batch-size': '1000', concurrency: '8' },
        addresses,
        exit: 0
      },
      r => {
        expect(r.requests).toHaveLength(100)
        expect(r.out?.invitedCount).toBe(100_000)
        // The job summary has a 1 MiB limit per step.
        expect(Buffer.byteLength(r.run.summary)).toBeLessThan(1024 * 1024)
      }
    )
  }

  {
    const addresses = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com`)
    const content = addresses.map(a => `- email: ${a}\n  name: User\n`).join('')
    named(
      'hostile',
      'a 100,000-entry YAML file of mappings, through the full YAML parser',
      {
        files: { 'big.yaml': content },
        inputs: { 'emails-file': 'big.yaml', 'dry-run': 'true' },
        addresses,
        exit: 0
      },
      r => {
        expect(r.out?.emails).toHaveLength(100_000)
        expect(Buffer.byteLength(r.run.summary)).toBeLessThan(1024 * 1024)
      }
    )
  }

  for (const file of ['team.txt', 'team.yml']) {
    const bytes = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    ])
    named(
      'hostile',
      `a binary file (${file})`,
      { files: { [file]: bytes }, inputs: { 'emails-file': file }, outputs: false, exit: 1 },
      refusedEarly(/binary file/)
    )
  }

  named(
    'hostile',
    'NUL bytes in a text file',
    {
      files: { 'team.txt': 'ann@example.com\0\nbob@example.com\n' },
      inputs: { 'emails-file': 'team.txt' },
      outputs: false,
      exit: 1
    },
    refusedEarly(/NUL byte at line 1, column 16/)
  )

  for (const [file, content] of [
    ['team.txt', '\ufeffann@example.com\nbob@example.com\n'],
    ['team.yml', '\ufeff- ann@example.com\n- bob@example.com\n'],
    ['team.json', '\ufeff{"emails": ["ann@example.com", "bob@example.com"]}']
  ]) {
    named(
      'hostile',
      `a UTF-8 BOM (${file})`,
      {
        files: { [file as string]: content as string },
        inputs: { 'emails-file': file as string },
        addresses: ['ann@example.com', 'bob@example.com'],
        exit: 0
      },
      r => expect(r.requests).toEqual([['ann@example.com', 'bob@example.com']])
    )
  }

  for (const [file, content] of [
    ['team.txt', 'ann@example.com\r\nbob@example.com\r\n'],
    ['team.yml', '- ann@example.com\r\n- bob@example.com\r\n'],
    ['team.yaml', 'emails:\r\n  - email: ann@example.com\r\n  - "bob@example.com"\r\n']
  ]) {
    named(
      'hostile',
      `CRLF line ends (${file})`,
      {
        files: { [file as string]: content as string },
        inputs: { 'emails-file': file as string },
        addresses: ['ann@example.com', 'bob@example.com'],
        exit: 0
      },
      r => expect(r.requests).toEqual([['ann@example.com', 'bob@example.com']])
    )
  }

  {
    const lookalikes = [
      'аnn@example.com', // Cyrillic а
      'bob@exаmple.com', // Cyrillic а in the domain
      'cid＠example.com', // fullwidth @
      'd\u200bave@example.com', // zero-width space
      '\u202eeve@example.com', // right-to-left override
      'fi\u0301n@example.com', // combining accent
      'gus@example.com\u2028', // a trailing line separator is white space: sent as gus@example.com
      'hal@examp1e.com' // ASCII: a different domain, but a valid address: sent as is
    ]
    const expected = lookalikes.map(normaliseAddress)
    for (const [source, s] of [
      ['input', { inputs: { emails: lookalikes.join('\n') } }],
      [
        'file',
        { files: { 'team.txt': lookalikes.join('\n') }, inputs: { 'emails-file': 'team.txt' } }
      ]
    ] as const) {
      named(
        'hostile',
        `Unicode look-alike addresses (${source}): reported invalid or sent as is`,
        { ...s, addresses: expected, exit: 1 },
        r => {
          expect(r.requests).toEqual([['gus@example.com', 'hal@examp1e.com']])
          for (const address of expected.slice(0, -2)) {
            expect([address, r.out?.errors[address]?.code]).toEqual([address, 'invalid_email'])
          }
        }
      )
    }
  }

  for (const file of ['empty.txt', 'empty.yml', 'empty.json']) {
    named(
      'hostile',
      `an empty file (${file})`,
      { files: { [file]: '' }, inputs: { 'emails-file': file }, addresses: [], exit: 0 },
      r => {
        expect(r.requests).toEqual([])
        expect(r.out?.emails).toEqual([])
      }
    )
  }

  named(
    'hostile',
    'a directory given as emails-file',
    {
      prepare: ws => mkdirSync(path.join(ws, 'team')),
      inputs: { 'emails-file': 'team' },
      outputs: false,
      exit: 1
    },
    refusedEarly(/a directory/)
  )

  {
    const outside = mkdtempSync(path.join(tmpdir(), 'cpln-outside-'))
    writeFileSync(path.join(outside, 'secret.txt'), 'OUTSIDE-FILE-CONTENT@example.com\n')
    named(
      'hostile',
      'a symlink escaping the workspace',
      {
        prepare: ws => symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'team.txt')),
        inputs: { 'emails-file': 'team.txt' },
        outputs: false,
        exit: 1
      },
      r => {
        refusedEarly(/leads outside the workspace/)(r)
        expect(r.run.stdout + r.run.stderr).not.toContain('OUTSIDE-FILE-CONTENT')
      }
    )
    named(
      'hostile',
      'a symlinked folder escaping the workspace',
      {
        prepare: ws => symlinkSync(outside, path.join(ws, 'teams')),
        inputs: { 'emails-file': 'teams/secret.txt' },
        outputs: false,
        exit: 1
      },
      refusedEarly(/leads outside the workspace/)
    )
    for (const relative of ['../outside/team.txt', '/etc/passwd']) {
      named(
        'hostile',
        `a path outside the workspace: ${relative}`,
        { inputs: { 'emails-file': relative }, outputs: false, exit: 1 },
        refusedEarly(/must be a path inside the workspace/)
      )
    }
  }

  named(
    'hostile',
    'a missing file',
    { inputs: { 'emails-file': 'nope/team.yml' }, outputs: false, exit: 1 },
    refusedEarly(/does not exist/)
  )

  named(
    'hostile',
    'a FIFO given as emails-file is refused, not read (no hang)',
    {
      prepare: ws => execFileSync('mkfifo', [path.join(ws, 'team.txt')]),
      inputs: { 'emails-file': 'team.txt' },
      outputs: false,
      exit: 1,
      boundMs: 4000
    },
    refusedEarly(/not a regular file/)
  )

  named(
    'hostile',
    'a file over the size limit is refused unread',
    {
      prepare: ws => {
        writeFileSync(path.join(ws, 'huge.txt'), '')
        truncateSync(path.join(ws, 'huge.txt'), 40 * 1024 * 1024)
      },
      inputs: { 'emails-file': 'huge.txt' },
      outputs: false,
      exit: 1
    },
    refusedEarly(/the limit is 33554432 bytes/)
  )

  named(
    'hostile',
    'invalid UTF-8 bytes',
    {
      files: {
        'team.txt': Buffer.concat([
          Buffer.from('ann@example.com\n'),
          Buffer.from([0xff, 0xfe, 0x61, 0x40, 0xc3, 0x28, 0x2e, 0x63, 0x6f]),
          Buffer.from('\nbob@example.com\n')
        ])
      },
      inputs: { 'emails-file': 'team.txt' },
      addresses: ['ann@example.com', '\ufffd\ufffda@\ufffd(.co', 'bob@example.com'],
      exit: 1
    },
    r => expect(r.requests).toEqual([['ann@example.com', 'bob@example.com']])
  )

  {
    const long = (i: number): string =>
      `${String(i).padStart(4, '0')}${'x'.repeat(3000)}@example.com`
    const addresses = Array.from({ length: 600 }, (_, i) => long(i))
    named(
      'hostile',
      '600 invalid addresses of 3 KB each: the job summary stays under its 1 MiB limit',
      {
        files: { 'team.txt': addresses.join('\n') },
        inputs: { 'emails-file': 'team.txt' },
        addresses,
        exit: 1
      },
      r => {
        expect(r.requests).toEqual([])
        expect(Buffer.byteLength(r.run.summary)).toBeLessThan(1024 * 1024)
      }
    )
  }

  named(
    'hostile',
    'object-prototype names as entries',
    {
      inputs: {
        emails: '__proto__, constructor, toString, hasOwnProperty, __proto__@example.com'
      },
      addresses: [
        '__proto__',
        'constructor',
        'tostring',
        'hasownproperty',
        '__proto__@example.com'
      ],
      exit: 1
    },
    r => expect(r.requests).toEqual([['__proto__@example.com']])
  )

  named(
    'hostile',
    'YAML tags, anchors and odd scalars',
    {
      files: {
        'team.yml': [
          '- !!binary aGVsbG8=',
          '- !!js/function "function () { return 1 }"',
          '- !custom ann@example.com',
          '- &x bob@example.com',
          '- *x',
          '- 0x1F',
          '- .inf',
          '- ~',
          '- [nested@example.com]',
          '- {email: {deep: x}}',
          ''
        ].join('\n')
      },
      inputs: { 'emails-file': 'team.yml' },
      exit: 1,
      addresses: undefined
    },
    r => {
      // Whatever each entry becomes, bob is sent once and nothing crashes.
      expect(r.run.stdout).not.toContain('Unexpected error')
      expect(r.sends.get('bob@example.com') ?? 0).toBeLessThanOrEqual(1)
    }
  )

  {
    const content = Array.from({ length: 5000 }, () => 'same@example.com').join('\n')
    named(
      'hostile',
      'one address 5,000 times: sent once',
      {
        files: { 'team.txt': content },
        inputs: { 'emails-file': 'team.txt' },
        addresses: ['same@example.com'],
        exit: 0
      },
      r => expect(r.requests).toEqual([['same@example.com']])
    )
  }
})

// ---------------------------------------------------------------- injection

describe('injection attempts', () => {
  for (const org of [
    'acme/other',
    '..',
    '../acme',
    '%2f',
    'acme%2fother',
    'acme?x=1',
    'acme#x',
    'ac me',
    'äcme',
    'ACME',
    'acme\n::error::PWNED'
  ]) {
    named(
      'injection',
      `org ${JSON.stringify(org)} is refused before any request`,
      { inputs: { org, emails: 'ann@example.com' }, outputs: false, exit: 1 },
      refusedEarly(/Input 'org' is not a valid Control Plane name/)
    )
  }

  named(
    'injection',
    'CPLN_ORG (with a slash) is never used as the org: nothing is sent',
    {
      inputs: { org: '', emails: 'ann@example.com' },
      env: { CPLN_ORG: 'acme/../other' },
      outputs: false,
      exit: 1
    },
    refusedEarly(/Input 'org' is required/)
  )

  for (const group of ['admins/x', '..', '%2f', 'a b', 'g?x', 'g#x']) {
    named(
      'injection',
      `group ${JSON.stringify(group)} is refused before any request`,
      { inputs: { group, emails: 'ann@example.com' }, outputs: false, exit: 1 },
      refusedEarly(/Input 'group' is not a valid Control Plane name/)
    )
  }

  {
    const emails = [
      'ann@example.com\r\n::error::PWNED',
      '::add-mask::ann@example.com',
      '::stop-commands::PWNED\n::set-output name=invited::PWNED',
      'bob@example.com\ninvited<<EOF\n["pwned@evil.example"]\nEOF'
    ].join('\n')
    named(
      'injection',
      'CR/LF and ::command:: text in the emails input',
      {
        inputs: { emails },
        addresses: [
          'ann@example.com',
          '::error::pwned',
          '::add-mask::ann@example.com',
          '::stop-commands::pwned',
          '::set-output name=invited::pwned',
          'bob@example.com',
          'invited<<eof',
          '["pwned@evil.example"]',
          'eof'
        ],
        exit: 1
      },
      r => {
        // '::add-mask::ann@example.com' is not an address (a colon before the @): it is
        // reported invalid, quoted in the log, and masks nothing.
        expect(r.requests).toEqual([['ann@example.com', 'bob@example.com']])
        expect(r.out?.errors['::add-mask::ann@example.com']?.code).toBe('invalid_email')
        expect(r.out?.invited).not.toContain('pwned@evil.example')
      }
    )
  }

  named(
    'injection',
    'newlines inside a quoted YAML entry cannot break out of their line',
    {
      files: {
        'team.yml': [
          '- "ann@example.com\\n::error::PWNED"',
          '- "x@example.com\\r\\n::stop-commands::PWNED"',
          '- "y@example.com\\ninvited<<EOF\\n[1]\\nEOF"',
          '- "z@example.com\\u2028::warning::PWNED"',
          ''
        ].join('\n')
      },
      inputs: { 'emails-file': 'team.yml' },
      addresses: [
        'ann@example.com\n::error::pwned',
        'x@example.com\r\n::stop-commands::pwned',
        'y@example.com\ninvited<<eof\n[1]\neof',
        'z@example.com\u2028::warning::pwned'
      ],
      exit: 1
    },
    r => {
      expect(r.requests).toEqual([])
      expect(Object.keys(r.out?.errors ?? {})).toHaveLength(4)
    }
  )

  {
    // Entries that spell the runner's old command form `##[name]data`, which the runner
    // honours anywhere in a log line. Brackets are not allowed before the @, so each is
    // reported invalid, and quoted in the log and the annotations.
    const addresses = [
      '##[set-env]a@evil.example',
      'x##[stop-commands]tok@evil.example',
      '##[add-mask]b@evil.example',
      '##[error]c@evil.example',
      '##[set-output]d@evil.example'
    ]
    named(
      'injection',
      '"##[command]" inside invalid addresses (emails input)',
      { inputs: { emails: addresses.join('\n') }, addresses, exit: 1 },
      r => {
        expect(r.requests).toEqual([])
        expect(Object.keys(r.out?.errors ?? {})).toEqual(addresses)
      }
    )
    named(
      'injection',
      '"##[command]" inside invalid addresses (team file)',
      {
        files: { 'team.yml': addresses.map(a => `- "${a}"`).join('\n') },
        inputs: { 'emails-file': 'team.yml' },
        addresses,
        exit: 1
      },
      r => {
        expect(r.requests).toEqual([])
        expect(Object.keys(r.out?.errors ?? {})).toEqual(addresses)
      }
    )
  }

  named(
    'injection',
    'workflow-command text in the API answer (codes and messages)',
    {
      api: {
        faults: [
          { kind: 'status', status: 503, code: '##[set-env]x', message: 'down\n::error::PWNED' },
          {
            kind: 'raw',
            body: JSON.stringify({
              invitations: { 'bob@example.com': '##[add-mask]x\n::error::PWNED' },
              errors: {
                'ann@example.com': {
                  code: '##[stop-commands]t',
                  message: 'no\r\n::warning::PWNED'
                },
                '##[error]ghost@x.com\n::error::PWNED': { code: 'x', message: 'y' }
              }
            })
          }
        ]
      },
      inputs: { emails: 'ann@example.com, bob@example.com' },
      addresses: ['ann@example.com', 'bob@example.com'],
      exit: 0,
      retries: true
    },
    r => {
      expect(r.out?.invited).toEqual(['bob@example.com'])
      expect(r.out?.errors['ann@example.com']?.code).toBe('##[stop-commands]t')
    }
  )

  named(
    'injection',
    'HTML in addresses does not reach the job summary as markup',
    {
      inputs: { emails: '<script>alert(1)</script>@example.com\n"<img src=x onerror=alert(1)>"' },
      // Neither is an address: the first has brackets before the @, the second is a quoted
      // name with no address. Both are reported invalid, and shown in the summary escaped.
      addresses: ['<script>alert(1)</script>@example.com', '"<img src=x onerror=alert(1)>"'],
      exit: 1
    },
    r => {
      expect(r.run.summary).not.toMatch(/<script|<img/i)
      expect(r.run.summary).toContain('&lt;script&gt;')
    }
  )
})
