// only-added: the team file's entries at the base commit, read through the GitHub API.
// Loaded only when only-added is used: Octokit is the largest part of the bundle after undici.
import { chooseBase } from './base.js'
import { StepFailure } from './failure.js'
import type { TeamFileText } from './files.js'
import { decodeTeamFile } from './files.js'
import { eventInfo, fetchFileAt, locateInRepository } from './github.js'
import type { Config } from './inputs.js'
import { printable } from './report.js'
import type { ListedEntry } from './types.js'

export interface Log {
  info(text: string): void
  warning(text: string): void
}

/** The team-file parser the caller already loaded (team-source.ts), so it is bundled once. */
export type ParseTeamFile = (content: string, displayPath: string, key?: string) => ListedEntry[]

/**
 * The team file's entries at the base commit; undefined when everyone in the file counts as
 * new. Says in the log which case applied. A failure to read the base throws StepFailure.
 */
export async function readBaseEntries(
  config: Config,
  file: TeamFileText,
  workspace: string,
  env: Record<string, string | undefined>,
  log: Log,
  parseTeamFileText: ParseTeamFile
): Promise<ListedEntry[] | undefined> {
  const event = eventInfo()
  const base = chooseBase(event.eventName, event.payload, config.baseRef)
  if (base.kind === 'none') {
    log.info(`only-added: ${base.why}, so everyone in ${file.displayPath} is new.`)
    return undefined
  }
  if (config.githubToken === '') {
    throw new StepFailure(
      `Input 'github-token' is empty, but only-added needs it to read ${file.displayPath} at ${base.ref}. ` +
        'Leave it at its default (github.token) or pass a token with contents: read.'
    )
  }
  const repoFile = locateInRepository(workspace, file.realPath, env)
  const where = `${repoFile.owner}/${repoFile.repo}:${repoFile.path} at ${base.ref}`
  const found = await fetchFileAt(config.githubToken, repoFile, base.ref, config.timeoutMs)
  if (found.kind === 'absent') {
    log.info(
      `only-added: ${repoFile.path} did not exist at ${base.ref} (${base.why}), so everyone in it is new.`
    )
    return undefined
  }
  if (found.kind === 'failed') {
    const hint =
      found.status === 401
        ? 'The github-token was refused: check that it is valid.'
        : found.status === 403 || found.status === 404
          ? 'Check that github-token can read the repository (permissions: contents: read) and that the base commit exists.'
          : ''
    throw new StepFailure(
      `only-added could not read ${where} from GitHub${found.status ? ` (HTTP ${found.status})` : ''}: ${found.message}. ${hint}`.trim()
    )
  }
  try {
    const entries = parseTeamFileText(
      decodeTeamFile(found.bytes),
      file.displayPath,
      config.emailsKey
    )
    log.info(`only-added: comparing ${file.displayPath} with ${where} (${base.why}).`)
    return entries
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error
    log.warning(
      `only-added: ${file.displayPath} at ${base.ref} no longer parses, so everyone in it is treated as new. The parser said: ${printable(error.message)}`
    )
    return undefined
  }
}
