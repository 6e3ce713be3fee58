// The tests run the committed dist/index.js and dist/check.js, so dist/ must be exactly what
// the sources build.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalApi } from '../tools/local-api.mjs'
import { NODE24, ROOT, runAction, type ActionRun, type RunOptions } from './helpers/run-action.js'

/** Every file under a folder, as sorted paths relative to it with `/` separators. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    )
    .sort()
}

describe('dist/', () => {
  it('is what `npm run bundle` builds from the current sources', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-dist-')), 'dist')
    const build = spawnSync(NODE24, [path.join(ROOT, 'scripts', 'bundle.mjs'), out], {
      encoding: 'utf8'
    })
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    const committed = path.join(ROOT, 'dist')
    const names = filesUnder(out)
    expect(names).toEqual(filesUnder(committed))
    // The check's folder is its own (ncc names every chunk <id>.index.js).
    expect(names).toEqual(expect.arrayContaining(['check.js', 'check/index.js', 'index.js']))
    for (const name of names) {
      const fresh = readFileSync(path.join(out, name), 'utf8')
      const stale = readFileSync(path.join(committed, name), 'utf8')
      // toBe on megabytes prints a useless diff; compare, then name the file.
      expect(fresh === stale ? name : `${name} differs: run npm run bundle`).toBe(name)
    }
    expect(statSync(path.join(out, 'check.js')).mode & 0o111).not.toBe(0)
  }, 180_000)

  it('commits dist/check.js as executable: pre-commit runs it by its shebang', () => {
    const staged = spawnSync('git', ['ls-files', '--stage', 'dist/check.js'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(staged.stdout).toMatch(/^100755 /)
    expect(readFileSync(path.join(ROOT, 'dist', 'check.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/
    )
  })

  it('runs on Node 24, the runtime action.yml declares', () => {
    const version = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()
    expect(version).toMatch(/^v24\./)
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: 'node24'/)
  })

  /**
   * The built-in modules that a run of dist/index.js loaded: a module preloaded with --import
   * lists them as the process exits.
   */
  async function builtInsLoaded(
    options: RunOptions
  ): Promise<{ run: ActionRun; loaded: string[] }> {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpln-dist-modules-'))
    const preload = path.join(dir, 'modules.mjs')
    const list = path.join(dir, 'modules.txt')
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs'\n` +
        `process.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')))\n`
    )
    const run = await runAction({
      ...options,
      env: { ...options.env, NODE_OPTIONS: `--import=${preload}` }
    })
    const loaded = readFileSync(list, 'utf8').split('\n')
    rmSync(dir, { recursive: true, force: true })
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule internal/url']))
    return { run, loaded }
  }

  it('sends without loading the parts of undici it does not use (fetch, WebSocket, Node’s own undici)', async () => {
    // undici's index (src/send/undici.ts) loads fetch and WebSocket, which load zlib, web
    // streams, worker_threads and perf_hooks, and touches globalThis.Headers, which makes
    // Node load its internal undici.
    const api = await startLocalApi({ token: 'key-for-the-module-list' })
    try {
      const { run, loaded } = await builtInsLoaded({
        inputs: { org: 'acme', token: 'key-for-the-module-list', 'api-url': api.url },
        env: { INPUT_EMAILS: 'ann@example.com,bob@example.com' }
      })
      expect(run.code).toBe(0)
      expect(run.outputs['invited-count']).toBe('2')
      const unused =
        /deps\/undici|webstreams\/readablestream|^NativeModule (zlib|worker_threads|perf_hooks)$/
      expect(loaded.filter(name => unused.test(name))).toEqual([])
    } finally {
      await api.close()
    }
  })

  it('plans a dry run without evaluating undici (src/send/undici-on-demand.ts)', async () => {
    // undici's clients load http2 as they are evaluated; nothing else in a dry run does.
    const { run, loaded } = await builtInsLoaded({
      inputs: { org: 'acme', 'dry-run': 'true', emails: 'ann@example.com,bob@example.com' }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Dry run: 2 would be invited')
    expect(loaded.filter(name => /http2/.test(name))).toEqual([])
  })
})
