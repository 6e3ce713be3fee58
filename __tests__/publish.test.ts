// The publisher with a fake @actions/core: what it writes for each kind of Outcome. The real
// core is exercised by the end-to-end runs of dist/index.js.
import { describe, expect, it } from '@jest/globals'
import { splitEmailInput } from '../src/addresses/split.js'
import { readConfig, type Config } from '../src/config.js'
import { ActionError, teamFileError } from '../src/errors.js'
import type { Outcome } from '../src/pipeline.js'
import { planInvites } from '../src/plan/invites.js'
import {
  publish,
  publishError,
  publishUnexpected,
  type Core,
  type SummaryWriter
} from '../src/publish.js'
import { mergeResults } from '../src/report/results.js'
import { makeRedactor } from '../src/secrets.js'

interface Written {
  calls: string[]
  outputs: Record<string, string>
  failed?: string
  summary: string[]
}

function fakeCore(withSummary = true): { core: Core; written: Written } {
  const written: Written = { calls: [], outputs: {}, summary: [] }
  const summary: SummaryWriter = {
    addHeading: (text, level) => (written.summary.push(`h${level}: ${text}`), summary),
    addEOL: () => summary,
    addRaw: text => (written.summary.push(`raw: ${text}`), summary),
    addTable: rows => (written.summary.push(`table: ${rows.length} rows`), summary),
    write: async () => written.summary.push('written')
  }
  const core: Core = {
    info: m => written.calls.push(`info: ${m}`),
    error: (m, p) => written.calls.push(`error: ${m} ${JSON.stringify(p)}`),
    warning: (m, p) => written.calls.push(`warning: ${m} ${JSON.stringify(p ?? {})}`),
    notice: (m, p) => written.calls.push(`notice: ${m} ${JSON.stringify(p)}`),
    setOutput: (name, value) => (written.outputs[name] = value),
    setFailed: m => (written.failed = m)
  }
  if (withSummary) core.summary = summary
  return { core, written }
}

const KEY = 'secretKeyValue1234567890'
const config = (inputs: Record<string, string> = {}): Config => {
  const given: Record<string, string> = {
    org: 'acme',
    token: KEY,
    emails: 'x@example.com',
    ...inputs
  }
  return readConfig(name => given[name] ?? '', {})
}
const redact = makeRedactor([KEY])

function outcomeOf(kind: 'dry-run' | 'sent' | 'stopped', emails: string): Outcome {
  const plan = planInvites(splitEmailInput(emails))
  if (kind === 'dry-run') {
    return { kind, plan, run: mergeResults(plan, { kind: 'dry-run' }, redact), notes: ['a note'] }
  }
  if (kind === 'sent')
    return {
      kind,
      plan,
      run: mergeResults(plan, { kind: 'sent', outcomes: [] }, redact),
      notes: []
    }
  return {
    kind,
    plan,
    run: mergeResults(
      plan,
      { kind: 'stopped', because: 'the members could not be listed' },
      redact
    ),
    notes: [],
    cause: { message: `Could not list the members (key ${KEY})`, configuration: false }
  }
}

describe('publish', () => {
  it('writes every output, the summary and the closing line of a dry run', async () => {
    const { core, written } = fakeCore()
    await publish(
      outcomeOf('dry-run', 'ann@example.com, bad'),
      config({ 'dry-run': 'true' }),
      core,
      redact
    )
    expect(Object.keys(written.outputs)).toEqual([
      'invitations',
      'errors',
      'invited',
      'skipped',
      'emails',
      'removed',
      'removed-members',
      'invited-count',
      'error-count',
      'group-additions'
    ])
    expect(written.outputs['group-additions']).toBe('{}')
    expect(written.outputs['emails']).toBe('["ann@example.com"]')
    expect(written.outputs['error-count']).toBe('1')
    expect(written.summary[0]).toBe('h2: Dry run: Control Plane invitations for org acme')
    expect(written.summary.at(-1)).toBe('written')
    expect(written.summary.some(s => s.includes('a note'))).toBe(true)
    expect(written.calls).toContain(
      'info: Dry run: 1 would be invited, 0 with errors, 1 invalid, 0 skipped. Nothing was sent.'
    )
    expect(written.calls.some(c => c.startsWith('error: bad: not a valid email address'))).toBe(
      true
    )
    expect(written.failed).toMatch(/^1 invalid address not sent: bad\./)
  })

  it('writes no summary when the runner gives no summary file, and succeeds on a clean run', async () => {
    const { core, written } = fakeCore(false)
    await publish(outcomeOf('sent', ''), config(), core, redact)
    expect(written.summary).toEqual([])
    expect(written.calls).toEqual([
      'info: Done: 0 invited, 0 refused, failed or not sent, 0 invalid, 0 skipped.'
    ])
    expect(written.failed).toBeUndefined()
  })

  it('fails a stopped run with its cause first, redacted, and every address not sent', async () => {
    const { core, written } = fakeCore(false)
    await publish(outcomeOf('stopped', 'ann@example.com'), config(), core, redact)
    expect(written.outputs['errors']).toContain('not sent because the members could not be listed')
    expect(written.failed?.split('\n')[0]).toBe('Could not list the members (key ***)')
    expect(written.failed).toMatch(/1 address not sent because the members could not be listed/)
  })

  it('says a dry run that stopped before planning was done is a dry run, with nothing to re-run', async () => {
    const { core, written } = fakeCore()
    await publish(
      outcomeOf('stopped', 'ann@example.com'),
      config({ 'dry-run': 'true' }),
      core,
      redact
    )
    expect(written.outputs['emails']).toBe('[]')
    expect(written.summary[0]).toBe('h2: Dry run: Control Plane invitations for org acme')
    expect(written.calls).toContain(
      'info: Dry run: 0 would be invited, 1 with errors, 0 invalid, 0 skipped. Nothing was sent.'
    )
    expect(written.failed).not.toContain('Re-run')
  })

  it('warns when the outputs pass the 1 MB GitHub keeps per job', async () => {
    const { core, written } = fakeCore(false)
    const many = Array.from({ length: 20_000 }, (_, i) => `person.number.${i}@example.com`)
    await publish(
      outcomeOf('dry-run', many.join('\n')),
      config({ 'dry-run': 'true' }),
      core,
      redact
    )
    expect(written.calls.some(c => /^warning: The outputs total 1\.\d MB/.test(c))).toBe(true)
  })
})

describe("the run's own notices and warnings", () => {
  it('are written by the publisher first, redacted, with their annotation', async () => {
    const { core, written } = fakeCore(false)
    const early = [
      { level: 'notice' as const, message: 'pull-request events only plan' },
      {
        level: 'warning' as const,
        message: `team.txt lists no address (${KEY})`,
        annotation: { title: 'Team file', file: 'team.txt' }
      }
    ]
    await publish(outcomeOf('dry-run', 'a@example.com'), config(), core, redact, early)
    expect(written.calls.slice(0, 2)).toEqual([
      'notice: pull-request events only plan undefined',
      'warning: team.txt lists no address (***) {"title":"Team file","file":"team.txt"}'
    ])
  })

  it('come before an input error and before an unexpected one', () => {
    const early = [{ level: 'warning' as const, message: 'first' }]
    const first = fakeCore(false)
    publishError(new ActionError('bad input'), first.core, redact, early)
    expect(first.written.calls).toEqual(['warning: first {}'])
    expect(first.written.failed).toBe('bad input')
    const second = fakeCore(false)
    publishUnexpected(new Error(`boom ${KEY}`), second.core, redact, early)
    expect(second.written.calls).toEqual(['warning: first {}'])
    expect(second.written.failed).toMatch(
      /^Unexpected error \(please report it\): Error: boom \*\*\*/
    )
  })
})

describe('publishError', () => {
  it('annotates a team-file error at its place and fails with the message', () => {
    const { core, written } = fakeCore()
    const location = { file: 't.yaml', line: 2, column: 3, endLine: 2, endColumn: 9 }
    publishError(teamFileError(`bad file ${KEY}`, location), core, redact)
    expect(written.calls).toEqual([
      `error: bad file *** ${JSON.stringify({ title: 'Team file', file: 't.yaml', startLine: 2, startColumn: 3, endColumn: 9, endLine: 2 })}`
    ])
    expect(written.failed).toBe('bad file ***')
  })

  it('fails an input error without an annotation', () => {
    const { core, written } = fakeCore()
    publishError(new ActionError("Input 'org' is required", { input: 'org' }), core, redact)
    expect(written.calls).toEqual([])
    expect(written.failed).toBe("Input 'org' is required")
  })
})
