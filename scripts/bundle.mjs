// Rebuilds the bundle from src/index.ts into dist/ (or the folder given as the first
// argument). ncc does not clean its output folder, so a stale chunk from an earlier build
// could otherwise linger in the committed bundle.
import { rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(root, process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const result = spawnSync(
  process.execPath,
  [ncc, 'build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'],
  { cwd: root, stdio: 'inherit' }
)
process.exit(result.status ?? 1)
