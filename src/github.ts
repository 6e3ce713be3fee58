// The GitHub edge, loaded only when only-added is used: @actions/github and its Octokit
// are a large share of the bundle, and most runs never need them.
import { context, getOctokit } from '@actions/github'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { StepFailure } from './failure.js'
import { MAX_TEAM_FILE_BYTES } from './files.js'

export interface EventInfo {
  eventName: string | undefined
  payload: Record<string, unknown>
}

export function eventInfo(): EventInfo {
  return { eventName: context.eventName, payload: context.payload as Record<string, unknown> }
}

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
  env: Record<string, string | undefined>
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
    throw new StepFailure(
      `only-added: the team file (${file}) is not inside the repository checked out at ${checkout}, so its path in the repository is unknown. Nothing was sent. ` +
        'Give emails-file as a path inside the checkout.',
      undefined,
      true
    )
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
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

/**
 * The contents route with each segment of the path encoded. `{+path}` left `#`, `?` and
 * `%XX` as they were: `team#1.yaml` was asked for as `contents/team` and lost its ref.
 * Slashes stay literal: `%2F` gets 404 for fine-grained tokens (octokit/octokit.js#2422).
 */
export function contentsRoute(repoPath: string): string {
  const encoded = repoPath.split('/').map(encodeURIComponent).join('/')
  return `GET /repos/{owner}/{repo}/contents/${encoded}`
}

export type BaseFile =
  | { kind: 'found'; bytes: Uint8Array }
  | { kind: 'absent' }
  | { kind: 'failed'; status?: number; message: string }

/** Whether the commit exists, or why GitHub gave no answer. */
async function commitExists(
  octokit: ReturnType<typeof getOctokit>,
  file: RepoFile,
  ref: string,
  timeoutMs: number
): Promise<boolean | { failed: string }> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    await octokit.rest.repos.getCommit({
      owner: file.owner,
      repo: file.repo,
      ref,
      mediaType: { format: 'sha' },
      request: { signal }
    })
    return true
  } catch (error) {
    if ((error as { response?: unknown }).response !== undefined) return false
    return { failed: signal.aborted ? noAnswer(timeoutMs) : noConnection(error) }
  }
}

function noAnswer(timeoutMs: number): string {
  return `no answer from GitHub within ${timeoutMs / 1000} s (timeout-seconds)`
}

function noConnection(error: unknown): string {
  return `no connection to GitHub: ${(error as Error).message ?? String(error)}`
}

/**
 * The body's bytes, or undefined as soon as it passes `limit`: the base version gets the
 * same size limit as the workspace copy, and a huge body is never held whole.
 */
async function readAtMost(body: ReadableStream, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array }
    if (done) break
    if (value === undefined) continue
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** Reads a file at a commit through the REST API, so a shallow checkout is enough. */
export async function fetchFileAt(
  token: string,
  file: RepoFile,
  ref: string,
  timeoutMs: number
): Promise<BaseFile> {
  // getOctokit takes GITHUB_API_URL (GitHub Enterprise Server) from the environment.
  const octokit = getOctokit(token)
  // Each request gets the same time limit as the Control Plane requests (timeout-seconds).
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await octokit.request(contentsRoute(file.path), {
      owner: file.owner,
      repo: file.repo,
      ref,
      // The raw media type returns the file itself, also above the 1 MB JSON-content limit.
      mediaType: { format: 'raw' },
      // The bytes as they are: Octokit would decode them as UTF-8, which spoils a UTF-16
      // file; decodeTeamFile (files.ts) reads the base exactly as the workspace copy.
      request: { signal, parseSuccessResponseBody: false }
    })
    // A directory is answered with a JSON listing even for the raw media type.
    const type = String(response.headers['content-type'] ?? '')
    const body = response.data as unknown as ReadableStream | null
    if (/^application\/json\b/i.test(type) || body === null) {
      await body?.cancel()
      return { kind: 'failed', message: `${file.path} at ${ref} is not a file` }
    }
    const bytes = await readAtMost(body, MAX_TEAM_FILE_BYTES)
    if (bytes === undefined) {
      return {
        kind: 'failed',
        message: `${file.path} at ${ref} is larger than ${MAX_TEAM_FILE_BYTES} bytes, the limit for a team file, so it was not read`
      }
    }
    return { kind: 'found', bytes }
  } catch (error) {
    if (signal.aborted) return { kind: 'failed', message: noAnswer(timeoutMs) }
    const { status, response } = error as { status?: number; response?: unknown }
    // Octokit reports a request that got no answer at all as status 500: say so plainly.
    if (response === undefined) return { kind: 'failed', message: noConnection(error) }
    // GitHub also answers 404 for a repository or commit the token cannot see. Only call
    // the file absent when the commit itself is readable; otherwise everyone would look new.
    if (status === 404) {
      const exists = await commitExists(octokit, file, ref, timeoutMs)
      if (exists === true) return { kind: 'absent' }
      if (exists !== false) return { kind: 'failed', message: exists.failed }
    }
    return {
      kind: 'failed',
      status,
      message: (error as Error).message ?? String(error)
    }
  }
}
