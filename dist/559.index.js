export const id = 559;
export const ids = [559];
export const modules = {

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseEntries: () => (/* binding */ readBaseEntries)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/team-file/read.ts
var read = __webpack_require__(4944);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/plan/base-commit.ts
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
function base_commit_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function chooseBase(eventName, payload, baseRef) {
    if (baseRef !== undefined)
        return { kind: 'ref', ref: baseRef, why: 'the base-ref input' };
    const event = eventName ?? '(none)';
    if (event === 'push') {
        const before = base_commit_text(payload.before);
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
        const sha = base_commit_text(pr?.base?.sha);
        return sha === undefined
            ? { kind: 'missing', why: `the ${event} event's payload has no 'pull_request.base.sha'` }
            : { kind: 'ref', ref: sha, why: "the pull request's base commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = base_commit_text(group?.base_sha);
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
        const sha = base_commit_text(pr?.head?.sha);
        if (sha !== undefined)
            return { ref: sha, why: "the pull request's head commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = base_commit_text(group?.head_sha);
        if (sha !== undefined)
            return { ref: sha, why: "the merge group's head commit" };
    }
    if (event === 'push') {
        const after = base_commit_text(payload.after);
        if (after !== undefined && !ZERO_SHA.test(after)) {
            return { ref: after, why: 'the commit this push moved to' };
        }
    }
    const sha = base_commit_text(githubSha);
    return sha === undefined ? undefined : { ref: sha, why: 'the commit of this run (GITHUB_SHA)' };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/plan/repository.ts
// Where the team file lies in its repository, for reading it at another commit (only-added).



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
function locateInRepository(workspace, realFile, 
/** `owner/repo` of the run (GITHUB_REPOSITORY). */
repository) {
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
        throw new errors/* ActionError */.lZ(`only-added: the team file (${file}) is not inside the repository checked out at ${checkout}, so its path in the repository is unknown. Nothing was sent. ` +
            'Give emails-file as a path inside the checkout.', { configuration: true });
    }
    const [owner = '', repo = ''] = (repository ?? '').split('/');
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

;// CONCATENATED MODULE: ./src/plan/only-added.ts
// only-added: the team file's entries at the base commit, read through a GitHub reader that
// the caller supplies (github.ts on the runner, a map of files in tests).






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
    return new errors/* ActionError */.lZ(`only-added could not read ${where} from GitHub${found.status ? ` (HTTP ${found.status})` : ''}: ${found.message}. ${hint}`.trim(), { configuration: refused });
}
/**
 * Reads the team file at the base commit. Fails closed: a file missing at the base counts
 * as added only once GitHub shows it at the head commit; otherwise the path is wrong and the
 * step fails (ActionError) rather than invite the whole file again.
 */
async function readBaseEntries(config, file, workspace, github, log) {
    const { event } = github;
    const base = chooseBase(event.eventName, event.payload, config.baseRef);
    if (base.kind === 'missing') {
        const eventFile = event.eventPath;
        const why = eventFile === undefined || eventFile === ''
            ? ' GITHUB_EVENT_PATH is not set, so the event data is empty.'
            : (0,external_node_fs_.existsSync)(eventFile)
                ? ''
                : ` The event file (GITHUB_EVENT_PATH ${(0,src_text/* printable */.g$)(eventFile)}) does not exist, so the event data is empty.`;
        throw new errors/* ActionError */.lZ(`only-added: ${base.why}, so there is no base commit to compare ${file.displayPath} with.${why} ` +
            'Nothing was sent: everyone in the file would otherwise count as new. Set base-ref to the commit to compare with, or run on the complete event.', { configuration: true });
    }
    if (base.kind === 'none') {
        // Not "everyone is new": a new branch usually copies a file whose people are members.
        const note = `only-added: ${base.why}, so there is no base version of ${file.displayPath} to compare with: the org's members decide who is new, and only addresses that are not members are invited.`;
        log.notice(note);
        return { kind: 'members', note, reason: `there is no base commit (${base.why})` };
    }
    if (config.githubToken === '') {
        throw new errors/* ActionError */.lZ(`Input 'github-token' is empty, but only-added needs it to read ${file.displayPath} at ${base.ref}. ` +
            'Leave it at its default (github.token) or pass a token with contents: read.', { configuration: true });
    }
    const repoFile = locateInRepository(workspace, file.realPath, event.repository);
    const shown = `${repoFile.owner}/${repoFile.repo}:${repoFile.path}`;
    const where = `${shown} at ${base.ref}`;
    const found = await github.readFileAt(repoFile, base.ref);
    if (found.kind === 'failed')
        throw readFailure(where, found);
    if (found.kind === 'absent') {
        const head = chooseHead(event.eventName, event.payload, event.sha);
        if (head === undefined) {
            throw new errors/* ActionError */.lZ(`only-added: ${where} does not exist (${base.why}), and no head commit is known (no GITHUB_SHA) to confirm that the file was added rather than its path being wrong. Nothing was sent.`, { configuration: true });
        }
        const atHead = await github.readFileAt(repoFile, head.ref);
        if (atHead.kind === 'failed')
            throw readFailure(`${shown} at ${head.ref}`, atHead);
        if (atHead.kind === 'absent') {
            throw new errors/* ActionError */.lZ(`only-added: GitHub has no ${shown}, neither at ${base.ref} (${base.why}) nor at ${head.ref} (${head.why}), so the path tried in the repository, ${(0,src_text/* printable */.g$)(repoFile.path)}, is wrong. ` +
                'Nothing was sent: everyone in the file would otherwise count as new. Check emails-file, and for a nested checkout (actions/checkout with path:) that the checkout has its .git folder; or check out the commit of this run.', { configuration: true });
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
        // The parser's own chunk, shared with the pipeline's reading of the workspace copy.
        const { parseTeamFile } = await Promise.all(/* import() */[__webpack_require__.e(341), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 968));
        const entries = parseTeamFile((0,read/* decodeTeamFile */.Yb)(found.bytes), file.displayPath, config.emailsKey);
        const note = `only-added: comparing ${file.displayPath} with ${where} (${base.why}).`;
        log.info(note);
        return { kind: 'compared', entries, note };
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        const note = `only-added: ${file.displayPath} at ${base.ref} (${base.why}) no longer parses, so the org's members decide who is new: only addresses that are not members are invited.`;
        log.warning(`${note} The parser said: ${(0,src_text/* printable */.g$)(error.message)}`);
        return {
            kind: 'members',
            note,
            reason: `${file.displayPath} at ${base.ref} no longer parses`
        };
    }
}


/***/ })

};
