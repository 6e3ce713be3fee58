export const id = 268;
export const ids = [268];
export const modules = {

/***/ 8268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncGroups: () => (/* binding */ syncGroups)
/* harmony export */ });
/* harmony import */ var _plan_groups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9675);
// sync-groups: reads each group that a member should be in, plans the additions (pure, in
// plan/groups.ts), and, unless this is a dry run, appends them: one PATCH per group.

async function syncGroups(api, input) {
    const isMember = new Set(input.members.map(m => m.email));
    // Only the groups of existing members matter: invitees get theirs through groupLink.
    const candidates = new Map();
    for (const [address, group] of input.groupOf) {
        if (group === undefined || !isMember.has(address))
            continue;
        const list = candidates.get(group);
        if (list)
            list.push(address);
        else
            candidates.set(group, [address]);
    }
    const memberLinks = new Map();
    const unread = [];
    for (const group of candidates.keys()) {
        const read = await api.readGroup(input.org, group, notice => input.onRetry(`Reading group ${group}`, notice));
        if (read.ok)
            memberLinks.set(group, read.memberLinks);
        else {
            const addresses = candidates.get(group) ?? [];
            unread.push({ group, addresses, state: 'unread', failure: read.failure, hint: read.hint });
        }
    }
    const plan = (0,_plan_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .planGroupAdditions */ .g_)({
        org: input.org,
        members: input.members,
        groupOf: input.groupOf,
        memberLinks
    });
    const groups = [];
    for (const addition of plan.additions) {
        const { group, addresses, links } = addition;
        if (input.dryRun) {
            groups.push({ group, addresses, state: 'planned' });
            continue;
        }
        const done = await api.appendToGroup(input.org, group, links, notice => input.onRetry(`Adding to group ${group}`, notice));
        groups.push(done.ok
            ? { group, addresses, state: 'added' }
            : { group, addresses, state: 'failed', failure: done.failure, hint: done.hint });
    }
    return { groups: [...groups, ...unread] };
}


/***/ })

};
