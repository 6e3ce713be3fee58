// The job summary: a table of every address with its result, headline counts and notes.
// Pure; publish.ts hands the model to @actions/core's summary, and loads this module only when
// the runner provides a summary file.
import type { GroupsReport, GroupSyncReport } from '../plan/groups.js'
import type { Plan } from '../plan/invites.js'
import { countResults } from './messages.js'
import type { RunResults } from './results.js'
import { bounded, plural, printable, where } from '../text.js'
import type { AddressResult } from '../types.js'

/** Rows beyond this collapse into counts; keeps the summary far below its 1 MiB limit. */
export const SUMMARY_ROW_LIMIT = 1000

const LABELS: Record<AddressResult['kind'], string> = {
  invited: '✅ invited',
  'would-invite': '📝 would invite',
  error: '❌ error',
  invalid: '⚠️ invalid',
  skipped: '⏭️ skipped'
}

/**
 * Longest text shown in one table cell or one item of a note, before escaping (valid
 * addresses are at most 254 characters). Entries are already cut where they are planned
 * (text.ts: boundedKey); this also bounds the API's messages, so that a few long cells cannot take
 * the summary past its 1 MiB limit, beyond which the runner drops the whole summary.
 */
const CELL_MAX_CHARS = 500
const NOTE_ITEM_MAX_CHARS = 254
/** A note on the run names a path and two commits: far below this. */
const RUN_NOTE_MAX_CHARS = 2000
/** Rows also stop once their cells reach this size, so that the summary stays far below 1 MiB. */
export const SUMMARY_ROW_BYTES = 384 * 1024

/** Escapes text for an HTML table cell that GitHub renders inside markdown. */
export function cell(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
}

/**
 * Escapes text for a markdown line of the summary (the notes). Every character markdown
 * gives a meaning becomes a numeric character reference, which reads the same in markdown
 * and in HTML: an address such as `[x](https://evil.example)@x.com` (valid: RFC 5322 allows
 * these characters before the @) must not become a link, and a backtick must not end a code
 * span, where entities would show literally.
 */
export function markdownText(text: string): string {
  // `@` too: GitHub turns a bare address in markdown into a mailto link.
  return printable(text).replace(/[&<>"|\\`*_[\]()~!$@]/g, c => `&#${c.charCodeAt(0)};`)
}

function detail(r: AddressResult): string {
  switch (r.kind) {
    case 'invited':
      return r.detail ?? ''
    case 'would-invite':
      return 'dry run: not sent'
    case 'error':
      return `${r.error.status === undefined ? '' : `HTTP ${r.error.status} `}${r.error.code}: ${r.error.message}`
    case 'invalid':
      return `${r.location ? `${where(r.location)} ` : ''}${r.error.message}`
    case 'skipped':
      return r.reason === 'member'
        ? 'already a member of the org'
        : 'unchanged since the base commit'
  }
}

/** Items a note lists before it says how many more there are. */
const NOTE_ITEMS = 100

function firstOf<T>(items: readonly T[], render: (item: T) => string): string {
  const shown = items.slice(0, NOTE_ITEMS).map(render).join(', ')
  return items.length > NOTE_ITEMS ? `${shown} and ${items.length - NOTE_ITEMS} more` : shown
}

const SEVERITY: Record<AddressResult['kind'], number> = {
  error: 0,
  invalid: 1,
  skipped: 2,
  invited: 3,
  'would-invite': 3
}

export interface SummaryModel {
  heading: string
  headline: string
  /** Header row first; every cell already escaped. */
  rows: string[][]
  /** Lines of markdown after the table (collapsed rows, removed, duplicates). */
  notes: string[]
}

export function summaryModel(
  org: string,
  dryRun: boolean,
  plan: Plan,
  run: RunResults,
  rowLimit = SUMMARY_ROW_LIMIT,
  redact: (text: string) => string = text => text,
  /** Plain-text notes on how the run was made (the base of only-added, plan-only events). */
  runNotes: readonly string[] = [],
  /** Each address's group (a Group column when any has one), and sync-groups. */
  groups?: GroupsReport,
  /** remove-missing ran: whether those who left the file were removed is its part to say. */
  removeMissing = false
): SummaryModel {
  // Redact before cutting and escaping: a key cut short or escaped would no longer match.
  const shown = (text: string, max: number): string => bounded(redact(text), max)
  const counts = countResults(run.results)
  const parts = dryRun
    ? [`**${counts.wouldInvite}** would be invited`]
    : [`**${counts.invited}** invited`]
  parts.push(
    `**${counts.errors}** ${counts.errors === 1 ? 'error' : 'errors'}`,
    `**${counts.invalid}** invalid`,
    `**${counts.skipped}** skipped`
  )
  if (plan.duplicates.length > 0) {
    parts.push(`${plural(plan.duplicates.length, 'duplicate')} ignored`)
  }

  // Unchanged addresses were invited before; listing them would bury what this run did.
  const listed = run.results.filter(r => !(r.kind === 'skipped' && r.reason === 'unchanged'))
  const unchanged = run.results.length - listed.length
  const groupOf = groups?.groupOf
  const withGroups = groupOf !== undefined && [...groupOf.values()].some(g => g !== undefined)
  // An empty cell would come out as an unclosed <td> from core.summary.
  const toRow = (r: AddressResult): string[] => {
    const row = [cell(shown(r.address, CELL_MAX_CHARS)), LABELS[r.kind]]
    if (withGroups) row.push(cell(groupOf.get(r.address) ?? '') || '-')
    row.push(cell(shown(detail(r), CELL_MAX_CHARS)) || '-')
    return row
  }
  const sizeOf = (row: string[]): number =>
    row.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  // Problems first, so they are never buried under a long list of invitations.
  const ordered = [...listed].sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind])
  let body = ordered.slice(0, rowLimit).map(toRow)
  let bytes = 0
  const over = body.findIndex(row => (bytes += sizeOf(row)) > SUMMARY_ROW_BYTES)
  // Too large to show whole even within the row limit (see CELL_MAX_CHARS): as many as fit.
  if (over !== -1) body = body.slice(0, Math.max(1, over))
  const rows = [
    withGroups ? ['Address', 'Result', 'Group', 'Detail'] : ['Address', 'Result', 'Detail'],
    ...body
  ]
  const notes: string[] = runNotes.map(text => markdownText(shown(text, RUN_NOTE_MAX_CHARS)))
  if (body.length < listed.length) {
    notes.push(
      `Showing ${body.length} of ${listed.length} addresses, errors first. The step outputs list them all.`
    )
  }
  if (unchanged > 0) {
    notes.push(
      `${plural(unchanged, 'address')} unchanged since the base commit ${unchanged === 1 ? 'is' : 'are'} not listed (skipped: \`unchanged\`).`
    )
  }
  const noteText = (text: string): string => markdownText(shown(text, NOTE_ITEM_MAX_CHARS))
  if (plan.removed.length > 0) {
    notes.push(
      `**Removed from the team file** (${removeMissing ? 'the removal below says what happened to the members among them' : 'not removed from the org; this action only invites'}): ${firstOf(
        plan.removed,
        a => `<code>${noteText(a)}</code>`
      )}`
    )
  }
  if (plan.duplicates.length > 0) {
    notes.push(
      `**Duplicates** (counted once): ${firstOf(
        plan.duplicates,
        d => `${noteText(d.address)}${d.location ? ` (${noteText(where(d.location))})` : ''}`
      )}`
    )
  }
  if (groups?.sync !== undefined) notes.push(...syncNotes(groups.sync, noteText))
  return {
    heading: `${dryRun ? 'Dry run: ' : ''}Control Plane invitations for org ${org}`,
    headline: parts.join(' · '),
    rows,
    notes
  }
}

/** sync-groups in the summary: who was (or would be) added to which group, and what failed. */
function syncNotes(sync: GroupSyncReport, noteText: (text: string) => string): string[] {
  if (sync.notRun !== undefined) {
    return [`**sync-groups did not run**: ${noteText(sync.notRun.reason)}`]
  }
  if (sync.groups.length === 0) {
    return ['**sync-groups**: every existing member is already in the group their entry names.']
  }
  const heading: Record<GroupSyncReport['groups'][number]['state'], string> = {
    planned: 'Would add to groups** (sync-groups; nothing sent)',
    added: 'Added to groups** (sync-groups)',
    failed: 'Not added to groups** (sync-groups; the request failed)',
    unread: 'Groups not read** (sync-groups; nobody added)'
  }
  const notes: string[] = []
  for (const state of ['failed', 'unread', 'added', 'planned'] as const) {
    const items = sync.groups.filter(item => item.state === state)
    if (items.length === 0) continue
    const parts = items.map(item => {
      const why =
        item.failure === undefined
          ? ''
          : ` (${noteText(`${item.failure.status === undefined ? '' : `HTTP ${item.failure.status} `}${item.failure.code}`)})`
      return `<code>${noteText(item.group)}</code>${why}: ${firstOf(item.addresses, a => noteText(a))}`
    })
    notes.push(`**${heading[state]}: ${parts.join('; ')}`)
  }
  return notes
}
