export const id = 558;
export const ids = [558];
export const modules = {

/***/ 3558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseBase: () => (/* binding */ chooseBase)
/* harmony export */ });
// Decides which commit the team file is compared with for only-added. Pure: it takes the
// event name and payload as @actions/github's context hands them over.
const ZERO_SHA = /^0+$/;
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function chooseBase(eventName, payload, baseRef) {
    if (baseRef !== undefined)
        return { kind: 'ref', ref: baseRef, why: 'the base-ref input' };
    const event = eventName ?? '(none)';
    if (event === 'push') {
        const before = text(payload.before);
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
        const sha = text(pr?.base?.sha);
        return sha === undefined
            ? { kind: 'none', why: `the ${event} event names no base commit` }
            : { kind: 'ref', ref: sha, why: "the pull request's base commit" };
    }
    if (event === 'merge_group') {
        const group = payload.merge_group;
        const sha = text(group?.base_sha);
        return sha === undefined
            ? { kind: 'none', why: 'the merge_group event names no base commit' }
            : { kind: 'ref', ref: sha, why: "the merge group's base commit" };
    }
    return { kind: 'none', why: `the ${event} event has no base commit` };
}


/***/ })

};
