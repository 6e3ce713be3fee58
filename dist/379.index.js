export const id = 379;
export const ids = [379];
export const modules = {

/***/ 1379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   removeMissing: () => (/* binding */ removeMissing)
/* harmony export */ });
/* unused harmony export SUPERUSERS */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _plan_removals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3250);
/* harmony import */ var _report_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3020);
/* harmony import */ var _send_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2112);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
// The remove-missing step of a run, after the invites: decides by event whether removal is
// applied, planned or skipped, lists the members, reads `superusers`, plans with the guards
// (plan/removals.ts) and sends the DELETEs (send/removals.ts). Plain TypeScript on plain
// values, like the pipeline that calls it; it returns one RemovalReport.





const SUPERUSERS = 'superusers';
async function removeMissing(config, io, session, invites) {
    const { log } = io;
    const mode = config.dryRun
        ? (0,_plan_removals_js__WEBPACK_IMPORTED_MODULE_1__/* .removalMode */ .Ar)({
            eventName: undefined,
            payload: {},
            dryRun: true,
            pullRequestEvent: config.planOnlyEvent !== undefined
        })
        : await eventMode(io);
    if (config.dryRun && config.planOnlyEvent !== undefined && mode.kind === 'plan') {
        // Rephrased with the event's name, which the config knows.
        mode.why = `pull-request events only plan removals (this run is a ${config.planOnlyEvent} event); members are removed after merge`;
    }
    if (mode.kind === 'skip') {
        log.notice(mode.why);
        return { kind: 'skipped', why: mode.why };
    }
    if (!session.hasKey) {
        const why = 'remove-missing is not planned in this dry run: listing the members needs a key (token).';
        log.notice(why);
        return { kind: 'skipped', why };
    }
    // Any batch that failed as a whole leaves the invite run incomplete: fail closed.
    const stoppedBy = invites.run.stoppedBy ?? invites.run.failures.find(f => (0,_send_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .isKeyRefusal */ .U)(f.failure))?.failure;
    const invitesStopped = invites.stoppedEarly || stoppedBy !== undefined || invites.run.failures.length > 0;
    if (stoppedBy !== undefined && (0,_send_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .isKeyRefusal */ .U)(stoppedBy)) {
        // The same key would be refused again: the members are not even listed.
        return {
            kind: 'refused',
            plan: {
                kind: 'refused',
                guard: 'invites-stopped',
                message: `Removal refused, nobody was removed: the invites stopped when the key was refused (${(0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(stoppedBy)}), so the members were not listed either.`,
                notRemoved: [],
                kept: [],
                superusers: []
            }
        };
    }
    const listed = await session.members();
    if (!listed.ok) {
        const hint = listed.failure.status === 403
            ? "remove-missing needs permission to view the org's users (the 'view' permission on users)."
            : listed.hint;
        const message = `Removal failed, nobody was removed: could not list the members of org '${config.org}' for remove-missing: ${(0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(listed.failure)}. ${hint}`.trim();
        return { kind: 'failed', message };
    }
    const api = await session.api();
    const group = await api.readGroup(config.org, SUPERUSERS, notice => log.info((0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .retryLine */ .Rn)(`Reading the group ${SUPERUSERS}`, notice)));
    if (!group.ok) {
        log.warning(`Could not read the group ${SUPERUSERS} of org '${config.org}': ${(0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(group.failure)}.`);
    }
    else if (group.dynamic !== undefined) {
        log.warning(`The group ${SUPERUSERS} of org '${config.org}' also admits members through its ${group.dynamic}, so who is an administrator cannot be known from its links: nobody is removed.`);
    }
    const inputs = {
        members: listed.members,
        desired: desiredAddresses(invites.plan),
        keep: config.keep,
        superuserLinks: group.ok && group.dynamic === undefined ? group.memberLinks : undefined,
        maxRemovals: config.maxRemovals,
        desiredProblem: invites.plan.items.some(item => item.kind === 'invalid')
            ? 'invalid-entry'
            : invites.fileEntries === 0
                ? 'empty-file'
                : undefined,
        invitesStopped
    };
    const plan = (0,_plan_removals_js__WEBPACK_IMPORTED_MODULE_1__/* .planRemovals */ .$k)(inputs);
    logPlan(log, config.org, plan, listed.members.length);
    if (plan.kind === 'refused')
        return { kind: 'refused', plan };
    if (mode.kind === 'plan')
        return { kind: 'planned', plan, why: mode.why };
    if (plan.remove.length === 0)
        return { kind: 'done', plan, outcomes: [] };
    log.info(`Removing ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(plan.remove.length, 'member')} from org ${config.org} (${Math.min(config.concurrency, plan.remove.length)} at a time).`);
    const outcomes = await api.remove(plan.remove, {
        org: config.org,
        concurrency: config.concurrency,
        onRetry: (member, notice) => log.info((0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .retryLine */ .Rn)(`Removing ${member.email}`, notice)),
        onOutcome: outcome => log.info(outcomeLine(outcome))
    });
    return { kind: 'done', plan, outcomes };
}
/** Every valid address given (the whole team file and `emails`): the desired members. */
function desiredAddresses(plan) {
    return plan.items.filter(item => item.kind !== 'invalid').map(item => item.address);
}
async function eventMode(io) {
    const { event } = await io.github();
    return (0,_plan_removals_js__WEBPACK_IMPORTED_MODULE_1__/* .removalMode */ .Ar)({
        eventName: event.eventName,
        payload: event.payload,
        dryRun: false,
        pullRequestEvent: _config_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_ONLY_EVENTS */ .hf.includes(event.eventName ?? '')
    });
}
function logPlan(log, org, plan, memberCount) {
    const held = `${plan.kept.length} kept, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(plan.superusers.length, 'superuser')} not removed by the action`;
    if (plan.kind === 'refused') {
        log.info(`Removal plan for org ${org} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(memberCount, 'member')}): refused (${plan.guard}), ${plan.notRemoved.length} not removed, ${held}.`);
    }
    else {
        log.info(`Removal plan for org ${org} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(memberCount, 'member')}): ${plan.remove.length} to remove (max-removals allows ${plan.limit}), ${held}.`);
    }
    for (const member of plan.superusers) {
        log.warning(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(member.email)} is missing from the team file but is a member of ${SUPERUSERS}: the action never removes superusers; remove them by hand if they should go.`);
    }
}
function outcomeLine(outcome) {
    const who = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(outcome.member.email);
    switch (outcome.kind) {
        case 'removed':
            return `✓ removed ${who}${outcome.attempts > 1 ? ` (after ${outcome.attempts} attempts)` : ''}`;
        case 'gone':
            return `- ${who} was already gone (HTTP 404)`;
        case 'failed':
            return `✗ ${who}: ${(0,_report_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(outcome.failure)}`;
        case 'not-sent':
            return `✗ ${who}: not removed (an earlier removal stopped the rest)`;
    }
}


/***/ })

};
