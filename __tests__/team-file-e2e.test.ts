// End-to-end runs of dist/index.js on Node 24 with team files as people really write them:
// a peribolos org file read through emails-key, UTF-16 files from Windows, empty files, and
// one huge wrong entry. Each run checks the exact sets in emails, errors and skipped.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FakeGitHub } from './helpers/fake-github.js'
import { startFakeGitHub } from './helpers/fake-github.js'
import type { ActionRun, RunOptions } from './helpers/run-action.js'
import { commands, runAction } from './helpers/run-action.js'

const out = (run: ActionRun, name: string): unknown => JSON.parse(run.outputs[name] ?? 'null')

/** The three sets every address ends in, as the outputs give them. */
function sets(run: ActionRun): { emails: unknown; errors: string[]; skipped: unknown } {
  return {
    emails: out(run, 'emails'),
    errors: Object.keys((out(run, 'errors') ?? {}) as object),
    skipped: out(run, 'skipped')
  }
}

function dryRun(inputs: Record<string, string>, files: RunOptions['files']): Promise<ActionRun> {
  return runAction({ inputs: { org: 'acme', 'dry-run': 'true', ...inputs }, files })
}

const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])

// The shape of kubernetes/test-infra's peribolos config: an org's teams, each with
// maintainers and members lists.
const ORG_YAML = `# Managed by peribolos
orgs:
  acme:
    name: Acme
    admins:
      - root@acme.io
    teams:
      platform:
        description: Platform team
        maintainers:
          - mia@acme.io
          - Max@Acme.io
        members:
          - ann@acme.io
          - bob@acme.io
        privacy: closed
`

describe('a peribolos org.yaml through emails-key', () => {
  it('refuses a team that holds maintainers and members: neither list is dropped silently', async () => {
    const run = await dryRun(
      { 'emails-file': 'org.yaml', 'emails-key': 'orgs.acme.teams.platform' },
      { 'org.yaml': ORG_YAML }
    )
    expect(run.code).toBe(1)
    const error = commands(run, 'error').join('\n')
    expect(error).toContain(
      'emails-file org.yaml has more than one list of addresses under emails-key ' +
        '"orgs.acme.teams.platform" ("maintainers" at line 10, "members" at line 13)'
    )
    expect(error).toContain(
      'point emails-key at the one list to use (e.g. emails-key: orgs.acme.teams.platform.members)'
    )
    // The step stops before planning: no address is reported in any output.
    expect(run.outputs.emails).toBeUndefined()
    expect(run.outputs.errors).toBeUndefined()
    expect(run.outputs.skipped).toBeUndefined()
  })

  it.each([
    ['maintainers', ['mia@acme.io', 'max@acme.io']],
    ['members', ['ann@acme.io', 'bob@acme.io']]
  ])('reads the %s list when emails-key points at it', async (list, expected) => {
    const run = await dryRun(
      { 'emails-file': 'org.yaml', 'emails-key': `orgs.acme.teams.platform.${list}` },
      { 'org.yaml': ORG_YAML }
    )
    expect(run.code).toBe(0)
    expect(sets(run)).toEqual({ emails: expected, errors: [], skipped: {} })
  })

  it('refuses a top-level members list beside a maintainers list without emails-key', async () => {
    const file = 'maintainers:\n  - mia@acme.io\nmembers:\n  - ann@acme.io\n'
    const run = await dryRun({ 'emails-file': 'team.yaml' }, { 'team.yaml': file })
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'more than one list of addresses at the top level ("maintainers" at line 1, "members" at line 3)'
    )
    expect(run.outputs.emails).toBeUndefined()
  })
})

describe('JSON and flow YAML on one line', () => {
  // What JSON.stringify writes: 150 objects, 300 keys and their `:` on one line, two levels.
  const people = Array.from({ length: 150 }, (_, i) => ({
    email: `user${i}@acme.io`,
    name: `User ${i}`
  }))
  const emails = people.map(p => p.email)

  it.each([
    ['a list of objects', JSON.stringify(people)],
    ['a mapping holding the list', JSON.stringify({ members: people })]
  ])('reads minified JSON: %s', async (_, json) => {
    const run = await dryRun({ 'emails-file': 'team.json' }, { 'team.json': json })
    expect(run.code).toBe(0)
    expect(sets(run)).toEqual({ emails, errors: [], skipped: {} })
  })

  it('reads a one-line flow mapping with more than 100 keys through emails-key', async () => {
    const keys = Array.from({ length: 120 }, (_, i) => `k${i}: v${i}`).join(', ')
    const yaml = `{${keys}, team: {emails: [${emails.slice(0, 3).join(', ')}]}}\n`
    const run = await dryRun(
      { 'emails-file': 'team.yaml', 'emails-key': 'team.emails' },
      { 'team.yaml': yaml }
    )
    expect(run.code).toBe(0)
    expect(sets(run)).toEqual({ emails: emails.slice(0, 3), errors: [], skipped: {} })
  })
})

describe('encodings', () => {
  // What Windows PowerShell 5.1's `Get-Content team.txt > team.txt` or Notepad's "Unicode"
  // writes: UTF-16 with a byte-order mark, CRLF line ends.
  const TEXT = '# Équipe plateforme — 🚀\r\nann@acme.io\r\nBob <bob@acme.io>\r\nbad@\r\n'
  const YAML =
    '# Équipe\r\nmembers:\r\n  - email: ann@acme.io\r\n    name: Zoë\r\n  - bob@acme.io\r\n'

  it.each([
    ['UTF-16 LE', utf16le],
    ['UTF-16 BE', utf16be],
    ['UTF-8 with a BOM', (t: string) => Buffer.from(`\ufeff${t}`, 'utf8')]
  ])('reads a %s text file and locates its entries', async (_name, encode) => {
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': encode(TEXT) })
    expect(run.code).toBe(1) // bad@ is invalid
    expect(sets(run)).toEqual({
      emails: ['ann@acme.io', 'bob@acme.io'],
      errors: ['bad@'],
      skipped: {}
    })
    expect(commands(run, 'error').join('\n')).toContain('file=team.txt,line=4,endLine=4,col=1')
  })

  it.each([
    ['UTF-16 LE', utf16le],
    ['UTF-16 BE', utf16be]
  ])('reads a %s YAML file', async (_name, encode) => {
    const run = await dryRun({ 'emails-file': 'team.yaml' }, { 'team.yaml': encode(YAML) })
    expect(run.code).toBe(0)
    expect(sets(run)).toEqual({ emails: ['ann@acme.io', 'bob@acme.io'], errors: [], skipped: {} })
  })

  it('still calls UTF-16 without a byte-order mark binary, and says to save it as UTF-8', async () => {
    const run = await dryRun(
      { 'emails-file': 'team.txt' },
      { 'team.txt': Buffer.from('ann@acme.io\n', 'utf16le') }
    )
    expect(run.code).toBe(1)
    const error = commands(run, 'error').join('\n')
    expect(error).toContain('emails-file looks like a binary file (NUL byte at line 1, column 2)')
    expect(error).toContain(
      'A UTF-16 file is read only with its byte-order mark: save it as UTF-8.'
    )
  })
})

describe('many invalid entries and duplicates', () => {
  it('annotates the first 10 of each kind and counts the rest; the outputs keep every entry', async () => {
    const lines = [
      ...Array.from({ length: 30 }, (_, i) => `bad${i}`),
      ...Array.from({ length: 16 }, () => 'ann@acme.io')
    ]
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': lines.join('\n') })
    expect(run.code).toBe(1)
    expect(sets(run)).toEqual({
      emails: ['ann@acme.io'],
      errors: Array.from({ length: 30 }, (_, i) => `bad${i}`),
      skipped: {}
    })
    const errors = commands(run, 'error').filter(l => l.includes('title=Invalid address'))
    expect(errors).toHaveLength(11)
    expect(errors[10]).toContain(
      'title=Invalid address (20 more)::20 more "Invalid address" annotations not shown'
    )
    const warnings = commands(run, 'warning').filter(l => l.includes('title=Duplicate address'))
    expect(warnings).toHaveLength(11)
    expect(warnings[10]).toContain('title=Duplicate address (5 more)::5 more "Duplicate address"')
    expect(run.stdout).toContain(
      'Dry run: 1 would be invited, 0 with errors, 30 invalid, 0 skipped.'
    )
  })

  it('refuses a team file of more than 250,000 entries unread, saying how many it lists', async () => {
    const run = await dryRun({ 'emails-file': 'team.yml' }, { 'team.yml': '- \n'.repeat(250_001) })
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'emails-file team.yml lists more than 250,000 entries, far more than a team file holds. Nothing was read or sent.'
    )
    expect(run.outputs.errors).toBeUndefined()
  })
})

describe('UTF-32', () => {
  const utf32le = (text: string): Buffer => {
    const out = Buffer.alloc(4 + 4 * [...text].length)
    out.writeUInt32LE(0xfeff, 0)
    ;[...text].forEach((c, i) => out.writeUInt32LE(c.codePointAt(0) as number, 4 + 4 * i))
    return out
  }
  const utf32be = (text: string): Buffer => {
    const le = utf32le(text)
    const be = Buffer.alloc(le.length)
    for (let i = 0; i < le.length; i += 4) be.writeUInt32BE(le.readUInt32LE(i), i)
    return be
  }

  it.each([
    ['LE', utf32le],
    ['BE', utf32be]
  ])('is refused as UTF-32 (%s), with the advice to save it as UTF-8', async (_, encode) => {
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': encode('ann@acme.io\n') })
    expect(run.code).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'emails-file team.txt is a UTF-32 file (it starts with a UTF-32 byte-order mark), which is not read: save it as UTF-8.'
    )
    expect(run.outputs.emails).toBeUndefined()
  })
})

describe('addresses inside a quoted name or a comment', () => {
  const HIDDEN =
    'has an address inside a quoted name or a comment, where no address is read: write each address as an entry of its own (Name <addr>), outside quotes and parentheses'

  it('reports a quote that spans addresses as one invalid entry, and sends nothing from it', async () => {
    const run = await dryRun({ emails: '"Ann <ann@x.com>, bob@x.com, "Cid" <cid@x.com>' }, {})
    expect(run.code).toBe(1)
    expect(sets(run)).toEqual({
      emails: ['cid@x.com'],
      errors: ['"ann <ann@x.com>, bob@x.com, "cid"'],
      skipped: {}
    })
    expect(out(run, 'errors')).toEqual({
      '"ann <ann@x.com>, bob@x.com, "cid"': {
        code: 'invalid_email',
        message: `not a valid email address: ${HIDDEN}`
      }
    })
  })

  it('reports comments that hold addresses, in a text team file too', async () => {
    const file = [
      '(Ann a@x.com, b@x.com) <c@x.com>',
      'bob@x.com (ann@x.com)',
      '(old@x.com)',
      '"d@x.com" <D@x.com>',
      ''
    ].join('\n')
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': file })
    expect(run.code).toBe(1)
    expect(sets(run)).toEqual({
      emails: ['c@x.com', 'bob@x.com', 'd@x.com'],
      errors: ['(ann a@x.com, b@x.com)', '(ann@x.com)', '(old@x.com)'],
      skipped: {}
    })
    expect(commands(run, 'error').join('\n')).toContain('file=team.txt,line=3,endLine=3,col=1')
  })
})

describe('a source that yields no address', () => {
  it.each([
    ['an empty YAML file', 'team.yaml', ''],
    ['a comments-only YAML file', 'team.yaml', '# nobody yet\n\n'],
    ['an empty list', 'team.yaml', 'members: []\n'],
    ['a comments-only text file', 'team.txt', '# nobody yet\n   \n'],
    ['an empty UTF-16 file', 'team.txt', utf16le('')]
  ])('is a warning naming the file for %s, and the step succeeds', async (_name, file, content) => {
    const run = await dryRun({ 'emails-file': file }, { [file]: content })
    expect(run.code).toBe(0)
    expect(sets(run)).toEqual({ emails: [], errors: [], skipped: {} })
    const warnings = commands(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`file=${file}`)
    expect(warnings[0]).toContain(`emails-file ${file} lists no address`)
  })

  it('is an error when the emails input holds only separators and there is no file', async () => {
    const run = await dryRun({ emails: ' , ;\n ;, ' }, {})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::Input 'emails' holds no address, only separators")
    expect(run.outputs.emails).toBeUndefined()
  })

  it('is an error, as before, when no source is given at all', async () => {
    const run = await dryRun({ emails: '  ' }, {})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::No addresses given: set input 'emails'")
  })
})

describe('one huge wrong entry', () => {
  // The wrong file: one 2 MB line (a minified bundle, a binary-free dump) read as the team list.
  const huge = (fill: string): string => `ann@${fill.repeat(2 * 1024 * 1024 - 4)}`

  it('is echoed cut to its start and length, everywhere, with distinct keys in errors', async () => {
    const content = `${huge('x')}\n${huge('y')}\nok@acme.io\n`
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': content })
    expect(run.code).toBe(1)
    const { emails, errors, skipped } = sets(run)
    expect(emails).toEqual(['ok@acme.io'])
    expect(skipped).toEqual({})
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^ann@x{252}…\(2,097,152 characters, sha256 [0-9a-f]{12}\)$/)
    expect(errors[1]).toMatch(/^ann@y{252}…\(2,097,152 characters, sha256 [0-9a-f]{12}\)$/)
    // Nothing near the entry's size reaches the log (annotations included) or the summary.
    expect(run.stdout.length).toBeLessThan(20_000)
    expect(run.summary.length).toBeLessThan(20_000)
    expect(run.outputs.errors?.length).toBeLessThan(2_000)
  })

  it('keeps two long entries that begin alike and have the same length apart', async () => {
    const a = `${huge('x')}a`
    const b = `${huge('x')}b`
    const run = await dryRun({ 'emails-file': 'team.txt' }, { 'team.txt': `${a}\n${b}\n${a}\n` })
    const errors = sets(run).errors
    expect(errors).toHaveLength(2)
    expect(errors[0]).not.toBe(errors[1])
    // The third line repeats the first: a duplicate, reported once.
    expect(commands(run, 'warning').join('\n')).toContain('is listed more than once')
  })
})

describe('only-added reads a UTF-16 base exactly as the workspace file', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await startFakeGitHub()
  })
  afterAll(async () => {
    await github.close()
  })

  it('compares a UTF-16 LE file with its UTF-16 LE base', async () => {
    const BASE = 'b'.repeat(40)
    github.commits[BASE] = { 'team.txt': utf16le('# Équipe\r\nann@acme.io\r\nold@acme.io\r\n') }
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-event-')), 'event.json')
    writeFileSync(event, JSON.stringify({ before: BASE }))
    const run = await runAction({
      inputs: {
        org: 'acme',
        'dry-run': 'true',
        'emails-file': 'team.txt',
        'only-added': 'true',
        'github-token': github.token
      },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/people',
        GITHUB_API_URL: github.url
      },
      files: { 'team.txt': utf16le('# Équipe\r\nann@acme.io\r\nnew@acme.io\r\n') }
    })
    expect(run.code).toBe(0)
    expect(commands(run, 'warning')).toEqual([])
    expect(sets(run)).toEqual({
      emails: ['new@acme.io'],
      errors: [],
      skipped: { 'ann@acme.io': 'unchanged' }
    })
    expect(out(run, 'removed')).toEqual(['old@acme.io'])
  })
})
