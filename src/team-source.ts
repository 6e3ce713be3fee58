// Reads the team file's entries: the file from the workspace, then the parser. Loaded only
// when emails-file is given, because yaml is a large share of the bundle.
import type { TeamFileText } from './team-file/read.js'
import { readTeamFile } from './team-file/read.js'
import { parseTeamFile } from './team-file/parse.js'
import type { ListedEntry } from './types.js'

/** The entries of a team file's text; a file that cannot be read as a whole fails the step. */
export function parseTeamFileText(
  content: string,
  displayPath: string,
  key?: string
): ListedEntry[] {
  return parseTeamFile(content, displayPath, key)
}

export function readTeamFileEntries(
  workspace: string,
  relative: string,
  key: string | undefined
): { entries: ListedEntry[]; file: TeamFileText } {
  const file = readTeamFile(workspace, relative)
  return { entries: parseTeamFileText(file.content, file.displayPath, key), file }
}
