// The reliability suite's figures. Each test file appends what it measured, one JSON line per
// event, to a folder named by CPLN_RELIABILITY_TALLY (set by figures-reporter.mjs before the
// test workers start); the reporter adds the lines up and prints the table when the run ends.
// Counts are only ever written where the measuring code actually ran: a scenario is "tried"
// when its body starts and "held" only when every assertion in it passed.
import { it } from '@jest/globals'
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export type Suite = 'fault' | 'hostile' | 'injection' | 'secret'

export type TallyEvent =
  | { kind: 'scenario'; suite: Suite; name: string; phase: 'tried' | 'held' }
  | { kind: 'property'; name: string; runs: number }
  | {
      kind: 'e2e'
      name: string
      /** Input addresses found in none of invited/errors/skipped. */
      lost: number
      /** Addresses found in more than one of them, or more than once. */
      doubled: number
      /** Addresses in the outputs that were never given. */
      extra: number
      /** Sends of one address beyond what the scenario's documented retries allow. */
      resends: number
      /** Places (stdout, stderr, files) where a secret was found. */
      leaks: number
      /** Log lines the runner would take for a workflow command the action did not mean. */
      injections: number
    }

export function record(event: TallyEvent): void {
  const dir = process.env.CPLN_RELIABILITY_TALLY
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify(event)}\n`)
}

/**
 * A test that counts as one scenario of `suite`: tried when it starts, held when it ends
 * without a failed assertion. A failing scenario is therefore both "not held" in the table
 * and a failed test.
 */
export function scenario(
  suite: Suite,
  name: string,
  body: () => Promise<void> | void,
  timeoutMs?: number
): void {
  it(
    name,
    async () => {
      record({ kind: 'scenario', suite, name, phase: 'tried' })
      await body()
      record({ kind: 'scenario', suite, name, phase: 'held' })
    },
    timeoutMs
  )
}
