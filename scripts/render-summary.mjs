// Shows a job summary as a person sees it on GitHub: renders the summary markdown to a
// standalone HTML page with GitHub-like styles and, optionally, takes a screenshot of it
// with headless Chromium. A manual check, not part of `npm test` (CI has no Chromium).
//
//   node scripts/render-summary.mjs SUMMARY.md [--out page.html] [--screenshot shot.png]
//   node scripts/render-summary.mjs --demo [--out page.html] [--screenshot docs/summary.png]
//
// --demo first runs the bundled action (dist/index.js, or CPLN_INVITE_DIST) against the
// local Control Plane API with a team file that has a bit of everything: invited (with a
// group of their own, or the `group` input's), refused, invalid, duplicate and skipped.
// Options: --width N (1200), --height N (auto).
//
// The markdown is rendered with markdown-it, a CommonMark parser, because GitHub's renderer
// (cmark-gfm) is one too: an HTML block such as <h2> or <table> runs on to the next blank
// line, and markdown inside it stays literal. A home-made converter would hide that.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import MarkdownIt from 'markdown-it'
import { startLocalApi } from '../tools/local-api.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const STYLE = `
  :root { color-scheme: light; }
  body {
    margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
    font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
      sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
    font-size: 14px; line-height: 1.5;
  }
  .job { max-width: 1012px; margin: 0 auto; background: #fff; border: 1px solid #d1d9e0;
    border-radius: 6px; }
  .job > header { padding: 12px 24px; border-bottom: 1px solid #d1d9e0; font-weight: 600;
    font-size: 14px; }
  .job > header span { color: #59636e; font-weight: 400; }
  .markdown-body { padding: 8px 24px 16px; overflow-wrap: break-word; }
  .markdown-body > :first-child { margin-top: 16px !important; }
  h1, h2, h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
  h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  h3 { font-size: 1.25em; }
  p { margin: 0 0 16px; }
  a { color: #0969da; text-decoration: none; }
  code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
    font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
      monospace; }
  table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
    max-width: 100%; overflow: auto; margin: 0 0 16px; font-variant: tabular-nums; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  th { font-weight: 600; }
  tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
  tr:nth-child(2n) { background: #f6f8fa; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; }
`

/** The summary markdown as an HTML page, rendered the way GitHub's CommonMark parser does. */
export function renderSummary(markdown, title = 'Job summary') {
  const body = new MarkdownIt({ html: true, linkify: true }).render(markdown)
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escaped}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="job">
<header>${escaped} <span>summary</span></header>
<div class="markdown-body">
${body}
</div>
</div>
</body>
</html>
`
}

/** Debian's chromium, headless, with a fresh profile and no network chatter of its own. */
export function screenshot(htmlFile, pngFile, width = 1200, height = 900) {
  const browser = ['chromium', 'chromium-browser', 'google-chrome'].find(
    name => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
  )
  if (!browser) {
    throw new Error('No Chromium found: apt-get update && apt-get install -y chromium')
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'cpln-chromium-'))
  mkdirSync(path.dirname(path.resolve(pngFile)), { recursive: true })
  const result = spawnSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--screenshot=${path.resolve(pngFile)}`,
      `--window-size=${width},${height}`,
      pathToFileURL(path.resolve(htmlFile)).href
    ],
    { encoding: 'utf8', timeout: 60_000 }
  )
  if (!existsSync(pngFile) || result.status !== 0) {
    throw new Error(`${browser} failed (${result.status}): ${result.stderr}`)
  }
}

/** A page height that fits the summary: a rough estimate from its rows and paragraphs. */
function fitHeight(markdown) {
  const rows = (markdown.match(/<tr>/g) ?? []).length
  const paragraphs = markdown.split(/\n\s*\n/).length
  return Math.min(4000, Math.max(400, 190 + rows * 38 + paragraphs * 30))
}

/** Runs the bundled action against the local API; returns its job summary. */
export async function demoSummary() {
  const token = 'demo-key-not-a-secret'
  const api = await startLocalApi({
    token,
    members: ['existing.member@example.com'],
    refuse: {
      'contractor@partner.example': {
        status: 403,
        code: 'forbidden',
        message: 'domain partner.example is not allowed in this org'
      }
    }
  })
  try {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpln-summary-demo-'))
    const team = [
      '# The platform team: a change merged to main invites whoever is new.',
      'members:',
      '  - email: ann.lee@example.com',
      '    name: Ann Lee',
      '    group: developers',
      '  - email: Bob.Stone@Example.com',
      '    group: developers',
      '  - cid@example.org',
      '  - contractor@partner.example',
      '  - existing.member@example.com',
      '  - dee@example',
      '  - ann.lee@example.com',
      ''
    ].join('\n')
    writeFileSync(path.join(dir, 'team.yaml'), team)
    const summaryFile = path.join(dir, 'step_summary')
    writeFileSync(summaryFile, '')
    writeFileSync(path.join(dir, 'github_output'), '')
    const inputs = {
      org: 'demo-org',
      token,
      'emails-file': 'team.yaml',
      group: 'viewers',
      'skip-existing': 'true',
      'api-url': api.url
    }
    const env = {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: path.join(dir, 'github_output'),
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: dir,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    }
    const dist = process.env.CPLN_INVITE_DIST ?? path.join(root, 'dist', 'index.js')
    // Asynchronously: the local API lives in this process and must keep answering.
    const child = spawn(process.execPath, [dist], { env, cwd: dir, stdio: 'ignore' })
    await new Promise(resolve => child.on('close', resolve))
    return readFileSync(summaryFile, 'utf8')
  } finally {
    await api.close()
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      out: { type: 'string' },
      screenshot: { type: 'string' },
      width: { type: 'string', default: '1200' },
      height: { type: 'string' }
    }
  })
  if (!values.demo && positionals.length !== 1) {
    console.error(
      'usage: node scripts/render-summary.mjs (SUMMARY.md | --demo) [--out page.html] [--screenshot shot.png] [--width N] [--height N]'
    )
    process.exit(2)
  }
  const markdown = values.demo ? await demoSummary() : readFileSync(positionals[0], 'utf8')
  const out =
    values.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'cpln-summary-')), 'summary.html')
  writeFileSync(out, renderSummary(markdown, 'invite'))
  if (values.demo) writeFileSync(out.replace(/\.html$/, '') + '.md', markdown)
  console.log(`HTML: ${out}`)
  if (values.screenshot) {
    const height = Number(values.height ?? fitHeight(markdown))
    screenshot(out, values.screenshot, Number(values.width), height)
    console.log(
      `Screenshot: ${values.screenshot} (${Math.round(statSync(values.screenshot).size / 1024)} KB)`
    )
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
