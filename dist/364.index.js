export const id = 364;
export const ids = [364];
export const modules = {

/***/ 3364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseTeamFileText: () => (/* binding */ parseTeamFileText),
  readTeamFileEntries: () => (/* binding */ readTeamFileEntries)
});

// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/files.ts
// Reads the team file. The path comes from a workflow input, so it must stay inside the
// workspace: a `../` or a symlink must not let a workflow read files elsewhere on the runner.



/** Far above any real team file (100,000 addresses are about 3 MB). */
const MAX_TEAM_FILE_BYTES = 32 * 1024 * 1024;
function inside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    // Fix: only a `..` path segment climbs out; a name such as `..team.yml` is inside
    // (a plain startsWith('..') refused it).
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
function readTeamFile(workspace, relative) {
    const root = external_node_path_default().resolve(workspace);
    const target = external_node_path_default().resolve(root, relative);
    if (!inside(root, target)) {
        throw new inputs/* InputError */.dz('emails-file', `Input 'emails-file' must be a path inside the workspace (${root}), not ${(0,inputs/* quote */.hD)(relative)}.`);
    }
    let realPath;
    try {
        realPath = (0,external_node_fs_.realpathSync)(target);
    }
    catch {
        throw new inputs/* InputError */.dz('emails-file', `Input 'emails-file' names ${(0,inputs/* quote */.hD)(relative)}, which does not exist in the workspace (${root}). ` +
            'Check the path, and that the repository is checked out (actions/checkout) before this step.');
    }
    if (!inside((0,external_node_fs_.realpathSync)(root), realPath)) {
        throw new inputs/* InputError */.dz('emails-file', `Input 'emails-file' names ${(0,inputs/* quote */.hD)(relative)}, a link that leads outside the workspace; use a regular file in the repository.`);
    }
    const stat = (0,external_node_fs_.statSync)(realPath);
    if (!stat.isFile()) {
        throw new inputs/* InputError */.dz('emails-file', `Input 'emails-file' names ${(0,inputs/* quote */.hD)(relative)}, which is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; give the path of the team file itself.`);
    }
    if (stat.size > MAX_TEAM_FILE_BYTES) {
        throw new inputs/* InputError */.dz('emails-file', `Input 'emails-file' names ${(0,inputs/* quote */.hD)(relative)}, which is ${stat.size} bytes; the limit is ${MAX_TEAM_FILE_BYTES} bytes.`);
    }
    return {
        content: (0,external_node_fs_.readFileSync)(realPath, 'utf8'),
        displayPath: external_node_path_default().relative(root, target).split((external_node_path_default()).sep).join('/'),
        realPath
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/addresses.ts
var addresses = __webpack_require__(3523);
;// CONCATENATED MODULE: ./src/teamfile.ts


/** A problem with the team file as a whole; the message names the input and the fix. */
class TeamFileError extends Error {
    location;
    constructor(message, location) {
        super(message);
        this.name = 'TeamFileError';
        if (location)
            this.location = location;
    }
}
/** The keys that may hold the list when the file is a mapping; it may hold only one of them. */
const LIST_KEYS = ['emails', 'members', 'users'];
/** Real team files need a handful of levels; the limit keeps the recursive composer safe. */
const MAX_DEPTH = 100;
/** The `yaml` package's default, kept explicit: beyond it an alias bomb is assumed. */
const MAX_ALIAS_COUNT = 100;
const MAX_ENTRY_SOURCE = 200;
const SHAPES = 'a list of addresses, a list of mappings with an "email" key, or a mapping whose ' +
    '"emails", "members" or "users" key holds such a list';
function position(pos, offset) {
    const { line, col } = pos.lines.linePos(offset);
    if (!pos.astral)
        return { line, column: col };
    const lineStart = pos.lines.lineStarts[line - 1] ?? 0;
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
        const code = pos.content.charCodeAt(i);
        // A low surrogate that follows a high one is the second half of one character.
        if (code >= 0xdc00 && code <= 0xdfff && i > lineStart) {
            const previous = pos.content.charCodeAt(i - 1);
            if (previous >= 0xd800 && previous <= 0xdbff)
                continue;
        }
        column++;
    }
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
 * of addresses in one of a few shapes; any other file is plain text, addresses separated
 * by white space, commas or semicolons, `#` starting a comment.
 */
function parseTeamFile(content, file, key, options = {}) {
    // Columns of line 1 are counted from the visible text, so the BOM goes before anything else.
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    const lines = new dist/* LineCounter */.HN();
    const pos = { lines, astral: /[\ud800-\udfff]/.test(text), content: text };
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        countLines(text, lines);
        const at = position(pos, nul);
        throw new TeamFileError(`emails-file looks like a binary file (NUL byte at line ${at.line}, column ${at.column}): ` +
            `${file}. Point emails-file at a text, YAML or JSON file that lists the addresses.`, locate(pos, file, nul, nul + 1));
    }
    const dottedKey = key?.trim() ?? '';
    if (isYamlName(file))
        return parseYaml(text, file, dottedKey, pos, options.fastPaths !== false);
    if (dottedKey !== '') {
        throw new TeamFileError(`emails-key is set ("${dottedKey}") but emails-file ${file} is read as plain text: only ` +
            '.yml, .yaml and .json files have keys. Clear emails-key, or use a YAML or JSON file.');
    }
    countLines(text, lines);
    return (0,addresses/* scanAddresses */.me)(text, true).map(span => ({
        text: span.text,
        origin: 'file',
        location: locate(pos, file, span.start, span.end)
    }));
}
// Only LF ends a line (a lone CR does not, for YAML either), so both formats count alike.
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
// `- user@example.com` lines (with blank and comment lines between) can only mean a list of
// strings. Reading them directly skips the YAML syntax tree, which costs about 5 µs and 2 KB
// a line: 100,000 lines took 0.6 s and 280 MB of RSS through the parser, 0.05 s without.
// The local part starts with a letter, digit or underscore, so it is never a YAML indicator.
const PLAIN_ITEM = /^(- +)([A-Za-z0-9_][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+)(?: +#.*)? *\r?$/;
const QUIET_LINE = /^ *(?:#.*)?\r?$/;
function plainList(text, file) {
    const entries = [];
    let line = 0;
    for (let start = 0; start <= text.length; line++) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const row = text.slice(start, end);
        start = end + 1;
        const item = PLAIN_ITEM.exec(row);
        if (item) {
            const [, dash = '', address = ''] = item;
            const column = dash.length + 1;
            entries.push({
                text: address,
                origin: 'file',
                location: {
                    file,
                    line: line + 1,
                    column,
                    endLine: line + 1,
                    endColumn: column + address.length
                }
            });
        }
        else if (!QUIET_LINE.test(row)) {
            return undefined;
        }
    }
    return entries;
}
// The other common shape, read the same way: a list at the top or under a single top-level
// `emails:`, `members:` or `users:` key, whose items are addresses or mappings of
// `key: value` lines (`- email: ann@example.com` then `  name: Ann Lee`). 100,000 such items
// took 1.9 s and 540 MB of RSS through the parser, 0.1 s and 110 MB this way (Node 24, whole
// process for the RSS). Only what has one certain reading is taken: single-line plain
// scalars, quoted ones without escapes, identifier keys, exact indentation, comments after
// a space. Anything else (flow collections, anchors, aliases, tags, block scalars,
// multi-line values, tabs, escapes, duplicate keys, `?`, `---`, `%`, an item or email that
// might not be a string, a mapping without email, a second top-level key such as `members:`
// after `emails:`) is left to the full parser, which also gives the error messages (two list
// keys are refused there: only one list would be read).
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
const LIST_KEY_LINE = /^(?:emails|members|users):(?: +#.*)? *$/;
const COMMENT_LINE = /^ *#.*$/;
const AFTER_QUOTE = /^(?: +#.*)? *$/;
const TRAILING_COMMENT = /^ +#.*$/;
// The scalar that starts at `at` and, with an optional comment, ends the row.
function simpleScalar(row, at) {
    const quote = row[at];
    if (quote === '"' || quote === "'") {
        // A second quote right after the closing one ('' escapes ') fails the AFTER_QUOTE test.
        const close = row.indexOf(quote, at + 1);
        if (close < 0)
            return undefined;
        const value = row.slice(at + 1, close);
        if (quote === '"' && value.includes('\\'))
            return undefined;
        if (!QUOTED_TEXT.test(value) || !AFTER_QUOTE.test(row.slice(close + 1)))
            return undefined;
        return { source: row.slice(at, close + 1), value, isString: true };
    }
    const hash = row.indexOf(' #', at);
    if (hash >= 0 && !TRAILING_COMMENT.test(row.slice(hash)))
        return undefined;
    let end = hash < 0 ? row.length : hash;
    while (end > at && row.charCodeAt(end - 1) === 32)
        end--;
    const value = row.slice(at, end);
    if (!PLAIN_TEXT.test(value) || value.includes(': ') || value.endsWith(':'))
        return undefined;
    return { source: value, value, isString: value.includes('@') || !NOT_A_STRING.test(value) };
}
function simpleList(text, file, pos) {
    const entries = [];
    const keys = [];
    let keyed = false; // under a top-level emails, members or users key
    let listIndent = -1; // column of the dashes, from the first item on
    let mapIndent = -1; // column of the keys of the current item, when it is a mapping
    let missingEmail = false; // the current mapping item has no email key so far
    const entryAt = (scalar, line, at) => {
        // Only ASCII precedes a scalar here, so its column is its offset in the row plus one.
        const width = pos.astral ? codePoints(scalar.source) : scalar.source.length;
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
        if (newline >= 0 && end > start && text.charCodeAt(end - 1) === 13)
            end--;
        const row = text.slice(start, end);
        start = next;
        line++;
        let indent = 0;
        while (row.charCodeAt(indent) === 32)
            indent++;
        if (indent === row.length)
            continue;
        if (row.charCodeAt(indent) === 35) {
            if (!COMMENT_LINE.test(row))
                return undefined;
            continue;
        }
        let at = indent;
        let match;
        const dash = row.charCodeAt(indent) === 45 && row.charCodeAt(indent + 1) === 32;
        if (dash && (listIndent < 0 || indent === listIndent)) {
            if (missingEmail)
                return undefined;
            listIndent = indent;
            at += 2;
            while (row.charCodeAt(at) === 32)
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
            keys.length = 0;
            missingEmail = true;
        }
        else if (indent !== mapIndent) {
            if (keyed || listIndent >= 0 || indent > 0 || !LIST_KEY_LINE.test(row))
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
        if (name === undefined || RESERVED_KEY.test(name) || keys.includes(name))
            return undefined;
        keys.push(name);
        const valueAt = SIMPLE_KEY.lastIndex;
        const value = simpleScalar(row, valueAt);
        if (!value)
            return undefined;
        if (name === 'email') {
            if (!value.isString)
                return undefined;
            entries.push(entryAt(value, line, valueAt));
            missingEmail = false;
        }
    }
    return missingEmail || entries.length === 0 ? undefined : entries;
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
function parseYaml(text, file, key, pos, fastPaths) {
    // A CR that no LF follows is text to the yaml package (`- a@x.com\r` reads "a@x.com\r"),
    // but would be taken for half a line end here: such a file goes to the full parser.
    const simple = fastPaths && key === '' && !text.endsWith('\r')
        ? (plainList(text, file) ?? simpleList(text, file, pos))
        : undefined;
    if (simple)
        return simple;
    const kind = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    const at = (start, end = start) => locate(pos, file, start, end);
    // Lines are counted here rather than by the Parser, which misses line breaks inside some
    // malformed tokens and would then place errors on the wrong line.
    countLines(text, pos.lines);
    const tokens = Array.from(new dist/* Parser */.iX().parse(text));
    const scan = scanTokens(tokens);
    if (scan.tooDeep !== undefined) {
        const loc = at(scan.tooDeep);
        throw new TeamFileError(`emails-file ${file} nests lists or mappings more than ${MAX_DEPTH} levels deep ` +
            `(line ${loc.line}, column ${loc.column}). A team file needs only a few levels: ` +
            'list the addresses directly.', loc);
    }
    let docs;
    let streamErrors;
    try {
        // The yaml package would otherwise print its warnings to the job log on its own.
        const composer = new dist/* Composer */.Dk({ logLevel: 'error' });
        docs = Array.from(composer.compose(tokens));
        streamErrors = composer.streamInfo().errors;
    }
    catch (error) {
        throw unreadable(error, file, kind);
    }
    const firstError = [...docs.flatMap(doc => doc.errors), ...streamErrors][0];
    if (firstError) {
        const loc = at(firstError.pos[0], firstError.pos[1]);
        const reason = firstError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        throw new TeamFileError(`emails-file ${file} is not valid ${kind} at line ${loc.line}, column ${loc.column}: ` +
            `${reason}. Fix the syntax, or give the file a .txt extension to read it as plain ` +
            'text, one or more addresses per line.', loc);
    }
    // A stray "---" at the end leaves an empty document; only documents with content count.
    const filled = docs.filter(doc => !isEmpty(doc.contents));
    const second = filled[1];
    if (second) {
        const loc = at(second.range[0]);
        throw new TeamFileError(`emails-file holds ${filled.length} YAML documents; keep one (${file} starts another ` +
            `document at line ${loc.line}). Remove the "---" separators and the extra documents.`, loc);
    }
    const doc = filled[0];
    const anchors = doc && scan.hasAlias ? checkAliases(doc, file, kind) : new Map();
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? anchors.get(node) : node);
    const root = resolve(doc?.contents);
    const list = key === '' ? findList(root, file, resolve, at) : followKey(root, file, key, resolve, at);
    if (list === undefined)
        return [];
    return list.map(item => listedItem(item, file, pos, resolve));
}
function unreadable(error, file, kind) {
    if (error instanceof RangeError) {
        return new TeamFileError(`emails-file ${file} is nested too deeply to read. List the addresses directly.`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new TeamFileError(`emails-file ${file} could not be read as ${kind}: ${reason}. Check its syntax.`);
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
            throw new TeamFileError(`emails-file ${file} uses YAML aliases (*name) that expand to too many values, as a ` +
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
    const shown = keys.slice(0, 20).join(', ');
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
// Only one list is read, so a mapping that holds two or more of the list keys would lose the
// others without a word: it is refused, pointing at the second such key, whatever the keys
// hold (an empty `emails:` above a full `members:` list would hide that list too). `path` is
// the emails-key that led to the mapping, '' at the top level without one.
function refuseSeveralListKeys(map, file, path, at) {
    const found = [];
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const name = String(pair.key.value);
        if (!LIST_KEYS.includes(name))
            continue;
        const range = pair.key.range;
        found.push({ name, location: range ? at(range[0], range[1]) : undefined });
    }
    const second = found[1];
    if (!second)
        return;
    const listed = found
        .map(({ name, location }) => (location ? `"${name}" at line ${location.line}` : `"${name}"`))
        .join(', ');
    const where = path === '' ? 'at the top level' : `under emails-key "${path}"`;
    const example = path === '' ? second.name : `${path}.${second.name}`;
    throw new TeamFileError(`emails-file ${file} has more than one list of addresses ${where} (${listed}); only one ` +
        'can be read and the others would be lost. To fix it, set emails-key to the one to use ' +
        `(e.g. emails-key: ${example}), or merge the lists into one.`, second.location);
}
// Returns the list's items; undefined means an empty list written as nothing at all.
function findList(root, file, resolve, at) {
    if (isEmpty(root))
        return undefined;
    if ((0,dist/* isSeq */.oP)(root))
        return root.items;
    if ((0,dist/* isMap */.jh)(root)) {
        refuseSeveralListKeys(root, file, '', at);
        for (const name of LIST_KEYS) {
            const { found, value } = lookup(root, name, resolve);
            if (!found)
                continue;
            if ((0,dist/* isSeq */.oP)(value))
                return value.items;
            if (isEmpty(value))
                return undefined;
            throw new TeamFileError(`emails-file ${file}: "${name}" holds ${describe(value)}, not a list. Make it a list ` +
                'of addresses (or of mappings with an "email" key).', nodeLocation(value, at));
        }
        const keys = keysOf(root);
        throw new TeamFileError(`emails-file ${file} has no list of addresses: expected ${SHAPES}; found a mapping ` +
            `(${keyList(keys)}). Change the file to one of these shapes, or set emails-key to the ` +
            'dotted path of the list (for example teams.platform).', nodeLocation(root, at));
    }
    throw new TeamFileError(`emails-file ${file} has no list of addresses: expected ${SHAPES}; found ` +
        `${describe(root)}. Change the file to one of these shapes.`, nodeLocation(root, at));
}
function followKey(root, file, key, resolve, at) {
    const path = key.split('.').map(part => part.trim());
    if (path.some(part => part === '')) {
        throw new TeamFileError(`emails-key "${key}" is not a dotted path: write the keys separated by single dots, ` +
            'for example teams.platform.');
    }
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const name = path[i];
        const where = i === 0 ? 'the top level' : `"${path.slice(0, i).join('.')}"`;
        if (!(0,dist/* isMap */.jh)(node)) {
            throw new TeamFileError(`emails-key "${key}" not found in emails-file ${file}: ${where} holds ` +
                `${describe(node)}, not a mapping with keys. Set emails-key to a dotted path that ` +
                'exists in the file.', nodeLocation(node, at));
        }
        const { found, value } = lookup(node, name, resolve);
        if (!found) {
            throw new TeamFileError(`emails-key "${key}" not found in emails-file ${file}: ${where} has no key ` +
                `"${name}" (${keyList(keysOf(node))}). Set emails-key to a dotted path that exists ` +
                'in the file.', nodeLocation(node, at));
        }
        node = value;
    }
    if ((0,dist/* isSeq */.oP)(node))
        return node.items;
    if (isEmpty(node))
        return undefined;
    if ((0,dist/* isMap */.jh)(node)) {
        refuseSeveralListKeys(node, file, key, at);
        for (const name of LIST_KEYS) {
            const { found, value } = lookup(node, name, resolve);
            if (found && (0,dist/* isSeq */.oP)(value))
                return value.items;
            if (found && isEmpty(value))
                return undefined;
        }
    }
    throw new TeamFileError(`emails-key "${key}" in emails-file ${file} holds ${describe(node)}, not a list of ` +
        'addresses. Point emails-key at a list of addresses (or of mappings with an "email" key).', nodeLocation(node, at));
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
        return located({ text: addressNode.value, origin: 'file' }, address, file, pos);
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

;// CONCATENATED MODULE: ./src/team-source.ts
// Reads the team file's entries: the file from the workspace, then the parser. Loaded only
// when emails-file is given, because yaml is a large share of the bundle.



/** The entries of a team file's text; a file that cannot be read as a whole fails the step. */
function parseTeamFileText(content, displayPath, key) {
    try {
        return parseTeamFile(content, displayPath, key);
    }
    catch (error) {
        if (error instanceof TeamFileError)
            throw new failure/* StepFailure */.pH(error.message, error.location);
        throw error;
    }
}
function readTeamFileEntries(workspace, relative, key) {
    const file = readTeamFile(workspace, relative);
    return { entries: parseTeamFileText(file.content, file.displayPath, key), file };
}


/***/ })

};
