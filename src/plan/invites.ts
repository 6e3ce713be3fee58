// Decides, for each distinct address listed, whether it is sent, skipped or invalid. Pure:
// the members list and the base version of the team file are fetched by the caller.
import { scanAddresses } from '../addresses/split.js'
import { checkAddress, normaliseAddress } from '../addresses/validate.js'
import { bounded, boundedKey } from '../text.js'
import type { AddressError, ListedEntry, SkipReason, SourceLocation } from '../types.js'

export type Planned =
  | { kind: 'send'; address: string; location?: SourceLocation }
  | { kind: 'invalid'; address: string; error: AddressError; location?: SourceLocation }
  | { kind: 'skipped'; address: string; reason: SkipReason; location?: SourceLocation }

export interface Duplicate {
  address: string
  location?: SourceLocation
  first?: SourceLocation
}

export interface Plan {
  /** One item per distinct address, in order of first appearance. */
  items: Planned[]
  /** The addresses to send, in order. */
  send: string[]
  duplicates: Duplicate[]
  /** Addresses in the base version of the team file that are no longer in it. */
  removed: string[]
}

export interface PlanOptions {
  /** Lowercased addresses of the org's members (skip-existing). */
  members?: ReadonlySet<string>
  /** Entries of the team file at the base commit (only-added); undefined: everyone is new. */
  baseEntries?: readonly ListedEntry[]
}

function validAddresses(entries: readonly ListedEntry[]): Set<string> {
  const found = new Set<string>()
  for (const entry of entries) {
    if (entry.notAnAddress) continue
    const address = normaliseAddress(entry.text)
    if (checkAddress(address) === undefined) found.add(address)
  }
  return found
}

/** `Ann <a@x.co>` is read in `emails` and text files, not as a YAML item: say what to write. */
function nameHint(text: string): string {
  const found = scanAddresses(text)
  const inner = found.length === 1 ? normaliseAddress(found[0]?.text ?? '') : ''
  return inner === '' || inner === text || checkAddress(inner) !== undefined
    ? ''
    : ` (in a YAML or JSON team file write the address alone, ${bounded(inner)}, or a mapping with email: ${bounded(inner)} and name)`
}

export function planInvites(entries: readonly ListedEntry[], options: PlanOptions = {}): Plan {
  const base = options.baseEntries === undefined ? undefined : validAddresses(options.baseEntries)
  // An address typed into `emails` is always new, even when the file lists it too.
  const fromInput = new Set(
    entries.filter(e => e.origin === 'input' && !e.notAnAddress).map(e => normaliseAddress(e.text))
  )

  const firstSeen = new Map<string, ListedEntry>()
  const items: Planned[] = []
  const duplicates: Duplicate[] = []
  // Everything the file lists now; a base address (always valid) missing here was removed.
  const inFile = new Set<string>()

  for (const entry of entries) {
    const text = entry.notAnAddress ? entry.text : normaliseAddress(entry.text)
    // An entry with no text at all is keyed by where it stands, so it can still be found. A
    // long one (never a valid address) is keyed by its start, length and digest, as it is
    // quoted in every output, message and annotation.
    const address =
      text === '' && entry.location
        ? `${entry.location.file}:${entry.location.line}`
        : boundedKey(text)
    if (entry.origin === 'file') inFile.add(address)
    const first = firstSeen.get(address)
    if (first !== undefined) {
      duplicates.push({ address, location: entry.location, first: first.location })
      continue
    }
    firstSeen.set(address, entry)
    const location = entry.location
    if (entry.notAnAddress) {
      items.push({
        kind: 'invalid',
        address,
        location,
        error: {
          code: 'invalid_entry',
          message:
            'not an email address: each entry must be an address or a mapping with an `email` key'
        }
      })
      continue
    }
    const problem = text === '' ? 'is empty' : checkAddress(text)
    if (problem !== undefined) {
      items.push({
        kind: 'invalid',
        address,
        location,
        error: {
          code: 'invalid_email',
          message: `not a valid email address: ${problem}${nameHint(text)}`
        }
      })
    } else if (base !== undefined && !fromInput.has(address) && base.has(address)) {
      items.push({ kind: 'skipped', address, location, reason: 'unchanged' })
    } else {
      items.push({ kind: 'send', address, location })
    }
  }

  const removed = base === undefined ? [] : [...base].filter(address => !inFile.has(address))
  const plan = withSend(items, duplicates, removed)
  return options.members === undefined ? plan : skipMembers(plan, options.members)
}

function withSend(items: Planned[], duplicates: Duplicate[], removed: string[]): Plan {
  const send = items.filter(item => item.kind === 'send').map(item => item.address)
  return { items, send, duplicates, removed }
}

/**
 * The plan with the org's members taken out (skip-existing). Members are listed only once
 * a plan shows something left to send, so they are applied to it rather than planned anew.
 */
export function skipMembers(plan: Plan, members: ReadonlySet<string>): Plan {
  const items = plan.items.map((item): Planned =>
    item.kind === 'send' && members.has(item.address)
      ? { kind: 'skipped', address: item.address, location: item.location, reason: 'member' }
      : item
  )
  return withSend(items, plan.duplicates, plan.removed)
}
