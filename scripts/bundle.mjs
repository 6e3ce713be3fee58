// Rebuilds dist/ from src/index.ts. ncc does not clean its output folder, so a stale
// chunk from an earlier build could otherwise linger in the committed bundle.
import { rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
const result = spawnSync(
  'ncc',
  ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '-q'],
  { stdio: 'inherit', shell: false }
)
process.exit(result.status ?? 1)
