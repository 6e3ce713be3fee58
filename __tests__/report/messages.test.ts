import { describe, it, expect } from '@jest/globals'
import { chunk, type BatchOutcome } from '../../src/send/batches.js'
import { checkAddress } from '../../src/addresses/validate.js'
import type { ApiFailure } from '../../src/send/failure.js'
import { planInvites, type Plan } from '../../src/plan/invites.js'
import { annotations, capAnnotations } from '../../src/report/annotations.js'
import { countResults, describeFailure, failureMessage } from '../../src/report/messages.js'
import { listSome, printable } from '../../src/text.js'
import { mergeResults, type RunResults } from '../../src/report/results.js'
import { makeRedactor } from '../../src/secrets.js'
import {
  cell,
  SUMMARY_ROW_LIMIT,
  summaryModel,
  type SummaryModel
} from '../../src/report/summary.js'
import type { ListedEntry, SourceLocation } from '../../src/types.js'

const identity = (text: string): string => text
const at = (line: number): SourceLocation => ({ file: 'team.yml', line, column: 5, endColumn: 12 })
const input = (text: string): ListedEntry => ({ text, origin: 'input' })
const file = (text: string, line: number): ListedEntry => ({
  text,
  origin: 'file',
  location: at(line)
})

const failure = (status: number | undefined, code: string, extra: Partial<ApiFailure> = {}) =>
  ({
    status,
    code,
    message: `${code} message`,
    attempts: 1,
    retriesExhausted: false,
    ...extra
  }) satisfies ApiFailure

/** Plans the entries and runs them through mergeResults with one outcome per batch of `size`. */
function runOf(
  entries: ListedEntry[],
  outcome: (emails: string[], index: number) => BatchOutcome | undefined,
  size = 10,
  options: Parameters<typeof planInvites>[1] = {}
): { plan: Plan; run: RunResults } {
  const plan = planInvites(entries, options)
  const outcomes = chunk(plan.send, size)
    .map((emails, index) => outcome(emails, index))
    .filter((o): o is BatchOutcome => o !== undefined)
  return { plan, run: mergeResults(plan, { kind: 'sent', outcomes }, identity) }
}

const answeredAll = (emails: string[], index: number): BatchOutcome => ({
  kind: 'answered',
  index,
  emails,
  invitations: Object.fromEntries(emails.map(e => [e, `/org/acme/invitation/${e}`])),
  errors: {},
  attempts: 1
})

const failedWith =
  (f: ApiFailure) =>
  (emails: string[], index: number): BatchOutcome => ({ kind: 'failed', index, emails, failure: f })

describe('printable', () => {
  it('turns every control character into a visible escape', () => {
    expect(printable('a\nb\rc\td')).toBe('a\\nb\\rc\\td')
    expect(printable('\u0000\u001b[31m\u007f')).toBe('\\u0000\\u001b[31m\\u007f')
    expect(printable('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z')
  })

  it('leaves ordinary text, including non-ASCII letters, alone', () => {
    expect(printable('Ann <ann@x.com>, Zoë ✅')).toBe('Ann <ann@x.com>, Zoë ✅')
  })

  it('never lets a forged workflow command start a line', () => {
    const text = printable('a@x.com\n::error::forged\r\n::add-mask::x')
    expect(text.split(/\r|\n/)).toHaveLength(1)
  })
})

describe('listSome and describeFailure', () => {
  it('shows five addresses and counts the rest', () => {
    expect(listSome(['a', 'b'])).toBe('a, b')
    expect(listSome(['1', '2', '3', '4', '5', '6', '7'])).toBe('1, 2, 3, 4, 5 (+2 more)')
    expect(listSome(['x\ny'])).toBe('x\\ny')
  })

  it('describes a failure on one line with status, code, message and id', () => {
    expect(describeFailure(failure(400, 'bad_request', { id: 'r-1' }))).toBe(
      'HTTP 400 bad_request - bad_request message (id r-1)'
    )
    expect(
      describeFailure(
        failure(undefined, 'timeout', {
          message: 'no complete\nresponse',
          attempts: 4,
          retriesExhausted: true
        })
      )
    ).toBe('timeout - no complete\\nresponse; gave up after 4 attempts')
  })

  it('bounds and escapes the code and the id as well as the message', () => {
    const text = describeFailure(
      failure(400, `bad\n##[error]${'c'.repeat(20_000)}`, {
        message: 'm'.repeat(20_000),
        id: `id\r${'i'.repeat(20_000)}`
      })
    )
    expect(text.length).toBeLessThan(600)
    expect(text.split(/\r|\n/)).toHaveLength(1)
    expect(text).not.toContain('##[')
    expect(text).toMatch(/^HTTP 400 bad\\n##\\u005berror\]c+… - m+… \(id id\\ri+…\)$/)
  })
})

describe('failureMessage', () => {
  const org = 'acme'

  it('is undefined when everything went through', () => {
    const { run } = runOf([input('a@x.com'), input('b@x.com')], answeredAll)
    expect(failureMessage(run, { org, failOnErrors: true })).toBeUndefined()
  })

  it('names a refused batch (400) with its addresses', () => {
    const { run } = runOf(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(n => input(`${n}@x.com`)),
      failedWith(failure(400, 'bad_request', { id: 'r-9' }))
    )
    expect(failureMessage(run, { org, failOnErrors: false })).toBe(
      'Control Plane refused 7 addresses: HTTP 400 bad_request - bad_request message (id r-9). ' +
        'Affected: a@x.com, b@x.com, c@x.com, d@x.com, e@x.com (+2 more).'
    )
  })

  it('explains a 403 as a missing permission in the org', () => {
    const { run } = runOf([input('a@x.com')], failedWith(failure(403, 'forbidden')))
    expect(failureMessage(run, { org, failOnErrors: false })?.split('\n')).toEqual([
      'Control Plane refused 1 address: HTTP 403 forbidden - forbidden message. Affected: a@x.com.',
      "Check that the service account is allowed to invite users to org 'acme' (the 'invite' permission on users, e.g. membership of the superusers group)."
    ])
  })

  it('explains a 401 as a bad key', () => {
    const { run } = runOf([input('a@x.com')], failedWith(failure(401, 'unauthorized')))
    const lines = failureMessage(run, { org, failOnErrors: false, keyOrg: 'acme' })?.split('\n')
    expect(lines?.[1]).toBe('Check that token holds a valid, unexpired service account key.')
  })

  it('points out a key of another org on 401 or 403', () => {
    for (const status of [401, 403]) {
      const { run } = runOf([input('a@x.com')], failedWith(failure(status, 'denied')))
      const lines = failureMessage(run, { org, failOnErrors: false, keyOrg: 'other-org' })
      expect(lines?.split('\n')[1]).toBe(
        "The key belongs to org 'other-org', not 'acme': use a service account key of 'acme', or set org to 'other-org'."
      )
    }
  })

  it('says the sending failed, not that Control Plane refused, when retries ran out', () => {
    const { run } = runOf(
      [input('a@x.com'), input('b@x.com')],
      failedWith(failure(503, 'service_unavailable', { attempts: 4, retriesExhausted: true }))
    )
    expect(failureMessage(run, { org, failOnErrors: false })).toBe(
      'Sending failed for 2 addresses: HTTP 503 service_unavailable - service_unavailable message; ' +
        'gave up after 4 attempts. Affected: a@x.com, b@x.com.'
    )
  })

  it.each([
    [302, 'redirect'],
    [200, 'bad_response'],
    [undefined, 'response_too_large']
  ])('does not call a %s %s a refusal', (status, code) => {
    const { run } = runOf([input('a@x.com')], failedWith(failure(status, code)))
    expect(failureMessage(run, { org, failOnErrors: false })).toMatch(
      new RegExp(`^Sending failed for 1 address: .*${code}`)
    )
  })

  it('counts the addresses not sent after the key was refused', () => {
    const refused = failure(403, 'forbidden')
    const { run } = runOf(
      ['a', 'b', 'c'].map(n => input(`${n}@x.com`)),
      (emails, index) =>
        index === 0
          ? { kind: 'failed', index, emails, failure: refused }
          : { kind: 'not-sent', index, emails, because: refused },
      1
    )
    const lines = failureMessage(run, { org, failOnErrors: false })?.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines?.[2]).toBe('2 addresses not sent because the key was refused: b@x.com, c@x.com.')
  })

  it('fails on per-address refusals only with fail-on-errors', () => {
    const { run } = runOf([input('a@x.com'), input('b@x.com')], (emails, index) => ({
      ...(answeredAll(emails, index) as Extract<BatchOutcome, { kind: 'answered' }>),
      invitations: { 'a@x.com': 'x' },
      errors: { 'b@x.com': { code: 'already_exists', message: 'member' } }
    }))
    expect(failureMessage(run, { org, failOnErrors: false })).toBeUndefined()
    expect(failureMessage(run, { org, failOnErrors: true })).toBe(
      'Control Plane refused 1 address (fail-on-errors is true): b@x.com.'
    )
  })

  it('always fails on invalid addresses, shown on one line', () => {
    const { run } = runOf([input('a@x.com'), file('bad\nline', 3), file('nope', 4)], answeredAll)
    expect(failureMessage(run, { org, failOnErrors: false })).toBe(
      '2 invalid addresses not sent: bad\\nline, nope. Fix or remove them; see the annotations.'
    )
  })

  it('groups batches that failed the same way into one line, with the first ids and one hint', () => {
    const { run } = runOf(
      Array.from({ length: 500 }, (_, i) => input(`u${i}@x.com`)),
      (emails, index) =>
        failedWith(
          failure(index % 2 === 0 ? 403 : 404, index % 2 === 0 ? 'forbidden' : 'not_found', {
            message: index % 2 === 0 ? 'denied' : 'org acme not found',
            id: `id-${index}`
          })
        )(emails, index)
    )
    const lines = failureMessage(run, { org, failOnErrors: true })?.split('\n') ?? []
    expect(lines).toEqual([
      'Control Plane refused 250 addresses in 25 batches: HTTP 403 forbidden - denied (ids id-0, id-2, id-4 (+22 more)). Affected: u0@x.com, u1@x.com, u2@x.com, u3@x.com, u4@x.com (+245 more).',
      "Check that the service account is allowed to invite users to org 'acme' (the 'invite' permission on users, e.g. membership of the superusers group).",
      'Control Plane refused 250 addresses in 25 batches: HTTP 404 not_found - org acme not found (ids id-1, id-3, id-5 (+22 more)). Affected: u10@x.com, u11@x.com, u12@x.com, u13@x.com, u14@x.com (+245 more).'
    ])
  })

  it('stays under 4 KB however many batches fail, and however differently', () => {
    const { run } = runOf(
      Array.from({ length: 1000 }, (_, i) => input(`user${i}@example.com`)),
      (emails, index) =>
        failedWith(
          failure(index % 2 === 0 ? 401 : 400, 'bad', {
            message: `batch ${index} refused: ${'x'.repeat(2000)}`,
            id: `id-${index}`
          })
        )(emails, index)
    )
    const message = failureMessage(run, { org, failOnErrors: true, onlyAdded: true }) ?? ''
    expect(Buffer.byteLength(message)).toBeLessThan(4096)
    const lines = message.split('\n')
    expect(
      lines.filter(l => l === 'Check that token holds a valid, unexpired service account key.')
    ).toHaveLength(1)
    expect(lines).toContain(
      '95 other kinds of failure affected 950 more addresses; the errors output and the job summary give each address its error.'
    )
  })

  it('stays under 4 KB when the codes and ids are long (50 batches, a 20,000-character code)', () => {
    const { run } = runOf(
      Array.from({ length: 500 }, (_, i) => input(`user${i}@example.com`)),
      (emails, index) =>
        failedWith(
          failure(400, `${index % 7}${'c'.repeat(20_000)}`, {
            message: `refused\n${'m'.repeat(20_000)}`,
            id: `${index}-${'i'.repeat(20_000)}`
          })
        )(emails, index)
    )
    expect(run.failures).toHaveLength(7)
    const message = failureMessage(run, { org, failOnErrors: true, onlyAdded: true }) ?? ''
    expect(Buffer.byteLength(message)).toBeLessThan(4096)
    expect(message).toContain('Control Plane refused 80 addresses in 8 batches: HTTP 400 0ccc')
    expect(message).toContain('2 other kinds of failure affected 140 more addresses')
  })

  it('with only-added, says to re-run this job, since a later push will not retry', () => {
    const { run } = runOf(
      [input('a@x.com'), input('b@x.com')],
      failedWith(failure(400, 'bad_request'))
    )
    const lines = failureMessage(run, { org, failOnErrors: false, onlyAdded: true })?.split('\n')
    expect(lines?.[1]).toBe(
      'Re-run this job to retry the 2 addresses not invited: a later push compares the team file with this commit, where they are already listed, and will not retry them. ' +
        'Or catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README).'
    )
    expect(failureMessage(run, { org, failOnErrors: false })).not.toContain('Re-run')
  })

  it('after a failure of the setup (a wrong path), says to fix the cause and catch up, not to re-run', () => {
    const plan = planInvites([input('a@x.com'), input('b@x.com')])
    const run = mergeResults(
      plan,
      { kind: 'stopped', because: 'the base version of the team file could not be read' },
      identity
    )
    const options = { org, failOnErrors: false, onlyAdded: true }
    const lines = failureMessage(run, { ...options, configuration: true })?.split('\n')
    expect(lines).toEqual([
      '2 addresses not sent because the base version of the team file could not be read: a@x.com, b@x.com.',
      'Fix the cause, then catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README) to invite the 2 addresses not invited: re-running this job would fail the same way, and a later push compares the team file with this commit, where they are already listed, and will not retry them.'
    ])
    expect(failureMessage(run, options)).toContain('Re-run this job to retry the 2 addresses')
  })

  it('gives no re-run advice for addresses the API refused by name: a re-run gets the same answer', () => {
    const { run } = runOf(
      [input('a@x.com'), input('b@x.com'), input('c@x.com')],
      (emails, index) => ({
        ...(answeredAll(emails, index) as Extract<BatchOutcome, { kind: 'answered' }>),
        invitations: { 'a@x.com': 'x' },
        errors: {
          'b@x.com': { code: 'already_exists', message: 'member' },
          'c@x.com': { code: 'already_exists', message: 'member' }
        }
      })
    )
    const message = failureMessage(run, { org, failOnErrors: true, onlyAdded: true })
    expect(message).toBe(
      'Control Plane refused 2 addresses (fail-on-errors is true): b@x.com, c@x.com.'
    )
  })

  it('counts for a re-run only the addresses that a re-run can retry', () => {
    const { run } = runOf(
      ['a', 'b', 'c'].map(n => input(`${n}@x.com`)),
      (emails, index) =>
        index === 0
          ? {
              ...(answeredAll(emails, index) as Extract<BatchOutcome, { kind: 'answered' }>),
              invitations: {},
              errors: { 'a@x.com': { code: 'already_exists', message: 'member' } }
            }
          : failedWith(failure(503, 'unavailable', { attempts: 4, retriesExhausted: true }))(
              emails,
              index
            ),
      1
    )
    const message = failureMessage(run, { org, failOnErrors: true, onlyAdded: true }) ?? ''
    expect(message).toContain('Re-run this job to retry the 2 addresses not invited')
  })

  it('puts one cause per line, batch failures first and invalid last', () => {
    const { run } = runOf(
      [input('a@x.com'), input('b@x.com'), input('bad')],
      (emails, index) =>
        index === 0
          ? failedWith(failure(400, 'bad_request'))(emails, index)
          : {
              kind: 'answered',
              index,
              emails,
              invitations: {},
              errors: { 'b@x.com': 'refused' },
              attempts: 1
            },
      1
    )
    const lines = failureMessage(run, { org, failOnErrors: true })?.split('\n') ?? []
    expect(lines.map(l => l.slice(0, 30))).toEqual([
      'Control Plane refused 1 addres',
      'Control Plane refused 1 addres',
      '1 invalid address not sent: ba'
    ])
    expect(lines[1]).toContain('(fail-on-errors is true): b@x.com.')
  })
})

describe('annotations', () => {
  it('caps each kind at the first N, with one annotation counting the rest exactly', () => {
    const entries: ListedEntry[] = []
    for (let i = 0; i < 25; i++) entries.push(file(`bad${i}`, i + 1))
    for (let i = 0; i < 13; i++) entries.push(file('ok@x.com', 100 + i))
    const { plan, run } = runOf(entries, answeredAll)
    const all = annotations(plan, run, false)
    expect(all).toHaveLength(25 + 12)
    const capped = capAnnotations(all, 10)
    expect(capped.slice(0, 20)).toEqual([
      ...all.filter(a => a.title === 'Invalid address').slice(0, 10),
      ...all.filter(a => a.title === 'Duplicate address').slice(0, 10)
    ])
    expect(capped.slice(20)).toEqual([
      {
        level: 'error',
        title: 'Invalid address (15 more)',
        message:
          '15 more "Invalid address" annotations not shown: only the first 10 of a kind are shown. The step\'s outputs (emails, errors, skipped) list every entry and the job summary counts them.'
      },
      {
        level: 'warning',
        title: 'Duplicate address (2 more)',
        message:
          '2 more "Duplicate address" annotations not shown: only the first 10 of a kind are shown. The step\'s outputs (emails, errors, skipped) list every entry and the job summary counts them.'
      }
    ])
    expect(capAnnotations(all.slice(0, 10), 10)).toEqual(all.slice(0, 10))
  })

  it('marks invalid entries as errors where they stand', () => {
    const notAnAddress: ListedEntry = { ...file('42', 7), notAnAddress: true }
    const { plan, run } = runOf([file('bad\r\nx', 3), notAnAddress], answeredAll)
    expect(annotations(plan, run, false)).toEqual([
      {
        level: 'error',
        title: 'Invalid address',
        message: 'bad\\r\\nx: not a valid email address: contains control characters',
        location: at(3)
      },
      {
        level: 'error',
        title: 'Not an address',
        message:
          '42: not an email address: each entry must be an address or a mapping with an `email` key',
        location: at(7)
      }
    ])
  })

  it('marks per-address refusals as warnings, or errors with fail-on-errors, at the entry', () => {
    const { plan, run } = runOf([file('a@x.com', 2), input('b@x.com')], (emails, index) => ({
      kind: 'answered',
      index,
      emails,
      invitations: {},
      errors: {
        'a@x.com': { code: 'already_exists', message: 'is\na member' },
        'b@x.com': { code: 'x', message: 'y' }
      },
      attempts: 1
    }))
    const warnings = annotations(plan, run, false)
    expect(warnings).toEqual([
      {
        level: 'warning',
        title: 'Invitation refused',
        message: 'a@x.com: already_exists - is\\na member',
        location: at(2)
      },
      {
        level: 'warning',
        title: 'Invitation refused',
        message: 'b@x.com: x - y',
        location: undefined
      }
    ])
    expect(annotations(plan, run, true).map(a => a.level)).toEqual(['error', 'error'])
  })

  it('does not annotate each address of a failed or unsent batch (the failure says it once)', () => {
    const refused = failure(401, 'unauthorized')
    const { plan, run } = runOf(
      [file('a@x.com', 2), file('b@x.com', 3)],
      (emails, index) =>
        index === 0
          ? { kind: 'failed', index, emails, failure: refused }
          : { kind: 'not-sent', index, emails, because: refused },
      1
    )
    expect(annotations(plan, run, true)).toEqual([])
  })

  it('warns about duplicates, and notes unnamed and removed addresses', () => {
    const { plan, run } = runOf(
      [file('a@x.com', 2), input('A@x.com'), file('b@x.com', 4), file('a@x.com', 9)],
      (emails, index) => ({
        kind: 'answered',
        index,
        emails,
        invitations: { 'a@x.com': 'x' },
        errors: {},
        attempts: 1
      }),
      10,
      { baseEntries: [file('gone@x.com', 1)] }
    )
    expect(annotations(plan, run, false)).toEqual([
      {
        level: 'warning',
        title: 'Duplicate address',
        message: 'a@x.com is listed more than once (first at team.yml:2:5); it is sent once.',
        location: undefined
      },
      {
        level: 'warning',
        title: 'Duplicate address',
        message: 'a@x.com is listed more than once (first at team.yml:2:5); it is sent once.',
        location: at(9)
      },
      {
        level: 'notice',
        title: 'Not named in the answer',
        message:
          "1 address was sent and not refused, but the API named it in neither 'invitations' nor 'errors'; it is counted as invited: b@x.com."
      },
      {
        level: 'notice',
        title: 'Removed from the team file',
        message:
          '1 address left the team file but was NOT removed from the org (this action only invites): gone@x.com.'
      }
    ])
  })

  it('warns, with its key and message, about a refusal keyed by no address of a batch all invited', () => {
    const { plan, run } = runOf([input('a@x.com')], (emails, index) => ({
      kind: 'answered',
      index,
      emails,
      invitations: { 'a@x.com': 'x' },
      errors: { 'user/42': { code: 'invalid', message: 'bad\naddress' } },
      attempts: 1
    }))
    const unmatched = {
      title: 'Unmatched refusal',
      message:
        'The API refused 1 key that is not an address sent, although every address of its batch was invited: "user/42" (invalid - bad\\naddress).'
    }
    expect(annotations(plan, run, false)).toEqual([{ level: 'warning', ...unmatched }])
    expect(annotations(plan, run, true)).toEqual([{ level: 'error', ...unmatched }])
    expect(countResults(run.results).invited).toBe(1)
    expect(failureMessage(run, { org: 'acme', failOnErrors: false })).toBeUndefined()
    expect(failureMessage(run, { org: 'acme', failOnErrors: true })).toBe(
      'Control Plane refused 1 key that is not an address sent (fail-on-errors is true): "user/42" (invalid - bad\\naddress).'
    )
  })

  it('gives the unnamed addresses of a batch with an unmatched refusal code unmatched_error', () => {
    const { plan, run } = runOf([file('a@x.com', 2), file('b@x.com', 3)], (emails, index) => ({
      kind: 'answered',
      index,
      emails,
      invitations: { 'a@x.com': 'x' },
      errors: { 'B@X.COM.': { code: 'invalid', message: 'no such domain' } },
      attempts: 1
    }))
    expect(annotations(plan, run, false)).toEqual([
      {
        level: 'warning',
        title: 'Invitation refused',
        message:
          "b@x.com: unmatched_error - named in neither 'invitations' nor 'errors' of an answer that refused a key not sent: \"B@X.COM.\" (invalid - no such domain)",
        location: at(3)
      }
    ])
    expect(countResults(run.results)).toMatchObject({ invited: 1, errors: 1 })
    expect(failureMessage(run, { org: 'acme', failOnErrors: true })).toBe(
      'Control Plane refused 1 address (fail-on-errors is true): b@x.com.'
    )
  })

  it('says a duplicate of an address typed into the emails input was first in the input', () => {
    const { plan, run } = runOf([input('a@x.com'), file('a@x.com', 5)], answeredAll)
    expect(annotations(plan, run, false)[0]?.message).toBe(
      'a@x.com is listed more than once (first in the emails input); it is sent once.'
    )
  })
})

describe('summaryModel redaction', () => {
  it('redacts before escaping and cutting, so an escaped or long key still disappears', () => {
    const key = 'sk_live_A1b2_C3d4_E5f6_G7h8'
    const redact = makeRedactor([key])
    const long = `${key}${'x'.repeat(600)}`
    const { plan, run } = runOf([input(key), input(key), input(long)], answeredAll)
    const model = summaryModel('acme', false, plan, run, undefined, redact)
    const text = JSON.stringify(model)
    expect(text).not.toContain('A1b2')
    expect(text).not.toContain('&#95;A1b2')
    expect(text).toContain('***')
  })
})

describe('large runs', () => {
  // 100,000 addresses is the scale the team file limit is sized for; an outage fails them all.
  it('reports 100,000 addresses of failed batches without quadratic work', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => input(`user${i}@x.com`))
    const { plan, run } = runOf(
      entries,
      failedWith(failure(503, 'service_unavailable', { attempts: 4, retriesExhausted: true }))
    )
    const started = performance.now()
    const message = failureMessage(run, { org: 'acme', failOnErrors: true })
    const list = annotations(plan, run, true)
    const model = summaryModel('acme', false, plan, run)
    const elapsed = performance.now() - started
    expect(message).toBe(
      'Sending failed for 100000 addresses in 10000 batches: HTTP 503 service_unavailable - service_unavailable message; gave up after 4 attempts. ' +
        'Affected: user0@x.com, user1@x.com, user2@x.com, user3@x.com, user4@x.com (+99995 more).'
    )
    expect(list).toEqual([])
    expect(model.rows).toHaveLength(SUMMARY_ROW_LIMIT + 1)
    // A generous bound for a noisy machine: the quadratic version took about 60 s.
    expect(elapsed).toBeLessThan(10_000)
  })
})

/** The size of the summary main.ts writes from a model: every cell plus its tags. */
function summaryBytes(model: SummaryModel): number {
  const text = [
    model.heading,
    model.headline,
    ...model.rows.map(row => `<tr>${row.map(c => `<td>${c}</td>`).join('')}</tr>`),
    ...model.notes
  ].join('\n')
  return Buffer.byteLength(text)
}

describe('summaryModel', () => {
  it('counts each kind of result in the headline, with one row per address', () => {
    const { plan, run } = runOf(
      [
        input('a@x.com'),
        input('b@x.com'),
        input('m@x.com'),
        file('bad', 4),
        input('A@x.com'),
        input('c@x.com')
      ],
      (emails, index) => ({
        kind: 'answered',
        index,
        emails,
        invitations: { 'a@x.com': 'x' },
        errors: { 'b@x.com': { status: 409, code: 'already_exists', message: 'is a member' } },
        attempts: 1
      }),
      10,
      { members: new Set(['m@x.com']) }
    )
    const model = summaryModel('acme', false, plan, run)
    expect(model.heading).toBe('Control Plane invitations for org acme')
    expect(model.headline).toBe(
      '**2** invited · **1** error · **1** invalid · **1** skipped · 1 duplicate ignored'
    )
    expect(model.rows).toEqual([
      ['Address', 'Result', 'Detail'],
      ['b@x.com', '❌ error', 'HTTP 409 already_exists: is a member'],
      ['bad', '⚠️ invalid', 'team.yml:4:5 not a valid email address: has no @'],
      ['m@x.com', '⏭️ skipped', 'already a member of the org'],
      ['a@x.com', '✅ invited', '-'],
      ['c@x.com', '✅ invited', 'sent and not refused, but not named in the response']
    ])
    expect(model.notes).toEqual(['**Duplicates** (counted once): a&#64;x.com'])
  })

  it('describes a dry run as such', () => {
    const plan = planInvites([input('a@x.com'), input('b@x.com')])
    const model = summaryModel(
      'acme',
      true,
      plan,
      mergeResults(plan, { kind: 'dry-run' }, identity)
    )
    expect(model.heading).toBe('Dry run: Control Plane invitations for org acme')
    expect(model.headline).toBe(
      '**2** would be invited · **0** errors · **0** invalid · **0** skipped'
    )
    expect(model.rows[1]).toEqual(['a@x.com', '📝 would invite', 'dry run: not sent'])
  })

  it('escapes HTML, table pipes and line breaks in every cell', () => {
    expect(cell('a|b<c>&"d\r\ne')).toBe('a&#124;b&lt;c&gt;&amp;&quot;d\\r\\ne')
    const hostile = '<img src=x onerror=alert(1)>|x\n\n# heading'
    const { plan, run } = runOf([file(hostile, 2)], answeredAll)
    const [, row] = summaryModel('acme', false, plan, run).rows
    expect(row?.[0]).toBe('&lt;img src=x onerror=alert(1)&gt;&#124;x\\n\\n# heading')
    for (const c of row ?? []) {
      expect(c).not.toMatch(/[<>|\r\n]/)
    }
  })

  it('keeps markdown in addresses from formatting or linking the notes', () => {
    // Some are valid (RFC 5322 allows `*_`~$&` before the @; the action only refuses `*` and
    // a backtick at the ends), some not; both can be noted.
    const tricky = [
      'x*bold*x@x.com',
      '_em_@x.com',
      '[click](https://evil.example)@x.com',
      'x`code`x@x.com',
      '~~gone~~@x.com',
      'a&b<c>@x.com',
      '![img](x)@x.com',
      '\\*@x.com',
      '$x$@x.com'
    ]
    const base = tricky.map((t, i) => file(t, i + 2))
    const removed = planInvites([file('keep@x.com', 1)], { baseEntries: base })
    // Only valid addresses of the base count as removed.
    const valid = tricky.filter(t => checkAddress(t) === undefined)
    expect(valid).toEqual([
      'x*bold*x@x.com',
      '_em_@x.com',
      'x`code`x@x.com',
      '~~gone~~@x.com',
      '$x$@x.com'
    ])
    expect(removed.removed).toEqual(valid)
    const duplicated = planInvites(tricky.flatMap((t, i) => [file(t, i + 2), file(t, i + 20)]))
    expect(duplicated.duplicates).toHaveLength(tricky.length)
    const notes = [
      ...summaryModel(
        'acme',
        false,
        removed,
        mergeResults(removed, { kind: 'sent', outcomes: [] }, identity)
      ).notes,
      ...summaryModel(
        'acme',
        true,
        duplicated,
        mergeResults(duplicated, { kind: 'dry-run' }, identity)
      ).notes
    ]
    expect(notes).toHaveLength(2)
    for (const note of notes) {
      // Only the note's own bold label and <code> tags may carry markup.
      const text = note.replace(/^\*\*[A-Za-z ]+\*\*/, '').replace(/<\/?code>/g, '')
      expect(text).not.toMatch(/[*_[\]`~<>\\$]/)
      expect(text).not.toMatch(/&(?!#\d+;)/)
    }
    // Each address still reads the same once the character references are decoded.
    const decoded = (s: string) =>
      s
        .replace(/<\/?code>/g, '')
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    for (const address of valid) expect(decoded(notes[0] ?? '')).toContain(`${address}`)
    for (const address of tricky) {
      expect(decoded(notes[1] ?? '')).toContain(`${address} (team.yml:`)
    }
  })

  it('shows at most 1,000 rows, the ones that need attention first', () => {
    const entries: ListedEntry[] = []
    for (let i = 0; i < 1500; i++) entries.push(input(`ok${i}@x.com`))
    for (let i = 0; i < 300; i++) entries.push(file(`bad${i}`, i + 1))
    for (let i = 0; i < 400; i++) entries.push(input(`no${i}@x.com`))
    const { plan, run } = runOf(entries, (emails, index) => ({
      kind: 'answered',
      index,
      emails,
      invitations: Object.fromEntries(emails.filter(e => e.startsWith('ok')).map(e => [e, 'x'])),
      errors: Object.fromEntries(
        emails.filter(e => e.startsWith('no')).map(e => [e, { code: 'c', message: 'm' }])
      ),
      attempts: 1
    }))
    const model = summaryModel('acme', false, plan, run)
    expect(model.rows).toHaveLength(1001)
    const labels = model.rows.slice(1).map(r => r[1])
    expect(labels.slice(0, 400).every(l => l === '❌ error')).toBe(true)
    expect(labels.slice(400, 700).every(l => l === '⚠️ invalid')).toBe(true)
    expect(labels.slice(700).every(l => l === '✅ invited')).toBe(true)
    // Errors keep their original order.
    expect(model.rows[1]?.[0]).toBe('no0@x.com')
    expect(model.rows[401]?.[0]).toBe('bad0')
    expect(model.notes[0]).toBe(
      'Showing 1000 of 2200 addresses, errors first. The step outputs list them all.'
    )
    expect(model.headline).toBe(
      '**1500** invited · **400** errors · **300** invalid · **0** skipped'
    )
  })

  it('does not list addresses unchanged since the base commit, but counts them', () => {
    const plan = planInvites([file('old@x.com', 1), file('new@x.com', 2)], {
      baseEntries: [file('old@x.com', 1)]
    })
    const model = summaryModel(
      'acme',
      true,
      plan,
      mergeResults(plan, { kind: 'dry-run' }, identity)
    )
    expect(model.rows.map(r => r[0])).toEqual(['Address', 'new@x.com'])
    expect(model.headline).toContain('**1** skipped')
    expect(model.notes).toEqual([
      '1 address unchanged since the base commit is not listed (skipped: `unchanged`).'
    ])
  })

  it('cuts a very long entry to its start, length and digest, in its cell and the outputs', () => {
    const long = `${'a'.repeat(2000)}@x.com`
    const { plan, run } = runOf([input(long)], answeredAll)
    const [, row] = summaryModel('acme', false, plan, run).rows
    const shown = row?.[0] ?? ''
    expect(shown).toMatch(/^a{256}…\(2,006 characters, sha256 [0-9a-f]{12}\)$/)
    expect(run.results[0]?.address).toBe(shown)
  })

  it('lists problems first, and otherwise keeps the original order', () => {
    const { plan, run } = runOf(
      [input('a@x.com'), input('bad'), input('b@x.com'), input('worse')],
      answeredAll
    )
    expect(summaryModel('acme', false, plan, run).rows.map(r => r[0])).toEqual([
      'Address',
      'bad',
      'worse',
      'a@x.com',
      'b@x.com'
    ])
  })

  it('stays far below the 1 MiB summary limit for 100,000 addresses', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) =>
      input(`${'long.local.part.'.repeat(14)}${i}@x.com`)
    )
    const { plan, run } = runOf(entries, (emails, index) => ({
      kind: 'answered',
      index,
      emails,
      invitations: {},
      errors: Object.fromEntries(
        emails.map(e => [e, { status: 400, code: 'bad_request', message: 'refused: '.repeat(20) }])
      ),
      attempts: 1
    }))
    const model = summaryModel('acme', false, plan, run)
    expect(summaryBytes(model)).toBeLessThan(512 * 1024)
  })

  it('stays far below 1 MiB even when the entries themselves are huge', () => {
    // A wrong file (e.g. a minified bundle as a plain-text team file) gives long words.
    const entries = Array.from({ length: 1500 }, (_, i) => file(`${'x'.repeat(4000)}${i}`, i + 1))
    entries.push(file('y'.repeat(3_000_000), 9999))
    entries.push(file('y'.repeat(3_000_000), 10000))
    const { plan, run } = runOf(entries, answeredAll)
    const model = summaryModel('acme', false, plan, run)
    expect(countResults(run.results).invalid).toBe(1501)
    expect(summaryBytes(model)).toBeLessThan(512 * 1024)
    expect(model.rows.length).toBeGreaterThan(1)
    expect(model.notes.join('\n')).toMatch(/Showing \d+ of 1501 addresses, errors first/)
  })
})
