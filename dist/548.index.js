export const id = 548;
export const ids = [548];
export const modules = {

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
