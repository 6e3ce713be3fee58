// Plain values that flow through the action, one direction:
// inputs -> addresses -> plan -> batches -> results -> outputs/summary/annotations.

/** A place in a team file, 1-based, as GitHub annotations expect. */
export interface SourceLocation {
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/**
 * One thing the user listed, before validation: the text as written and, when it came
 * from a team file, where. `notAnAddress` marks a team-file entry that is not a string at
 * all (a number, a mapping without `email`): it is reported with code `invalid_entry`.
 * `group` is the group the entry names itself (a CSV group cell, a `group:` key), as
 * written; without it the entry gets the `group` input. `groupLocation` is where it is.
 */
export interface ListedEntry {
  text: string
  origin: 'input' | 'file'
  location?: SourceLocation
  notAnAddress?: boolean
  group?: string
  groupLocation?: SourceLocation
}

/**
 * Why an address was not sent (unchanged, member), or why a member missing from the team
 * file was not removed (kept, superuser, already-removed), other than an error.
 */
export type SkipReason = 'unchanged' | 'member' | 'kept' | 'superuser' | 'already-removed'

/** A per-address error as it appears in the `errors` output. */
export interface AddressError {
  code: string
  message: string
  status?: number
  id?: string
}

/** The one outcome of each address given. Exactly one per address, never two. */
export type AddressResult =
  | { address: string; kind: 'invited'; detail?: string }
  | { address: string; kind: 'would-invite' }
  | { address: string; kind: 'error'; error: AddressError }
  | { address: string; kind: 'invalid'; error: AddressError; location?: SourceLocation }
  | { address: string; kind: 'skipped'; reason: SkipReason }
