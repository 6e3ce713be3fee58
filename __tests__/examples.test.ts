// Examples are code: people copy the README's workflows and this repository's own. GitHub's
// hardening rule holds for every one of them: a `run:` script never expands `${{ }}` (an
// output, an input or event data could hold shell code, e.g. the address
// `x'$(id>/tmp/p)'@example.com`, which the API accepts); values reach the shell through
// `env:`. actionlint checks only the workflow files, so the README's blocks are parsed here.
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/run-action.js'

interface Example {
  name: string
  text: string
}

/** Every YAML block of the README, named by the line it starts on. */
function readmeBlocks(): Example[] {
  const tokens = new MarkdownIt().parse(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), {})
  return tokens
    .filter(t => t.type === 'fence' && /^ya?ml\b/.test(t.info.trim()))
    .map(t => ({ name: `README.md:${(t.map?.[0] ?? 0) + 1}`, text: t.content }))
}

function workflowFiles(): Example[] {
  const dir = path.join(ROOT, '.github', 'workflows')
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({
      name: `.github/workflows/${name}`,
      text: readFileSync(path.join(dir, name), 'utf8')
    }))
}

type Job = { steps?: { run?: unknown; uses?: unknown; with?: Record<string, unknown> }[] } & {
  uses?: unknown
  with?: Record<string, unknown>
  concurrency?: unknown
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, Job>
  concurrency?: unknown
}

/** `run:` scripts that expand `${{ }}`, as `job/step: script`. */
function expansionsInRun(workflow: Workflow): string[] {
  const found: string[] = []
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    ;(job.steps ?? []).forEach((step, index) => {
      if (typeof step.run === 'string' && /\$\{\{/.test(step.run)) {
        found.push(`${jobName}/step ${index + 1}: ${step.run.trim()}`)
      }
    })
  }
  return found
}

const TRIGGERS_THAT_APPLY = ['push', 'workflow_dispatch', 'schedule']

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return on !== null && typeof on === 'object' ? Object.keys(on) : []
}

/** A job that runs this action (or its reusable workflow) for real, not in a dry run. */
function sendsInvitations(job: Job): boolean {
  const isThis = (uses: unknown): boolean =>
    typeof uses === 'string' && /cpln-invite-action/.test(uses)
  const dry = (inputs: Record<string, unknown> | undefined): boolean =>
    String(inputs?.['dry-run']) === 'true'
  if (isThis(job.uses)) return !dry(job.with)
  return (job.steps ?? []).some(step => isThis(step.uses) && !dry(step.with))
}

/** Jobs that send invitations on push or workflow_dispatch without a concurrency group. */
function applyJobsWithoutConcurrency(workflow: Workflow): string[] {
  if (!triggers(workflow.on).some(t => TRIGGERS_THAT_APPLY.includes(t))) return []
  if (workflow.concurrency !== undefined) return []
  return Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => sendsInvitations(job) && job.concurrency === undefined)
    .map(([name]) => name)
}

const EXAMPLES = [...readmeBlocks(), ...workflowFiles()]
const WORKFLOWS = EXAMPLES.map(e => ({ ...e, workflow: parse(e.text) as Workflow })).filter(
  e => e.workflow !== null && typeof e.workflow === 'object' && 'jobs' in e.workflow
)

describe('examples are safe to copy', () => {
  it('finds the README blocks and the workflow files', () => {
    expect(readmeBlocks().length).toBeGreaterThanOrEqual(5)
    expect(WORKFLOWS.map(w => w.name)).toEqual(
      expect.arrayContaining(['.github/workflows/invite.yml', '.github/workflows/ci.yml'])
    )
  })

  it.each(WORKFLOWS.map(w => [w.name, w.workflow] as const))(
    '%s: no run script expands ${{ }} (values go through env:)',
    (_, workflow) => {
      expect(expansionsInRun(workflow)).toEqual([])
    }
  )

  it.each(WORKFLOWS.map(w => [w.name, w.workflow] as const))(
    '%s: a workflow that sends invitations on push or workflow_dispatch runs one at a time',
    (_, workflow) => {
      expect(applyJobsWithoutConcurrency(workflow)).toEqual([])
    }
  )

  it('catches an expansion in a run script, and a missing concurrency group, so the checks mean something', () => {
    const bad = parse(`
on:
  push:
jobs:
  invite:
    runs-on: ubuntu-latest
    steps:
      - id: invite
        uses: cpln-invite-action/cpln-invite-action@v1
        with: { org: my-org }
      - run: |
          echo "Invited \${{ steps.invite.outputs.invited }}"
      - env:
          INVITED: \${{ steps.invite.outputs.invited }}
        run: echo "Invited $INVITED"
`) as Workflow
    expect(expansionsInRun(bad)).toEqual([
      'invite/step 2: echo "Invited ${{ steps.invite.outputs.invited }}"'
    ])
    expect(applyJobsWithoutConcurrency(bad)).toEqual(['invite'])
    expect(applyJobsWithoutConcurrency({ ...bad, concurrency: 'cpln-invite' })).toEqual([])
    const dryRun = parse(
      'on: push\njobs:\n  check:\n    steps:\n      - uses: cpln-invite-action/cpln-invite-action@v1\n        with: { dry-run: true }\n'
    ) as Workflow
    expect(applyJobsWithoutConcurrency(dryRun)).toEqual([])
  })
})
