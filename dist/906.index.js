export const id = 906;
export const ids = [906];
export const modules = {

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseEntries: () => (/* binding */ readBaseEntries)
});

;// CONCATENATED MODULE: ./src/base.ts
// Decides which commit the team file is compared with for only-added. Pure: it takes the
// event name and payload as @actions/github's context hands them over.
const ZERO_SHA = /^0+$/;
function base_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function chooseBase(eventName, payload, baseRef) {
    if (baseRef !== undefined)
        return { kind: 'ref', ref: baseRef, why: 'the base-ref input' };
    const event = eventName ?? '(none)';
    if (event === 'push') {
        const before = base_text(payload.before);
        if (before === undefined)
            return { kind: 'none', why: 'the push event names no previous commit' };
        if (ZERO_SHA.test(before)) {
            return {
                kind: 'none',
                why: 'this push created the branch (its previous commit is all zeros)'
            };
        }
        return { kind: 'ref', ref: before, why: 'the commit before this push' };
    }
    if (event === 'pull_request' || event === 'pull_request_target') {
        const pr = payload.pull_request;
        const sha = base_text(pr?.base?.sha);
        return sha === undefined
            ? { kind: 'none', why: `the ${event} event names no base commit` }
            : { kind: 'ref', ref: sha, why: "the pull request's base commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = base_text(group?.base_sha);
        return sha === undefined
            ? { kind: 'none', why: 'the merge_group event names no base commit' }
            : { kind: 'ref', ref: sha, why: "the merge group's base commit" };
    }
    return { kind: 'none', why: `the ${event} event has no base commit` };
}

// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
/**
 * Finds the repository and the path in it of a file in the workspace. In a default checkout
 * the workspace is the repository root; when the file lies in a nested checkout
 * (actions/checkout with `path:`), the nearest folder holding `.git` is its root.
 */
function locateInRepository(workspace, realFile, env) {
    const root = external_node_path_default().resolve(workspace);
    let dir = external_node_path_default().dirname(realFile);
    let checkout = root;
    while (dir.startsWith(root) && dir !== root) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git'))) {
            checkout = dir;
            break;
        }
        dir = external_node_path_default().dirname(dir);
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
    return { ...found, path: external_node_path_default().relative(checkout, realFile).split((external_node_path_default()).sep).join('/') };
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
/** Reads a file at a commit through the REST API, so a shallow checkout is enough. */
async function fetchFileAt(token, file, ref, timeoutMs) {
    // getOctokit takes GITHUB_API_URL (GitHub Enterprise Server) from the environment.
    const octokit = (0,github/* getOctokit */.Q)(token);
    // Each request gets the same time limit as the Control Plane requests (timeout-seconds).
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        // `{+path}` keeps the slashes: getContent's `{path}` sends `a%2Fb`, which GitHub answers
        // with 404 for fine-grained tokens (octokit/octokit.js#2422).
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', {
            owner: file.owner,
            repo: file.repo,
            path: file.path,
            ref,
            // The raw media type returns the file itself, also above the 1 MB JSON-content limit.
            mediaType: { format: 'raw' },
            request: { signal }
        });
        const data = response.data;
        if (typeof data === 'string')
            return { kind: 'found', content: data };
        return { kind: 'failed', message: `${file.path} at ${ref} is not a file` };
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




/**
 * The team file's entries at the base commit; undefined when everyone in the file counts as
 * new. Says in the log which case applied. A failure to read the base throws StepFailure.
 */
async function readBaseEntries(config, file, workspace, env, log, parseTeamFileText) {
    const event = eventInfo();
    const base = chooseBase(event.eventName, event.payload, config.baseRef);
    if (base.kind === 'none') {
        log.info(`only-added: ${base.why}, so everyone in ${file.displayPath} is new.`);
        return undefined;
    }
    if (config.githubToken === '') {
        throw new failure/* StepFailure */.pH(`Input 'github-token' is empty, but only-added needs it to read ${file.displayPath} at ${base.ref}. ` +
            'Leave it at its default (github.token) or pass a token with contents: read.');
    }
    const repoFile = locateInRepository(workspace, file.realPath, env);
    const where = `${repoFile.owner}/${repoFile.repo}:${repoFile.path} at ${base.ref}`;
    const found = await fetchFileAt(config.githubToken, repoFile, base.ref, config.timeoutMs);
    if (found.kind === 'absent') {
        log.info(`only-added: ${repoFile.path} did not exist at ${base.ref} (${base.why}), so everyone in it is new.`);
        return undefined;
    }
    if (found.kind === 'failed') {
        const hint = found.status === 401
            ? 'The github-token was refused: check that it is valid.'
            : found.status === 403 || found.status === 404
                ? 'Check that github-token can read the repository (permissions: contents: read) and that the base commit exists.'
                : '';
        throw new failure/* StepFailure */.pH(`only-added could not read ${where} from GitHub${found.status ? ` (HTTP ${found.status})` : ''}: ${found.message}. ${hint}`.trim());
    }
    try {
        const entries = parseTeamFileText(found.content, file.displayPath, config.emailsKey);
        log.info(`only-added: comparing ${file.displayPath} with ${where} (${base.why}).`);
        return entries;
    }
    catch (error) {
        if (!(error instanceof failure/* StepFailure */.pH))
            throw error;
        log.warning(`only-added: ${file.displayPath} at ${base.ref} no longer parses, so everyone in it is treated as new. The parser said: ${(0,report/* printable */.g$)(error.message)}`);
        return undefined;
    }
}


/***/ })

};
