// The entry of dist/check.js: the team-file check on the process's command line.
import { runCheck } from './check.js'

process.exitCode = await runCheck(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`)
})
