// The README is a user's document: short enough to read (at most 20 KB), every workflow
// shown once, and every link in it and in docs/*.md leads somewhere: a relative link to a
// file that exists, a `#anchor` to a heading of the file it names (GitHub's anchors: the
// heading's text lowercased, punctuation dropped, spaces turned into hyphens, and `-1`,
// `-2`... on repeats).
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/run-action.js'

const README_LIMIT = 20_480

const markdown = new MarkdownIt({ html: true })
type Token = ReturnType<typeof markdown.parse>[number]

const MARKDOWN_FILES = [
  'README.md',
  'SECURITY.md',
  'CHANGELOG.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

/** The text of an inline token's children, as GitHub takes it for an anchor. */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .filter(t => t.type === 'text' || t.type === 'code_inline')
    .map(t => t.content)
    .join('')
}

/** GitHub's anchor for a heading text (github-slugger's rules, for the characters used here). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a markdown text's headings, repeats numbered as GitHub numbers them. */
export function anchors(text: string): Set<string> {
  const tokens = markdown.parse(text, {})
  const seen = new Map<string, number>()
  const found = new Set<string>()
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return
    const base = slug(inlineText(tokens[i + 1]))
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    found.add(count === 0 ? base : `${base}-${count}`)
  })
  return found
}

/** Every link and image target of a markdown text. */
function targets(text: string): string[] {
  const found: string[] = []
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      const target = token.attrGet('href') ?? token.attrGet('src')
      if ((token.type === 'link_open' || token.type === 'image') && target)
        found.push(String(target))
      if (token.children) walk(token.children)
    }
  }
  walk(markdown.parse(text, {}))
  return found
}

/**
 * The links of a markdown file (as a path under `root`, and its text) that lead nowhere: a
 * relative file that does not exist, or an anchor that is no heading of its file.
 */
export function brokenLinks(
  file: string,
  text: string,
  read: (file: string) => string | undefined
): string[] {
  const broken: string[] = []
  for (const target of targets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto:...
    const [pathPart = '', anchor] = target.split('#', 2)
    const linked =
      pathPart === ''
        ? file
        : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart))
    const content = pathPart === '' ? text : read(linked)
    if (content === undefined) {
      broken.push(`${target}: no file ${linked}`)
    } else if (anchor !== undefined && anchor !== '') {
      if (!linked.endsWith('.md'))
        broken.push(`${target}: an anchor into a file that is not markdown`)
      else if (!anchors(content).has(anchor))
        broken.push(`${target}: no heading #${anchor} in ${linked}`)
    }
  }
  return broken
}

/** A repository file's text ('' for a directory or a binary), or undefined when it is absent. */
function readRepoFile(file: string): string | undefined {
  const full = path.join(ROOT, file)
  if (!existsSync(full)) return undefined
  return statSync(full).isFile() && file.endsWith('.md') ? readFileSync(full, 'utf8') : ''
}

describe('the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'))

  it(`is at most ${README_LIMIT.toLocaleString('en-US')} bytes`, () => {
    expect(readme.length).toBeLessThanOrEqual(README_LIMIT)
  })

  it('shows each workflow once: no two of its workflows have the same name or the same jobs', () => {
    const workflows = markdown
      .parse(readme.toString('utf8'), {})
      .filter(
        t => t.type === 'fence' && /^ya?ml\b/.test(t.info.trim()) && /^jobs:/m.test(t.content)
      )
      .map(t => parse(t.content) as { name?: string; jobs?: unknown })
    expect(workflows.length).toBeGreaterThanOrEqual(5)
    const names = workflows.map(w => w.name)
    expect(names.every(name => typeof name === 'string')).toBe(true)
    expect(new Set(names).size).toBe(names.length)
    const jobs = workflows.map(w => JSON.stringify(w.jobs))
    expect(new Set(jobs).size).toBe(jobs.length)
  })

  it('links to the full reliability and performance figures and to the developer guide', () => {
    const links = targets(readme.toString('utf8'))
    expect(links).toEqual(
      expect.arrayContaining([
        'docs/reliability.md',
        'docs/performance.md',
        'docs/development.md',
        'SECURITY.md'
      ])
    )
  })
})

describe('links in the README, SECURITY.md, CHANGELOG.md and docs/*.md', () => {
  it.each(MARKDOWN_FILES)('every relative link and #anchor in %s resolves', file => {
    const text = readFileSync(path.join(ROOT, file), 'utf8')
    expect(brokenLinks(file, text, readRepoFile)).toEqual([])
  })

  it('finds the README links it checks (internal anchors and files)', () => {
    const links = targets(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))
    expect(links.filter(l => l.startsWith('#')).length).toBeGreaterThanOrEqual(5)
    expect(
      links.filter(l => !/^[a-z]+:/i.test(l) && !l.startsWith('#')).length
    ).toBeGreaterThanOrEqual(5)
  })

  it('reports a missing file, a missing heading and an anchor into another file, so the check means something', () => {
    const files: Record<string, string> = {
      'docs/a.md':
        '# A page\n\n## `only-added`\n\n## Check pull requests: catch a typo\n\n## Repeat\n\n## Repeat\n'
    }
    const text = [
      '# Top',
      '',
      '[ok](#top) [ok](docs/a.md#only-added) [ok](docs/a.md#check-pull-requests-catch-a-typo)',
      '[ok](docs/a.md#repeat-1) [ok](https://example.com/#nowhere) ![ok](docs/a.md)',
      '[bad](#nowhere) [bad](docs/b.md) [bad](docs/a.md#repeat-2) ![bad](docs/missing.png)'
    ].join('\n')
    expect(brokenLinks('README.md', text, f => files[f])).toEqual([
      '#nowhere: no heading #nowhere in README.md',
      'docs/b.md: no file docs/b.md',
      'docs/a.md#repeat-2: no heading #repeat-2 in docs/a.md',
      'docs/missing.png: no file docs/missing.png'
    ])
  })

  it('makes the anchors GitHub makes', () => {
    expect([
      ...anchors('# `only-added`\n## Pull-request events only plan\n## Try it\n## Try it\n')
    ]).toEqual(['only-added', 'pull-request-events-only-plan', 'try-it', 'try-it-1'])
    expect(slug('Check pull requests: catch a typo before merge')).toBe(
      'check-pull-requests-catch-a-typo-before-merge'
    )
  })
})
