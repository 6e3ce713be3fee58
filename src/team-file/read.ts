// Reads the team file. The path comes from a workflow input, so it must stay inside the
// workspace: a `../` or a symlink must not let a workflow read files elsewhere on the runner.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { inputError } from '../errors.js'
import { quote } from '../text.js'

/** Far above any real team file (100,000 addresses are about 3 MB). */
export const MAX_TEAM_FILE_BYTES = 32 * 1024 * 1024

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  // Only a `..` path segment climbs out; a name such as `..team.yml` is inside.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

export interface TeamFileText {
  content: string
  /** Relative to the workspace with `/` separators: what annotations and messages show. */
  displayPath: string
  /** Absolute path after resolving symlinks. */
  realPath: string
}

export function readTeamFile(workspace: string, relative: string): TeamFileText {
  const root = path.resolve(workspace)
  const target = path.resolve(root, relative)
  if (!inside(root, target)) {
    throw inputError(
      'emails-file',
      `Input 'emails-file' must be a path inside the workspace (${root}), not ${quote(relative)}.`
    )
  }
  let realPath: string
  try {
    realPath = realpathSync(target)
  } catch {
    throw inputError(
      'emails-file',
      `Input 'emails-file' names ${quote(relative)}, which does not exist in the workspace (${root}). ` +
        'Check the path, and that the repository is checked out (actions/checkout) before this step.'
    )
  }
  if (!inside(realpathSync(root), realPath)) {
    throw inputError(
      'emails-file',
      `Input 'emails-file' names ${quote(relative)}, a link that leads outside the workspace; use a regular file in the repository.`
    )
  }
  const stat = statSync(realPath)
  if (!stat.isFile()) {
    throw inputError(
      'emails-file',
      `Input 'emails-file' names ${quote(relative)}, which is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; give the path of the team file itself.`
    )
  }
  if (stat.size > MAX_TEAM_FILE_BYTES) {
    throw inputError(
      'emails-file',
      `Input 'emails-file' names ${quote(relative)}, which is ${stat.size} bytes; the limit is ${MAX_TEAM_FILE_BYTES} bytes.`
    )
  }
  return {
    content: decodeTeamFile(readFileSync(realPath)),
    displayPath: path.relative(root, target).split(path.sep).join('/'),
    realPath
  }
}

const utf8 = new TextDecoder('utf-8')
const utf16le = new TextDecoder('utf-16le')

/**
 * A team file's bytes as text, for the workspace copy and the base version alike. UTF-8,
 * with or without its byte-order mark, is the norm. A UTF-16 byte-order mark (Windows
 * PowerShell 5.1's `>` and Notepad's "Unicode" write these) switches to UTF-16; without a
 * mark UTF-16 is not guessed at, and its NUL bytes make the parser call the file binary.
 * Invalid sequences become U+FFFD, which validation then reports in the address it spoils.
 */
export function decodeTeamFile(bytes: Uint8Array): string {
  // UTF-32 LE starts as UTF-16 LE does; it is read as UTF-8, whose NUL bytes and replaced
  // mark the parser reports as UTF-32 (UTF32_MARKS in teamfile.ts).
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return utf8.decode(bytes)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped into little-endian order rather than relying on ICU's utf-16be decoder.
    const body = bytes.subarray(2)
    const swapped = new Uint8Array(body)
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1] as number
      swapped[i + 1] = body[i] as number
    }
    return utf16le.decode(swapped)
  }
  // TextDecoder drops a leading UTF-8 byte-order mark.
  return utf8.decode(bytes)
}
