export const id = 248;
export const ids = [248];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eventInfo: () => (/* binding */ eventInfo),
/* harmony export */   fetchFileAt: () => (/* binding */ fetchFileAt),
/* harmony export */   locateInRepository: () => (/* binding */ locateInRepository)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The GitHub edge, loaded only when only-added is used: @actions/github and its Octokit
// are a large share of the bundle, and most runs never need them.



function eventInfo() {
    return { eventName: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName, payload: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload };
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
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace);
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(realFile);
    let checkout = root;
    while (dir.startsWith(root) && dir !== root) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.git'))) {
            checkout = dir;
            break;
        }
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let found = { owner, repo };
    if (checkout !== root) {
        try {
            const config = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(checkout, '.git', 'config'), 'utf8');
            const url = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config)?.[1];
            found = (url !== undefined ? repoOfRemote(url) : undefined) ?? found;
        }
        catch {
            // A worktree's .git is a file; the event's repository is the best guess then.
        }
    }
    return { ...found, path: node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(checkout, realFile).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') };
}
async function commitExists(octokit, file, ref) {
    try {
        await octokit.rest.repos.getCommit({
            owner: file.owner,
            repo: file.repo,
            ref,
            mediaType: { format: 'sha' }
        });
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a file at a commit through the REST API, so a shallow checkout is enough. */
async function fetchFileAt(token, file, ref, timeoutMs) {
    // getOctokit takes GITHUB_API_URL (GitHub Enterprise Server) from the environment.
    const signal = AbortSignal.timeout(timeoutMs);
    // Each request gets the same time limit as the Control Plane requests (timeout-seconds).
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { request: { signal } });
    try {
        // `{+path}` keeps the slashes: getContent's `{path}` sends `a%2Fb`, which GitHub answers
        // with 404 for fine-grained tokens (octokit/octokit.js#2422).
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', {
            owner: file.owner,
            repo: file.repo,
            path: file.path,
            ref,
            // The raw media type returns the file itself, also above the 1 MB JSON-content limit.
            mediaType: { format: 'raw' }
        });
        const data = response.data;
        if (typeof data === 'string')
            return { kind: 'found', content: data };
        return { kind: 'failed', message: `${file.path} at ${ref} is not a file` };
    }
    catch (error) {
        if (signal.aborted) {
            return {
                kind: 'failed',
                message: `no answer from GitHub within ${timeoutMs / 1000} s (timeout-seconds)`
            };
        }
        const { status, response } = error;
        // Octokit reports a request that got no answer at all as status 500: say so plainly.
        if (response === undefined) {
            return {
                kind: 'failed',
                message: `could not reach GitHub: ${error.message ?? String(error)}`
            };
        }
        // GitHub also answers 404 for a repository or commit the token cannot see. Only call
        // the file absent when the commit itself is readable; otherwise everyone would look new.
        if (status === 404 && (await commitExists(octokit, file, ref)))
            return { kind: 'absent' };
        return {
            kind: 'failed',
            status,
            message: error.message ?? String(error)
        };
    }
}


/***/ })

};
