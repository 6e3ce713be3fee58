// A jest reporter that prints the reliability figures after jest's own summary, in
// `npm test` and `npm run test:reliability` alike. The test files write what they measured
// to a folder (see tally.ts); the folder is made here, before any test worker starts, and
// named in CPLN_RELIABILITY_TALLY, which the workers inherit.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default class FiguresReporter {
  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'cpln-reliability-'))
    process.env.CPLN_RELIABILITY_TALLY = this.dir
    this.error = undefined
    process.once('exit', () => rmSync(this.dir, { recursive: true, force: true }))
  }

  readEvents() {
    const events = []
    for (const name of readdirSync(this.dir)) {
      for (const line of readFileSync(path.join(this.dir, name), 'utf8').split('\n')) {
        if (line.trim() !== '') events.push(JSON.parse(line))
      }
    }
    return events
  }

  onRunComplete() {
    this.error = undefined
    let events
    try {
      events = this.readEvents()
    } finally {
      // Emptied, not removed: in watch mode the next run writes here again.
      for (const name of readdirSync(this.dir)) rmSync(path.join(this.dir, name), { force: true })
    }
    if (events.length === 0) return // no reliability test ran (e.g. a filtered run)

    const scenarios = { fault: {}, hostile: {}, injection: {}, secret: {} }
    const e2e = { runs: 0, lost: 0, doubled: 0, extra: 0, resends: 0, leaks: 0, injections: 0 }
    let propertyRuns = 0
    let properties = 0
    let addressLists = 0
    for (const event of events) {
      if (event.kind === 'scenario') {
        const entry = (scenarios[event.suite][event.name] ??= { tried: 0, held: 0 })
        entry[event.phase]++
      } else if (event.kind === 'property') {
        properties++
        propertyRuns += event.runs
        if (event.name === 'address lists against their generator') addressLists += event.runs
      } else if (event.kind === 'e2e') {
        e2e.runs++
        for (const key of ['lost', 'doubled', 'extra', 'resends', 'leaks', 'injections']) {
          e2e[key] += event[key]
        }
      }
    }
    const count = suite => {
      const all = Object.values(scenarios[suite])
      return {
        tried: all.reduce((n, s) => n + s.tried, 0),
        held: all.reduce((n, s) => n + s.held, 0)
      }
    }
    const faults = count('fault')
    const hostile = count('hostile')
    const injection = count('injection')
    const secrets = count('secret')
    const notHeld = [faults, hostile, injection, secrets].reduce((n, c) => n + c.tried - c.held, 0)

    const rows = [
      ['fault scenarios (held / run)', `${faults.held} / ${faults.tried}`],
      ['hostile inputs tried (held)', `${hostile.tried} (${hostile.held})`],
      ['injection attempts tried (held)', `${injection.tried} (${injection.held})`],
      ['secret scenarios (held / run)', `${secrets.held} / ${secrets.tried}`],
      ['property runs', String(propertyRuns)],
      ['properties checked', String(properties)],
      ['address lists checked against their generator', String(addressLists)],
      ['end-to-end runs of dist/index.js', String(e2e.runs)],
      ['addresses lost', String(e2e.lost)],
      ['addresses double-counted or invented', String(e2e.doubled + e2e.extra)],
      ['sends beyond documented retries', String(e2e.resends)],
      ['secret leaks', String(e2e.leaks)],
      ['workflow-command injections', String(e2e.injections)]
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    const line = `+${'-'.repeat(width + 2)}+${'-'.repeat(14)}+`
    const text = [
      '',
      'Reliability figures',
      line,
      ...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value.padStart(12)} |`),
      line,
      ''
    ].join('\n')
    // Jest always runs its summary reporter last; printing on the next turn of the event loop
    // puts the table after "Tests: ... passed", at the very end of the output.
    setTimeout(() => process.stderr.write(`${text}\n`), 0)

    const bad = notHeld + e2e.lost + e2e.doubled + e2e.extra + e2e.resends + e2e.leaks
    if (bad + e2e.injections > 0) {
      this.error = new Error(
        `Reliability: ${notHeld} scenarios did not hold; ${e2e.lost} addresses lost; ${e2e.leaks} secret leaks; ${e2e.resends} extra sends; ${e2e.injections} injections.`
      )
    }
  }

  // Jest fails the run when a reporter reports an error: a figure that is not as promised
  // fails `npm test` even if, somehow, no assertion did.
  getLastError() {
    return this.error
  }
}
