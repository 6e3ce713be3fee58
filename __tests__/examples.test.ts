// Examples are code: people copy the README's workflows and this repository's own. GitHub's
// hardening rule holds for every one of them: a `run:` script never expands `${{ }}` (an
// output, an input or event data could hold shell code, e.g. the address
// `x'$(id>/tmp/p)'@example.com`, which the API accepts); values reach the shell through
// `env:`. actionlint checks only the workflow files, so the README's blocks are parsed here.
// Every YAML block is walked as a tree: a `run:` at any depth counts (a job's steps, a
// composite action's `runs.steps`, a fragment without `jobs`), and so does the `script:` of
// actions/github-script, which is code too.
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, parseAllDocuments } from 'yaml'
import { ROOT } from './helpers/run-action.js'

interface Example {
  name: string
  text: string
}

/** Every YAML block of a markdown file, named by the line it starts on. */
function markdownBlocks(file: string): Example[] {
  const tokens = new MarkdownIt().parse(readFileSync(path.join(ROOT, file), 'utf8'), {})
  return tokens
    .filter(t => t.type === 'fence' && /^ya?ml\b/.test(t.info.trim()))
    .map(t => ({ name: `${file}:${(t.map?.[0] ?? 0) + 1}`, text: t.content }))
}

function readmeBlocks(): Example[] {
  return markdownBlocks('README.md')
}

function docsBlocks(): Example[] {
  return readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .flatMap(name => markdownBlocks(`docs/${name}`))
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

const EXPANSION = /\$\{\{/

/**
 * Scripts that expand `${{ }}`, as `path: script`: every `run:` string at any depth, and the
 * `script:` of an actions/github-script step.
 */
function expansionsInScripts(node: unknown, at = ''): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => expansionsInScripts(item, `${at}[${i}]`))
  if (node === null || typeof node !== 'object') return []
  const found: string[] = []
  const map = node as Record<string, unknown>
  for (const [key, value] of Object.entries(map)) {
    const here = at === '' ? key : `${at}.${key}`
    if (key === 'run' && typeof value === 'string' && EXPANSION.test(value)) {
      found.push(`${here}: ${value.trim()}`)
    } else {
      found.push(...expansionsInScripts(value, here))
    }
  }
  const script = (map.with as Record<string, unknown> | undefined)?.script
  if (
    typeof map.uses === 'string' &&
    /^actions\/github-script@/.test(map.uses) &&
    typeof script === 'string' &&
    EXPANSION.test(script)
  ) {
    found.push(`${at === '' ? '' : `${at}.`}with.script: ${script.trim()}`)
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

/**
 * A concurrency group that keeps every waiting run. Without `queue: max` a group holds one
 * pending run and cancels the one before it: of three quick pushes the second is cancelled,
 * and the third compares with the second's commit, so its additions are never invited.
 * (GitHub changelog 2026-05-07: "queue: max", up to 100 queued runs.)
 */
function queuesEveryRun(concurrency: unknown): boolean {
  return (
    concurrency !== null &&
    typeof concurrency === 'object' &&
    (concurrency as Record<string, unknown>).queue === 'max' &&
    (concurrency as Record<string, unknown>)['cancel-in-progress'] !== true
  )
}

/**
 * Jobs that send invitations on push or workflow_dispatch without a concurrency group that
 * queues every run.
 */
function applyJobsWithoutConcurrency(workflow: Workflow): string[] {
  if (!triggers(workflow.on).some(t => TRIGGERS_THAT_APPLY.includes(t))) return []
  if (queuesEveryRun(workflow.concurrency)) return []
  return Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => sendsInvitations(job) && !queuesEveryRun(job.concurrency))
    .map(([name]) => name)
}

const actionYml = (): Example => ({
  name: 'action.yml',
  text: readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
})
/** Each YAML document of every block (a block may hold several, separated by `---`). */
const EXAMPLES = [...readmeBlocks(), ...docsBlocks(), ...workflowFiles(), actionYml()].flatMap(
  e => {
    const documents = parseAllDocuments(e.text)
    return (Array.isArray(documents) ? documents : [documents]).map((doc, i, all) => {
      if (doc.errors.length > 0) throw new Error(`${e.name}: ${doc.errors[0]?.message}`)
      return {
        ...e,
        name: all.length > 1 ? `${e.name}#${i + 1}` : e.name,
        tree: doc.toJS() as unknown
      }
    })
  }
)
const WORKFLOWS = EXAMPLES.map(e => ({ ...e, workflow: e.tree as Workflow })).filter(
  e => e.workflow !== null && typeof e.workflow === 'object' && 'jobs' in e.workflow
)

describe('examples are safe to copy', () => {
  it('finds the README blocks and the workflow files', () => {
    expect(readmeBlocks().length).toBeGreaterThanOrEqual(5)
    expect(WORKFLOWS.map(w => w.name)).toEqual(
      expect.arrayContaining(['.github/workflows/invite.yml', '.github/workflows/ci.yml'])
    )
  })

  it.each(EXAMPLES.map(e => [e.name, e.tree] as const))(
    '%s: no run script expands ${{ }} (values go through env:)',
    (_, tree) => {
      expect(expansionsInScripts(tree)).toEqual([])
    }
  )

  it.each(WORKFLOWS.map(w => [w.name, w.workflow] as const))(
    '%s: a workflow that sends invitations on push or workflow_dispatch runs one at a time, and queues every run (queue: max)',
    (_, workflow) => {
      expect(applyJobsWithoutConcurrency(workflow)).toEqual([])
    }
  )

  it('walks every block: action.yml and the docs are among them', () => {
    expect(EXAMPLES.map(e => e.name)).toEqual(
      expect.arrayContaining(['action.yml', expect.stringMatching(/^docs\//)])
    )
    expect(EXAMPLES.length).toBeGreaterThan(WORKFLOWS.length)
  })

  it('finds ${{ }} in a run at any depth: a composite action, a fragment without jobs, github-script', () => {
    const composite = parse(`
runs:
  using: composite
  steps:
    - shell: bash
      run: echo "\${{ inputs.emails }}"
    - uses: actions/github-script@v7
      with:
        script: console.log('\${{ steps.invite.outputs.invited }}')
`)
    expect(expansionsInScripts(composite)).toEqual([
      'runs.steps[0].run: echo "${{ inputs.emails }}"',
      "runs.steps[1].with.script: console.log('${{ steps.invite.outputs.invited }}')"
    ])
    const fragment = parse('- run: echo ${{ github.event.head_commit.message }}\n')
    expect(expansionsInScripts(fragment)).toEqual([
      '[0].run: echo ${{ github.event.head_commit.message }}'
    ])
    expect(
      expansionsInScripts(parse('steps:\n  - env: { A: "${{ inputs.a }}" }\n    run: echo "$A"\n'))
    ).toEqual([])
  })

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
    expect(expansionsInScripts(bad)).toEqual([
      'jobs.invite.steps[1].run: echo "Invited ${{ steps.invite.outputs.invited }}"'
    ])
    expect(applyJobsWithoutConcurrency(bad)).toEqual(['invite'])
    // A group without queue: max cancels the waiting run when another arrives.
    expect(applyJobsWithoutConcurrency({ ...bad, concurrency: 'cpln-invite' })).toEqual(['invite'])
    expect(applyJobsWithoutConcurrency({ ...bad, concurrency: { group: 'cpln-invite' } })).toEqual([
      'invite'
    ])
    expect(
      applyJobsWithoutConcurrency({ ...bad, concurrency: { group: 'cpln-invite', queue: 'max' } })
    ).toEqual([])
    const jobs = bad.jobs as Record<string, Job>
    expect(
      applyJobsWithoutConcurrency({
        ...bad,
        jobs: { invite: { ...jobs.invite, concurrency: { group: 'x', queue: 'max' } } }
      })
    ).toEqual([])
    const dryRun = parse(
      'on: push\njobs:\n  check:\n    steps:\n      - uses: cpln-invite-action/cpln-invite-action@v1\n        with: { dry-run: true }\n'
    ) as Workflow
    expect(applyJobsWithoutConcurrency(dryRun)).toEqual([])
  })
})
