export const id = 906;
export const ids = [906];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ decodeTeamFile),
/* harmony export */   gq: () => (/* binding */ MAX_TEAM_FILE_BYTES),
/* harmony export */   gu: () => (/* binding */ readTeamFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8422);
// Reads the team file. The path comes from a workflow input, so it must stay inside the
// workspace: a `../` or a symlink must not let a workflow read files elsewhere on the runner.



/** Far above any real team file (100,000 addresses are about 3 MB). */
const MAX_TEAM_FILE_BYTES = 32 * 1024 * 1024;
function inside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    // Fix: only a `..` path segment climbs out; a name such as `..team.yml` is inside
    // (a plain startsWith('..') refused it).
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function readTeamFile(workspace, relative) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative);
    if (!inside(root, target)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('emails-file', `Input 'emails-file' must be a path inside the workspace (${root}), not ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(relative)}.`);
    }
    let realPath;
    try {
        realPath = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('emails-file', `Input 'emails-file' names ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(relative)}, which does not exist in the workspace (${root}). ` +
            'Check the path, and that the repository is checked out (actions/checkout) before this step.');
    }
    if (!inside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), realPath)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('emails-file', `Input 'emails-file' names ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(relative)}, a link that leads outside the workspace; use a regular file in the repository.`);
    }
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(realPath);
    if (!stat.isFile()) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('emails-file', `Input 'emails-file' names ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(relative)}, which is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; give the path of the team file itself.`);
    }
    if (stat.size > MAX_TEAM_FILE_BYTES) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('emails-file', `Input 'emails-file' names ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(relative)}, which is ${stat.size} bytes; the limit is ${MAX_TEAM_FILE_BYTES} bytes.`);
    }
    return {
        content: decodeTeamFile((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(realPath)),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'),
        realPath
    };
}
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
/**
 * A team file's bytes as text, for the workspace copy and the base version alike. UTF-8,
 * with or without its byte-order mark, is the norm. A UTF-16 byte-order mark (Windows
 * PowerShell 5.1's `>` and Notepad's "Unicode" write these) switches to UTF-16; without a
 * mark UTF-16 is not guessed at, and its NUL bytes make the parser call the file binary.
 * Invalid sequences become U+FFFD, which validation then reports in the address it spoils.
 */
function decodeTeamFile(bytes) {
    // UTF-32 LE starts as UTF-16 LE does; it is read as UTF-8, whose NUL bytes and replaced
    // mark the parser reports as UTF-32 (UTF32_MARKS in teamfile.ts).
    if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
        return utf8.decode(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16le.decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        // Swapped into little-endian order rather than relying on ICU's utf-16be decoder.
        const body = bytes.subarray(2);
        const swapped = new Uint8Array(body);
        for (let i = 0; i + 1 < body.length; i += 2) {
            swapped[i] = body[i + 1];
            swapped[i + 1] = body[i];
        }
        return utf16le.decode(swapped);
    }
    // TextDecoder drops a leading UTF-8 byte-order mark.
    return utf8.decode(bytes);
}


/***/ }),

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseEntries: () => (/* binding */ readBaseEntries)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/base.ts
// Decides which commit the team file is compared with for only-added. Pure: it takes the
// event name and payload as @actions/github's context hands them over.
const ZERO_SHA = /^0+$/;
/** Events whose payload holds `pull_request` with its base and head. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
function base_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function chooseBase(eventName, payload, baseRef) {
    if (baseRef !== undefined)
        return { kind: 'ref', ref: baseRef, why: 'the base-ref input' };
    const event = eventName ?? '(none)';
    if (event === 'push') {
        const before = base_text(payload.before);
        if (before === undefined) {
            return {
                kind: 'missing',
                why: "the push event's payload has no 'before' (the commit before the push)"
            };
        }
        if (ZERO_SHA.test(before)) {
            return {
                kind: 'none',
                why: 'this push created the branch (its previous commit is all zeros)'
            };
        }
        return { kind: 'ref', ref: before, why: 'the commit before this push' };
    }
    if (PULL_REQUEST_EVENTS.has(event)) {
        const pr = payload.pull_request;
        const sha = base_text(pr?.base?.sha);
        return sha === undefined
            ? { kind: 'missing', why: `the ${event} event's payload has no 'pull_request.base.sha'` }
            : { kind: 'ref', ref: sha, why: "the pull request's base commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = base_text(group?.base_sha);
        return sha === undefined
            ? { kind: 'missing', why: "the merge_group event's payload has no 'merge_group.base_sha'" }
            : { kind: 'ref', ref: sha, why: "the merge group's base commit" };
    }
    return { kind: 'none', why: `the ${event} event has no base commit (and base-ref is not set)` };
}
/**
 * The commit whose team file the run reads: the event's head when it names one (a pull
 * request's head, a merge group's head, the commit a push moved to), otherwise GITHUB_SHA.
 * Only-added asks GitHub for the file there before it accepts that the file did not exist
 * at the base: if it is missing there too, the path is wrong, not the file new.
 */
function chooseHead(eventName, payload, githubSha) {
    const event = eventName ?? '';
    if (PULL_REQUEST_EVENTS.has(event)) {
        const pr = payload.pull_request;
        const sha = base_text(pr?.head?.sha);
        if (sha !== undefined)
            return { ref: sha, why: "the pull request's head commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = base_text(group?.head_sha);
        if (sha !== undefined)
            return { ref: sha, why: "the merge group's head commit" };
    }
    if (event === 'push') {
        const after = base_text(payload.after);
        if (after !== undefined && !ZERO_SHA.test(after)) {
            return { ref: after, why: 'the commit this push moved to' };
        }
    }
    const sha = base_text(githubSha);
    return sha === undefined ? undefined : { ref: sha, why: 'the commit of this run (GITHUB_SHA)' };
}

// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/github.ts
// The GitHub edge, loaded only when only-added is used: @actions/github and its Octokit
// are a large share of the bundle, and most runs never need them.





function eventInfo() {
    return { eventName: github/* context */._.eventName, payload: github/* context */._.payload };
}
/** `owner/repo` of a git remote URL (https or ssh form), if it is a GitHub-style URL. */
function repoOfRemote(url) {
    const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** Whether `target` is `root` or lies below it (both absolute, already resolved). */
function within(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
function resolved(folder) {
    try {
        return (0,external_node_fs_.realpathSync)(folder);
    }
    catch {
        return external_node_path_default().resolve(folder);
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
function locateInRepository(workspace, realFile, env) {
    const root = resolved(workspace);
    const file = resolved(realFile);
    let dir = external_node_path_default().dirname(file);
    let checkout = root;
    while (within(root, dir) && dir !== root) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git'))) {
            checkout = dir;
            break;
        }
        dir = external_node_path_default().dirname(dir);
    }
    const relative = external_node_path_default().relative(checkout, file);
    if (relative === '' || !within(checkout, file)) {
        throw new failure/* StepFailure */.pH(`only-added: the team file (${file}) is not inside the repository checked out at ${checkout}, so its path in the repository is unknown. Nothing was sent. ` +
            'Give emails-file as a path inside the checkout.', undefined, true);
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let found = { owner, repo };
    if (checkout !== root) {
        try {
            const config = (0,external_node_fs_.readFileSync)(external_node_path_default().join(checkout, '.git', 'config'), 'utf8');
            const url = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config)?.[1];
            found = (url !== undefined ? repoOfRemote(url) : undefined) ?? found;
        }
        catch {
            // A worktree's .git is a file; the event's repository is the best guess then.
        }
    }
    return { ...found, path: relative.split((external_node_path_default()).sep).join('/') };
}
/**
 * The contents route with each segment of the path encoded. `{+path}` left `#`, `?` and
 * `%XX` as they were: `team#1.yaml` was asked for as `contents/team` and lost its ref.
 * Slashes stay literal: `%2F` gets 404 for fine-grained tokens (octokit/octokit.js#2422).
 */
function contentsRoute(repoPath) {
    const encoded = repoPath.split('/').map(encodeURIComponent).join('/');
    return `GET /repos/{owner}/{repo}/contents/${encoded}`;
}
/** Whether the commit exists, or why GitHub gave no answer. */
async function commitExists(octokit, file, ref, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        await octokit.rest.repos.getCommit({
            owner: file.owner,
            repo: file.repo,
            ref,
            mediaType: { format: 'sha' },
            request: { signal }
        });
        return true;
    }
    catch (error) {
        if (error.response !== undefined)
            return false;
        return { failed: signal.aborted ? noAnswer(timeoutMs) : noConnection(error) };
    }
}
function noAnswer(timeoutMs) {
    return `no answer from GitHub within ${timeoutMs / 1000} s (timeout-seconds)`;
}
function noConnection(error) {
    return `no connection to GitHub: ${error.message ?? String(error)}`;
}
/**
 * The body's bytes, or undefined as soon as it passes `limit`: the base version gets the
 * same size limit as the workspace copy, and a huge body is never held whole.
 */
async function readAtMost(body, limit) {
    const chunks = [];
    let size = 0;
    const reader = body.getReader();
    for (;;) {
        const { done, value } = (await reader.read());
        if (done)
            break;
        if (value === undefined)
            continue;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return bytes;
}
/** Reads a file at a commit through the REST API, so a shallow checkout is enough. */
async function fetchFileAt(token, file, ref, timeoutMs) {
    // getOctokit takes GITHUB_API_URL (GitHub Enterprise Server) from the environment.
    const octokit = (0,github/* getOctokit */.Q)(token);
    // Each request gets the same time limit as the Control Plane requests (timeout-seconds).
    const signal = AbortSignal.timeout(timeoutMs);
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
        });
        // A directory is answered with a JSON listing even for the raw media type.
        const type = String(response.headers['content-type'] ?? '');
        const body = response.data;
        if (/^application\/json\b/i.test(type) || body === null) {
            await body?.cancel();
            return { kind: 'failed', message: `${file.path} at ${ref} is not a file` };
        }
        const bytes = await readAtMost(body, files/* MAX_TEAM_FILE_BYTES */.gq);
        if (bytes === undefined) {
            return {
                kind: 'failed',
                message: `${file.path} at ${ref} is larger than ${files/* MAX_TEAM_FILE_BYTES */.gq} bytes, the limit for a team file, so it was not read`
            };
        }
        return { kind: 'found', bytes };
    }
    catch (error) {
        if (signal.aborted)
            return { kind: 'failed', message: noAnswer(timeoutMs) };
        const { status, response } = error;
        // Octokit reports a request that got no answer at all as status 500: say so plainly.
        if (response === undefined)
            return { kind: 'failed', message: noConnection(error) };
        // GitHub also answers 404 for a repository or commit the token cannot see. Only call
        // the file absent when the commit itself is readable; otherwise everyone would look new.
        if (status === 404) {
            const exists = await commitExists(octokit, file, ref, timeoutMs);
            if (exists === true)
                return { kind: 'absent' };
            if (exists !== false)
                return { kind: 'failed', message: exists.failed };
        }
        return {
            kind: 'failed',
            status,
            message: error.message ?? String(error)
        };
    }
}

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/only-added.ts
// only-added: the team file's entries at the base commit, read through the GitHub API.
// Loaded only when only-added is used: Octokit is the largest part of the bundle after undici.






function readFailure(where, found) {
    // A refusal (bad token, no access, no such commit) happens again on a re-run; a 5xx, a
    // rate limit or a timeout may not.
    const refused = found.status !== undefined &&
        found.status >= 400 &&
        found.status < 500 &&
        found.status !== 408 &&
        found.status !== 429;
    const hint = found.status === 401
        ? 'The github-token was refused: check that it is valid.'
        : found.status === 403 || found.status === 404
            ? 'Check that github-token can read the repository (permissions: contents: read) and that the commit exists.'
            : '';
    return new failure/* StepFailure */.pH(`only-added could not read ${where} from GitHub${found.status ? ` (HTTP ${found.status})` : ''}: ${found.message}. ${hint}`.trim(), undefined, refused);
}
/**
 * Reads the team file at the base commit. Fails closed: a file missing at the base counts
 * as added only once GitHub shows it at the head commit; otherwise the path is wrong and the
 * step fails (StepFailure) rather than invite the whole file again.
 */
async function readBaseEntries(config, file, workspace, env, log, parseTeamFileText) {
    const event = eventInfo();
    const base = chooseBase(event.eventName, event.payload, config.baseRef);
    if (base.kind === 'missing') {
        const eventFile = env.GITHUB_EVENT_PATH;
        const why = eventFile === undefined || eventFile === ''
            ? ' GITHUB_EVENT_PATH is not set, so the event data is empty.'
            : (0,external_node_fs_.existsSync)(eventFile)
                ? ''
                : ` The event file (GITHUB_EVENT_PATH ${(0,report/* printable */.g$)(eventFile)}) does not exist, so the event data is empty.`;
        throw new failure/* StepFailure */.pH(`only-added: ${base.why}, so there is no base commit to compare ${file.displayPath} with.${why} ` +
            'Nothing was sent: everyone in the file would otherwise count as new. Set base-ref to the commit to compare with, or run on the complete event.', undefined, true);
    }
    if (base.kind === 'none') {
        // Not "everyone is new": a new branch usually copies a file whose people are members.
        const note = `only-added: ${base.why}, so there is no base version of ${file.displayPath} to compare with: the org's members decide who is new, and only addresses that are not members are invited.`;
        log.notice(note);
        return { kind: 'members', note, reason: `there is no base commit (${base.why})` };
    }
    if (config.githubToken === '') {
        throw new failure/* StepFailure */.pH(`Input 'github-token' is empty, but only-added needs it to read ${file.displayPath} at ${base.ref}. ` +
            'Leave it at its default (github.token) or pass a token with contents: read.', undefined, true);
    }
    const repoFile = locateInRepository(workspace, file.realPath, env);
    const shown = `${repoFile.owner}/${repoFile.repo}:${repoFile.path}`;
    const where = `${shown} at ${base.ref}`;
    const found = await fetchFileAt(config.githubToken, repoFile, base.ref, config.timeoutMs);
    if (found.kind === 'failed')
        throw readFailure(where, found);
    if (found.kind === 'absent') {
        const head = chooseHead(event.eventName, event.payload, env.GITHUB_SHA);
        if (head === undefined) {
            throw new failure/* StepFailure */.pH(`only-added: ${where} does not exist (${base.why}), and no head commit is known (no GITHUB_SHA) to confirm that the file was added rather than its path being wrong. Nothing was sent.`, undefined, true);
        }
        const atHead = await fetchFileAt(config.githubToken, repoFile, head.ref, config.timeoutMs);
        if (atHead.kind === 'failed')
            throw readFailure(`${shown} at ${head.ref}`, atHead);
        if (atHead.kind === 'absent') {
            throw new failure/* StepFailure */.pH(`only-added: GitHub has no ${shown}, neither at ${base.ref} (${base.why}) nor at ${head.ref} (${head.why}), so the path tried in the repository, ${(0,report/* printable */.g$)(repoFile.path)}, is wrong. ` +
                'Nothing was sent: everyone in the file would otherwise count as new. Check emails-file, and for a nested checkout (actions/checkout with path:) that the checkout has its .git folder; or check out the commit of this run.', undefined, true);
        }
        // A rename looks the same as an addition: only the members can tell the people apart.
        const renamed = config.skipExisting
            ? ''
            : ' If it was renamed, everyone in it is invited again: skip-existing: true skips those who are already members.';
        const note = `only-added: ${shown} did not exist at ${base.ref} (${base.why}) and exists at ${head.ref} (${head.why}): the file was added, so everyone in it is new.${renamed}`;
        log.info(note);
        return { kind: 'everyone-new', note };
    }
    try {
        const entries = parseTeamFileText((0,files/* decodeTeamFile */.Yb)(found.bytes), file.displayPath, config.emailsKey);
        const note = `only-added: comparing ${file.displayPath} with ${where} (${base.why}).`;
        log.info(note);
        return { kind: 'compared', entries, note };
    }
    catch (error) {
        if (!(error instanceof failure/* StepFailure */.pH))
            throw error;
        const note = `only-added: ${file.displayPath} at ${base.ref} (${base.why}) no longer parses, so the org's members decide who is new: only addresses that are not members are invited.`;
        log.warning(`${note} The parser said: ${(0,report/* printable */.g$)(error.message)}`);
        return {
            kind: 'members',
            note,
            reason: `${file.displayPath} at ${base.ref} no longer parses`
        };
    }
}


/***/ })

};
