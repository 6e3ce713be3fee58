export const id = 966;
export const ids = [966,548];
export const modules = {

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openApi: () => (/* binding */ openApi)
});

// EXTERNAL MODULE: ./src/send/undici.ts
var undici = __webpack_require__(6548);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/send/client.ts
// The HTTP client for the Control Plane API: one request with bounded retries. It never
// follows redirects (undici's `request` does not without an interceptor), reads at most
// MAX_BODY_BYTES of a body, and passes every text it returns through the redactor.


const MAX_BODY_BYTES = 10 * 1024 * 1024;
/**
 * undici's EnvHttpProxyAgent reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY as the runner sets them,
 * and falls back to a plain keep-alive Agent when none is set.
 */
function makeDispatcher(connections) {
    return new undici.EnvHttpProxyAgent({ connections, keepAliveTimeout: 10_000 });
}
const RETRIED_STATUSES = new Set([500, 502, 503, 504]);
const NONE = new Set();
/**
 * Network failures that the same request would meet again: an oversized body, an unknown
 * host (a transient DNS failure is EAI_AGAIN, which is retried) and a certificate problem.
 */
function isPermanentNetworkFailure(code) {
    // TLS verification codes come from OpenSSL (UNABLE_TO_VERIFY_LEAF_SIGNATURE,
    // DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED...) or from Node (ERR_TLS_*, ERR_SSL_*).
    return (code === 'response_too_large' ||
        code === 'ENOTFOUND' ||
        /CERT|SELF_SIGNED|^UNABLE_TO_|^ERR_TLS_|^ERR_SSL_/.test(code));
}
async function attemptOnce(settings, method, url, body) {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    try {
        const response = await (0,undici.request)(url, {
            method,
            dispatcher: settings.dispatcher,
            signal,
            headersTimeout: settings.timeoutMs,
            bodyTimeout: settings.timeoutMs,
            headers: {
                authorization: (0,secrets/* authorizationHeader */.bc)(settings.token),
                accept: 'application/json',
                'user-agent': settings.userAgent,
                ...(body === undefined ? {} : { 'content-type': 'application/json' })
            },
            body
        });
        const chunks = [];
        let size = 0;
        for await (const chunk of response.body) {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                response.body.destroy();
                const start = Buffer.concat(chunks).subarray(0, 400).toString('utf8');
                return {
                    kind: 'network',
                    code: 'response_too_large',
                    message: `HTTP ${response.statusCode} with a body larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was not read` +
                        (start === '' ? '' : ` (it starts: ${excerpt(start, settings.redact, 120)})`)
                };
            }
            chunks.push(chunk);
        }
        return {
            kind: 'response',
            status: response.statusCode,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8')
        };
    }
    catch (error) {
        if (signal.aborted) {
            return {
                kind: 'network',
                code: 'timeout',
                message: `no complete response within ${settings.timeoutMs / 1000} s (timeout-seconds)`
            };
        }
        return { kind: 'network', ...describeNetworkError(error) };
    }
}
function describeNetworkError(error) {
    const err = error;
    const code = err.cause?.code ?? err.code ?? 'network_error';
    const known = {
        ECONNREFUSED: 'the connection was refused',
        ECONNRESET: 'the connection was reset',
        ENOTFOUND: 'the host name could not be resolved',
        EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
        ETIMEDOUT: 'the connection timed out',
        UND_ERR_SOCKET: 'the connection closed before the response was complete',
        UND_ERR_HEADERS_TIMEOUT: 'no response headers in time (timeout-seconds)',
        UND_ERR_BODY_TIMEOUT: 'the response body stalled (timeout-seconds)',
        UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time'
    };
    return { code, message: known[code] ?? `network error: ${err.message ?? String(error)}` };
}
/** A short, single-line, redacted excerpt of a body for an error message. */
function excerpt(text, redact, limit = 200) {
    const flat = redact(text)
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}
function header(headers, name) {
    const value = headers[name];
    if (Array.isArray(value))
        return value[0];
    return typeof value === 'string' ? value : undefined;
}
/** Retry-After in ms (seconds or HTTP date), or undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    // Numbers never reach Date.parse, which reads "1.5" or "-1" as dates in 2001 (a wait of 0).
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    // An HTTP date names its day and month; anything without letters is not one.
    if (!/[a-z]/i.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
function readErrorBody(text) {
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            return undefined;
        const body = parsed;
        return {
            code: typeof body.code === 'string' ? body.code : undefined,
            message: typeof body.message === 'string' ? body.message : undefined,
            id: typeof body.id === 'string' ? body.id : undefined
        };
    }
    catch {
        return undefined;
    }
}
/**
 * `method`: a DELETE is done on any 2xx, whatever its body (a 204 has none).
 * `alsoRetried`: statuses retried for this call besides 429 and 5xx (409 for a DELETE, as
 * Control Plane's own clients do).
 */
function judge(result, redact, method = 'GET', alsoRetried = NONE) {
    if (result.kind === 'network') {
        const failure = { code: result.code, message: result.message };
        return isPermanentNetworkFailure(result.code)
            ? { kind: 'fail', failure }
            : { kind: 'retry', failure };
    }
    const { status, text, headers } = result;
    if (status >= 200 && status < 300) {
        if (method === 'DELETE')
            return { kind: 'success', status, body: undefined };
        try {
            return { kind: 'success', status, body: JSON.parse(text) };
        }
        catch {
            const type = header(headers, 'content-type') ?? 'no content type';
            return {
                kind: 'fail',
                failure: {
                    status,
                    code: 'bad_response',
                    message: `HTTP ${status} with a body that is not JSON (${excerpt(type, redact, 60)}): ${excerpt(text, redact) || '(empty)'}`
                }
            };
        }
    }
    if (status >= 300 && status < 400) {
        const location = header(headers, 'location');
        return {
            kind: 'fail',
            failure: {
                status,
                code: 'redirect',
                message: `HTTP ${status} redirect${location ? ` to ${excerpt(location, redact, 120)}` : ''}; ` +
                    'redirects are not followed: check that api-url is the API address (https://api.cpln.io)'
            }
        };
    }
    const parsed = readErrorBody(text);
    const failure = {
        status,
        // The code comes from the server like the message, and is shown in messages and retry
        // notices too, so it is redacted as well.
        code: parsed?.code === undefined ? `http_${status}` : redact(parsed.code),
        message: parsed?.message
            ? redact(parsed.message)
            : `HTTP ${status}${text.trim() ? `: ${excerpt(text, redact)}` : ''}`,
        id: parsed?.id === undefined ? undefined : redact(parsed.id)
    };
    if (status === 429) {
        // A quota is not a passing limit: Control Plane's own clients never retry it.
        if (/quota/i.test(parsed?.message ?? text))
            return { kind: 'fail', failure };
        return {
            kind: 'retry',
            failure,
            waitMs: parseRetryAfter(header(headers, 'retry-after'))
        };
    }
    if (RETRIED_STATUSES.has(status) || alsoRetried.has(status)) {
        return { kind: 'retry', failure, waitMs: parseRetryAfter(header(headers, 'retry-after')) };
    }
    return { kind: 'fail', failure };
}
function backoffMs(settings, attempt, asked) {
    if (asked !== undefined)
        return Math.min(asked, settings.maxWaitMs);
    const random = settings.random ?? Math.random;
    const exponential = settings.backoffBaseMs * 2 ** (attempt - 1);
    // Jitter spreads the retries of concurrent batches so they do not arrive together.
    return Math.min(settings.maxWaitMs, exponential * (0.5 + random() / 2));
}
const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Sends one request to `path` (relative to the API URL, already encoded), retrying network
 * errors, timeouts, 5xx, non-quota 429 and the statuses of `alsoRetried` up to
 * `maxAttempts` times.
 */
async function callApi(settings, method, path, body, onRetry, alsoRetried) {
    const url = `${settings.apiUrl}${path}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const sleep = settings.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        const verdict = judge(await attemptOnce(settings, method, url, payload), settings.redact, method, alsoRetried);
        if (verdict.kind === 'success')
            return { ok: true, status: verdict.status, body: verdict.body, attempts: attempt };
        if (verdict.kind === 'fail') {
            return {
                ok: false,
                failure: { ...verdict.failure, attempts: attempt, retriesExhausted: false }
            };
        }
        if (attempt >= settings.maxAttempts) {
            return {
                ok: false,
                failure: { ...verdict.failure, attempts: attempt, retriesExhausted: true }
            };
        }
        const waitMs = backoffMs(settings, attempt, verdict.waitMs);
        onRetry?.({
            attempt,
            maxAttempts: settings.maxAttempts,
            waitMs,
            reason: verdict.failure.status
                ? `HTTP ${verdict.failure.status} ${verdict.failure.code}`
                : verdict.failure.message
        });
        await sleep(waitMs);
    }
}

// EXTERNAL MODULE: ./src/send/failure.ts
var send_failure = __webpack_require__(2112);
;// CONCATENATED MODULE: ./src/send/batches.ts


function chunk(items, size) {
    const batches = [];
    for (let start = 0; start < items.length; start += size) {
        batches.push(items.slice(start, start + size));
    }
    return batches;
}
function invitePath(org) {
    return `/org/${encodeURIComponent(org)}/user/-invite`;
}
function inviteBody(org, emails, group) {
    // groupLink is not in the published schema; the official CLI sends it, so only add it
    // when a group is asked for and keep the plain request exactly as published otherwise.
    return group === undefined
        ? { emails }
        : { emails, groupLink: `/org/${encodeURIComponent(org)}/group/${encodeURIComponent(group)}` };
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * A map of the answer as an object: absent, `null` and `[]` are all empty. Calling such an
 * answer bad would report a batch whose invitations were created as failed, and a re-run
 * would invite those people twice.
 */
function asMap(value) {
    if (value === undefined || value === null)
        return {};
    if (Array.isArray(value) && value.length === 0)
        return {};
    return isPlainObject(value) ? value : undefined;
}
/** Checks the shape of a 200 answer; maps that are absent, null or [] are taken as empty. */
function readInviteResponse(body, redact) {
    const shown = () => excerpt(JSON.stringify(body) ?? String(body), redact);
    if (!isPlainObject(body)) {
        return { ok: false, message: `HTTP 200 with a body that is not a JSON object: ${shown()}` };
    }
    const invitations = asMap(body.invitations);
    const errors = asMap(body.errors);
    if (invitations === undefined || errors === undefined) {
        return {
            ok: false,
            message: `HTTP 200 whose 'invitations' or 'errors' is not an object: ${shown()}`
        };
    }
    return { ok: true, invitations, errors };
}
/**
 * Failures that every further batch would meet too: a refused key (401/403), a failure that
 * is never retried below HTTP (unknown host, certificate, oversized answer), a refused
 * connection, and retries that ran out (the API is down). Each further batch would wait
 * through its own retries, and the step would run for many minutes to fail the same way.
 * One attempt at a passing failure (a 503, a reset, with max-attempts: 1) is not an outage.
 */
function stopsTheRest(failure) {
    return ((0,send_failure/* isKeyRefusal */.U)(failure) ||
        (failure.status === undefined &&
            (isPermanentNetworkFailure(failure.code) || failure.code === 'ECONNREFUSED')) ||
        (failure.retriesExhausted && failure.attempts > 1));
}
async function sendBatches(batches, options) {
    const outcomes = new Array(batches.length);
    let next = 0;
    let stoppedBy;
    const sendOne = async (index, emails) => {
        const response = await callApi(options.settings, 'POST', invitePath(options.org), inviteBody(options.org, emails, options.batchGroups === undefined ? options.group : options.batchGroups[index]), notice => options.onRetry?.(index, notice));
        if (!response.ok)
            return { kind: 'failed', index, emails, failure: response.failure };
        const read = readInviteResponse(response.body, options.settings.redact);
        if (!read.ok) {
            return {
                kind: 'failed',
                index,
                emails,
                failure: {
                    status: response.status,
                    code: 'bad_response',
                    message: read.message,
                    attempts: response.attempts,
                    retriesExhausted: false
                }
            };
        }
        return { kind: 'answered', index, emails, ...read, attempts: response.attempts };
    };
    const worker = async () => {
        while (next < batches.length) {
            const index = next++;
            const emails = batches[index];
            const outcome = stoppedBy === undefined
                ? await sendOne(index, emails)
                : { kind: 'not-sent', index, emails, because: stoppedBy };
            if (outcome.kind === 'failed' && stopsTheRest(outcome.failure))
                stoppedBy ??= outcome.failure;
            outcomes[index] = outcome;
            options.onOutcome?.(outcome, batches.length);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, batches.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes;
}

;// CONCATENATED MODULE: ./src/send/groups.ts
// Groups on the wire: read a group's memberLinks (sync-groups, and remove-missing for
// `superusers`), and append members to it with `$append/memberLinks` (sync-groups). Never a plain `memberLinks` (it replaces the whole list) and never
// `$drop`: the action only adds people to groups.

function groupPath(org, group) {
    return `/org/${encodeURIComponent(org)}/group/${encodeURIComponent(group)}`;
}
function hintFor(failure, permission, group) {
    if (failure.status === 403) {
        return `sync-groups needs the '${permission}' permission on groups (group '${group}'); grant it to the service account, or set sync-groups: false.`;
    }
    if (failure.status === 404)
        return `Group '${group}' does not exist in the org; create it, or fix the group name.`;
    return '';
}
async function readGroup(settings, org, group, onRetry) {
    const response = await callApi(settings, 'GET', groupPath(org, group), undefined, onRetry);
    if (!response.ok) {
        return { ok: false, failure: response.failure, hint: hintFor(response.failure, 'view', group) };
    }
    const bad = (message) => ({
        ok: false,
        failure: {
            status: response.status,
            code: 'bad_response',
            message,
            attempts: response.attempts,
            retriesExhausted: false
        },
        hint: ''
    });
    // Only a group is read as one: a guard (superusers) depends on it, and an empty answer
    // must not pass for a group without members.
    const body = response.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return bad(`group '${group}' came back as something other than a group`);
    }
    const { kind, memberLinks, memberQuery, identityMatcher } = body;
    if (kind !== 'group')
        return bad(`group '${group}' came back without kind 'group'`);
    // A group nobody was ever added to may come without the field: that is no members.
    const links = memberLinks ?? [];
    if (!Array.isArray(links) || !links.every(link => typeof link === 'string')) {
        return bad(`group '${group}' came back with a 'memberLinks' that is not a list of links`);
    }
    const terms = memberQuery?.spec?.terms;
    const dynamic = Array.isArray(terms) && terms.length > 0
        ? 'memberQuery'
        : identityMatcher !== undefined && identityMatcher !== null
            ? 'identityMatcher'
            : undefined;
    return dynamic === undefined
        ? { ok: true, memberLinks: links }
        : { ok: true, memberLinks: links, dynamic };
}
async function appendToGroup(settings, org, group, links, onRetry) {
    const response = await callApi(settings, 'PATCH', groupPath(org, group), { '$append/memberLinks': links }, onRetry);
    if (!response.ok) {
        return { ok: false, failure: response.failure, hint: hintFor(response.failure, 'edit', group) };
    }
    return { ok: true, attempts: response.attempts };
}

;// CONCATENATED MODULE: ./src/send/members.ts


/** Far beyond any org; a guard against a server that never stops paginating. */
const MAX_PAGES = 10_000;
function nextLink(body) {
    const links = body.links;
    if (!Array.isArray(links))
        return undefined;
    const next = links.find((link) => link !== null && typeof link === 'object' && link.rel === 'next');
    return typeof next?.href === 'string' && next.href !== '' ? next.href : undefined;
}
function fail(code, message, hint = '') {
    return { ok: false, failure: { code, message, attempts: 1, retriesExhausted: false }, hint };
}
async function listMembers(settings, org, onRetry) {
    const emails = new Set();
    const users = [];
    const members = [];
    const visited = new Set();
    let path = `/org/${encodeURIComponent(org)}/user`;
    let pages = 0;
    while (path !== undefined) {
        if (visited.has(path) || pages >= MAX_PAGES) {
            const why = visited.has(path)
                ? `the 'next' link ${JSON.stringify(path)} was already visited`
                : `it went past ${MAX_PAGES} pages`;
            return fail('pagination_loop', `listing the org's users did not end: ${why}`);
        }
        visited.add(path);
        const response = await callApi(settings, 'GET', path, undefined, onRetry);
        if (!response.ok) {
            const hint = response.failure.status === 403
                ? `Listing the org's users needs the 'view' permission on users (e.g. the viewers group): grant it to the service account.`
                : response.failure.status === 401
                    ? send_failure/* INVALID_KEY_HINT */.o
                    : '';
            return { ok: false, failure: response.failure, hint };
        }
        pages++;
        const body = response.body;
        const items = body !== null && typeof body === 'object' ? body.items : undefined;
        if (!Array.isArray(items)) {
            return fail('bad_response', "listing the org's users returned no 'items' list");
        }
        for (const item of items) {
            const { email, id } = (item ?? {});
            if (typeof email !== 'string')
                continue;
            const address = email.trim().toLowerCase();
            emails.add(address);
            const withId = typeof id === 'string' && id !== '' ? { id } : {};
            users.push({ email: address, ...withId });
            members.push({ email: email.trim(), ...withId });
        }
        const href = nextLink(body);
        if (href === undefined)
            break;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
            // The key goes with every request: never follow a link to another server.
            if (!href.startsWith(`${settings.apiUrl}/`)) {
                return fail('bad_response', `listing the org's users returned a 'next' link to another server`);
            }
            path = href.slice(settings.apiUrl.length);
        }
        else {
            // Links are paths relative to the API URL, which may itself carry a path prefix.
            path = href.startsWith('/') ? href : `/${href}`;
        }
    }
    return { ok: true, emails, users, members, pages };
}

;// CONCATENATED MODULE: ./src/send/removals.ts


/** Official clients retry a 409 on delete (a conflicting change in flight), besides 429 and 5xx. */
const DELETE_RETRIED = new Set([409]);
function userPath(org, email) {
    return `/org/${encodeURIComponent(org)}/user/${encodeURIComponent(email)}`;
}
/** One outcome per member, in the order given. */
async function removeMembers(settings, members, options) {
    const outcomes = new Array(members.length);
    let next = 0;
    let stoppedBy;
    const removeOne = async (member) => {
        const response = await callApi(settings, 'DELETE', userPath(options.org, member.email), undefined, notice => options.onRetry?.(member, notice), DELETE_RETRIED);
        if (response.ok)
            return { kind: 'removed', member, attempts: response.attempts };
        // A 404 after an attempt whose answer was lost most likely means that attempt removed
        // them: counted as removed by this run, not as already gone.
        if (response.failure.status === 404) {
            return response.failure.attempts > 1
                ? { kind: 'removed', member, attempts: response.failure.attempts }
                : { kind: 'gone', member };
        }
        return { kind: 'failed', member, failure: response.failure };
    };
    const worker = async () => {
        while (next < members.length) {
            const index = next++;
            const member = members[index];
            const outcome = stoppedBy === undefined
                ? await removeOne(member)
                : { kind: 'not-sent', member, because: stoppedBy };
            if (outcome.kind === 'failed' && stopsTheRest(outcome.failure))
                stoppedBy ??= outcome.failure;
            outcomes[index] = outcome;
            options.onOutcome?.(outcome);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, members.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes;
}

;// CONCATENATED MODULE: ./src/send/api.ts
// The Control Plane API for one run: a connection pool and the calls a run makes. The
// pipeline loads this module only when a run talks to the API, so a dry run and the
// team-file check never load the HTTP client.





function openApi(settings, connections) {
    const client = { ...settings, dispatcher: makeDispatcher(connections) };
    return {
        listMembers: (org, onRetry) => listMembers(client, org, onRetry),
        invite: (partitions, options) => {
            const batches = partitions.flatMap(p => chunk(p.addresses, options.batchSize).map(emails => ({ emails, group: p.group })));
            return sendBatches(batches.map(b => b.emails), { settings: client, ...options, batchGroups: batches.map(b => b.group) });
        },
        readGroup: (org, group, onRetry) => readGroup(client, org, group, onRetry),
        appendToGroup: (org, group, links, onRetry) => appendToGroup(client, org, group, links, onRetry),
        remove: (members, options) => removeMembers(client, members, options),
        close: () => client.dispatcher.destroy()
    };
}


/***/ }),

/***/ 6548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EnvHttpProxyAgent: () => (/* reexport default from dynamic */ undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2___default.a),
/* harmony export */   ProxyAgent: () => (/* reexport default from dynamic */ undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3___default.a),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   request: () => (/* binding */ request)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6672);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__);
// The parts of undici that this bundle uses, each loaded from its own module.
// undici's index evaluates all of undici as it loads (fetch, WebSocket, caches, cookies, mock
// agents), and its cookie module touches globalThis.Headers, which makes Node load its own
// copy of undici too: about 20 ms of every run (docs/performance.md), for code that is
// never called here. The action's HTTP client imports this module; the bundle's other users
// of undici get these parts through ./undici-on-demand.ts, only when they use them.




// What undici's index does first: every dispatcher gets request(), connect() and the other
// API methods; the proxy agents call connect() on their clients.
Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);

/** undici's `request(url, options)`; the dispatcher is always given (no global one). */
function request(url, options) {
    const { origin, pathname, search } = new URL(url);
    return options.dispatcher.request({ ...options, origin, path: pathname + search });
}
/** undici's fetch, loaded on the first call: only the GitHub reader (only-added) uses it. */
async function fetch(input, init) {
    const fetchModule = await __webpack_require__.e(/* import() */ 398).then(__webpack_require__.t.bind(__webpack_require__, 4398, 23));
    return fetchModule.default.fetch(input, init);
}


/***/ })

};
