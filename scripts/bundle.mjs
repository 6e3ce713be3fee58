// Rebuilds the bundles into dist/ (or the folder given as the first argument):
// - the action, src/index.ts -> dist/index.js and its lazily loaded chunks;
// - the team-file check, src/check-cli.ts -> dist/check/ (its own chunks), started by
//   dist/check.js. ncc names every chunk `<id>.index.js`, so two builds in one folder
//   could overwrite each other's chunks: the check gets a folder of its own.
// ncc does not clean its output folder, so a stale chunk from an earlier build could
// otherwise linger in the committed bundle.
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(root, process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

// ncc's resolver applies tsconfig.json's `paths` (undici -> src/send/undici.ts) only with a
// base URL; TS_NODE_BASEURL gives it one without a `baseUrl` in tsconfig.json.
const nccEnv = { ...process.env, TS_NODE_BASEURL: '.' }

function build(entry, folder) {
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', folder, '--license', 'licenses.txt', '-q'],
    { cwd: root, stdio: 'inherit', env: nccEnv }
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}

build('src/index.ts', out)
build('src/check-cli.ts', path.join(out, 'check'))

// `language: script` in .pre-commit-hooks.yaml runs this file by its shebang, so it must be
// executable (git keeps the mode).
const launcher = path.join(out, 'check.js')
writeFileSync(
  launcher,
  '#!/usr/bin/env node\n' +
    '// The team-file check: node dist/check.js --help. Built by scripts/bundle.mjs.\n' +
    "import './check/index.js'\n"
)
chmodSync(launcher, 0o755)
