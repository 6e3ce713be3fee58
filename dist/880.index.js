export const id = 880;
export const ids = [880];
export const modules = {

/***/ 5880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryModel: () => (/* binding */ summaryModel)
/* harmony export */ });
/* unused harmony exports SUMMARY_ROW_LIMIT, SUMMARY_ROW_BYTES, cell, markdownText */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6374);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(774);


/** Rows beyond this collapse into counts; keeps the summary far below its 1 MiB limit. */
const SUMMARY_ROW_LIMIT = 1000;
const LABELS = {
    invited: '✅ invited',
    'would-invite': '📝 would invite',
    error: '❌ error',
    invalid: '⚠️ invalid',
    skipped: '⏭️ skipped'
};
/**
 * Longest text shown in one table cell or one item of a note, before escaping (valid
 * addresses are at most 254 characters). Entries are already cut where they are planned
 * (text.ts: boundedKey); this also bounds the API's messages, so that a few long cells cannot take
 * the summary past its 1 MiB limit, beyond which the runner drops the whole summary.
 */
const CELL_MAX_CHARS = 500;
const NOTE_ITEM_MAX_CHARS = 254;
/** A note on the run names a path and two commits: far below this. */
const RUN_NOTE_MAX_CHARS = 2000;
/** Rows also stop once their cells reach this size, so that the summary stays far below 1 MiB. */
const SUMMARY_ROW_BYTES = 384 * 1024;
/** Escapes text for an HTML table cell that GitHub renders inside markdown. */
function cell(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\|/g, '&#124;');
}
/**
 * Escapes text for a markdown line of the summary (the notes). Every character markdown
 * gives a meaning becomes a numeric character reference, which reads the same in markdown
 * and in HTML: an address such as `[x](https://evil.example)@x.com` (valid: RFC 5322 allows
 * these characters before the @) must not become a link, and a backtick must not end a code
 * span, where entities would show literally.
 */
function markdownText(text) {
    // `@` too: GitHub turns a bare address in markdown into a mailto link.
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text).replace(/[&<>"|\\`*_[\]()~!$@]/g, c => `&#${c.charCodeAt(0)};`);
}
function detail(r) {
    switch (r.kind) {
        case 'invited':
            return r.detail ?? '';
        case 'would-invite':
            return 'dry run: not sent';
        case 'error':
            return `${r.error.status === undefined ? '' : `HTTP ${r.error.status} `}${r.error.code}: ${r.error.message}`;
        case 'invalid':
            return `${r.location ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .where */ ._M)(r.location)} ` : ''}${r.error.message}`;
        case 'skipped':
            return r.reason === 'member'
                ? 'already a member of the org'
                : 'unchanged since the base commit';
    }
}
/** Items a note lists before it says how many more there are. */
const NOTE_ITEMS = 100;
function firstOf(items, render) {
    const shown = items.slice(0, NOTE_ITEMS).map(render).join(', ');
    return items.length > NOTE_ITEMS ? `${shown} and ${items.length - NOTE_ITEMS} more` : shown;
}
const SEVERITY = {
    error: 0,
    invalid: 1,
    skipped: 2,
    invited: 3,
    'would-invite': 3
};
function summaryModel(org, dryRun, plan, run, rowLimit = SUMMARY_ROW_LIMIT, redact = text => text, 
/** Plain-text notes on how the run was made (the base of only-added, plan-only events). */
runNotes = []) {
    // Redact before cutting and escaping: a key cut short or escaped would no longer match.
    const shown = (text, max) => (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .bounded */ .Mm)(redact(text), max);
    const counts = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .countResults */ .aD)(run.results);
    const parts = dryRun
        ? [`**${counts.wouldInvite}** would be invited`]
        : [`**${counts.invited}** invited`];
    parts.push(`**${counts.errors}** ${counts.errors === 1 ? 'error' : 'errors'}`, `**${counts.invalid}** invalid`, `**${counts.skipped}** skipped`);
    if (plan.duplicates.length > 0) {
        parts.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.duplicates.length, 'duplicate')} ignored`);
    }
    // Unchanged addresses were invited before; listing them would bury what this run did.
    const listed = run.results.filter(r => !(r.kind === 'skipped' && r.reason === 'unchanged'));
    const unchanged = run.results.length - listed.length;
    // An empty cell would come out as an unclosed <td> from core.summary.
    const toRow = (r) => [
        cell(shown(r.address, CELL_MAX_CHARS)),
        LABELS[r.kind],
        cell(shown(detail(r), CELL_MAX_CHARS)) || '-'
    ];
    const sizeOf = (row) => row.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    // Problems first, so they are never buried under a long list of invitations.
    const ordered = [...listed].sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind]);
    let body = ordered.slice(0, rowLimit).map(toRow);
    let bytes = 0;
    const over = body.findIndex(row => (bytes += sizeOf(row)) > SUMMARY_ROW_BYTES);
    // Too large to show whole even within the row limit (see CELL_MAX_CHARS): as many as fit.
    if (over !== -1)
        body = body.slice(0, Math.max(1, over));
    const rows = [['Address', 'Result', 'Detail'], ...body];
    const notes = runNotes.map(text => markdownText(shown(text, RUN_NOTE_MAX_CHARS)));
    if (body.length < listed.length) {
        notes.push(`Showing ${body.length} of ${listed.length} addresses, errors first. The step outputs list them all.`);
    }
    if (unchanged > 0) {
        notes.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(unchanged, 'address')} unchanged since the base commit ${unchanged === 1 ? 'is' : 'are'} not listed (skipped: \`unchanged\`).`);
    }
    const noteText = (text) => markdownText(shown(text, NOTE_ITEM_MAX_CHARS));
    if (plan.removed.length > 0) {
        notes.push(`**Removed from the team file** (not removed from the org; this action only invites): ${firstOf(plan.removed, a => `<code>${noteText(a)}</code>`)}`);
    }
    if (plan.duplicates.length > 0) {
        notes.push(`**Duplicates** (counted once): ${firstOf(plan.duplicates, d => `${noteText(d.address)}${d.location ? ` (${noteText((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .where */ ._M)(d.location))})` : ''}`)}`);
    }
    return {
        heading: `${dryRun ? 'Dry run: ' : ''}Control Plane invitations for org ${org}`,
        headline: parts.join(' · '),
        rows,
        notes
    };
}


/***/ })

};
