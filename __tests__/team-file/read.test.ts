import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decodeTeamFile, readTeamFile, MAX_TEAM_FILE_BYTES } from '../../src/team-file/read.js'
import { ActionError } from '../../src/errors.js'

let dir: string
let workspace: string
let outside: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cpln-files-'))
  workspace = path.join(dir, 'workspace')
  outside = path.join(dir, 'outside')
  mkdirSync(path.join(workspace, 'teams', 'nested'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(path.join(workspace, 'team.yml'), 'emails:\n  - a@x.com\n')
  writeFileSync(path.join(workspace, 'teams', 'nested', 'core.txt'), 'b@x.com\n')
  writeFileSync(path.join(workspace, '..dotted.txt'), 'c@x.com\n')
  writeFileSync(path.join(outside, 'secret.txt'), 'not for the workflow\n')
  symlinkSync(path.join(outside, 'secret.txt'), path.join(workspace, 'escape.txt'))
  symlinkSync(outside, path.join(workspace, 'outdir'))
  symlinkSync(path.join(workspace, 'team.yml'), path.join(workspace, 'alias.yml'))
  symlinkSync(path.join(workspace, 'nowhere.txt'), path.join(workspace, 'dangling.txt'))
  // A sparse file: its size is over the limit without writing 32 MiB to disk.
  writeFileSync(path.join(workspace, 'big.txt'), '')
  truncateSync(path.join(workspace, 'big.txt'), MAX_TEAM_FILE_BYTES + 1)
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function refusal(relative: string, root = workspace): ActionError {
  try {
    readTeamFile(root, relative)
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    const e = error as ActionError
    expect(e.input).toBe('emails-file')
    expect(e.message).toContain("'emails-file'")
    expect(e.message).not.toMatch(/[\r\n]/)
    return e
  }
  throw new Error(`expected ${relative} to be refused`)
}

describe('readTeamFile', () => {
  it('reads a file in the workspace and shows its path relative to it', () => {
    const file = readTeamFile(workspace, 'team.yml')
    expect(file.content).toBe('emails:\n  - a@x.com\n')
    expect(file.displayPath).toBe('team.yml')
    expect(file.realPath).toBe(realpathSync(path.join(workspace, 'team.yml')))
  })

  it('shows a nested path with / separators, however it was written', () => {
    for (const given of [
      'teams/nested/core.txt',
      './teams//nested/core.txt',
      'teams/x/../nested/core.txt'
    ]) {
      const file = readTeamFile(workspace, given)
      expect(file.displayPath).toBe('teams/nested/core.txt')
      expect(file.content).toBe('b@x.com\n')
    }
  })

  it('accepts an absolute path that lies inside the workspace', () => {
    const file = readTeamFile(workspace, path.join(workspace, 'teams', 'nested', 'core.txt'))
    expect(file.displayPath).toBe('teams/nested/core.txt')
  })

  it('follows a symlink that stays inside the workspace, showing the name given', () => {
    const file = readTeamFile(workspace, 'alias.yml')
    expect(file.displayPath).toBe('alias.yml')
    expect(file.realPath).toBe(realpathSync(path.join(workspace, 'team.yml')))
    expect(file.content).toContain('a@x.com')
  })

  it('accepts a file whose name merely starts with two dots', () => {
    const file = readTeamFile(workspace, '..dotted.txt')
    expect(file.content).toBe('c@x.com\n')
    expect(file.displayPath).toBe('..dotted.txt')
  })

  it('works when the workspace itself is reached through a symlink', () => {
    const link = path.join(dir, 'workspace-link')
    symlinkSync(workspace, link)
    const file = readTeamFile(link, 'team.yml')
    expect(file.displayPath).toBe('team.yml')
    expect(file.content).toContain('a@x.com')
  })

  it.each(['../outside/secret.txt', 'teams/../../outside/secret.txt', '..'])(
    'refuses %j, which climbs out of the workspace',
    given => {
      const error = refusal(given)
      expect(error.message).toContain('must be a path inside the workspace')
      expect(error.message).toContain(JSON.stringify(given))
    }
  )

  it('refuses an absolute path outside the workspace', () => {
    const error = refusal(path.join(outside, 'secret.txt'))
    expect(error.message).toContain('must be a path inside the workspace')
  })

  it('refuses a symlink to a file outside the workspace, without reading it', () => {
    const error = refusal('escape.txt')
    expect(error.message).toContain('a link that leads outside the workspace')
    expect(error.message).not.toContain('not for the workflow')
  })

  it('refuses a path through a symlinked directory that leads outside', () => {
    const error = refusal('outdir/secret.txt')
    expect(error.message).toContain('a link that leads outside the workspace')
  })

  it('says a directory is a directory', () => {
    expect(refusal('teams').message).toContain('which is a directory')
    expect(refusal('.').message).toContain('which is a directory')
  })

  it('says a missing file does not exist and reminds of actions/checkout', () => {
    for (const given of ['missing.yml', 'dangling.txt', 'teams/nope/x.yml']) {
      const error = refusal(given)
      expect(error.message).toContain('does not exist')
      expect(error.message).toContain('actions/checkout')
      expect(error.message).toContain(JSON.stringify(given))
    }
  })

  it('refuses something that is not a regular file: a Unix socket', async () => {
    // node:net can always make one, so this never passes by doing nothing.
    const socket = path.join(workspace, 'sock')
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(socket, resolve)
    })
    try {
      expect(lstatSync(socket).isSocket()).toBe(true)
      expect(refusal('sock').message).toContain('not a regular file')
    } finally {
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })

  // Where there is no mkfifo this case shows as skipped; the socket case above still runs.
  const hasMkfifo = (process.env.PATH ?? '')
    .split(path.delimiter)
    .some(folder => folder !== '' && existsSync(path.join(folder, 'mkfifo')))
  ;(hasMkfifo ? it : it.skip)('refuses something that is not a regular file: a FIFO', () => {
    const fifo = path.join(workspace, 'pipe')
    execFileSync('mkfifo', [fifo])
    expect(refusal('pipe').message).toContain('not a regular file')
  })

  it('refuses a file over the size limit before reading it', () => {
    const error = refusal('big.txt')
    expect(error.message).toContain(`${MAX_TEAM_FILE_BYTES + 1} bytes`)
    expect(error.message).toContain(`the limit is ${MAX_TEAM_FILE_BYTES} bytes`)
  })
})

describe('decodeTeamFile', () => {
  const text = 'ann@x.io # Zoë 🚀\r\nbob@x.io\n'
  const le = Buffer.from(text, 'utf16le')

  it('reads UTF-8 with or without its byte-order mark', () => {
    expect(decodeTeamFile(Buffer.from(text))).toBe(text)
    expect(decodeTeamFile(Buffer.from(`\ufeff${text}`))).toBe(text)
  })

  it('reads UTF-16 LE and BE after their byte-order marks', () => {
    expect(decodeTeamFile(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text)
    const be = Buffer.from(le).swap16()
    expect(decodeTeamFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text)
  })

  it('marks a lone trailing byte of UTF-16 as unreadable instead of dropping it', () => {
    expect(decodeTeamFile(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toBe('a\ufffd')
    expect(decodeTeamFile(Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x62]))).toBe('a\ufffd')
  })

  it('does not guess UTF-16 without a mark: its NUL bytes stay for the binary check', () => {
    expect(decodeTeamFile(le)).toContain('\0')
  })

  it('is what readTeamFile returns', () => {
    writeFileSync(path.join(workspace, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]))
    expect(readTeamFile(workspace, 'utf16.txt').content).toBe(text)
  })
})
