export const id = 968;
export const ids = [968];
export const modules = {

/***/ 968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseTeamFile: () => (/* binding */ parseTeamFile)
});

// UNUSED EXPORTS: MAX_TEAM_FILE_ENTRIES, MAX_TEAM_FILE_NODES

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/addresses/split.ts
var split = __webpack_require__(484);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./src/team-file/csv.ts
// Reads a CSV team file, such as the one the Console's bulk invite takes
// (`USER_EMAIL,GROUP_TO_ASSIGN`). csv-parse reads the values; a small scan of the same text
// finds where each record and field starts, for annotations. The two must agree on the
// records, or the file is refused rather than annotated at the wrong place.


const ADDRESS_COLUMNS = ['email', 'user_email'];
const GROUP_COLUMNS = ['group', 'group_to_assign'];
const HEADER_EXAMPLE = "a header such as the Console's USER_EMAIL,GROUP_TO_ASSIGN, or email,group (the group column is optional)";
function isCsvName(file) {
    return /\.csv$/i.test(file);
}
/**
 * Record and field starts, by the rules csv-parse applies once it has accepted the text:
 * a record ends at a line feed outside quotes, a field at a comma outside quotes, and every
 * double quote opens, closes, or is one of a doubled pair (which toggles twice). Linear.
 */
function scanRecords(text) {
    const records = [];
    const n = text.length;
    let line = 1;
    let i = 0;
    while (i < n) {
        const start = i;
        const startLine = line;
        const fieldStarts = [i];
        let firstBreak = -1;
        let inQuotes = false;
        for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                inQuotes = !inQuotes;
            }
            else if (c === 0x0a) {
                if (!inQuotes)
                    break;
                line++;
                if (firstBreak === -1)
                    firstBreak = i;
            }
            else if (c === 0x2c && !inQuotes) {
                fieldStarts.push(i + 1);
            }
        }
        records.push({
            start,
            line: startLine,
            fieldStarts,
            firstBreak: firstBreak === -1 ? i : firstBreak,
            end: i
        });
        line++;
        i++;
    }
    return records;
}
function isBlank(c) {
    return c === 0x20 || c === 0x09 || c === 0x0d;
}
/** How many code points `text` holds from `from` to `to`: columns count characters. */
function width(text, from, to) {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff || i + 1 >= to)
            count++;
        else {
            const d = text.charCodeAt(i + 1);
            count++;
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
    }
    return count;
}
/**
 * Where field `index` of a record stands. An entry is located at its record's first line:
 * when an earlier quoted field spans lines, the field itself starts further down and the
 * location is the record's first column.
 */
function fieldLocation(text, file, record, index) {
    const fieldStart = record.fieldStarts[index];
    if (fieldStart === undefined) {
        // A short record: the field is missing; point after its last character.
        return { file, line: record.line, column: width(text, record.start, record.firstBreak) + 1 };
    }
    if (fieldStart > record.firstBreak)
        return { file, line: record.line, column: 1 };
    let from = fieldStart;
    let to = record.fieldStarts[index + 1] === undefined ? record.end : record.fieldStarts[index + 1] - 1;
    while (from < to && isBlank(text.charCodeAt(from)))
        from++;
    while (to > from && isBlank(text.charCodeAt(to - 1)))
        to--;
    const column = width(text, record.start, from) + 1;
    if (to > record.firstBreak)
        return { file, line: record.line, column };
    return {
        file,
        line: record.line,
        column,
        endLine: record.line,
        endColumn: column + width(text, from, to)
    };
}
function findColumn(header, names, file, line, what) {
    const found = header.flatMap((cell, i) => (names.includes(cell.trim().toLowerCase()) ? [i] : []));
    if (found.length > 1) {
        const shown = found.map(i => JSON.stringify(header[i])).join(' and ');
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has two ${what} columns in its header (line ${line}): ${shown}. Keep one of them.`, { file, line, column: 1 });
    }
    return found[0];
}
function csvErrorReason(error) {
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'a quoted field is never closed';
        case 'INVALID_OPENING_QUOTE':
            return 'a double quote in the middle of a field';
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
        case 'CSV_INVALID_CLOSING_QUOTE':
            return 'text after the closing quote of a field';
        default: {
            // csv-parse ends its messages with where it stopped; the caller gives the location.
            const at = error.message.indexOf(' at line ');
            return at < 0 ? error.message : error.message.slice(0, at);
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
function parseCsvTeamFile(content, file) {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        throw (0,errors/* teamFileError */.uO)(`emails-file looks like a binary file (NUL byte): ${file}. Point emails-file at a CSV file with a header row.`);
    }
    const spans = scanRecords(text);
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, {
            relax_column_count: true,
            skip_empty_lines: false,
            record_delimiter: ['\r\n', '\n'],
            trim: true
        });
    }
    catch (error) {
        if (!(error instanceof sync/* CsvError */.J$))
            throw error;
        const parsed = error.records;
        const at = typeof parsed === 'number' ? spans[parsed] : undefined;
        const where = at ? ` in the record at line ${at.line}` : '';
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} is not valid CSV${where}: ${csvErrorReason(error)}. ` +
            'A field holding a comma, a quote or a line break must be in double quotes, with each quote inside it doubled ("").', at ? { file, line: at.line, column: 1 } : undefined);
    }
    if (spans.length !== records.length ||
        records.some((cells, i) => cells.length !== spans[i]?.fieldStarts.length)) {
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} could not be read exactly as CSV (its records could not be located). ` +
            'Save it as plain comma-separated values, one record per line.');
    }
    const blank = (cells) => cells.every(cell => cell === '');
    const headerIndex = records.findIndex(cells => !blank(cells));
    if (headerIndex === -1)
        return [];
    const header = records[headerIndex];
    const headerLine = spans[headerIndex].line;
    const addressColumn = findColumn(header, ADDRESS_COLUMNS, file, headerLine, 'address');
    const groupColumn = findColumn(header, GROUP_COLUMNS, file, headerLine, 'group');
    if (addressColumn === undefined) {
        const at = { file, line: headerLine, column: 1 };
        if (header.some(cell => cell.includes('@'))) {
            throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has no header row: its first line (line ${headerLine}) holds an address. ` +
                `Add a first line naming the columns: ${HEADER_EXAMPLE}.`, at);
        }
        const names = header.map(cell => JSON.stringify(cell)).join(', ');
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has no address column: its header (line ${headerLine}) names ${names}. ` +
            `Name the column of addresses email or USER_EMAIL: ${HEADER_EXAMPLE}.`, at);
    }
    const entries = [];
    for (let i = headerIndex + 1; i < records.length; i++) {
        const cells = records[i];
        if (blank(cells))
            continue;
        const span = spans[i];
        const entry = {
            text: cells[addressColumn] ?? '',
            origin: 'file',
            location: fieldLocation(text, file, span, addressColumn)
        };
        const group = groupColumn === undefined ? '' : (cells[groupColumn] ?? '');
        if (group !== '' && groupColumn !== undefined) {
            entry.group = group;
            entry.groupLocation = fieldLocation(text, file, span, groupColumn);
        }
        entries.push(entry);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/team-file/yaml-fast-path.ts
const SPACE = 32;
const HASH = 35;
const CR = 13;
/** Whether text[from, to) holds no line terminator (what `.` of a regular expression skips). */
function noLineBreak(text, from, to = text.length) {
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || code === CR || code === 0x2028 || code === 0x2029)
            return false;
    }
    return true;
}
/**
 * Whether row[from..] is only spaces, or spaces and then a comment (a `#` after at least one
 * space, running to the end of the row).
 */
function onlyCommentAfter(row, from) {
    let i = from;
    while (row.charCodeAt(i) === SPACE)
        i++;
    if (i === row.length)
        return true;
    return i > from && row.charCodeAt(i) === HASH && noLineBreak(row, i + 1);
}
/** Whether the row is blank or a comment line: spaces, then nothing or a `#` comment. */
function isQuietRow(row) {
    let i = 0;
    while (row.charCodeAt(i) === SPACE)
        i++;
    return i === row.length || (row.charCodeAt(i) === HASH && noLineBreak(row, i + 1));
}
// The local part starts with a letter, digit or underscore, so it is never a YAML indicator;
// the address ends where its character classes end (sticky: tried at one place only).
const PLAIN_ADDRESS = /[A-Za-z0-9_][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+/y;
/** `- user@example.com` lines, with blank and comment lines between: a list of strings. */
function plainList(text, file) {
    const entries = [];
    let line = 0;
    for (let start = 0; start <= text.length; line++) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        // A CR before the LF ends the line with it.
        const rowEnd = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        const row = text.slice(start, rowEnd);
        start = end + 1;
        if (row.charCodeAt(0) === 45 /* - */ && row.charCodeAt(1) === SPACE) {
            let at = 2;
            while (row.charCodeAt(at) === SPACE)
                at++;
            PLAIN_ADDRESS.lastIndex = at;
            const address = PLAIN_ADDRESS.exec(row)?.[0];
            if (address === undefined || !onlyCommentAfter(row, at + address.length))
                return undefined;
            entries.push({
                text: address,
                origin: 'file',
                location: {
                    file,
                    line: line + 1,
                    column: at + 1,
                    endLine: line + 1,
                    endColumn: at + 1 + address.length
                }
            });
        }
        else if (!isQuietRow(row)) {
            return undefined;
        }
    }
    return entries;
}
// Characters that YAML and JavaScript both take as plain text: printable, none of YAML's
// line breaks or the BOM, and no white space but the space (trimEnd, used for locations,
// drops NBSP and the other Unicode spaces, which YAML keeps in a value). `u` flag: astral
// characters only as whole surrogate pairs.
const TEXT_CHARS = String.raw `\x20-\x7e\xa1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e` +
    String.raw `\u2060-\u2fff\u3001-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}`;
const QUOTED_TEXT = new RegExp(`^[${TEXT_CHARS}]*$`, 'u');
// A plain scalar never starts with a space or an indicator: - ? : , [ ] { } # & * ! | > ' " % @ `
const PLAIN_TEXT = new RegExp(`^(?![- ?:,[\\]{}#&*!|>'"%@\`])[${TEXT_CHARS}]+$`, 'u');
// Plain scalars the core schema reads as null or a boolean; numbers start with [-+.0-9].
const NOT_A_STRING = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
// A mapping key; short, as YAML limits implicit keys to 1024 characters.
const SIMPLE_KEY = /([A-Za-z_][A-Za-z0-9_-]{0,63}): +/y;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const LIST_KEYS = ['emails:', 'members:', 'users:'];
// The scalar that starts at `at` and, with an optional comment, ends the row.
function simpleScalar(row, at) {
    const quote = row[at];
    if (quote === '"' || quote === "'") {
        // A second quote right after the closing one ('' escapes ') is not a comment: refused.
        const close = row.indexOf(quote, at + 1);
        if (close < 0)
            return undefined;
        const value = row.slice(at + 1, close);
        if (quote === '"' && value.includes('\\'))
            return undefined;
        if (!QUOTED_TEXT.test(value) || !onlyCommentAfter(row, close + 1))
            return undefined;
        return { source: row.slice(at, close + 1), value, isString: true };
    }
    const hash = row.indexOf(' #', at);
    if (hash >= 0 && !noLineBreak(row, hash + 2))
        return undefined;
    let end = hash < 0 ? row.length : hash;
    while (end > at && row.charCodeAt(end - 1) === SPACE)
        end--;
    const value = row.slice(at, end);
    if (!PLAIN_TEXT.test(value) || value.includes(': ') || value.endsWith(':'))
        return undefined;
    return { source: value, value, isString: value.includes('@') || !NOT_A_STRING.test(value) };
}
function codePoints(text) {
    let count = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff)
            count--;
    }
    return count;
}
/**
 * A list at the top or under a single top-level `emails:`, `members:` or `users:` key, whose
 * items are addresses or mappings of `key: value` lines (`- email: ann@example.com` then
 * `  name: Ann Lee`). `astral`: the text holds surrogate pairs, so columns count them.
 */
function simpleList(text, file, astral) {
    const entries = [];
    const keys = new Set();
    let keyed = false; // under a top-level emails, members or users key
    let listIndent = -1; // column of the dashes, from the first item on
    let mapIndent = -1; // column of the keys of the current item, when it is a mapping
    let missingEmail = false; // the current mapping item has no email key so far
    // The current mapping item's `group:` and its entry, whichever of the two comes first.
    let group;
    let itemEntry;
    const entryAt = (scalar, line, at) => {
        // Only ASCII precedes a scalar here, so its column is its offset in the row plus one.
        const width = astral ? codePoints(scalar.source) : scalar.source.length;
        return {
            text: scalar.value,
            origin: 'file',
            location: { file, line, column: at + 1, endLine: line, endColumn: at + 1 + width }
        };
    };
    let line = 0;
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const next = newline < 0 ? text.length + 1 : newline + 1;
        let end = next - 1;
        if (newline >= 0 && end > start && text.charCodeAt(end - 1) === CR)
            end--;
        const row = text.slice(start, end);
        start = next;
        line++;
        let indent = 0;
        while (row.charCodeAt(indent) === SPACE)
            indent++;
        if (indent === row.length)
            continue;
        if (row.charCodeAt(indent) === HASH) {
            if (!noLineBreak(row, indent + 1))
                return undefined;
            continue;
        }
        let at = indent;
        let match;
        const dash = row.charCodeAt(indent) === 45 && row.charCodeAt(indent + 1) === SPACE;
        if (dash && (listIndent < 0 || indent === listIndent)) {
            if (missingEmail)
                return undefined;
            listIndent = indent;
            at += 2;
            while (row.charCodeAt(at) === SPACE)
                at++;
            SIMPLE_KEY.lastIndex = at;
            match = SIMPLE_KEY.exec(row);
            if (!match) {
                const item = simpleScalar(row, at);
                if (!item?.isString)
                    return undefined;
                entries.push(entryAt(item, line, at));
                mapIndent = -1;
                continue;
            }
            mapIndent = at;
            keys.clear();
            missingEmail = true;
            group = undefined;
            itemEntry = undefined;
        }
        else if (indent !== mapIndent) {
            if (keyed || listIndent >= 0 || indent > 0)
                return undefined;
            const listKey = LIST_KEYS.find(name => row.startsWith(name));
            if (listKey === undefined || !onlyCommentAfter(row, listKey.length))
                return undefined;
            keyed = true;
            continue;
        }
        else {
            SIMPLE_KEY.lastIndex = at;
            match = SIMPLE_KEY.exec(row);
        }
        // A `key: value` line of a mapping item, at its first key's column.
        const name = match?.[1];
        if (name === undefined || RESERVED_KEY.test(name) || keys.has(name))
            return undefined;
        keys.add(name);
        const valueAt = SIMPLE_KEY.lastIndex;
        const value = simpleScalar(row, valueAt);
        if (!value)
            return undefined;
        if (name === 'email') {
            if (!value.isString)
                return undefined;
            itemEntry = entryAt(value, line, valueAt);
            if (group !== undefined) {
                itemEntry.group = group.value;
                itemEntry.groupLocation = group.location;
            }
            entries.push(itemEntry);
            missingEmail = false;
        }
        else if (name === 'group') {
            if (!value.isString)
                return undefined;
            const location = entryAt(value, line, valueAt).location;
            if (itemEntry !== undefined) {
                itemEntry.group = value.value;
                itemEntry.groupLocation = location;
            }
            else {
                group = { value: value.value, location };
            }
        }
    }
    return missingEmail || entries.length === 0 ? undefined : entries;
}
/**
 * The entries of a YAML team file in one of the common shapes, located as the full parser
 * locates them; undefined when the file is anything else (the full parser then reads it).
 * `astral`: the text holds surrogate pairs (columns count characters, not UTF-16 units).
 */
function readCommonShapes(text, file, astral) {
    // A CR that no LF follows is text to the yaml package (`- a@x.com\r` reads "a@x.com\r"),
    // but would be taken for half a line end here: such a file goes to the full parser.
    if (text.endsWith('\r'))
        return undefined;
    return plainList(text, file) ?? simpleList(text, file, astral);
}

;// CONCATENATED MODULE: ./src/team-file/parse.ts






/** A UTF-32 byte-order mark, LE and BE, as decodeTeamFile leaves it (read as UTF-8). */
const UTF32_MARKS = ['\ufffd\ufffd\0\0', '\0\0\ufffd\ufffd'];
/** The keys that may hold the list when the file is a mapping; it may hold only one of them. */
const parse_LIST_KEYS = ['emails', 'members', 'users'];
/** Real team files need a handful of levels; the limit keeps the recursive composer safe. */
const MAX_DEPTH = 100;
/** The `yaml` package's default, kept explicit: beyond it an alias bomb is assumed. */
const MAX_ALIAS_COUNT = 100;
const MAX_ENTRY_SOURCE = 200;
/**
 * 2.5 times the largest team file measured (100,000 addresses, about 3 MB). Beyond it a file
 * is refused unread: the YAML parser alone would take seconds for millions of `- ` items,
 * and the plan, the outputs and the summary of millions of invalid entries many more.
 */
const MAX_TEAM_FILE_ENTRIES = 250_000;
/**
 * List items and mapping keys in all, for YAML and JSON: 100,000 entries of an email, a name
 * and a group take 400,000. Beyond it the composer would spend seconds and a gigabyte on a
 * mapping of a million keys (`k1: v`...), which no team file holds.
 */
const MAX_TEAM_FILE_NODES = 500_000;
/** How many lists a message names before it says how many more there are. */
const MAX_LISTS_NAMED = 20;
const SHAPES = 'a list of addresses, a list of mappings with an "email" key, or a mapping whose ' +
    '"emails", "members" or "users" key holds such a list';
function position(pos, offset) {
    const { line, col } = pos.lines.linePos(offset);
    if (!pos.astral)
        return { line, column: col };
    const lineStart = pos.lines.lineStarts[line - 1] ?? 0;
    // Counting each entry's column from its line's start would take quadratic time on one long
    // line holding many entries.
    const resume = pos.last !== undefined && pos.last.line === line && pos.last.offset <= offset;
    let column = resume ? (pos.last?.column ?? 1) : 1;
    for (let i = resume ? (pos.last?.offset ?? lineStart) : lineStart; i < offset; i++) {
        const code = pos.content.charCodeAt(i);
        // A low surrogate that follows a high one is the second half of one character.
        if (code >= 0xdc00 && code <= 0xdfff && i > lineStart) {
            const previous = pos.content.charCodeAt(i - 1);
            if (previous >= 0xd800 && previous <= 0xdbff)
                continue;
        }
        column++;
    }
    pos.last = { offset, line, column };
    return { line, column };
}
function locate(pos, file, start, end) {
    // Some parse errors point one past the end of the text; the annotation must stay inside it.
    const first = Math.min(Math.max(start, 0), pos.content.length);
    const from = position(pos, first);
    const to = position(pos, Math.min(Math.max(end, first), pos.content.length));
    return {
        file,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column
    };
}
function isYamlName(file) {
    return /\.(ya?ml|json)$/i.test(file);
}
/**
 * Reads a team file's content into the entries it lists. `file` is the workspace-relative
 * path, used only in locations and messages. YAML and JSON files (by extension) are lists
 * of addresses in one of a few shapes, where a mapping item may name its `group`; CSV files
 * have a header row (see csv.ts); any other file is plain text, addresses separated by white
 * space, commas or semicolons, `#` starting a comment.
 */
function parseTeamFile(content, file, key, options = {}) {
    // Columns of line 1 are counted from the visible text, so the BOM goes before anything else.
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    const lines = new dist/* LineCounter */.HN();
    const pos = { lines, astral: /[\ud800-\udfff]/.test(text), content: text };
    const nul = text.indexOf('\0');
    if (nul >= 0 && UTF32_MARKS.some(mark => text.startsWith(mark))) {
        countLines(text, lines);
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} is a UTF-32 file (it starts with a UTF-32 byte-order mark), which ` +
            'is not read: save it as UTF-8.', locate(pos, file, 0, 0));
    }
    if (nul >= 0) {
        countLines(text, lines);
        const at = position(pos, nul);
        throw (0,errors/* teamFileError */.uO)(`emails-file looks like a binary file (NUL byte at line ${at.line}, column ${at.column}): ` +
            `${file}. Point emails-file at a text, YAML or JSON file that lists the addresses. ` +
            'A UTF-16 file is read only with its byte-order mark: save it as UTF-8.', locate(pos, file, nul, nul + 1));
    }
    const dottedKey = key?.trim() ?? '';
    if (isYamlName(file))
        return parseYaml(text, file, dottedKey, pos, options.fastPaths !== false);
    const csv = isCsvName(file);
    if (dottedKey !== '') {
        throw (0,errors/* teamFileError */.uO)(`emails-key is set ("${(0,src_text/* bounded */.Mm)(dottedKey)}") but emails-file ${file} is read as ${csv ? 'CSV' : 'plain text'}: only ` +
            '.yml, .yaml and .json files have keys. Clear emails-key, or use a YAML or JSON file.');
    }
    if (csv)
        return parseCsvTeamFile(text, file);
    countLines(text, lines);
    const spans = (0,split/* scanAddresses */.m)(text, true);
    if (spans.length > MAX_TEAM_FILE_ENTRIES)
        throw tooManyEntries(file, spans.length);
    return spans.map(span => ({
        text: span.text,
        origin: 'file',
        location: locate(pos, file, span.start, span.end)
    }));
}
// Only LF ends a line (a lone CR does not, for YAML either), so both formats count alike.
function tooManyEntries(file, count) {
    const limit = MAX_TEAM_FILE_ENTRIES.toLocaleString('en-US');
    const counted = count === undefined
        ? `more than ${limit} entries`
        : count === 'nodes'
            ? `more than ${MAX_TEAM_FILE_NODES.toLocaleString('en-US')} list items and mapping keys`
            : `${count.toLocaleString('en-US')} entries; the limit is ${limit}`;
    return (0,errors/* teamFileError */.uO)(`emails-file ${file} lists ${counted}, far more than a team file holds. Nothing was read ` +
        'or sent. Check that emails-file names the team file, or split the people over several runs.');
}
function countLines(text, lines) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines.addNewLine(i + 1);
}
// The composer recurses once per level and, near the stack limit, Node 20 can abort the
// whole process (V8 fails to allocate while compiling a regular expression) instead of
// throwing a RangeError. So depth is measured on the flat token tree before composing.
function scanTokens(tokens) {
    const result = { hasAlias: false };
    const stack = tokens.map(token => [token, 0]);
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        switch (token.type) {
            case 'alias':
                result.hasAlias = true;
                break;
            case 'document':
                if (token.value)
                    stack.push([token.value, depth]);
                break;
            case 'block-map':
            case 'block-seq':
            case 'flow-collection':
                if (depth >= MAX_DEPTH) {
                    result.tooDeep = token.offset;
                    return result;
                }
                for (const item of token.items) {
                    if (item.key)
                        stack.push([item.key, depth + 1]);
                    if (item.value)
                        stack.push([item.value, depth + 1]);
                }
                break;
        }
    }
    return result;
}
// Where the text opens more than MAX_DEPTH flow collections at once, or has more than
// MAX_DEPTH block indicators (`-`, `?`, `:` outside brackets) on one line, each of which may
// open a level (`- - - a`); a deeper nesting through indentation takes quadratic room, so the
// file limit keeps it small. Inside brackets only the brackets open levels: minified JSON
// (`[{"email":…},…]`) holds a `:` per key on its one line, and is two levels deep.
// It also counts list items (a `-`, or a `,` in a flow sequence), and stops with `entries`
// beyond MAX_TEAM_FILE_ENTRIES, and mapping keys (a `:`) with them, stopping with `nodes`
// beyond MAX_TEAM_FILE_NODES, before the parser spends seconds on them.
function nestingBeyondLimit(text) {
    let offset = 0;
    let flow = 0;
    let onLine = 0;
    let items = 0;
    let keys = 0;
    // Whether each open flow collection is a sequence, to count only a sequence's commas.
    const sequences = [];
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        switch (token) {
            case '[':
            case '{':
                if (++flow > MAX_DEPTH)
                    return offset;
                sequences.push(token === '[');
                break;
            case ']':
            case '}':
                if (flow > 0)
                    flow--;
                sequences.pop();
                break;
            case ',':
                if (sequences[sequences.length - 1] === true && ++items > MAX_TEAM_FILE_ENTRIES)
                    return 'entries';
                break;
            case ':':
                if (++keys + items > MAX_TEAM_FILE_NODES)
                    return 'nodes';
                if (flow === 0 && ++onLine > MAX_DEPTH)
                    return offset;
                break;
            case '-':
                if (++items > MAX_TEAM_FILE_ENTRIES)
                    return 'entries';
                if (++onLine > MAX_DEPTH)
                    return offset;
                break;
            case '?':
                if (++onLine > MAX_DEPTH)
                    return offset;
                break;
            case '\n':
            case '\r\n':
                onLine = 0;
                break;
            // The lexer's markers of a document, a scalar and a flow end are not in the text.
            case '\x02':
            case '\x18':
            case '\x1f':
                continue;
        }
        offset += token.length;
    }
    return undefined;
}
function parseYaml(text, file, key, pos, fastPaths) {
    const simple = fastPaths && key === '' ? readCommonShapes(text, file, pos.astral) : undefined;
    if (simple && simple.length > MAX_TEAM_FILE_ENTRIES)
        throw tooManyEntries(file, simple.length);
    if (simple)
        return simple;
    const kind = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    const at = (start, end = start) => locate(pos, file, start, end);
    // Lines are counted here rather than by the Parser, which misses line breaks inside some
    // malformed tokens and would then place errors on the wrong line.
    countLines(text, pos.lines);
    // The parser builds its whole tree before the depth can be checked there, and 8 MB of `[`
    // is 4 million levels, beyond the heap: so the lexer's tokens, which it streams, go first.
    const beyond = nestingBeyondLimit(text);
    if (beyond === 'entries')
        throw tooManyEntries(file);
    if (beyond === 'nodes')
        throw tooManyEntries(file, 'nodes');
    const deepAt = beyond;
    const tokens = deepAt === undefined ? Array.from(new dist/* Parser */.iX().parse(text)) : [];
    const scan = deepAt === undefined ? scanTokens(tokens) : { tooDeep: deepAt, hasAlias: false };
    if (scan.tooDeep !== undefined) {
        const loc = at(scan.tooDeep);
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} nests lists or mappings more than ${MAX_DEPTH} levels deep ` +
            `(line ${loc.line}, column ${loc.column}). A team file needs only a few levels: ` +
            'list the addresses directly.', loc);
    }
    let docs;
    let streamErrors;
    try {
        // The yaml package would otherwise print its warnings to the job log on its own. Its own
        // check of unique keys compares each key with every earlier one, which takes minutes on
        // a mapping of a few hundred thousand keys: duplicateKey does the same check in one pass.
        const composer = new dist/* Composer */.Dk({ logLevel: 'error', uniqueKeys: false });
        docs = Array.from(composer.compose(tokens));
        streamErrors = composer.streamInfo().errors;
    }
    catch (error) {
        throw unreadable(error, file, kind);
    }
    const firstError = [...docs.flatMap(doc => doc.errors), ...streamErrors][0] ?? firstDuplicateKey(docs);
    if (firstError) {
        const loc = at(firstError.pos[0], firstError.pos[1]);
        const reason = (0,src_text/* bounded */.Mm)(yamlReason(firstError.message));
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} is not valid ${kind} at line ${loc.line}, column ${loc.column}: ` +
            `${reason}. Fix the syntax, or give the file a .txt extension to read it as plain ` +
            'text, one or more addresses per line.', loc);
    }
    // A stray "---" at the end leaves an empty document; only documents with content count.
    const filled = docs.filter(doc => !isEmpty(doc.contents));
    const second = filled[1];
    if (second) {
        const loc = at(second.range[0]);
        throw (0,errors/* teamFileError */.uO)(`emails-file holds ${filled.length} YAML documents; keep one (${file} starts another ` +
            `document at line ${loc.line}). Remove the "---" separators and the extra documents.`, loc);
    }
    const doc = filled[0];
    const anchors = doc && scan.hasAlias ? checkAliases(doc, file, kind) : new Map();
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? anchors.get(node) : node);
    const root = resolve(doc?.contents);
    const list = key === '' ? findList(root, file, resolve, at) : followKey(root, file, key, resolve, at);
    if (list === undefined)
        return [];
    if (list.length > MAX_TEAM_FILE_ENTRIES)
        throw tooManyEntries(file, list.length);
    return list.map(item => listedItem(item, file, pos, resolve));
}
/**
 * The first key that repeats an earlier key of its mapping, as the yaml package reports it
 * with uniqueKeys on: scalar keys are equal when their values are (`1` and `"1"` differ), and
 * other keys only when they are the same node. One set per mapping: linear in the keys.
 */
function firstDuplicateKey(docs) {
    let found;
    for (const doc of docs) {
        (0,dist/* visit */.YR)(doc, {
            Map(_, map) {
                const seen = new Set();
                for (const pair of map.items) {
                    const key = pair.key;
                    const value = (0,dist/* isScalar */.jn)(key) ? key.value : key;
                    if (value !== value)
                        continue; // NaN equals nothing, as in the yaml package
                    if (seen.has(value)) {
                        const range = (0,dist/* isScalar */.jn)(key) || (0,dist/* isMap */.jh)(key) || (0,dist/* isSeq */.oP)(key) ? key.range : undefined;
                        const start = range?.[0] ?? map.range?.[0] ?? 0;
                        found = { pos: [start, start + 1], message: 'Map keys must be unique' };
                        return dist/* visit */.YR.BREAK;
                    }
                    seen.add(value);
                }
                return undefined;
            }
        });
        if (found)
            return found;
    }
    return undefined;
}
// The yaml package's message without its position, which the step's message gives itself.
function yamlReason(message) {
    const firstLine = message.split('\n', 1)[0] ?? '';
    return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}
function unreadable(error, file, kind) {
    if (error instanceof RangeError) {
        return (0,errors/* teamFileError */.uO)(`emails-file ${file} is nested too deeply to read. List the addresses directly.`);
    }
    const reason = (0,src_text/* bounded */.Mm)(error instanceof Error ? error.message : String(error));
    return (0,errors/* teamFileError */.uO)(`emails-file ${file} could not be read as ${kind}: ${reason}. Check its syntax.`);
}
// Expanding aliases is where a "billion laughs" document explodes, so the yaml package's own
// counter decides, once, before anything is used. The returned map gives each alias the node
// it stands for (the last anchor of that name before it), found in a single pass.
function checkAliases(doc, file, kind) {
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true });
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
            throw (0,errors/* teamFileError */.uO)(`emails-file ${file} uses YAML aliases (*name) that expand to too many values, as a ` +
                '"billion laughs" attack does; it was refused unread. Write the addresses out ' +
                'instead of repeating them through aliases.');
        }
        throw unreadable(error, file, kind);
    }
    const anchors = new Map();
    const targets = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if ((0,dist/* isAlias */.Vj)(node))
                targets.set(node, anchors.get(node.source));
            else if (node.anchor)
                anchors.set(node.anchor, node);
        }
    });
    return targets;
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.value === null)
            return 'nothing';
        if (typeof node.value === 'string')
            return 'a string';
        return `a ${typeof node.value} (${String(node.value)})`;
    }
    return 'nothing';
}
function isEmpty(node) {
    return node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
function keysOf(map) {
    const keys = [];
    for (const pair of map.items) {
        if ((0,dist/* isScalar */.jn)(pair.key))
            keys.push(String(pair.key.value));
    }
    return keys;
}
function keyList(keys) {
    if (keys.length === 0)
        return 'it has no keys';
    const shown = keys
        .slice(0, 20)
        .map(key => (0,src_text/* bounded */.Mm)(key))
        .join(', ');
    return `keys there: ${shown}${keys.length > 20 ? `, and ${keys.length - 20} more` : ''}`;
}
function lookup(map, name, resolve) {
    for (const pair of map.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === name) {
            return { found: true, value: resolve(pair.value) };
        }
    }
    return { found: false, value: undefined };
}
/**
 * The first list found in the mappings under `map` (in file order, each mapping's own keys
 * before the mappings below them), with its dotted path from `map`: a list there is not read when `map`'s own list is, so it is
 * reported rather than lost (`leads: {primary: [...]}` beside `members:`). Each node is
 * visited once, aliases included.
 */
function firstNestedList(map, resolve) {
    const seen = new Set([map]);
    const stack = [{ map, path: '' }];
    while (stack.length > 0) {
        const { map: current, path } = stack.pop();
        const below = [];
        for (const pair of current.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`;
            const value = resolve(pair.value);
            if ((0,dist/* isSeq */.oP)(value))
                return { path: name, key: pair.key, value };
            if ((0,dist/* isMap */.jh)(value) && !seen.has(value)) {
                seen.add(value);
                below.push({ map: value, path: name });
            }
        }
        // Reversed onto the stack, so the first mapping in the file is searched first.
        for (let i = below.length - 1; i >= 0; i--)
            stack.push(below[i]);
    }
    return undefined;
}
function mappingLists(map, resolve, at) {
    const found = { listKeys: [], otherLists: [] };
    const others = [];
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const name = String(pair.key.value);
        const range = pair.key.range;
        const location = range ? at(range[0], range[1]) : undefined;
        const value = resolve(pair.value);
        if (parse_LIST_KEYS.includes(name)) {
            found.listKeys.push({ name, value, location });
        }
        else if ((0,dist/* isSeq */.oP)(value)) {
            others.push({ name, value, location });
        }
        else if ((0,dist/* isMap */.jh)(value)) {
            const inner = firstNestedList(value, resolve);
            if (inner) {
                const innerRange = inner.key.range;
                others.push({
                    name: `${name}.${inner.path}`,
                    value: inner.value,
                    location: innerRange ? at(innerRange[0], innerRange[1]) : location
                });
            }
        }
    }
    // A list anchored under another key and read through an alias (`all: &all [...]` and
    // `emails: *all`) is that same list, not a second one.
    const read = new Set(found.listKeys.map(key => key.value));
    for (const { name, value, location } of others) {
        if (!read.has(value))
            found.otherLists.push({ name, location });
    }
    return found;
}
// YAML 1.2 has no merge key: `<<: *base` is an ordinary key here, so the lists that `base`
// holds would be neither read nor reported. A mapping with one is refused, naming it.
function refuseMergeKey(map, file, where, at) {
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== '<<')
            continue;
        const range = pair.key.range;
        const location = range ? at(range[0], range[1]) : undefined;
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has a YAML merge key ("<<")${location ? ` at line ${location.line}` : ''} ` +
            `in the mapping ${where}; merge keys are not read, so the lists it would bring in ` +
            'would be lost. Write the list of addresses out in full instead of merging it in.', location);
    }
}
// The list under the mapping's emails, members or users key. Only that one list is read, so a
// mapping that holds another list too (two list keys, or `maintainers:` beside `members:`, as
// a peribolos team has) would lose it without a word: it is refused, pointing at the second
// list, whatever the list keys hold (an empty `emails:` above a full `members:` list would
// hide that list too). `path` is the emails-key that led to the mapping, '' at the top level
// without one. Returns found: false when the mapping has none of the list keys.
function listInMapping(map, file, path, resolve, at) {
    const where = path === '' ? 'at the top level' : `under emails-key "${(0,src_text/* bounded */.Mm)(path)}"`;
    refuseMergeKey(map, file, where, at);
    const { listKeys, otherLists } = mappingLists(map, resolve, at);
    const only = listKeys[0];
    if (only === undefined)
        return { found: false, otherLists: otherLists.map(l => l.name) };
    if (listKeys.length + otherLists.length > 1) {
        const lists = [...listKeys, ...otherLists].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
        const second = lists[1];
        // A generated file may hold thousands of lists; the message names the first few.
        const listed = lists
            .slice(0, MAX_LISTS_NAMED)
            .map(({ name, location }) => {
            const shown = `"${(0,src_text/* bounded */.Mm)(name)}"`;
            return location ? `${shown} at line ${location.line}` : shown;
        })
            .join(', ') +
            (lists.length > MAX_LISTS_NAMED ? `, and ${lists.length - MAX_LISTS_NAMED} more` : '');
        const example = (0,src_text/* bounded */.Mm)(path === '' ? second.name : `${path}.${second.name}`);
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has more than one list of addresses ${where} (${listed}); only one ` +
            'can be read and the others would be lost. To fix it, point emails-key at the one list ' +
            `to use (e.g. emails-key: ${example}), or merge the lists into one.`, second.location);
    }
    if ((0,dist/* isSeq */.oP)(only.value))
        return { found: true, items: only.value.items };
    if (isEmpty(only.value))
        return { found: true, items: undefined };
    throw (0,errors/* teamFileError */.uO)(`emails-file ${file}: "${only.name}" holds ${describe(only.value)}, not a list. Make it a ` +
        'list of addresses (or of mappings with an "email" key).', nodeLocation(only.value, at));
}
// Returns the list's items; undefined means an empty list written as nothing at all.
function findList(root, file, resolve, at) {
    if (isEmpty(root))
        return undefined;
    if ((0,dist/* isSeq */.oP)(root))
        return root.items;
    if ((0,dist/* isMap */.jh)(root)) {
        const list = listInMapping(root, file, '', resolve, at);
        if (list.found)
            return list.items;
        const keys = keysOf(root);
        const example = (0,src_text/* bounded */.Mm)(list.otherLists[0] ?? 'teams.platform');
        throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has no list of addresses: expected ${SHAPES}; found a mapping ` +
            `(${keyList(keys)}). Change the file to one of these shapes, or set emails-key to the ` +
            `dotted path of the list (for example ${example}).`, nodeLocation(root, at));
    }
    throw (0,errors/* teamFileError */.uO)(`emails-file ${file} has no list of addresses: expected ${SHAPES}; found ` +
        `${describe(root)}. Change the file to one of these shapes.`, nodeLocation(root, at));
}
function followKey(root, file, key, resolve, at) {
    const shownKey = (0,src_text/* bounded */.Mm)(key);
    const path = key.split('.').map(part => part.trim());
    if (path.some(part => part === '')) {
        throw (0,errors/* teamFileError */.uO)(`emails-key "${shownKey}" is not a dotted path: write the keys separated by single dots, ` +
            'for example teams.platform.');
    }
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const name = path[i];
        const where = i === 0 ? 'the top level' : `"${(0,src_text/* bounded */.Mm)(path.slice(0, i).join('.'))}"`;
        if (!(0,dist/* isMap */.jh)(node)) {
            throw (0,errors/* teamFileError */.uO)(`emails-key "${shownKey}" not found in emails-file ${file}: ${where} holds ` +
                `${describe(node)}, not a mapping with keys. Set emails-key to a dotted path that ` +
                'exists in the file.', nodeLocation(node, at));
        }
        const { found, value } = lookup(node, name, resolve);
        if (!found) {
            throw (0,errors/* teamFileError */.uO)(`emails-key "${shownKey}" not found in emails-file ${file}: ${where} has no key ` +
                `"${(0,src_text/* bounded */.Mm)(name)}" (${keyList(keysOf(node))}). Set emails-key to a dotted path that ` +
                'exists in the file.', nodeLocation(node, at));
        }
        node = value;
    }
    if ((0,dist/* isSeq */.oP)(node))
        return node.items;
    if (isEmpty(node))
        return undefined;
    let lists = '';
    if ((0,dist/* isMap */.jh)(node)) {
        const list = listInMapping(node, file, path.join('.'), resolve, at);
        if (list.found)
            return list.items;
        if (list.otherLists.length > 0) {
            const shown = list.otherLists.slice(0, 20).map(name => (0,src_text/* bounded */.Mm)(name));
            lists =
                ` It holds ${list.otherLists.length === 1 ? 'a list' : `${list.otherLists.length} lists`} (${shown.join(', ')}): ` +
                    `point emails-key at one of them (e.g. ${(0,src_text/* bounded */.Mm)(`${path.join('.')}.${list.otherLists[0]}`)}).`;
        }
    }
    throw (0,errors/* teamFileError */.uO)(`emails-key "${shownKey}" in emails-file ${file} holds ${describe(node)}, not a list of ` +
        'addresses. Point emails-key at a list of addresses (or of mappings with an "email" key).' +
        lists, nodeLocation(node, at));
}
function nodeLocation(node, at) {
    const range = node?.range;
    return range ? at(range[0]) : undefined;
}
function listedItem(item, file, pos, resolve) {
    const target = resolve(item);
    let address;
    if ((0,dist/* isScalar */.jn)(target)) {
        address = item;
    }
    else if ((0,dist/* isMap */.jh)(target)) {
        for (const pair of target.items) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'email')
                address = pair.value;
        }
    }
    const addressNode = resolve(address);
    if ((0,dist/* isScalar */.jn)(addressNode) && typeof addressNode.value === 'string') {
        const entry = located({ text: addressNode.value, origin: 'file' }, address, file, pos);
        if ((0,dist/* isMap */.jh)(target))
            withGroup(entry, target, file, pos, resolve);
        return entry;
    }
    const entry = located({ text: '', origin: 'file', notAnAddress: true }, item, file, pos);
    const source = entry.location ? sourceOf(item, pos) : '';
    entry.text =
        source !== '' && source.length <= MAX_ENTRY_SOURCE && !/[\r\n]/.test(source)
            ? source
            : `${file}:${entry.location?.line ?? 1}`;
    return entry;
}
// A block collection's range runs on to the next line; the entry's text and place should not.
function sourceOf(node, pos) {
    const range = node?.range;
    return range ? pos.content.slice(range[0], range[1]).trimEnd() : '';
}
function located(entry, node, file, pos) {
    const range = node?.range;
    if (range)
        entry.location = locate(pos, file, range[0], range[0] + sourceOf(node, pos).length);
    return entry;
}
// A mapping item's `group:`. A value that is not a string (a number, nothing, a list) is
// kept as written, so that it is reported as a bad group name rather than silently dropped.
function withGroup(entry, map, file, pos, resolve) {
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'group')
            continue;
        const node = resolve(pair.value);
        const written = pair.value ?? pair.key;
        entry.group =
            (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : sourceOf(pair.value, pos);
        const range = written.range;
        if (range) {
            entry.groupLocation = locate(pos, file, range[0], range[0] + sourceOf(written, pos).length);
        }
    }
}


/***/ })

};
