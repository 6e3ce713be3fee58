// The pre-commit hook, run by the real pre-commit tool (Debian's `pre-commit`; .ci/run
// installs it). A temporary git repository holds this repository's hook manifest and dist/
// (as the working tree has them, so the test follows the sources); a second one, a team's
// repository, names it in .pre-commit-config.yaml in the README's three lines. pre-commit
// clones the first at its commit and runs the hook, offline.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './helpers/run-action.js'

let hookRepo: string
let hookRev: string
let cache: string

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
    { cwd, encoding: 'utf8' }
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' })
  if (version.error !== undefined || version.status !== 0) {
    throw new Error(
      'pre-commit is not installed, so the hook cannot be tested. Install it with ' +
        '`apt-get install -y pre-commit` (Debian/Ubuntu) or `pipx install pre-commit`; ' +
        '.ci/run installs it in CI.'
    )
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cpln-pre-commit-'))
  cache = path.join(dir, 'cache')
  hookRepo = path.join(dir, 'cpln-invite-action')
  mkdirSync(hookRepo)
  // cpSync keeps the mode: dist/check.js stays executable, as git checks it out.
  cpSync(path.join(ROOT, 'dist'), path.join(hookRepo, 'dist'), { recursive: true })
  cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hookRepo, '.pre-commit-hooks.yaml'))
  git(hookRepo, 'init', '-q')
  git(hookRepo, 'add', '-A')
  git(hookRepo, 'commit', '-q', '-m', 'hook')
  hookRev = git(hookRepo, 'rev-parse', 'HEAD')
})

/** The `.pre-commit-config.yaml` the README shows. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Check a team file locally'))
  const config = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  expect(config.split('\n').filter(line => line.trim() !== '' && line !== 'repos:')).toHaveLength(3)
  return config
}

function preCommit(
  files: Record<string, string>,
  hook = '{ id: cpln-team-file }'
): { code: number | null; output: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'cpln-team-repo-'))
  // The README's configuration, with this test's hook repository and commit.
  files['.pre-commit-config.yaml'] = readmeConfig()
    .replace(/repo: .*/, `repo: ${hookRepo}`)
    .replace(/rev: .*/, `rev: ${hookRev}`)
    .replace('{ id: cpln-team-file }', hook)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true })
    writeFileSync(path.join(repo, name), content)
  }
  git(repo, 'init', '-q')
  git(repo, 'add', '-A')
  const result = spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      // The hook runs dist/check.js with the `node` on PATH, as on a developer's machine.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: repo,
      PRE_COMMIT_HOME: cache
    },
    timeout: 60_000
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('the pre-commit hook cpln-team-file', () => {
  it('fails on a bad entry with its file:line:col line', () => {
    const run = preCommit({
      'team/platform.yaml': '- ann@example.com\n- bob.example.com\n- ann@example.com\n'
    })
    expect(run.output).toMatch(/^Check Control Plane team files\.+Failed$/m)
    expect(run.output).toContain(
      'team/platform.yaml:2:3: error: "bob.example.com": not a valid email address: has no @\n' +
        'team/platform.yaml:3:3: warning: duplicate of line 1: "ann@example.com"\n' +
        '1 to invite, 1 invalid, 1 duplicate\n'
    )
    expect(run.code).toBe(1)
  }, 60_000)

  it('passes for good team files, and leaves other YAML files alone', () => {
    const run = preCommit({
      'team/platform.yaml': 'emails:\n  - ann@example.com\n  - email: bob@example.com\n',
      'team/data.txt': 'cid@example.org, dan@example.org\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n'
    })
    expect(run.output).toMatch(/^Check Control Plane team files\.+Passed$/m)
    expect(run.code).toBe(0)
  }, 60_000)

  it('takes the check flags as args and a repository pattern as files', () => {
    const hook =
      '{ id: cpln-team-file, files: ^people\\.yaml$, args: [--emails-key, teams.platform] }'
    const good = preCommit({ 'people.yaml': 'teams:\n  platform:\n    - ann@example.com\n' }, hook)
    expect(good.output).toMatch(/Passed$/m)
    expect(good.code).toBe(0)
    const bad = preCommit({ 'people.yaml': 'teams:\n  platform:\n    - ann\n' }, hook)
    expect(bad.output).toContain(
      'people.yaml:3:7: error: "ann": not a valid email address: has no @'
    )
    expect(bad.code).toBe(1)
  }, 60_000)
})
