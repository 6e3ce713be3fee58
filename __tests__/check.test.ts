// The team-file check from source: the command line read into CheckArgs, and the lines and
// exit status made from plans. Both are pure; runCheck is driven with an in-memory I/O
// over files in a temporary folder. dist/check.js itself is run in check-dist.test.ts.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CheckResult } from '../src/check.js'
import { EXIT, formatCheck, parseCheckArgs, runCheck, USAGE } from '../src/check.js'
import { INPUT_NAMES } from '../src/config.js'
import { planInvites } from '../src/plan/invites.js'
import { parseTeamFile } from '../src/team-file/parse.js'
import { ROOT } from './helpers/run-action.js'

const KEY = 's1.abc.CHECKsecretKEYvalue0123456789'

describe('parseCheckArgs', () => {
  it('reads files and flags, in either --flag value or --flag=value form', () => {
    expect(
      parseCheckArgs(
        ['team/a.yaml', '--emails-key', 'teams.platform', '--group=platform', 'b.txt'],
        {}
      )
    ).toEqual({
      kind: 'check',
      args: {
        files: ['team/a.yaml', 'b.txt'],
        emails: '',
        emailsKey: 'teams.platform',
        group: 'platform'
      }
    })
  })

  it('collects every --emails, and accepts them without a file', () => {
    expect(parseCheckArgs(['--emails', 'a@x.co', '--emails=b@x.co'], {})).toEqual({
      kind: 'check',
      args: { files: [], emails: 'a@x.co\nb@x.co' }
    })
  })

  it('takes everything after -- as a file, even when it starts with -', () => {
    expect(parseCheckArgs(['--', '--help', '-x.yaml'], {})).toEqual({
      kind: 'check',
      args: { files: ['--help', '-x.yaml'], emails: '' }
    })
  })

  it('answers --help, -h and --version before anything else is checked', () => {
    expect(parseCheckArgs(['--frob', '--help'], {})).toEqual({
      kind: 'usage-error',
      message: 'Unknown flag "--frob". Run with --help to see the flags.'
    })
    expect(parseCheckArgs(['-h', '--frob'], {})).toEqual({ kind: 'help' })
    expect(parseCheckArgs(['--version'], {})).toEqual({ kind: 'version' })
  })

  it.each([
    [
      [],
      'No team file given: name one or more files (or give --emails). Run with --help for usage.'
    ],
    [['--token', 'x', 'a.yaml'], 'Unknown flag "--token". Run with --help to see the flags.'],
    [['a.yaml', '--emails-key'], '--emails-key needs a value.'],
    [['a.yaml', '--org', 'a', '--org', 'b'], '--org is given more than once; give it once.'],
    [['a.yaml', '--skip-existing=false'], '--skip-existing takes no value.'],
    [
      ['a.yaml', '--emails-key', 'teams..x'],
      '--emails-key must be a dotted path such as teams.platform, not "teams..x".'
    ],
    [
      ['a.yaml', '--group', 'Platform'],
      '--group is not a valid Control Plane name: "Platform". Use 2 to 64 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.'
    ],
    [
      ['a.yaml', '--api-url', 'http://api.example.com'],
      '--api-url uses plain http:// for api.example.com, which would send the key unencrypted. Use https://, or http:// only for a loopback host (127.0.0.1, ::1, localhost).'
    ]
  ])('refuses %j as a usage error', (argv, message) => {
    expect(parseCheckArgs(argv, {})).toEqual({ kind: 'usage-error', message })
  })

  it('reads the org, the API URL and the key for --skip-existing, flags before environment', () => {
    const env = { CPLN_TOKEN: KEY, CPLN_ORG: 'env-org', CPLN_ENDPOINT: 'https://api.example.com/' }
    expect(parseCheckArgs(['a.yaml', '--skip-existing'], env)).toEqual({
      kind: 'check',
      args: {
        files: ['a.yaml'],
        emails: '',
        skipExisting: { org: 'env-org', apiUrl: 'https://api.example.com', token: KEY }
      }
    })
    expect(
      parseCheckArgs(
        ['a.yaml', '--skip-existing', '--org', 'acme', '--api-url', 'http://127.0.0.1:9'],
        env
      )
    ).toEqual({
      kind: 'check',
      args: {
        files: ['a.yaml'],
        emails: '',
        skipExisting: { org: 'acme', apiUrl: 'http://127.0.0.1:9', token: KEY }
      }
    })
  })

  it('never reads the key or the org without --skip-existing', () => {
    const parsed = parseCheckArgs(['a.yaml'], { CPLN_TOKEN: KEY, CPLN_ORG: 'NOT A NAME' })
    expect(parsed).toEqual({ kind: 'check', args: { files: ['a.yaml'], emails: '' } })
  })

  it.each([
    [{ CPLN_TOKEN: KEY }, '--skip-existing needs the org: give --org NAME or set CPLN_ORG.'],
    [{ CPLN_TOKEN: KEY, CPLN_ORG: 'Acme' }, 'CPLN_ORG is not a valid Control Plane name: "Acme".'],
    [{ CPLN_ORG: 'acme' }, /^--skip-existing needs a service account key in the CPLN_TOKEN/],
    [{ CPLN_ORG: 'acme', CPLN_TOKEN: 'Bearer ' }, /needs a service account key in the CPLN_TOKEN/],
    [{ CPLN_ORG: 'acme', CPLN_TOKEN: `${KEY}\nx` }, /^CPLN_TOKEN contains a line break/],
    [
      { CPLN_ORG: 'acme', CPLN_TOKEN: KEY, CPLN_ENDPOINT: 'ftp://x' },
      'CPLN_ENDPOINT: must use https://, not ftp://.'
    ]
  ])('refuses --skip-existing without what it needs (%j)', (env, message) => {
    const parsed = parseCheckArgs(['a.yaml', '--skip-existing'], env)
    expect(parsed.kind).toBe('usage-error')
    const text = (parsed as { message: string }).message
    if (typeof message === 'string') expect(text).toBe(message)
    else expect(text).toMatch(message)
    expect(text).not.toContain('CHECKsecret')
  })

  it('has a flag for each action input that makes sense for a check, and --help lists them', () => {
    const flags = [...USAGE.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map(m => m[1] ?? '')
    expect(flags).toEqual([
      '--emails-key',
      '--emails',
      '--group',
      '--skip-existing',
      '--org',
      '--api-url',
      '--help',
      '--version'
    ])
    for (const flag of flags.slice(0, 6)) {
      expect(INPUT_NAMES).toContain(flag.slice(2))
    }
  })
})

function planned(name: string, content: string): CheckResult['sources'][number] {
  return { name, outcome: { kind: 'planned', plan: planInvites(parseTeamFile(content, name)) } }
}

describe('formatCheck', () => {
  it('prints one file:line:col line per problem, sorted by position, then the plan', () => {
    const result: CheckResult = {
      sources: [
        planned(
          'team/platform.yaml',
          [
            'emails:',
            '  - ann@example.com',
            '  - bob.example.com',
            '  - ANN@example.com',
            '  - cid@example.org',
            '  - 42',
            '  - dan@example.org',
            '  - bob.example.com',
            ''
          ].join('\n')
        )
      ]
    }
    expect(formatCheck(result)).toEqual({
      lines: [
        'team/platform.yaml:3:5: error: "bob.example.com": not a valid email address: has no @',
        'team/platform.yaml:4:5: warning: duplicate of line 2: "ann@example.com"',
        'team/platform.yaml:6:5: error: "42": not an email address: each entry must be an address or a mapping with an `email` key',
        'team/platform.yaml:8:5: warning: duplicate of line 3: "bob.example.com"',
        '3 to invite, 2 invalid, 2 duplicates'
      ],
      exitCode: EXIT.problems
    })
  })

  it('exits 0 when duplicates are the only findings', () => {
    const result = { sources: [planned('t.txt', 'a@x.co\nb@x.co a@x.co\n')] }
    expect(formatCheck(result)).toEqual({
      lines: [
        't.txt:2:8: warning: duplicate of line 1: "a@x.co"',
        '2 to invite, 0 invalid, 1 duplicate'
      ],
      exitCode: EXIT.ok
    })
  })

  it('counts members and files, and reports a file that is not a team file at its location', () => {
    const a = planned('a.txt', 'a@x.co b@x.co')
    if (a.outcome.kind !== 'planned') throw new Error('unreachable')
    a.outcome.plan.items[0] = { kind: 'skipped', address: 'a@x.co', reason: 'member' }
    a.outcome.plan.send = ['b@x.co']
    const result: CheckResult = {
      sources: [
        a,
        {
          name: 'b.yaml',
          outcome: {
            kind: 'not-a-team-file',
            message: 'emails-file b.yaml is not valid YAML',
            location: { file: 'b.yaml', line: 2, column: 3 }
          }
        }
      ],
      members: { org: 'acme', count: 7 }
    }
    expect(formatCheck(result)).toEqual({
      lines: [
        'b.yaml:2:3: error: emails-file b.yaml is not valid YAML',
        '1 to invite, 0 invalid, 0 duplicates, 1 already a member of acme, 1 file not a team file (2 files)'
      ],
      exitCode: EXIT.problems
    })
  })

  it('gives 2 for a file that cannot be opened and 3 when the members could not be listed', () => {
    const unreadable: CheckResult = {
      sources: [{ name: 'gone.yaml', outcome: { kind: 'unreadable', message: 'no such file' } }],
      membersFailure: 'could not list'
    }
    expect(formatCheck(unreadable)).toEqual({
      lines: [
        'gone.yaml: error: no such file',
        'error: could not list',
        '0 to invite, 0 invalid, 0 duplicates, 1 file not opened'
      ],
      exitCode: EXIT.usage
    })
    const incomplete: CheckResult = {
      sources: [planned('a.txt', 'not-an-address')],
      membersFailure: 'could not list'
    }
    expect(formatCheck(incomplete).exitCode).toBe(EXIT.incomplete)
  })

  it('keeps every line printable and bounded, whatever the file holds', () => {
    const evil = `\u001b[31m##[error]x${'y'.repeat(5000)}\r\nz@x.co\u2028`
    const name = 'evil\nname.txt'
    const result: CheckResult = {
      sources: [
        {
          name,
          outcome: {
            kind: 'planned',
            plan: planInvites([
              { text: evil, origin: 'file', location: { file: name, line: 1, column: 1 } },
              { text: evil, origin: 'file', location: { file: name, line: 2, column: 1 } }
            ])
          }
        },
        { name, outcome: { kind: 'not-a-team-file', message: `bad ${evil.repeat(3)}` } }
      ]
    }
    const { lines } = formatCheck(result)
    expect(lines).toHaveLength(4)
    for (const line of lines) {
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/)
      expect(line).not.toContain('##[')
      expect(line.length).toBeLessThanOrEqual(1100)
    }
    expect(lines[0]).toMatch(/^evil\\nname\.txt:1:1: error: "\\u001b\[31m##\\u005berror\]x/)
    expect(lines[1]).toMatch(/^evil\\nname\.txt:2:1: warning: duplicate of line 1: "/)
  })
})

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpln-check-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

async function check(
  argv: string[],
  files: Record<string, string>,
  env: Record<string, string> = {}
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const cwd = tempDir(files)
  const code = await runCheck(argv, {
    cwd,
    env,
    out: line => out.push(line),
    err: line => err.push(line)
  })
  return { code, out, err }
}

describe('runCheck (from source, in-memory I/O)', () => {
  it('reads each file relative to the working directory and names it as given', async () => {
    const run = await check(['team/a.yaml', './team/b.txt', 'team/dir', 'team/none.yaml'], {
      'team/a.yaml': '- ann@example.com\n- nope\n',
      'team/b.txt': 'ann@example.com # a comment\nbob@example.com\n',
      'team/dir/x': ''
    })
    expect(run).toEqual({
      code: EXIT.usage,
      out: [
        'team/a.yaml:2:3: error: "nope": not a valid email address: has no @',
        'team/dir: error: is a directory, not a team file',
        'team/none.yaml: error: no such file',
        '3 to invite, 1 invalid, 0 duplicates, 2 files not opened (4 files)'
      ],
      err: []
    })
  })

  it('checks each file on its own: one address in two files is no duplicate', async () => {
    const run = await check(['a.txt', 'b.txt'], { 'a.txt': 'a@x.co', 'b.txt': 'a@x.co' })
    expect(run.out).toEqual(['2 to invite, 0 invalid, 0 duplicates (2 files)'])
    expect(run.code).toBe(EXIT.ok)
  })

  it('reads the list at --emails-key, and reports a missing key at its place', async () => {
    const files = {
      'team.yaml': 'teams:\n  platform:\n    - ann@example.com\n    - 7\n'
    }
    const good = await check(['team.yaml', '--emails-key', 'teams.platform'], files)
    expect(good.out).toEqual([
      'team.yaml:4:7: error: "7": not an email address: each entry must be an address or a mapping with an `email` key',
      '1 to invite, 1 invalid, 0 duplicates'
    ])
    expect(good.code).toBe(EXIT.problems)
    const missing = await check(['team.yaml', '--emails-key', 'teams.data'], files)
    expect(missing.out[0]).toMatch(/^team\.yaml:2:3: error: emails-key "teams\.data" not found/)
    expect(missing.code).toBe(EXIT.problems)
  })

  it('reports a file that does not parse at its line and column, with exit 1', async () => {
    const run = await check(['t.yaml'], { 't.yaml': '- a@x.co\n- [b@x.co\n' })
    expect(run.out[0]).toMatch(/^t\.yaml:\d+:\d+: error: /)
    expect(run.out.at(-1)).toBe('0 to invite, 0 invalid, 0 duplicates, 1 file not a team file')
    expect(run.code).toBe(EXIT.problems)
  })

  it('prints usage errors on standard error, with exit 2 and nothing on standard output', async () => {
    const run = await check(['--nope'], {})
    expect(run).toEqual({
      code: EXIT.usage,
      out: [],
      err: ['check.js: Unknown flag "--nope". Run with --help to see the flags.']
    })
  })

  it('prints the help on standard output with exit 0', async () => {
    const run = await check(['--help'], {})
    expect(run).toEqual({ code: EXIT.ok, out: [USAGE], err: [] })
  })

  it("prints what the README's example shows", async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Check a team file locally'))
    const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1]
    const run = await check(['team/platform.yaml'], {
      'team/platform.yaml':
        'emails:\n  - cid@example.org\n  - ann@example.com\n  - bob.example.com\n  - Ann@Example.com\n'
    })
    expect(`${run.out.join('\n')}\n`).toBe(shown)
    expect(run.code).toBe(EXIT.problems)
  })
})
