// run() from source, with the real @actions/core reading INPUT_* and writing GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY: the edge wiring, without rebuilding dist/ (main.test.ts runs dist/).
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../src/main.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = undefined
  jest.restoreAllMocks()
})

async function runWith(
  inputs: Record<string, string>,
  files: Record<string, string> = {}
): Promise<{ stdout: string; outputs: string; summary: string; exitCode: unknown }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpln-main-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  const output = path.join(dir, 'output')
  const summary = path.join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.toUpperCase()}`] = value
  }
  process.env.GITHUB_OUTPUT = output
  process.env.GITHUB_STEP_SUMMARY = summary
  let stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  await run({ ...process.env, GITHUB_WORKSPACE: dir })
  const exitCode = process.exitCode
  jest.restoreAllMocks()
  return {
    stdout,
    outputs: readFileSync(output, 'utf8'),
    summary: readFileSync(summary, 'utf8'),
    exitCode
  }
}

describe('run (source)', () => {
  it('plans a dry run from the team file and publishes it', async () => {
    const result = await runWith(
      { org: 'acme', 'emails-file': 'team.yaml', 'dry-run': 'true' },
      { 'team.yaml': '- ann@example.com\n- bad\n' }
    )
    expect(result.stdout).toContain('Read 2 entries from team.yaml.')
    expect(result.stdout).toMatch(/::error title=Invalid address,file=team.yaml,line=2/)
    expect(result.outputs).toContain('["ann@example.com"]')
    expect(result.summary).toContain('Dry run: Control Plane invitations for org acme')
    expect(result.exitCode).toBe(1)
  })

  it('fails on a wrong input with its message', async () => {
    const result = await runWith({ org: 'Not A Name', emails: 'a@example.com' })
    expect(result.stdout).toMatch(/::error::Input 'org' is not a valid Control Plane name/)
    expect(result.outputs).toBe('')
    expect(result.exitCode).toBe(1)
  })

  it('annotates a team file that does not parse at its place', async () => {
    const result = await runWith(
      { org: 'acme', 'emails-file': 'team.yaml', 'dry-run': 'true' },
      { 'team.yaml': '- [unclosed\n' }
    )
    expect(result.stdout).toMatch(/::error title=Team file,file=team.yaml,line=\d+/)
    expect(result.exitCode).toBe(1)
  })
})
