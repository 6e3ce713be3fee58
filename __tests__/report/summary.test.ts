// The job summary as GitHub shows it: the bundled action (dist/index.js) writes it, end to
// end against the local Control Plane API, and the tests check the markdown it wrote: a
// well-formed table (three cells a row, nothing unescaped), addresses full of markdown and
// HTML characters shown exactly as given, and a large run collapsed under the 1 MiB limit.
// markdown-it stands in for GitHub's renderer: both are CommonMark parsers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { SUMMARY_ROW_LIMIT } from '../../src/report/summary.js'
import { startLocalApi } from '../../tools/local-api.mjs'
import type { ActionRun } from '../helpers/run-action.js'
import { CANARY_KEY, runAction } from '../helpers/run-action.js'

/** GitHub's limit on one step's summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024

type LocalApi = Awaited<ReturnType<typeof startLocalApi>>
let api: LocalApi

beforeAll(async () => {
  api = await startLocalApi({ token: CANARY_KEY, batchLimit: 500 })
})
afterAll(async () => {
  await api.close()
})

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#124;/g, '|')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

interface Table {
  /** The `<table>…</table>` markup, as written. */
  markup: string
  /** Every row's cells, still escaped; the header row first. */
  rows: string[][]
}

/**
 * The one table of a summary, checked as it is parsed: it is on one line (a blank line
 * would end GitHub's HTML block and break the table), every row holds exactly three cells,
 * and nothing but those tags sits between the cells.
 */
function parseTable(summary: string): Table {
  const tables = summary.match(/<table>[\s\S]*?<\/table>/g) ?? []
  expect(tables).toHaveLength(1)
  const markup = tables[0] as string
  expect(markup).not.toContain('\n')
  const inner = markup.slice('<table>'.length, -'</table>'.length)
  const rows: string[][] = []
  const rest = inner.replace(/<tr>(.*?)<\/tr>/g, (_, row: string) => {
    const cells: string[] = []
    const left = row.replace(/<(td|th)>(.*?)<\/\1>/g, (_m: string, _tag: string, c: string) => {
      cells.push(c)
      return ''
    })
    expect(left).toBe('')
    rows.push(cells)
    return ''
  })
  expect(rest).toBe('')
  for (const row of rows) expect(row).toHaveLength(3)
  expect(rows[0]).toEqual(['Address', 'Result', 'Detail'])
  return { markup, rows }
}

/** A cell's text holds no markup: no tag, no raw pipe, no line break. */
function expectPlainCell(cell: string): void {
  expect(cell).not.toMatch(/[<>|\r\n]/)
  // Every & starts an entity.
  expect(cell.replace(/&(amp|lt|gt|quot|#124|#39);/g, '')).not.toContain('&')
}

async function act(
  inputs: Record<string, string>,
  files: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: { org: 'acme', token: CANARY_KEY, 'api-url': api.url, ...inputs },
    files,
    timeoutMs: 120_000
  })
}

describe('the summary table', () => {
  // Each is a valid address: RFC 5322 allows these characters before the @.
  const MARKDOWN_ADDRESSES = [
    'pipe|user@example.com',
    'x*star*x@example.com',
    '_under_score_@example.com',
    'x`tick`x@example.com',
    '~~strike~~@example.com',
    'a&b@example.com',
    'a&amp@example.com',
    "o'brien@example.com",
    '!image@example.com'
  ]
  // Not addresses (brackets, a quote, a backslash before the @): shown as invalid entries,
  // as written, and escaped just the same.
  const MARKDOWN_INVALID = [
    '[link](https://x.example)@example.com',
    '<b>bold</b>@example.com',
    'quote"q@example.com',
    'back\\slash@example.com'
  ]

  it('shows addresses with markdown and HTML characters exactly, three cells to a row', async () => {
    const invalid = [...MARKDOWN_INVALID, '**not|an|address**', '[click](javascript:alert(1))']
    const run = await act(
      { 'emails-file': 'team.txt', 'dry-run': 'true' },
      { 'team.txt': [...MARKDOWN_ADDRESSES, ...invalid].join('\n') + '\n' }
    )
    expect(run.code).toBe(1) // the invalid entries fail the step, after the summary
    const { rows } = parseTable(run.summary)
    expect(rows).toHaveLength(1 + MARKDOWN_ADDRESSES.length + invalid.length)
    for (const row of rows.slice(1)) for (const cell of row) expectPlainCell(cell)
    // Problems first, then the rest in the order given.
    expect(rows.slice(1).map(row => decode(row[0] as string))).toEqual([
      ...invalid,
      ...MARKDOWN_ADDRESSES.map(a => a.toLowerCase())
    ])
    expect(run.summary).toContain('pipe&#124;user@example.com')
    expect(run.summary).toContain('&lt;b&gt;bold&lt;/b&gt;@example.com')
  })

  it('renders as plain text in the cells: no emphasis, code, link or tag from an address', async () => {
    const run = await act(
      { 'emails-file': 'team.txt', 'dry-run': 'true' },
      { 'team.txt': [...MARKDOWN_ADDRESSES, ...MARKDOWN_INVALID].join('\n') }
    )
    expect(run.code).toBe(1) // the invalid entries fail the step, after the summary
    const html = new MarkdownIt({ html: true, linkify: true }).render(run.summary)
    const { markup } = parseTable(run.summary)
    // An HTML block is passed through as it is: the table GitHub shows is the one written.
    expect(html).toContain(markup)
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'))
    expect(table).not.toMatch(/<(em|strong|code|a|del|img|b|script)[\s>]/)
  })

  it('escapes what a refusal message from the API says, too', async () => {
    api.configure({
      refuse: {
        'refused@example.com': {
          status: 400,
          code: 'bad|code',
          message: 'no <b>way</b> | *really*\nsecond line'
        }
      }
    })
    try {
      const run = await act({ emails: 'refused@example.com, ok@example.com' })
      expect(run.code).toBe(0)
      const { rows } = parseTable(run.summary)
      const refused = rows.find(row => row[0] === 'refused@example.com')
      expect(refused?.[1]).toBe('❌ error')
      for (const cell of refused ?? []) expectPlainCell(cell)
      expect(decode(refused?.[2] as string)).toBe(
        'HTTP 400 bad|code: no <b>way</b> | *really*\\nsecond line'
      )
    } finally {
      api.configure({ refuse: {} })
    }
  })
})

describe('a large run', () => {
  it(`collapses past ${SUMMARY_ROW_LIMIT} rows: counts, then the rows that need attention first, under 1 MiB`, async () => {
    const valid = Array.from({ length: 2450 }, (_, i) => `user${i}@example.com`)
    const refused = valid.filter((_, i) => i % 49 === 7) // 50 spread over the batches
    const invalid = Array.from({ length: 50 }, (_, i) => `not-an-address-${i}`)
    api.configure({
      refuse: Object.fromEntries(
        refused.map(a => [a, { status: 409, code: 'already_exists', message: 'is a member' }])
      )
    })
    try {
      const run = await act(
        { 'emails-file': 'team.txt', 'batch-size': '500' },
        { 'team.txt': [...valid, ...invalid].join('\n') }
      )
      expect(refused).toHaveLength(50)
      expect(run.code).toBe(1) // invalid addresses
      expect(run.outputs['invited-count']).toBe('2400')
      expect(run.outputs['error-count']).toBe('100')
      expect(run.summary).toMatch(
        /\*\*2400\*\* invited · \*\*50\*\* errors · \*\*50\*\* invalid · \*\*0\*\* skipped/
      )
      const { rows } = parseTable(run.summary)
      expect(rows).toHaveLength(1 + SUMMARY_ROW_LIMIT)
      const results = rows.slice(1).map(row => row[1])
      expect(results.slice(0, 50)).toEqual(Array(50).fill('❌ error'))
      expect(results.slice(50, 100)).toEqual(Array(50).fill('⚠️ invalid'))
      expect(results.slice(100).every(r => r === '✅ invited')).toBe(true)
      expect(run.summary).toContain(
        `Showing ${SUMMARY_ROW_LIMIT} of 2500 addresses, errors first. The step outputs list them all.`
      )
      expect(Buffer.byteLength(run.summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
      // The outputs still hold every address.
      expect(JSON.parse(run.outputs.invited as string)).toHaveLength(2400)
    } finally {
      api.configure({ refuse: {} })
    }
  }, 120_000)

  it(`lists exactly ${SUMMARY_ROW_LIMIT} addresses without collapsing`, async () => {
    const addresses = Array.from({ length: SUMMARY_ROW_LIMIT }, (_, i) => `u${i}@example.com`)
    const run = await act(
      { 'emails-file': 'team.txt', 'dry-run': 'true' },
      { 'team.txt': addresses.join('\n') }
    )
    expect(run.code).toBe(0)
    const { rows } = parseTable(run.summary)
    expect(rows.slice(1).map(row => row[0])).toEqual(addresses)
    expect(run.summary).not.toContain('Showing')
  })

  // The worst case for size: entries as long as a line can be (~5 KB each, 5 MB for 1,000
  // rows, which GitHub drops). src/report/summary.ts bounds cells and row bytes.
  it('stays under 1 MiB with 1,500 very long invalid entries', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `${'x'.repeat(5000)}${i}@example.com`)
    const run = await act(
      { 'emails-file': 'team.txt', 'dry-run': 'true' },
      { 'team.txt': lines.join('\n') }
    )
    expect(run.summary).toContain('Showing')
    expect(Buffer.byteLength(run.summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
  })
})
