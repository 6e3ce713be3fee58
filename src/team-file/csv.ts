// Reads a CSV team file, such as the one the Console's bulk invite takes
// (`USER_EMAIL,GROUP_TO_ASSIGN`). csv-parse reads the values; a small scan of the same text
// finds where each record and field starts, for annotations. The two must agree on the
// records, or the file is refused rather than annotated at the wrong place.
import { CsvError, parse } from 'csv-parse/sync'
import { teamFileError } from '../errors.js'
import type { ListedEntry, SourceLocation } from '../types.js'

const ADDRESS_COLUMNS = ['email', 'user_email']
const GROUP_COLUMNS = ['group', 'group_to_assign']
const HEADER_EXAMPLE =
  "a header such as the Console's USER_EMAIL,GROUP_TO_ASSIGN, or email,group (the group column is optional)"

export function isCsvName(file: string): boolean {
  return /\.csv$/i.test(file)
}

/** Where a record starts, where each of its fields starts, and where it ends (offsets). */
interface RecordSpan {
  start: number
  /** 1-based line of `start`. */
  line: number
  fieldStarts: number[]
  /** The first line break inside the record (in a quoted field), else `end`. */
  firstBreak: number
  /** The offset of the line break ending the record, or the text's length. */
  end: number
}

/**
 * Record and field starts, by the rules csv-parse applies once it has accepted the text:
 * a record ends at a line feed outside quotes, a field at a comma outside quotes, and every
 * double quote opens, closes, or is one of a doubled pair (which toggles twice). Linear.
 */
function scanRecords(text: string): RecordSpan[] {
  const records: RecordSpan[] = []
  const n = text.length
  let line = 1
  let i = 0
  while (i < n) {
    const start = i
    const startLine = line
    const fieldStarts = [i]
    let firstBreak = -1
    let inQuotes = false
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        inQuotes = !inQuotes
      } else if (c === 0x0a) {
        if (!inQuotes) break
        line++
        if (firstBreak === -1) firstBreak = i
      } else if (c === 0x2c && !inQuotes) {
        fieldStarts.push(i + 1)
      }
    }
    records.push({
      start,
      line: startLine,
      fieldStarts,
      firstBreak: firstBreak === -1 ? i : firstBreak,
      end: i
    })
    line++
    i++
  }
  return records
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d
}

/** How many code points `text` holds from `from` to `to`: columns count characters. */
function width(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff || i + 1 >= to) count++
    else {
      const d = text.charCodeAt(i + 1)
      count++
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  return count
}

/**
 * Where field `index` of a record stands. An entry is located at its record's first line:
 * when an earlier quoted field spans lines, the field itself starts further down and the
 * location is the record's first column.
 */
function fieldLocation(
  text: string,
  file: string,
  record: RecordSpan,
  index: number
): SourceLocation {
  const fieldStart = record.fieldStarts[index]
  if (fieldStart === undefined) {
    // A short record: the field is missing; point after its last character.
    return { file, line: record.line, column: width(text, record.start, record.firstBreak) + 1 }
  }
  if (fieldStart > record.firstBreak) return { file, line: record.line, column: 1 }
  let from = fieldStart
  let to =
    record.fieldStarts[index + 1] === undefined ? record.end : record.fieldStarts[index + 1]! - 1
  while (from < to && isBlank(text.charCodeAt(from))) from++
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--
  const column = width(text, record.start, from) + 1
  if (to > record.firstBreak) return { file, line: record.line, column }
  return {
    file,
    line: record.line,
    column,
    endLine: record.line,
    endColumn: column + width(text, from, to)
  }
}

function findColumn(
  header: string[],
  names: readonly string[],
  file: string,
  line: number,
  what: string
): number | undefined {
  const found = header.flatMap((cell, i) => (names.includes(cell.trim().toLowerCase()) ? [i] : []))
  if (found.length > 1) {
    const shown = found.map(i => JSON.stringify(header[i])).join(' and ')
    throw teamFileError(
      `emails-file ${file} has two ${what} columns in its header (line ${line}): ${shown}. Keep one of them.`,
      { file, line, column: 1 }
    )
  }
  return found[0]
}

function csvErrorReason(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed'
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote in the middle of a field'
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text after the closing quote of a field'
    default: {
      // csv-parse ends its messages with where it stopped; the caller gives the location.
      const at = error.message.indexOf(' at line ')
      return at < 0 ? error.message : error.message.slice(0, at)
    }
  }
}

/**
 * The entries of a CSV team file's content. `file` is the workspace-relative path, used in
 * locations and messages. The first non-blank record is the header; it must name the
 * address column (`email` or `USER_EMAIL`) and may name the group column (`group` or
 * `GROUP_TO_ASSIGN`), in any case. Other columns are ignored, and so are blank records. An
 * empty group cell leaves the entry's group unset: it gets the `group` input.
 */
export function parseCsvTeamFile(content: string, file: string): ListedEntry[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    throw teamFileError(
      `emails-file looks like a binary file (NUL byte): ${file}. Point emails-file at a CSV file with a header row.`
    )
  }
  const spans = scanRecords(text)
  let records: string[][]
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n'],
      trim: true
    }) as string[][]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const parsed = (error as { records?: unknown }).records
    const at = typeof parsed === 'number' ? spans[parsed] : undefined
    const where = at ? ` in the record at line ${at.line}` : ''
    throw teamFileError(
      `emails-file ${file} is not valid CSV${where}: ${csvErrorReason(error)}. ` +
        'A field holding a comma, a quote or a line break must be in double quotes, with each quote inside it doubled ("").',
      at ? { file, line: at.line, column: 1 } : undefined
    )
  }
  if (
    spans.length !== records.length ||
    records.some((cells, i) => cells.length !== spans[i]?.fieldStarts.length)
  ) {
    throw teamFileError(
      `emails-file ${file} could not be read exactly as CSV (its records could not be located). ` +
        'Save it as plain comma-separated values, one record per line.'
    )
  }

  const blank = (cells: string[]) => cells.every(cell => cell === '')
  const headerIndex = records.findIndex(cells => !blank(cells))
  if (headerIndex === -1) return []
  const header = records[headerIndex]!
  const headerLine = spans[headerIndex]!.line
  const addressColumn = findColumn(header, ADDRESS_COLUMNS, file, headerLine, 'address')
  const groupColumn = findColumn(header, GROUP_COLUMNS, file, headerLine, 'group')
  if (addressColumn === undefined) {
    const at = { file, line: headerLine, column: 1 }
    if (header.some(cell => cell.includes('@'))) {
      throw teamFileError(
        `emails-file ${file} has no header row: its first line (line ${headerLine}) holds an address. ` +
          `Add a first line naming the columns: ${HEADER_EXAMPLE}.`,
        at
      )
    }
    const names = header.map(cell => JSON.stringify(cell)).join(', ')
    throw teamFileError(
      `emails-file ${file} has no address column: its header (line ${headerLine}) names ${names}. ` +
        `Name the column of addresses email or USER_EMAIL: ${HEADER_EXAMPLE}.`,
      at
    )
  }

  const entries: ListedEntry[] = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!
    if (blank(cells)) continue
    const span = spans[i]!
    const entry: ListedEntry = {
      text: cells[addressColumn] ?? '',
      origin: 'file',
      location: fieldLocation(text, file, span, addressColumn)
    }
    const group = groupColumn === undefined ? '' : (cells[groupColumn] ?? '')
    if (group !== '' && groupColumn !== undefined) {
      entry.group = group
      entry.groupLocation = fieldLocation(text, file, span, groupColumn)
    }
    entries.push(entry)
  }
  return entries
}
