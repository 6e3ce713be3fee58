export const id = 248;
export const ids = [248];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contentsRoute: () => (/* binding */ contentsRoute),
/* harmony export */   fetchFileAt: () => (/* binding */ fetchFileAt),
/* harmony export */   gitHubReader: () => (/* binding */ gitHubReader)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _team_file_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4944);
// The GitHub edge: the run's event and files at other commits, through @actions/github.
// main.ts loads it only when only-added needs a base version: Octokit is a large share of
// the bundle, and most runs never need it.


/** The reader only-added uses, with the token and time limit of this run. */
function gitHubReader(token, timeoutMs, env) {
    return {
        event: {
            eventName: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName,
            payload: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload,
            eventPath: env.GITHUB_EVENT_PATH,
            sha: env.GITHUB_SHA,
            repository: env.GITHUB_REPOSITORY
        },
        readFileAt: (file, ref) => fetchFileAt(token, file, ref, timeoutMs)
    };
}
/**
 * The contents route with each segment of the path encoded: Octokit's `{+path}` leaves `#`,
 * `?` and `%XX` as they are, so `team#1.yaml` would be asked for as `contents/team`.
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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
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
            // file; decodeTeamFile (team-file/read.ts) reads the base exactly as the workspace copy.
            request: { signal, parseSuccessResponseBody: false }
        });
        // A directory is answered with a JSON listing even for the raw media type.
        const type = String(response.headers['content-type'] ?? '');
        const body = response.data;
        if (/^application\/json\b/i.test(type) || body === null) {
            await body?.cancel();
            return { kind: 'failed', message: `${file.path} at ${ref} is not a file` };
        }
        const bytes = await readAtMost(body, _team_file_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TEAM_FILE_BYTES */ .gq);
        if (bytes === undefined) {
            return {
                kind: 'failed',
                message: `${file.path} at ${ref} is larger than ${_team_file_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TEAM_FILE_BYTES */ .gq} bytes, the limit for a team file, so it was not read`
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


/***/ })

};
