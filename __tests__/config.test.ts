import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import {
  INPUT_NAMES,
  parseApiUrl,
  PLAN_ONLY_EVENTS,
  readConfig,
  type Config,
  type InputName
} from '../src/config.js'
import { ActionError } from '../src/errors.js'
import { quote } from '../src/text.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type Inputs = Partial<Record<InputName, string>>
type Env = Record<string, string | undefined>

const BASE: Inputs = { org: 'acme', token: 'secret-key', emails: 'a@x.com' }

/** Reads the config as main.ts does: '' for an input that was not given. */
function read(inputs: Inputs, env: Env = {}): Config {
  return readConfig(name => inputs[name] ?? '', env)
}

/** The ActionError that reading these inputs throws. */
function failure(inputs: Inputs, env: Env = {}): ActionError {
  try {
    read(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error(`expected an ActionError for ${JSON.stringify(inputs)}`)
}

describe('readConfig defaults', () => {
  it('fills every optional input with its documented default', () => {
    expect(read(BASE)).toEqual({
      org: 'acme',
      token: 'secret-key',
      emails: 'a@x.com',
      emailsFile: undefined,
      emailsKey: undefined,
      dryRun: false,
      planOnlyEvent: undefined,
      failOnErrors: false,
      batchSize: 10,
      concurrency: 4,
      maxAttempts: 4,
      timeoutMs: 30_000,
      apiUrl: 'https://api.cpln.io',
      group: undefined,
      skipExisting: false,
      onlyAdded: false,
      baseRef: undefined,
      githubToken: '',
      syncGroups: false,
      removeMissing: false,
      keep: [],
      maxRemovals: { kind: 'percent', hundredths: 2500, text: '25%' }
    })
  })

  it('agrees with the defaults action.yml declares', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const defaults = (name: InputName): string => {
      const value = action.inputs[name]?.default ?? ''
      return value.startsWith('${{') ? '' : value
    }
    const fromYml = readConfig(name => BASE[name] ?? defaults(name), {})
    expect(fromYml).toEqual(read(BASE))
  })

  it('lists exactly the inputs action.yml declares', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('reads every input when given', () => {
    const config = read({
      org: ' my-org ',
      token: ' Bearer k ',
      emails: 'a@x.com\nb@x.com',
      'emails-file': ' team.yml ',
      'emails-key': 'teams.platform',
      'dry-run': 'true',
      'fail-on-errors': 'true',
      'batch-size': '25',
      concurrency: '8',
      'max-attempts': '2',
      'timeout-seconds': '2.5',
      'api-url': 'http://127.0.0.1:8080/prefix/',
      group: 'viewers',
      'skip-existing': 'true',
      'only-added': 'true',
      'base-ref': ' main ',
      'github-token': ' ghs_x ',
      'sync-groups': 'TRUE',
      'remove-missing': 'true',
      keep: 'Admin@Example.com\n*@bots.example.com',
      'max-removals': ' 10 '
    })
    expect(config).toEqual({
      org: 'my-org',
      token: 'Bearer k',
      emails: 'a@x.com\nb@x.com',
      emailsFile: 'team.yml',
      emailsKey: 'teams.platform',
      dryRun: true,
      failOnErrors: true,
      batchSize: 25,
      concurrency: 8,
      maxAttempts: 2,
      timeoutMs: 2500,
      apiUrl: 'http://127.0.0.1:8080/prefix',
      group: 'viewers',
      skipExisting: true,
      onlyAdded: true,
      baseRef: 'main',
      githubToken: 'ghs_x',
      syncGroups: true,
      removeMissing: true,
      keep: [
        { kind: 'address', address: 'admin@example.com' },
        { kind: 'domain', domain: 'bots.example.com' }
      ],
      maxRemovals: { kind: 'count', count: 10 }
    })
  })
})

describe('validation messages name the input', () => {
  const cases: [string, Inputs, InputName][] = [
    ['missing org', { ...BASE, org: '' }, 'org'],
    ['blank org', { ...BASE, org: '   ' }, 'org'],
    ['upper-case org', { ...BASE, org: 'Acme' }, 'org'],
    ['org ending with a hyphen', { ...BASE, org: 'acme-' }, 'org'],
    ['org starting with a digit', { ...BASE, org: '1acme' }, 'org'],
    ['one-letter org', { ...BASE, org: 'a' }, 'org'],
    ['65-character org', { ...BASE, org: `a${'b'.repeat(64)}` }, 'org'],
    ['org with a slash', { ...BASE, org: 'acme/x' }, 'org'],
    ['missing token', { ...BASE, token: '' }, 'token'],
    ['token that is only "Bearer"', { ...BASE, token: 'Bearer ' }, 'token'],
    ['no addresses at all', { ...BASE, emails: '  \n ' }, 'emails'],
    ['emails-key without emails-file', { ...BASE, 'emails-key': 'teams' }, 'emails-key'],
    ['remove-missing without emails-file', { ...BASE, 'remove-missing': 'true' }, 'remove-missing'],
    ['remove-missing not a boolean', { ...BASE, 'remove-missing': 'yes' }, 'remove-missing'],
    ['keep with a wildcard address', { ...BASE, keep: 'a*@x.com' }, 'keep'],
    ['max-removals above 100%', { ...BASE, 'max-removals': '101%' }, 'max-removals'],
    ['emails-key with a space', { ...BASE, 'emails-file': 'f', 'emails-key': 'a b' }, 'emails-key'],
    [
      'emails-key with two dots',
      { ...BASE, 'emails-file': 'f', 'emails-key': 'a..b' },
      'emails-key'
    ],
    [
      'emails-key starting with a dot',
      { ...BASE, 'emails-file': 'f', 'emails-key': '.a' },
      'emails-key'
    ],
    ['invalid group', { ...BASE, group: 'Admins!' }, 'group'],
    ['only-added without emails-file', { ...BASE, 'only-added': 'true' }, 'only-added'],
    ['base-ref without only-added', { ...BASE, 'base-ref': 'main' }, 'base-ref'],
    ['dry-run yes', { ...BASE, 'dry-run': 'yes' }, 'dry-run'],
    ['fail-on-errors 1', { ...BASE, 'fail-on-errors': '1' }, 'fail-on-errors'],
    ['skip-existing on', { ...BASE, 'skip-existing': 'on' }, 'skip-existing'],
    ['only-added maybe', { ...BASE, 'emails-file': 'f', 'only-added': 'maybe' }, 'only-added'],
    ['batch-size 0', { ...BASE, 'batch-size': '0' }, 'batch-size'],
    ['batch-size 1001', { ...BASE, 'batch-size': '1001' }, 'batch-size'],
    ['batch-size 2.5', { ...BASE, 'batch-size': '2.5' }, 'batch-size'],
    ['batch-size -1', { ...BASE, 'batch-size': '-1' }, 'batch-size'],
    ['batch-size 1e2', { ...BASE, 'batch-size': '1e2' }, 'batch-size'],
    ['batch-size 0x10', { ...BASE, 'batch-size': '0x10' }, 'batch-size'],
    ['concurrency 0', { ...BASE, concurrency: '0' }, 'concurrency'],
    ['concurrency 17', { ...BASE, concurrency: '17' }, 'concurrency'],
    ['concurrency ten', { ...BASE, concurrency: 'ten' }, 'concurrency'],
    ['max-attempts 0', { ...BASE, 'max-attempts': '0' }, 'max-attempts'],
    ['max-attempts 11', { ...BASE, 'max-attempts': '11' }, 'max-attempts'],
    ['timeout-seconds 0', { ...BASE, 'timeout-seconds': '0' }, 'timeout-seconds'],
    ['timeout-seconds 0.5', { ...BASE, 'timeout-seconds': '0.5' }, 'timeout-seconds'],
    ['timeout-seconds 601', { ...BASE, 'timeout-seconds': '601' }, 'timeout-seconds'],
    ['timeout-seconds 1.', { ...BASE, 'timeout-seconds': '1.' }, 'timeout-seconds'],
    ['timeout-seconds Infinity', { ...BASE, 'timeout-seconds': 'Infinity' }, 'timeout-seconds'],
    ['api-url not a URL', { ...BASE, 'api-url': 'api.cpln.io' }, 'api-url'],
    ['api-url plain http', { ...BASE, 'api-url': 'http://api.cpln.io' }, 'api-url']
  ]

  it.each(cases)('%s', (_label, inputs, input) => {
    const error = failure(inputs)
    expect(error.input).toBe(input)
    expect(error.message).toContain(`'${input}'`)
    expect(error.message).not.toMatch(/[\r\n]/)
  })

  it('says what a number must be and shows the value given', () => {
    expect(failure({ ...BASE, 'batch-size': '0' }).message).toBe(
      `Input 'batch-size' must be a whole number from 1 to 1000, not "0".`
    )
    expect(failure({ ...BASE, 'timeout-seconds': '0.5' }).message).toBe(
      `Input 'timeout-seconds' must be a number from 1 to 600, not "0.5".`
    )
    expect(failure({ ...BASE, 'dry-run': 'yes' }).message).toBe(
      `Input 'dry-run' must be true or false, not "yes".`
    )
  })

  it('keeps a hostile value on one line and shortens a long one', () => {
    const error = failure({ ...BASE, org: 'evil\n::error::forged' })
    expect(error.message).toContain('"evil\\n::error::forged"')
    expect(error.message).not.toContain('\n')
    const long = failure({ ...BASE, org: 'x'.repeat(500) })
    expect(long.message).toContain(`"${'x'.repeat(100)}…(500 characters)"`)
    expect(long.message.length).toBeLessThan(400)
    expect(quote('a"b')).toBe('"a\\"b"')
  })

  it('mentions the CPLN_TOKEN variable and the dry run when the key is missing', () => {
    const message = failure({ ...BASE, token: '' }).message
    expect(message).toContain('CPLN_TOKEN')
    expect(message).toContain('dry-run: true')
  })
})

describe('booleans', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    [' tRuE ', true],
    ['false', false],
    ['FALSE', false],
    ['False', false],
    ['', false]
  ])('%j is %s', (raw, value) => {
    const config = read({
      ...BASE,
      'emails-file': 'team.yml',
      'dry-run': raw,
      'fail-on-errors': raw,
      'skip-existing': raw,
      'only-added': raw
    })
    expect([config.dryRun, config.failOnErrors, config.skipExisting, config.onlyAdded]).toEqual([
      value,
      value,
      value,
      value
    ])
  })
})

describe('number bounds', () => {
  it('accepts both ends of each range', () => {
    const low = read({
      ...BASE,
      'batch-size': '1',
      concurrency: '1',
      'max-attempts': '1',
      'timeout-seconds': '1'
    })
    expect([low.batchSize, low.concurrency, low.maxAttempts, low.timeoutMs]).toEqual([
      1, 1, 1, 1000
    ])
    const high = read({
      ...BASE,
      'batch-size': '1000',
      concurrency: '16',
      'max-attempts': '10',
      'timeout-seconds': '600'
    })
    expect([high.batchSize, high.concurrency, high.maxAttempts, high.timeoutMs]).toEqual([
      1000, 16, 10, 600_000
    ])
  })

  it('trims white space and takes a blank value for the default', () => {
    const config = read({
      ...BASE,
      'batch-size': ' 7 ',
      concurrency: '  ',
      'timeout-seconds': '1.25'
    })
    expect(config.batchSize).toBe(7)
    expect(config.concurrency).toBe(4)
    expect(config.timeoutMs).toBe(1250)
  })
})

describe('api-url', () => {
  it.each([
    ['', 'https://api.cpln.io'],
    ['  ', 'https://api.cpln.io'],
    ['https://api.cpln.io', 'https://api.cpln.io'],
    ['https://api.cpln.io/', 'https://api.cpln.io'],
    ['HTTPS://API.CPLN.IO:443/', 'https://api.cpln.io'],
    ['https://proxy.example.com:8443/cpln', 'https://proxy.example.com:8443/cpln'],
    ['https://proxy.example.com/cpln/', 'https://proxy.example.com/cpln'],
    ['https://proxy.example.com/a/b//', 'https://proxy.example.com/a/b'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.0.0.1:8080/prefix/', 'http://127.0.0.1:8080/prefix'],
    ['http://127.10.20.30', 'http://127.10.20.30'],
    ['http://[::1]:3000/', 'http://[::1]:3000'],
    ['http://localhost:9000', 'http://localhost:9000'],
    ['http://LocalHost', 'http://localhost']
  ])('%j gives %j', (raw, expected) => {
    expect(parseApiUrl(raw)).toBe(expected)
    expect(read({ ...BASE, 'api-url': raw }).apiUrl).toBe(expected)
  })

  it.each([
    ['api.cpln.io', 'is not a URL'],
    ['ftp://api.cpln.io', 'must use https://'],
    ['file:///etc/passwd', 'must use https://'],
    ['javascript:alert(1)', 'must use https://'],
    ['http://api.cpln.io', 'unencrypted'],
    ['http://10.0.0.1', 'unencrypted'],
    ['http://128.0.0.1', 'unencrypted'],
    ['http://[::2]', 'unencrypted'],
    ['http://localhost.example.com', 'unencrypted'],
    ['http://127.0.0.1.nip.io', 'unencrypted'],
    ['https://user:pass@api.cpln.io', 'user name or password'],
    ['https://user@api.cpln.io', 'user name or password'],
    ['https://api.cpln.io/?org=x', 'query (?) or fragment (#)'],
    ['https://api.cpln.io/#top', 'query (?) or fragment (#)']
  ])('refuses %j (%s)', (raw, reason) => {
    const error = failure({ ...BASE, 'api-url': raw })
    expect(error.input).toBe('api-url')
    expect(error.message).toContain("'api-url'")
    expect(error.message).toContain(reason)
  })

  it('never repeats a password from the URL in its message', () => {
    const error = failure({ ...BASE, 'api-url': 'https://me:hunter2-secret@api.cpln.io' })
    expect(error.message).not.toContain('hunter2-secret')
  })
})

describe('fall-backs and the dry run', () => {
  it('takes the token from CPLN_TOKEN when the input is empty', () => {
    const config = read({ ...BASE, token: '' }, { CPLN_TOKEN: ' env-key ' })
    expect(config.token).toBe('env-key')
  })

  it('prefers the token input over the environment', () => {
    const config = read(BASE, { CPLN_TOKEN: 'env-key' })
    expect(config.token).toBe('secret-key')
  })

  it('never takes the org from CPLN_ORG: it must be in the workflow', () => {
    const error = failure({ token: 'k', emails: 'a@x.com' }, { CPLN_ORG: 'env-org' })
    expect(error.input).toBe('org')
    expect(error.message).toContain("Input 'org' is required")
  })

  it('needs no key for a dry run', () => {
    const config = read({ ...BASE, token: '', 'dry-run': 'TRUE' })
    expect(config.dryRun).toBe(true)
    expect(config.token).toBe('')
  })

  it('refuses a key that cannot be sent in an HTTP header, without showing it', () => {
    const tokens = ['SECRETa\nSECRETb', 'SECRETa\u0000SECRETb', 'SECRETa\u007f', 'SECRETa✓']
    for (const token of tokens) {
      for (const env of [{}, { CPLN_TOKEN: token }]) {
        const given = 'CPLN_TOKEN' in env ? { ...BASE, token: '' } : { ...BASE, token }
        const error = failure({ ...given, 'dry-run': 'true' }, env)
        expect(error.input).toBe('token')
        expect(error.message).toContain('cannot be sent in an HTTP header')
        expect(error.message).not.toContain('SECRET')
      }
    }
    // Latin-1 letters and tabs can be sent: the API judges such a key.
    expect(read({ ...BASE, token: 'clé\tkey' }).token).toBe('clé\tkey')
  })

  it('takes a lone "Bearer" for no key, in a dry run too', () => {
    expect(read({ ...BASE, token: 'Bearer', 'dry-run': 'true' }).token).toBe('')
    expect(failure({ ...BASE, token: ' bearer ' }).input).toBe('token')
  })

  it('accepts emails-file alone, and emails-key with it', () => {
    const config = read({
      org: 'acme',
      token: 'k',
      'emails-file': 'team.yml',
      'emails-key': 'a.b-c.d_e'
    })
    expect(config.emails).toBe('')
    expect(config.emailsFile).toBe('team.yml')
    expect(config.emailsKey).toBe('a.b-c.d_e')
  })
})

describe('pull-request events only plan', () => {
  it.each(PLAN_ONLY_EVENTS)('turns a run on %s into a dry run that needs no key', event => {
    const env = { GITHUB_EVENT_NAME: event }
    expect(read(BASE, env)).toMatchObject({ dryRun: true, planOnlyEvent: event })
    expect(read({ ...BASE, token: '' }, env)).toMatchObject({ dryRun: true, token: '' })
    // Asked for a dry run anyway: nothing to point out.
    expect(read({ ...BASE, 'dry-run': 'true' }, env).planOnlyEvent).toBeUndefined()
  })

  it.each(['push', 'workflow_dispatch', 'schedule', 'workflow_call', 'issue_comment', ''])(
    'sends on %j',
    event => {
      expect(read(BASE, { GITHUB_EVENT_NAME: event })).toMatchObject({ dryRun: false })
    }
  )

  it('sends on pull-request events with allow-pull-request-events: true', () => {
    const config = read(
      { ...BASE, 'allow-pull-request-events': 'True' },
      { GITHUB_EVENT_NAME: 'pull_request_target' }
    )
    expect(config).toMatchObject({ dryRun: false, planOnlyEvent: undefined })
    expect(
      failure({ ...BASE, 'allow-pull-request-events': 'yes' }, { GITHUB_EVENT_NAME: 'push' }).input
    ).toBe('allow-pull-request-events')
  })
})

describe('remove-missing', () => {
  it('without emails-file names both inputs', () => {
    const error = failure({ ...BASE, 'remove-missing': 'true' })
    expect(error.message).toContain("'remove-missing'")
    expect(error.message).toContain("'emails-file'")
  })
})
