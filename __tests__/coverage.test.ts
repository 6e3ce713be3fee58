// jest's v8 coverage (ESM) measures only the modules that a test loads: one that no test
// imports would be left out of the 95 % threshold instead of counting as uncovered. This
// test loads every module of src/ but the two entry points, which run as they load.
import { expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const src = path.resolve(import.meta.dirname, '..', 'src')
const ENTRY_POINTS = new Set(['index.ts', 'check-cli.ts'])

it('loads every module of src/, so that coverage measures each of them', async () => {
  const modules = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map(e => path.relative(src, path.join(e.parentPath, e.name)))
    .filter(file => !ENTRY_POINTS.has(file))
  expect(modules.length).toBeGreaterThan(30)
  for (const file of modules) await expect(import(path.join(src, file))).resolves.toBeDefined()
})
