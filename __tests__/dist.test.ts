// The tests run the committed dist/index.js, so it must be exactly what the sources build.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NODE24, ROOT } from './helpers/run-action.js'

describe('dist/', () => {
  it('is what `npm run bundle` builds from the current sources', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-dist-')), 'dist')
    const build = spawnSync(NODE24, [path.join(ROOT, 'scripts', 'bundle.mjs'), out], {
      encoding: 'utf8'
    })
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    const committed = path.join(ROOT, 'dist')
    expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort())
    for (const name of readdirSync(out)) {
      const fresh = readFileSync(path.join(out, name), 'utf8')
      const stale = readFileSync(path.join(committed, name), 'utf8')
      // toBe on megabytes prints a useless diff; compare, then name the file.
      expect(fresh === stale ? name : `${name} differs: run npm run bundle`).toBe(name)
    }
  }, 120_000)

  it('runs on Node 24, the runtime action.yml declares', () => {
    const version = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()
    expect(version).toMatch(/^v24\./)
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: 'node24'/)
  })
})
