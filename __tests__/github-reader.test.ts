// gitHubReader: the event and files at commits, through @actions/github against a fake GitHub.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'

let github: FakeGitHub
let gitHubReader: typeof import('../src/github.js').gitHubReader
const saved = process.env.GITHUB_API_URL
beforeAll(async () => {
  github = await startFakeGitHub()
  github.commits = { base1: { 'team.yaml': '- ann@example.com\n' }, base2: {} }
  // @actions/github takes its API URL when it is loaded.
  process.env.GITHUB_API_URL = github.url
  ;({ gitHubReader } = await import('../src/github.js'))
})
afterAll(async () => {
  process.env.GITHUB_API_URL = saved
  await github.close()
})

const file = { owner: 'acme', repo: 'people', path: 'team.yaml' }

describe('gitHubReader', () => {
  it('describes the event from the runner', () => {
    const reader = gitHubReader(github.token, 5000, {
      GITHUB_SHA: 'abc',
      GITHUB_REPOSITORY: 'acme/people',
      GITHUB_EVENT_PATH: '/x/event.json'
    })
    expect(reader.event).toMatchObject({
      sha: 'abc',
      repository: 'acme/people',
      eventPath: '/x/event.json'
    })
  })

  it('reads a file at a commit as bytes, and calls it absent only when the commit exists', async () => {
    const reader = gitHubReader(github.token, 5000, {})
    const found = await reader.readFileAt(file, 'base1')
    expect(found.kind === 'found' && new TextDecoder().decode(found.bytes)).toBe(
      '- ann@example.com\n'
    )
    expect(await reader.readFileAt(file, 'base2')).toEqual({ kind: 'absent' })
    expect((await reader.readFileAt(file, 'nope')).kind).toBe('failed')
  })

  it('reports a refused token as a failure with its status', async () => {
    const reader = gitHubReader('wrong', 5000, {})
    expect(await reader.readFileAt(file, 'base1')).toMatchObject({ kind: 'failed', status: 401 })
  })
})
