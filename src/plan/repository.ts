// Where the team file lies in its repository, for reading it at another commit (only-added).
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { ActionError } from '../errors.js'

export interface RepoFile {
  owner: string
  repo: string
  /** Path inside the repository, with `/` separators. */
  path: string
}

/** `owner/repo` of a git remote URL (https or ssh form), if it is a GitHub-style URL. */
function repoOfRemote(url: string): { owner: string; repo: string } | undefined {
  const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim())
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined
}

/** Whether `target` is `root` or lies below it (both absolute, already resolved). */
function within(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

function resolved(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return path.resolve(folder)
  }
}

/**
 * Finds the repository and the path in it of a file in the workspace. In a default checkout
 * the workspace is the repository root; when the file lies in a nested checkout
 * (actions/checkout with `path:`), the nearest folder holding `.git` is its root. Both sides
 * are resolved paths: with a symlinked workspace (self-hosted runners, macOS /tmp) the
 * workspace as given and the file's real path would otherwise differ by `../real/...`.
 * A path that leaves the repository is refused rather than asked for.
 */
export function locateInRepository(
  workspace: string,
  realFile: string,
  /** `owner/repo` of the run (GITHUB_REPOSITORY). */
  repository: string | undefined
): RepoFile {
  const root = resolved(workspace)
  const file = resolved(realFile)
  let dir = path.dirname(file)
  let checkout = root
  while (within(root, dir) && dir !== root) {
    if (existsSync(path.join(dir, '.git'))) {
      checkout = dir
      break
    }
    dir = path.dirname(dir)
  }
  const relative = path.relative(checkout, file)
  if (relative === '' || !within(checkout, file)) {
    throw new ActionError(
      `only-added: the team file (${file}) is not inside the repository checked out at ${checkout}, so its path in the repository is unknown. Nothing was sent. ` +
        'Give emails-file as a path inside the checkout.',
      { configuration: true }
    )
  }
  const [owner = '', repo = ''] = (repository ?? '').split('/')
  let found = { owner, repo }
  if (checkout !== root) {
    try {
      const config = readFileSync(path.join(checkout, '.git', 'config'), 'utf8')
      const url = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config)?.[1]
      found = (url !== undefined ? repoOfRemote(url) : undefined) ?? found
    } catch {
      // A worktree's .git is a file; the event's repository is the best guess then.
    }
  }
  return { ...found, path: relative.split(path.sep).join('/') }
}
