export const id = 81;
export const ids = [81];
export const modules = {

/***/ 3081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listMembers: () => (/* binding */ listMembers)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3183);

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
        const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callApi)(settings, 'GET', path, undefined, onRetry);
        if (!response.ok) {
            const hint = response.failure.status === 403
                ? `skip-existing needs permission to view the org's users (the 'view' permission on users, e.g. the viewers group); grant it to the service account, or set skip-existing: false.`
                : response.failure.status === 401
                    ? _client_js__WEBPACK_IMPORTED_MODULE_0__.INVALID_KEY_HINT
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
            const email = item?.email;
            if (typeof email === 'string')
                emails.add(email.trim().toLowerCase());
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
    return { ok: true, emails, pages };
}


/***/ })

};
