// only-added: the team file's entries at the base commit, read through a GitHub reader that
// the caller supplies (github.ts on the runner, a map of files in tests).
import { existsSync } from 'node:fs'
import type { Config } from '../config.js'
import { ActionError } from '../errors.js'
import type { TeamFileText } from '../team-file/read.js'
import { decodeTeamFile } from '../team-file/read.js'
import { printable } from '../text.js'
import type { ListedEntry } from '../types.js'
import { chooseBase, chooseHead } from './base-commit.js'
import { locateInRepository, type RepoFile } from './repository.js'

/** The event that started the run, as the runner describes it. */
export interface EventInfo {
  eventName: string | undefined
  payload: Record<string, unknown>
  /** GITHUB_EVENT_PATH: where the payload was read from. */
  eventPath?: string
  /** GITHUB_SHA: the commit of this run. */
  sha?: string
  /** GITHUB_REPOSITORY: `owner/repo`. */
  repository?: string
}

/** A file at a commit, as GitHub answers for it. */
export type FileAtCommit =
  | { kind: 'found'; bytes: Uint8Array }
  | { kind: 'absent' }
  | { kind: 'failed'; status?: number; message: string }

/** What only-added needs from GitHub: the event, and files at other commits. */
export interface GitHubReader {
  event: EventInfo
  readFileAt(file: RepoFile, ref: string): Promise<FileAtCommit>
}

export interface BaseLog {
  info(text: string): void
  notice(text: string): void
  warning(text: string): void
}

/**
 * What only-added compares with. `note` says which base was used and why, for the log and
 * the job summary.
 * - `compared`: the team file's entries at the base commit;
 * - `everyone-new`: the file was added since the base (absent there, present at the head);
 * - `members`: there is no base to compare with (a push that created the branch, an event
 *   without one) or the base version no longer parses: the org's members decide who is new.
 *   `reason` says why, for the messages that name it.
 */
export type BaseReading =
  | { kind: 'compared'; entries: ListedEntry[]; note: string }
  | { kind: 'everyone-new'; note: string }
  | { kind: 'members'; note: string; reason: string }

function readFailure(where: string, found: { status?: number; message: string }): ActionError {
  // A refusal (bad token, no access, no such commit) happens again on a re-run; a 5xx, a
  // rate limit or a timeout may not.
  const refused =
    found.status !== undefined &&
    found.status >= 400 &&
    found.status < 500 &&
    found.status !== 408 &&
    found.status !== 429
  const hint =
    found.status === 401
      ? 'The github-token was refused: check that it is valid.'
      : found.status === 403 || found.status === 404
        ? 'Check that github-token can read the repository (permissions: contents: read) and that the commit exists.'
        : ''
  return new ActionError(
    `only-added could not read ${where} from GitHub${found.status ? ` (HTTP ${found.status})` : ''}: ${found.message}. ${hint}`.trim(),
    { configuration: refused }
  )
}

/**
 * Reads the team file at the base commit. Fails closed: a file missing at the base counts
 * as added only once GitHub shows it at the head commit; otherwise the path is wrong and the
 * step fails (ActionError) rather than invite the whole file again.
 */
export async function readBaseEntries(
  config: Config,
  file: TeamFileText,
  workspace: string,
  github: GitHubReader,
  log: BaseLog
): Promise<BaseReading> {
  const { event } = github
  const base = chooseBase(event.eventName, event.payload, config.baseRef)
  if (base.kind === 'missing') {
    const eventFile = event.eventPath
    const why =
      eventFile === undefined || eventFile === ''
        ? ' GITHUB_EVENT_PATH is not set, so the event data is empty.'
        : existsSync(eventFile)
          ? ''
          : ` The event file (GITHUB_EVENT_PATH ${printable(eventFile)}) does not exist, so the event data is empty.`
    throw new ActionError(
      `only-added: ${base.why}, so there is no base commit to compare ${file.displayPath} with.${why} ` +
        'Nothing was sent: everyone in the file would otherwise count as new. Set base-ref to the commit to compare with, or run on the complete event.',
      { configuration: true }
    )
  }
  if (base.kind === 'none') {
    // Not "everyone is new": a new branch usually copies a file whose people are members.
    const note = `only-added: ${base.why}, so there is no base version of ${file.displayPath} to compare with: the org's members decide who is new, and only addresses that are not members are invited.`
    log.notice(note)
    return { kind: 'members', note, reason: `there is no base commit (${base.why})` }
  }
  if (config.githubToken === '') {
    throw new ActionError(
      `Input 'github-token' is empty, but only-added needs it to read ${file.displayPath} at ${base.ref}. ` +
        'Leave it at its default (github.token) or pass a token with contents: read.',
      { configuration: true }
    )
  }
  const repoFile = locateInRepository(workspace, file.realPath, event.repository)
  const shown = `${repoFile.owner}/${repoFile.repo}:${repoFile.path}`
  const where = `${shown} at ${base.ref}`
  const found = await github.readFileAt(repoFile, base.ref)
  if (found.kind === 'failed') throw readFailure(where, found)
  if (found.kind === 'absent') {
    const head = chooseHead(event.eventName, event.payload, event.sha)
    if (head === undefined) {
      throw new ActionError(
        `only-added: ${where} does not exist (${base.why}), and no head commit is known (no GITHUB_SHA) to confirm that the file was added rather than its path being wrong. Nothing was sent.`,
        { configuration: true }
      )
    }
    const atHead = await github.readFileAt(repoFile, head.ref)
    if (atHead.kind === 'failed') throw readFailure(`${shown} at ${head.ref}`, atHead)
    if (atHead.kind === 'absent') {
      throw new ActionError(
        `only-added: GitHub has no ${shown}, neither at ${base.ref} (${base.why}) nor at ${head.ref} (${head.why}), so the path tried in the repository, ${printable(repoFile.path)}, is wrong. ` +
          'Nothing was sent: everyone in the file would otherwise count as new. Check emails-file, and for a nested checkout (actions/checkout with path:) that the checkout has its .git folder; or check out the commit of this run.',
        { configuration: true }
      )
    }
    // A rename looks the same as an addition: only the members can tell the people apart.
    const renamed = config.skipExisting
      ? ''
      : ' If it was renamed, everyone in it is invited again: skip-existing: true skips those who are already members.'
    const note = `only-added: ${shown} did not exist at ${base.ref} (${base.why}) and exists at ${head.ref} (${head.why}): the file was added, so everyone in it is new.${renamed}`
    log.info(note)
    return { kind: 'everyone-new', note }
  }
  try {
    // The parser's own chunk, shared with the pipeline's reading of the workspace copy.
    const { parseTeamFile } = await import('../team-file/parse.js')
    const entries = parseTeamFile(decodeTeamFile(found.bytes), file.displayPath, config.emailsKey)
    const note = `only-added: comparing ${file.displayPath} with ${where} (${base.why}).`
    log.info(note)
    return { kind: 'compared', entries, note }
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    const note = `only-added: ${file.displayPath} at ${base.ref} (${base.why}) no longer parses, so the org's members decide who is new: only addresses that are not members are invited.`
    log.warning(`${note} The parser said: ${printable(error.message)}`)
    return {
      kind: 'members',
      note,
      reason: `${file.displayPath} at ${base.ref} no longer parses`
    }
  }
}
