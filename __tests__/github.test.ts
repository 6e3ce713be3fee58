// The repository path only-added asks GitHub for: computed on resolved paths, each segment
// encoded as Octokit then sends it, and never a path that leaves the repository.
import { describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ActionError } from '../src/errors.js'
import { contentsRoute } from '../src/github.js'
import { locateInRepository } from '../src/plan/repository.js'

const env = { GITHUB_REPOSITORY: 'acme/people' }

function workspaceWith(files: string[]): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'cpln-locate-')))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), '- a@x.com\n')
  }
  return root
}

describe('locateInRepository', () => {
  it('gives the path from the workspace root in a default checkout', () => {
    const root = workspaceWith(['team/platform.yaml'])
    expect(
      locateInRepository(root, path.join(root, 'team/platform.yaml'), env.GITHUB_REPOSITORY)
    ).toEqual({
      owner: 'acme',
      repo: 'people',
      path: 'team/platform.yaml'
    })
  })

  it('resolves a symlinked workspace before comparing it with the real file path', () => {
    const root = workspaceWith(['team/platform.yaml'])
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'cpln-link-')), 'ws')
    symlinkSync(root, link)
    const located = locateInRepository(
      link,
      path.join(root, 'team/platform.yaml'),
      env.GITHUB_REPOSITORY
    )
    expect(located.path).toBe('team/platform.yaml')
  })

  it('refuses a file outside the repository rather than ask for ../ paths', () => {
    const root = workspaceWith([])
    const elsewhere = workspaceWith(['team.yaml'])
    expect(() =>
      locateInRepository(root, path.join(elsewhere, 'team.yaml'), env.GITHUB_REPOSITORY)
    ).toThrow(ActionError)
    expect(() =>
      locateInRepository(root, path.join(elsewhere, 'team.yaml'), env.GITHUB_REPOSITORY)
    ).toThrow(/is not inside the repository checked out at/)
  })

  it('takes the nearest checkout with .git as the root, and its origin as the repository', () => {
    const root = workspaceWith(['sub/people/team.yaml'])
    mkdirSync(path.join(root, 'sub', '.git'))
    writeFileSync(
      path.join(root, 'sub', '.git', 'config'),
      '[remote "origin"]\n\turl = git@github.com:other/repo.git\n'
    )
    expect(
      locateInRepository(root, path.join(root, 'sub/people/team.yaml'), env.GITHUB_REPOSITORY)
    ).toEqual({
      owner: 'other',
      repo: 'repo',
      path: 'people/team.yaml'
    })
  })
})

describe('contentsRoute', () => {
  // Octokit's own URL building (the one that sends the request) is the reference.
  const octokit = getOctokit('token')
  const urlOf = (repoPath: string): string =>
    octokit.request.endpoint(contentsRoute(repoPath), { owner: 'acme', repo: 'people', ref: 'abc' })
      .url

  it.each([
    ['team/platform.yaml', 'team/platform.yaml'],
    ['team#1.yaml', 'team%231.yaml'],
    ['team?.yaml', 'team%3F.yaml'],
    ['team%41.yaml', 'team%2541.yaml'],
    ['my team/a b.yaml', 'my%20team/a%20b.yaml'],
    ['{owner}.yaml', '%7Bowner%7D.yaml'],
    ['zoë/ünï.yaml', 'zo%C3%AB/%C3%BCn%C3%AF.yaml']
  ])('sends %j as contents/%s with its ref', (repoPath, encoded) => {
    expect(urlOf(repoPath)).toBe(
      `https://api.github.com/repos/acme/people/contents/${encoded}?ref=abc`
    )
  })

  it('decodes back to the path, segment by segment, for any name', () => {
    const names = ['a#b?c%41 d', '%%', '%2F', "!'()*&=+$,;:@", '..a', 'x\u00a0y']
    for (const name of names) {
      const url = new URL(urlOf(`dir/${name}`))
      const tail = url.pathname.slice('/repos/acme/people/contents/'.length)
      expect(tail.split('/').map(decodeURIComponent)).toEqual(['dir', name])
      expect(url.searchParams.get('ref')).toBe('abc')
    }
  })
})
