import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3386:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateDomainOptions = exports.isDomainValid = exports.analyzeDomain = void 0;
const Url = __nccwpck_require__(7016);
const errors_1 = __nccwpck_require__(8161);
const MIN_DOMAIN_SEGMENTS = 2;
const NON_ASCII_RX = /[^\x00-\x7f]/;
const DOMAIN_CONTROL_RX = /[\x00-\x20@\:\/\\#!\$&\'\(\)\*\+,;=\?]/; // Control + space + separators
const TLD_SEGMENT_RX = /^[a-zA-Z](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?$/;
const DOMAIN_SEGMENT_RX = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?$/;
const DOMAIN_UNDERSCORE_SEGMENT_RX = /^[a-zA-Z0-9_](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?$/;
const URL_IMPL = Url.URL || URL; // $lab:coverage:ignore$
function isTldsAllow(tlds) {
    return !!tlds.allow;
}
/**
 * Analyzes a string to verify it is a valid domain name.
 *
 * @param domain - the domain name to validate.
 * @param options - optional settings.
 *
 * @return - undefined when valid, otherwise an object with single error key with a string message value.
 */
function analyzeDomain(domain, options = {}) {
    if (!domain) {
        // Catch null / undefined
        return (0, errors_1.errorCode)('DOMAIN_NON_EMPTY_STRING');
    }
    if (typeof domain !== 'string') {
        throw new Error('Invalid input: domain must be a string');
    }
    if (domain.length > 256) {
        return (0, errors_1.errorCode)('DOMAIN_TOO_LONG');
    }
    const ascii = !NON_ASCII_RX.test(domain);
    if (!ascii) {
        if (options.allowUnicode === false) {
            // Defaults to true
            return (0, errors_1.errorCode)('DOMAIN_INVALID_UNICODE_CHARS');
        }
        domain = domain.normalize('NFC');
    }
    if (DOMAIN_CONTROL_RX.test(domain)) {
        return (0, errors_1.errorCode)('DOMAIN_INVALID_CHARS');
    }
    domain = punycode(domain);
    // https://tools.ietf.org/html/rfc1035 section 2.3.1
    if (options.allowFullyQualified && domain[domain.length - 1] === '.') {
        domain = domain.slice(0, -1);
    }
    const minDomainSegments = options.minDomainSegments || MIN_DOMAIN_SEGMENTS;
    const segments = domain.split('.');
    if (segments.length < minDomainSegments) {
        return (0, errors_1.errorCode)('DOMAIN_SEGMENTS_COUNT');
    }
    if (options.maxDomainSegments) {
        if (segments.length > options.maxDomainSegments) {
            return (0, errors_1.errorCode)('DOMAIN_SEGMENTS_COUNT_MAX');
        }
    }
    const tlds = options.tlds;
    if (tlds) {
        const tld = segments[segments.length - 1].toLowerCase();
        if (isTldsAllow(tlds)) {
            if (!tlds.allow.has(tld)) {
                return (0, errors_1.errorCode)('DOMAIN_FORBIDDEN_TLDS');
            }
        }
        else if (tlds.deny.has(tld)) {
            return (0, errors_1.errorCode)('DOMAIN_FORBIDDEN_TLDS');
        }
    }
    for (let i = 0; i < segments.length; ++i) {
        const segment = segments[i];
        if (!segment.length) {
            return (0, errors_1.errorCode)('DOMAIN_EMPTY_SEGMENT');
        }
        if (segment.length > 63) {
            return (0, errors_1.errorCode)('DOMAIN_LONG_SEGMENT');
        }
        if (i < segments.length - 1) {
            if (options.allowUnderscore) {
                if (!DOMAIN_UNDERSCORE_SEGMENT_RX.test(segment)) {
                    return (0, errors_1.errorCode)('DOMAIN_INVALID_CHARS');
                }
            }
            else {
                if (!DOMAIN_SEGMENT_RX.test(segment)) {
                    return (0, errors_1.errorCode)('DOMAIN_INVALID_CHARS');
                }
            }
        }
        else {
            if (!TLD_SEGMENT_RX.test(segment)) {
                return (0, errors_1.errorCode)('DOMAIN_INVALID_TLDS_CHARS');
            }
        }
    }
    return null;
}
exports.analyzeDomain = analyzeDomain;
/**
 * Analyzes a string to verify it is a valid domain name.
 *
 * @param domain - the domain name to validate.
 * @param options - optional settings.
 *
 * @return - true when valid, otherwise false.
 */
function isDomainValid(domain, options) {
    return !analyzeDomain(domain, options);
}
exports.isDomainValid = isDomainValid;
function punycode(domain) {
    if (domain.includes('%')) {
        domain = domain.replace(/%/g, '%25');
    }
    try {
        return new URL_IMPL(`http://${domain}`).host;
    }
    catch (err) {
        return domain;
    }
}
function validateDomainOptions(options) {
    if (!options) {
        return;
    }
    if (typeof options.tlds !== 'object') {
        throw new Error('Invalid options: tlds must be a boolean or an object');
    }
    if (isTldsAllow(options.tlds)) {
        if (options.tlds.allow instanceof Set === false) {
            throw new Error('Invalid options: tlds.allow must be a Set object or true');
        }
        if (options.tlds.deny) {
            throw new Error('Invalid options: cannot specify both tlds.allow and tlds.deny lists');
        }
    }
    else {
        if (options.tlds.deny instanceof Set === false) {
            throw new Error('Invalid options: tlds.deny must be a Set object');
        }
    }
}
exports.validateDomainOptions = validateDomainOptions;
//# sourceMappingURL=domain.js.map

/***/ }),

/***/ 5108:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.RS = void 0;
const Util = __nccwpck_require__(9023);
const domain_1 = __nccwpck_require__(3386);
const errors_1 = __nccwpck_require__(8161);
const NON_ASCII_RX = /[^\x00-\x7f]/;
const ENCODER_IMPL = new (Util.TextEncoder || TextEncoder)(); // $lab:coverage:ignore$
/**
 * Analyzes a string to verify it is a valid email address.
 *
 * @param email - the email address to validate.
 * @param options - optional settings.
 *
 * @return - undefined when valid, otherwise an object with single error key with a string message value.
 */
function analyzeEmail(email, options) {
    return validateEmail(email, options);
}
exports.RS = analyzeEmail;
/**
 * Analyzes a string to verify it is a valid email address.
 *
 * @param email - the email address to validate.
 * @param options - optional settings.
 *
 * @return - true when valid, otherwise false.
 */
function isEmailValid(email, options) {
    return !validateEmail(email, options);
}
__webpack_unused_export__ = isEmailValid;
function validateEmail(email, options = {}) {
    if (typeof email !== 'string') {
        throw new Error('Invalid input: email must be a string');
    }
    if (!email) {
        return (0, errors_1.errorCode)('EMPTY_STRING');
    }
    // Unicode
    const ascii = !NON_ASCII_RX.test(email);
    if (!ascii) {
        if (options.allowUnicode === false) {
            // Defaults to true
            return (0, errors_1.errorCode)('FORBIDDEN_UNICODE');
        }
        email = email.normalize('NFC');
    }
    // Basic structure
    const parts = email.split('@');
    if (parts.length !== 2) {
        return parts.length > 2 ? (0, errors_1.errorCode)('MULTIPLE_AT_CHAR') : (0, errors_1.errorCode)('MISSING_AT_CHAR');
    }
    const [local, domain] = parts;
    if (!local) {
        return (0, errors_1.errorCode)('EMPTY_LOCAL');
    }
    if (!options.ignoreLength) {
        if (email.length > 254) {
            // http://tools.ietf.org/html/rfc5321#section-4.5.3.1.3
            return (0, errors_1.errorCode)('ADDRESS_TOO_LONG');
        }
        if (ENCODER_IMPL.encode(local).length > 64) {
            // http://tools.ietf.org/html/rfc5321#section-4.5.3.1.1
            return (0, errors_1.errorCode)('LOCAL_TOO_LONG');
        }
    }
    // Validate parts
    return validateLocal(local, ascii) || (0, domain_1.analyzeDomain)(domain, options);
}
function validateLocal(local, ascii) {
    const segments = local.split('.');
    for (const segment of segments) {
        if (!segment.length) {
            return (0, errors_1.errorCode)('EMPTY_LOCAL_SEGMENT');
        }
        if (ascii) {
            if (!ATEXT_RX.test(segment)) {
                return (0, errors_1.errorCode)('INVALID_LOCAL_CHARS');
            }
            continue;
        }
        for (const char of segment) {
            if (ATEXT_RX.test(char)) {
                continue;
            }
            const binary = toBinary(char);
            if (!ATOM_RX.test(binary)) {
                return (0, errors_1.errorCode)('INVALID_LOCAL_CHARS');
            }
        }
    }
    return null;
}
function toBinary(char) {
    return Array.from(ENCODER_IMPL.encode(char), (v) => String.fromCharCode(v)).join('');
}
/*
    From RFC 5321:

        Mailbox         =   Local-part "@" ( Domain / address-literal )

        Local-part      =   Dot-string / Quoted-string
        Dot-string      =   Atom *("."  Atom)
        Atom            =   1*atext
        atext           =   ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "/" / "=" / "?" / "^" / "_" / "`" / "{" / "|" / "}" / "~"

        Domain          =   sub-domain *("." sub-domain)
        sub-domain      =   Let-dig [Ldh-str]
        Let-dig         =   ALPHA / DIGIT
        Ldh-str         =   *( ALPHA / DIGIT / "-" ) Let-dig

        ALPHA           =   %x41-5A / %x61-7A        ; a-z, A-Z
        DIGIT           =   %x30-39                  ; 0-9

    From RFC 6531:

        sub-domain      =/  U-label
        atext           =/  UTF8-non-ascii

        UTF8-non-ascii  =   UTF8-2 / UTF8-3 / UTF8-4

        UTF8-2          =   %xC2-DF UTF8-tail
        UTF8-3          =   %xE0 %xA0-BF UTF8-tail /
                            %xE1-EC 2( UTF8-tail ) /
                            %xED %x80-9F UTF8-tail /
                            %xEE-EF 2( UTF8-tail )
        UTF8-4          =   %xF0 %x90-BF 2( UTF8-tail ) /
                            %xF1-F3 3( UTF8-tail ) /
                            %xF4 %x80-8F 2( UTF8-tail )

        UTF8-tail       =   %x80-BF

    Note: The following are not supported:

        RFC 5321: address-literal, Quoted-string
        RFC 5322: obs-*, CFWS
*/
const ATEXT_RX = /^[\w!#\$%&'\*\+\-/=\?\^`\{\|\}~]+$/; // _ included in \w
const ATOM_RX = new RegExp([
    //  %xC2-DF UTF8-tail
    '(?:[\\xc2-\\xdf][\\x80-\\xbf])',
    //  %xE0 %xA0-BF UTF8-tail              %xE1-EC 2( UTF8-tail )            %xED %x80-9F UTF8-tail              %xEE-EF 2( UTF8-tail )
    '(?:\\xe0[\\xa0-\\xbf][\\x80-\\xbf])|(?:[\\xe1-\\xec][\\x80-\\xbf]{2})|(?:\\xed[\\x80-\\x9f][\\x80-\\xbf])|(?:[\\xee-\\xef][\\x80-\\xbf]{2})',
    //  %xF0 %x90-BF 2( UTF8-tail )            %xF1-F3 3( UTF8-tail )            %xF4 %x80-8F 2( UTF8-tail )
    '(?:\\xf0[\\x90-\\xbf][\\x80-\\xbf]{2})|(?:[\\xf1-\\xf3][\\x80-\\xbf]{3})|(?:\\xf4[\\x80-\\x8f][\\x80-\\xbf]{2})'
].join('|'));
//# sourceMappingURL=email.js.map

/***/ }),

/***/ 8161:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.errorCode = exports.errorCodes = void 0;
exports.errorCodes = {
    EMPTY_STRING: 'Address must be a non-empty string',
    FORBIDDEN_UNICODE: 'Address contains forbidden Unicode characters',
    MULTIPLE_AT_CHAR: 'Address cannot contain more than one @ character',
    MISSING_AT_CHAR: 'Address must contain one @ character',
    EMPTY_LOCAL: 'Address local part cannot be empty',
    ADDRESS_TOO_LONG: 'Address too long',
    LOCAL_TOO_LONG: 'Address local part too long',
    EMPTY_LOCAL_SEGMENT: 'Address local part contains empty dot-separated segment',
    INVALID_LOCAL_CHARS: 'Address local part contains invalid character',
    DOMAIN_NON_EMPTY_STRING: 'Domain must be a non-empty string',
    DOMAIN_TOO_LONG: 'Domain too long',
    DOMAIN_INVALID_UNICODE_CHARS: 'Domain contains forbidden Unicode characters',
    DOMAIN_INVALID_CHARS: 'Domain contains invalid character',
    DOMAIN_INVALID_TLDS_CHARS: 'Domain contains invalid tld character',
    DOMAIN_SEGMENTS_COUNT: 'Domain lacks the minimum required number of segments',
    DOMAIN_SEGMENTS_COUNT_MAX: 'Domain contains too many segments',
    DOMAIN_FORBIDDEN_TLDS: 'Domain uses forbidden TLD',
    DOMAIN_EMPTY_SEGMENT: 'Domain contains empty dot-separated segment',
    DOMAIN_LONG_SEGMENT: 'Domain contains dot-separated segment that is too long'
};
function errorCode(code) {
    return { code, error: exports.errorCodes[code] };
}
exports.errorCode = errorCode;
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ splitEmailInput),
/* harmony export */   m: () => (/* binding */ scanAddresses)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6328);

// The characters JavaScript's `\s` matches, tested by code so the scan stays one cheap loop.
function isSpace(code) {
    if (code <= 32)
        return code === 32 || (code >= 9 && code <= 13);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
const LF = 10;
const CR = 13;
const QUOTE = 34;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const COMMA = 44;
const COLON = 58;
const SEMICOLON = 59;
const LESS = 60;
const GREATER = 62;
const AT = 64;
const BACKSLASH = 92;
/** Line breaks, commas and semicolons end an entry; white space only separates words. */
function isSeparator(code) {
    return code === LF || code === CR || code === COMMA || code === SEMICOLON;
}
function isLineBreak(code) {
    return code === LF || code === CR;
}
/**
 * The closing quote of a quoted string opened just before `from`, or where the search
 * failed as a negative number (-1 - index): a quoted name never spans lines.
 */
function closingQuote(text, from) {
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === QUOTE)
            return i;
        if (isLineBreak(code))
            return -1 - i;
        if (code === BACKSLASH) {
            if (isLineBreak(text.charCodeAt(i + 1)))
                return -1 - (i + 1);
            i++;
        }
    }
    return -1 - text.length;
}
/** Like closingQuote, for an RFC 5322 comment `(...)`, which may nest. */
function closingParen(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === CLOSE_PAREN && --depth === 0)
            return i;
        if (code === OPEN_PAREN)
            depth++;
        else if (isLineBreak(code))
            return -1 - i;
        else if (code === BACKSLASH) {
            if (isLineBreak(text.charCodeAt(i + 1)))
                return -1 - (i + 1);
            i++;
        }
    }
    return -1 - text.length;
}
/** Whether text[from, to) holds an `@`. */
function holdsAt(text, from, to) {
    for (let i = from; i < to; i++)
        if (text.charCodeAt(i) === AT)
            return true;
    return false;
}
/**
 * The `>` closing a `<` just before `from`, or -1. The search stops at the next `<` or
 * separator, so no character is searched twice however many `<` a line holds.
 */
function closingAngle(text, from) {
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === GREATER)
            return i;
        if (code === LESS || isSeparator(code))
            return -1;
    }
    return -1;
}
/** Splits one text; holds where an unclosed quote or comment was last found. */
class ListScanner {
    text;
    comments;
    // A quote or comment opened before these offsets is known to stay unclosed (nothing closes
    // it before the line ends), so it is not searched again: each character is searched once.
    quoteFailsBefore = 0;
    commentFailsBefore = 0;
    /** Where the words not yet placed (a display name, or strays) start and end; -1: none. */
    pendingStart = -1;
    pendingEnd = -1;
    out = [];
    constructor(text, comments) {
        this.text = text;
        this.comments = comments;
    }
    scan() {
        const { text } = this;
        let i = 0;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            if (isSeparator(code)) {
                this.flushStrays();
                i++;
            }
            else if (isSpace(code)) {
                i++;
            }
            else if (code === HASH && this.comments && this.startsWord(i)) {
                const lineEnd = text.indexOf('\n', i);
                i = lineEnd < 0 ? text.length : lineEnd;
            }
            else {
                const chunk = this.readChunk(i);
                this.take(chunk);
                i = chunk.end;
            }
        }
        this.flushStrays();
        return this.out;
    }
    /** After white space, a separator or nothing: not right after `<...>`. */
    startsWord(i) {
        return i === 0 || this.endsChunk(this.text.charCodeAt(i - 1));
    }
    readChunk(start) {
        const { text } = this;
        let i = start;
        // An @ inside a quoted name or a comment is never skipped: the chunk becomes an entry,
        // which validation reports, rather than an address vanishing with the name around it.
        let hasAt = false;
        const first = text.charCodeAt(start);
        if (first === QUOTE && start >= this.quoteFailsBefore) {
            const close = closingQuote(text, start + 1);
            if (close >= 0) {
                i = close + 1;
                hasAt = holdsAt(text, start + 1, close) && !this.namesNextAngle(start + 1, close);
            }
            else
                this.quoteFailsBefore = -1 - close;
        }
        else if (first === OPEN_PAREN && start >= this.commentFailsBefore) {
            const close = closingParen(text, start + 1);
            if (close >= 0) {
                i = close + 1;
                hasAt = holdsAt(text, start + 1, close);
                if (!hasAt && (i === text.length || this.endsChunk(text.charCodeAt(i))))
                    return { kind: 'comment', start, end: i };
            }
            else {
                this.commentFailsBefore = -1 - close;
            }
        }
        // A `<` left open earlier in the chunk (`<<a@x.io>`) makes a later `<...>` plain text.
        let openAngle = false;
        for (; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (this.endsChunk(code))
                break;
            if (code === AT)
                hasAt = true;
            else if (code === LESS) {
                const close = closingAngle(text, i + 1);
                if (close < 0)
                    openAngle = true;
                // `<...>` ends the chunk; glued to more text (`<b>bold</b>@x.io`) it is just text.
                else if (!openAngle &&
                    (close + 1 === text.length || this.endsChunk(text.charCodeAt(close + 1))))
                    return { kind: hasAt ? 'address' : 'angle', start, end: close + 1, open: i };
            }
        }
        if (hasAt)
            return { kind: 'address', start, end: i };
        return { kind: text.charCodeAt(i - 1) === COLON ? 'group' : 'word', start, end: i };
    }
    /**
     * Whether the quoted name between `from` and `to` is the address in the `<...>` that
     * follows it (`"ann@x.io" <ann@x.io>`, as Outlook and Gmail write it): then it is only a
     * name. Looks past white space only, so each character is looked at here at most once.
     */
    namesNextAngle(from, to) {
        const { text } = this;
        let i = to + 1;
        while (i < text.length && isSpace(text.charCodeAt(i)) && !isSeparator(text.charCodeAt(i)))
            i++;
        if (text.charCodeAt(i) !== LESS)
            return false;
        const close = closingAngle(text, i + 1);
        if (close < 0)
            return false;
        const inner = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(text.slice(i + 1, close));
        return inner === (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(text.slice(from, to));
    }
    endsChunk(code) {
        return isSeparator(code) || isSpace(code);
    }
    take(chunk) {
        switch (chunk.kind) {
            case 'comment':
                // A comment is ignored wherever it stands, as RFC 5322 says.
                return;
            case 'word':
                this.addPending(chunk);
                return;
            case 'group':
                // `mailto:` is a link's prefix, not a group: it stays, and is reported.
                if (this.slice(chunk.start, chunk.end).toLowerCase() === 'mailto:')
                    this.addPending(chunk);
                else
                    this.pendingStart = -1;
                return;
            case 'address':
                this.flushStrays();
                this.push(chunk.start, chunk.end);
                return;
            case 'angle':
                this.takeAngle(chunk);
        }
    }
    /** `Name <addr>`: the words before are the display name; the entry is `addr`. */
    takeAngle(chunk) {
        const open = chunk.open;
        let start = open + 1;
        let end = chunk.end - 1;
        while (start < end && isSpace(this.text.charCodeAt(start)))
            start++;
        while (end > start && isSpace(this.text.charCodeAt(end - 1)))
            end--;
        if (start < end)
            this.push(start, end);
        // `Name <>` is kept whole so that validation reports it rather than it vanishing.
        else
            this.push(this.pendingStart < 0 ? chunk.start : this.pendingStart, chunk.end);
        this.pendingStart = -1;
    }
    /** Words that are no address's display name: one entry, which validation reports. */
    flushStrays() {
        if (this.pendingStart >= 0)
            this.push(this.pendingStart, this.pendingEnd);
        this.pendingStart = -1;
    }
    addPending(chunk) {
        if (this.pendingStart < 0)
            this.pendingStart = chunk.start;
        this.pendingEnd = chunk.end;
    }
    push(start, end) {
        this.out.push({ text: this.slice(start, end), start, end });
    }
    slice(start, end) {
        return this.text.slice(start, end);
    }
}
/**
 * Finds the entries in a list written by hand, in one linear pass. Entries are separated by
 * line breaks, commas, semicolons and white space. `Name <addr>` and `"Last, First" <addr>`
 * give `addr`; RFC 5322 comments `(...)` and group names (`Team:`) are ignored; words that
 * are no address's display name form one entry, which validation then reports. Quoted
 * strings and comments hold separators but never span lines. With `comments`, `#` at the
 * start of a word ends the line's content (`a#b@x.io` is an address).
 */
function scanAddresses(text, comments = false) {
    return new ListScanner(text, comments).scan();
}
/** Splits the `emails` input into the entries it lists, in order, duplicates kept. */
function splitEmailInput(text) {
    return scanAddresses(text).map(span => ({ text: span.text, origin: 'input' }));
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ normaliseAddress),
/* harmony export */   l: () => (/* binding */ checkAddress)
/* harmony export */ });
/* harmony import */ var _hapi_address_dist_email_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5108);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// Each address checked by a maintained validator (@hapi/address, what joi uses), with the
// reason for a refusal in words a user can act on.


const AT = 64;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** The form in which addresses are compared and sent: trimmed and lowercased, like the CLI. */
function normaliseAddress(text) {
    // String.prototype.trim already covers a BOM (U+FEFF) and all Unicode white space.
    return text.trim().toLowerCase();
}
/**
 * Checks a normalised address with @hapi/address: an RFC 5321 mailbox of printable ASCII
 * (a dot-atom before the @, a domain of at least two labels). Returns why the address is
 * refused, or undefined.
 */
function checkAddress(address) {
    if (address.length === 0)
        return 'is empty';
    // No Unicode: a look-alike letter would invite the wrong person, and a control character
    // could forge a log line. Unicode domains are refused with their ASCII form shown.
    if ((0,_hapi_address_dist_email_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeEmail */ .RS)(address, { allowUnicode: false }) === null)
        return strayMark(address);
    return describeProblem(address);
}
/**
 * Stricter than RFC 5321, on purpose: marks that a mail server would take but that, in a
 * list written by hand, are left over from the text around the address (a quote, a backtick,
 * a Markdown `*`), and a top-level domain that cannot exist (one character, or digits).
 */
function strayMark(address) {
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at);
    for (const mark of ["'", '`', '*']) {
        if (local.startsWith(mark) || local.endsWith(mark)) {
            const kind = mark === '*' ? 'a Markdown mark' : 'a quote';
            return `starts or ends with ${JSON.stringify(mark)} before the @, most likely ${kind} left over from the text it was copied from: remove it`;
        }
    }
    const tld = address.slice(address.lastIndexOf('.') + 1);
    if (tld.length === 1)
        return `domain ends in a one-character part (".${tld}"): no top-level domain is that short`;
    if (/^\d+$/.test(tld))
        return `domain ends in a part of digits only (".${tld}"): no top-level domain is a number`;
    return undefined;
}
/** Whether the address passes every check: the validator's and the stricter ones. */
function isAccepted(address) {
    return (0,_hapi_address_dist_email_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeEmail */ .RS)(address, { allowUnicode: false }) === null && strayMark(address) === undefined;
}
/**
 * Whether a quoted string or a comment in the entry holds an @: the scanner reads no address
 * there, so the entry is reported whole. Linear: one pass, comments counted by depth.
 */
function hidesAddress(text) {
    let quoted = false;
    let depth = 0;
    let sawAt = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === BACKSLASH && (quoted || depth > 0))
            i++;
        else if (quoted) {
            if (code === AT)
                sawAt = true;
            else if (code === QUOTE) {
                if (sawAt)
                    return true;
                quoted = false;
            }
        }
        else if (code === OPEN_PAREN)
            depth++;
        else if (depth > 0) {
            if (code === AT)
                sawAt = true;
            else if (code === CLOSE_PAREN && --depth === 0) {
                if (sawAt)
                    return true;
            }
        }
        else if (code === QUOTE) {
            quoted = true;
            sawAt = false;
        }
        if (!quoted && depth === 0)
            sawAt = false;
    }
    return false;
}
/** What a `mailto:` link's address is: up to `?`, percent-encoding read back. */
function mailtoAddress(rest) {
    const query = rest.indexOf('?');
    const target = query < 0 ? rest : rest.slice(0, query);
    try {
        return decodeURIComponent(target);
    }
    catch {
        return target;
    }
}
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** RFC 5322 atext: what a dot-atom local part may hold besides dots. */
function isAtext(code) {
    return ((code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(code)));
}
/** Characters that need a quote, for a message: `", (` and so on, each once, a few at most. */
function listOdd(text, isOk) {
    const odd = [];
    for (let i = 0; i < text.length && odd.length < 5; i++) {
        const c = text[i];
        if (!isOk(text.charCodeAt(i)) && !odd.includes(c))
            odd.push(c);
    }
    return odd.map(c => JSON.stringify(c)).join(' ');
}
function isNonAscii(code) {
    return code > 0x7e;
}
// Why the validator refused an address, in words a user can act on. Only called for an
// address the validator refused; every test is linear in the address's length.
function describeProblem(address) {
    for (let i = 0; i < address.length; i++) {
        const code = address.charCodeAt(i);
        if (code < 0x20 || code === 0x7f)
            return 'contains control characters';
    }
    if (hidesAddress(address)) {
        return 'has an address inside a quoted name or a comment, where no address is read: write each address as an entry of its own (Name <addr>), outside quotes and parentheses';
    }
    if (address.toLowerCase().startsWith('mailto:')) {
        const target = mailtoAddress(address.slice('mailto:'.length));
        return `starts with "mailto:", which makes a link, not an address: write the address alone${isAccepted(target) ? `, ${target}` : ''}`;
    }
    const at = address.indexOf('@');
    if (at < 0)
        return 'has no @';
    if (address.indexOf('@', at + 1) >= 0)
        return 'has more than one @';
    if (/\s/.test(address))
        return 'contains whitespace';
    if (address.length > 254)
        return 'is longer than 254 characters';
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    if (local.length === 0)
        return 'has nothing before the @';
    if (/[^\x20-\x7e]/.test(local)) {
        return `has non-ASCII characters before the @ (${listOdd(local, c => !isNonAscii(c))}): only ASCII letters, digits and ${"!#$%&'*+-/=?^_`{|}~."} are accepted there`;
    }
    if (local.length > 64)
        return 'has more than 64 characters before the @';
    const odd = listOdd(local, c => c === 0x2e || isAtext(c));
    if (odd !== '')
        return `has characters that are not allowed before the @: ${odd}`;
    if (local.startsWith('.') || local.endsWith('.'))
        return 'starts or ends with a dot before the @';
    if (local.includes('..'))
        return 'has two dots in a row before the @';
    if (domain.length === 0)
        return 'has nothing after the @';
    if (/[^\x20-\x7e]/.test(domain)) {
        const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(domain);
        return ascii === '' || ascii === domain
            ? 'domain has non-ASCII characters and is not a valid international domain name'
            : `domain has non-ASCII characters: if ${domain} is right, write its ASCII form, ${address.slice(0, at)}@${ascii}`;
    }
    if (!domain.includes('.'))
        return 'domain has no dot';
    const labels = domain.split('.');
    for (const label of labels) {
        if (label.length === 0)
            return 'domain has an empty part (two dots in a row, or a dot at an end)';
        if (label.length > 63)
            return 'domain has a part longer than 63 characters';
        if (!/^[a-z0-9-]+$/i.test(label))
            return 'domain has characters other than letters, digits, hyphens and dots';
        if (!LABEL.test(label))
            return 'domain has a part that starts or ends with a hyphen';
    }
    if (!/^[a-z]/i.test(labels[labels.length - 1]))
        return 'domain ends in a part that does not start with a letter';
    return 'is not a valid address';
}


/***/ }),

/***/ 4616:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7388);
// The entry of dist/check.js: the team-file check on the process's command line.

process.exitCode = await (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .runCheck */ .k_)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: EXIT, USAGE, formatCheck, parseCheckArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/addresses/split.ts
var split = __nccwpck_require__(484);
// EXTERNAL MODULE: ./src/plan/groups.ts
var groups = __nccwpck_require__(9675);
// EXTERNAL MODULE: ./src/addresses/validate.ts
var validate = __nccwpck_require__(6328);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/plan/invites.ts
// Decides, for each distinct address listed, whether it is sent, skipped or invalid. Pure:
// the members list and the base version of the team file are fetched by the caller.



function validAddresses(entries) {
    const found = new Set();
    for (const entry of entries) {
        if (entry.notAnAddress)
            continue;
        const address = (0,validate/* normaliseAddress */.D)(entry.text);
        if ((0,validate/* checkAddress */.l)(address) === undefined)
            found.add(address);
    }
    return found;
}
/** `Ann <a@x.co>` is read in `emails` and text files, not as a YAML item: say what to write. */
function nameHint(text) {
    const found = (0,split/* scanAddresses */.m)(text);
    const inner = found.length === 1 ? (0,validate/* normaliseAddress */.D)(found[0]?.text ?? '') : '';
    return inner === '' || inner === text || (0,validate/* checkAddress */.l)(inner) !== undefined
        ? ''
        : ` (in a YAML or JSON team file write the address alone, ${(0,src_text/* bounded */.Mm)(inner)}, or a mapping with email: ${(0,src_text/* bounded */.Mm)(inner)} and name)`;
}
function planInvites(entries, options = {}) {
    const base = options.baseEntries === undefined ? undefined : validAddresses(options.baseEntries);
    // An address typed into `emails` is always new, even when the file lists it too.
    const fromInput = new Set(entries.filter(e => e.origin === 'input' && !e.notAnAddress).map(e => (0,validate/* normaliseAddress */.D)(e.text)));
    const firstSeen = new Map();
    const items = [];
    const duplicates = [];
    // Everything the file lists now; a base address (always valid) missing here was removed.
    const inFile = new Set();
    for (const entry of entries) {
        const text = entry.notAnAddress ? entry.text : (0,validate/* normaliseAddress */.D)(entry.text);
        // An entry with no text at all is keyed by where it stands, so it can still be found. A
        // long one (never a valid address) is keyed by its start, length and digest, as it is
        // quoted in every output, message and annotation.
        const address = text === '' && entry.location
            ? `${entry.location.file}:${entry.location.line}`
            : (0,src_text/* boundedKey */.jx)(text);
        if (entry.origin === 'file')
            inFile.add(address);
        const first = firstSeen.get(address);
        if (first !== undefined) {
            duplicates.push({ address, location: entry.location, first: first.location });
            continue;
        }
        firstSeen.set(address, entry);
        const location = entry.location;
        if (entry.notAnAddress) {
            items.push({
                kind: 'invalid',
                address,
                location,
                error: {
                    code: 'invalid_entry',
                    message: 'not an email address: each entry must be an address or a mapping with an `email` key'
                }
            });
            continue;
        }
        const problem = text === '' ? 'is empty' : (0,validate/* checkAddress */.l)(text);
        if (problem !== undefined) {
            items.push({
                kind: 'invalid',
                address,
                location,
                error: {
                    code: 'invalid_email',
                    message: `not a valid email address: ${problem}${nameHint(text)}`
                }
            });
        }
        else if (base !== undefined && !fromInput.has(address) && base.has(address)) {
            items.push({ kind: 'skipped', address, location, reason: 'unchanged' });
        }
        else {
            items.push({ kind: 'send', address, location });
        }
    }
    const removed = base === undefined ? [] : [...base].filter(address => !inFile.has(address));
    const plan = withSend(items, duplicates, removed);
    return options.members === undefined ? plan : skipMembers(plan, options.members);
}
function withSend(items, duplicates, removed) {
    const send = items.filter(item => item.kind === 'send').map(item => item.address);
    return { items, send, duplicates, removed };
}
/**
 * The plan with the org's members taken out (skip-existing). Members are listed only once
 * a plan shows something left to send, so they are applied to it rather than planned anew.
 */
function skipMembers(plan, members) {
    const items = plan.items.map((item) => item.kind === 'send' && members.has(item.address)
        ? { kind: 'skipped', address: item.address, location: item.location, reason: 'member' }
        : item);
    return withSend(items, plan.duplicates, plan.removed);
}

// EXTERNAL MODULE: ./src/report/messages.ts
var messages = __nccwpck_require__(3020);
// EXTERNAL MODULE: ./src/report/results.ts
var results = __nccwpck_require__(8940);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The steps of a run, in order: inputs -> addresses -> plan -> batches -> results. Plain
// TypeScript on plain values: it never touches @actions/core or @actions/github. Its I/O comes
// in as a parameter (the action's is built in main.ts, the check's in check.ts, a test's in
// memory), and it returns one Outcome, which publish.ts turns into outputs, summary,
// annotations and exit status.








/**
 * Runs the steps for one configuration, in order: invites, sync-groups, remove-missing.
 * Fails with an ActionError only before any plan.
 */
async function runPipeline(config, io) {
    const session = openSession(config, io);
    try {
        const invites = await inviteSteps(config, io, session);
        const sync = await syncStep(config, io, session, invites);
        const { groupOf } = invites;
        const outcome = {
            ...invites.outcome,
            groups: sync === undefined ? { groupOf } : { groupOf, sync }
        };
        if (!config.removeMissing)
            return outcome;
        // Loaded only with remove-missing, like the steps it runs.
        const { removeMissing } = await __nccwpck_require__.e(/* import() */ 379).then(__nccwpck_require__.bind(__nccwpck_require__, 1379));
        const removal = await removeMissing(config, io, session, {
            plan: outcome.plan,
            run: outcome.run,
            stoppedEarly: outcome.kind === 'stopped',
            fileEntries: invites.fileEntries
        });
        return { ...outcome, removal };
    }
    finally {
        await session.close();
    }
}
/** The run's API, opened on first use; the members are listed at most once. */
function openSession(config, io) {
    let api;
    let members;
    const listMembers = async () => {
        const listed = await (await session.api()).listMembers(config.org, notice => io.log.info((0,messages/* retryLine */.Rn)('Listing members', notice)));
        if (listed.ok) {
            io.log.info(`Org ${config.org} has ${(0,src_text/* plural */.LS)(listed.emails.size, 'member')} (${(0,src_text/* plural */.LS)(listed.pages, 'page')}).`);
        }
        return listed;
    };
    const session = {
        // A dry run has no key when none was given; it then sends nothing and lists nobody.
        hasKey: config.token !== '',
        api: () => (api ??= openRunApi(config, io)),
        members: () => (members ??= listMembers()),
        close: async () => {
            if (api !== undefined)
                await (await api).close();
        }
    };
    return session;
}
/** The invites: base, plan, members, batches. */
async function inviteSteps(config, io, session) {
    const { log, redact } = io;
    // Said in the log as they happen, and again in the job summary.
    const notes = [];
    if (config.planOnlyEvent !== undefined) {
        const text = `pull-request events only plan; invitations are sent after merge (this run is a ${config.planOnlyEvent} event, so it is a dry run: nothing is sent). ` +
            'Set allow-pull-request-events: true to send on such events.';
        log.notice(text);
        notes.push(text);
    }
    const { entries, file, fileEntries } = await gatherEntries(config, io);
    // An entry's own group, else the group input; a bad or conflicting group makes the
    // address invalid, at its group (and so blocks remove-missing like any invalid entry).
    const resolved = (0,groups/* resolveGroups */.bq)(entries, config.group);
    const planned = (options) => (0,groups/* withGroupProblems */.ML)(planInvites(entries, options), resolved.problems);
    const done = (outcome, groupOf = (0,groups/* groupsOf */.c1)(outcome.plan, resolved)) => ({
        outcome,
        fileEntries,
        groupOf
    });
    const stopped = (plan, because, cause) => done({
        kind: 'stopped',
        plan,
        run: (0,results/* mergeResults */.n0)(plan, { kind: 'stopped', because }, redact),
        notes,
        cause
    });
    // The base first: it may leave nothing to send (or to list).
    let base;
    if (config.onlyAdded && file !== undefined) {
        try {
            const [{ readBaseEntries }, github] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 7559)),
                io.github()
            ]);
            base = await readBaseEntries(config, file, io.workspace, github, log);
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            return stopped(planned(), 'the base version of the team file could not be read', {
                message: error.message,
                configuration: error.configuration
            });
        }
        notes.push(base.note);
    }
    let plan = planned({ baseEntries: base?.kind === 'compared' ? base.entries : undefined });
    // No base, or one that no longer parses, cannot say who is new: the members then decide.
    const membersDecide = base?.kind === 'members' ? base.reason : undefined;
    const needsMembers = (config.skipExisting || membersDecide !== undefined) && plan.send.length > 0;
    if (needsMembers) {
        const purpose = membersDecide === undefined ? 'skip-existing' : 'only-added';
        if (!session.hasKey && membersDecide !== undefined) {
            // Fail closed: without the members, this plan would show everyone in the file as new.
            return stopped(plan, `only-added needs the org's members (${membersDecide}) and they could not be listed without a key`, {
                message: `only-added: ${membersDecide}, so only the org's members can tell who is new, and listing them needs a key (token), which this dry run does not have. ` +
                    'Give token a key that can view users, or set base-ref to a commit to compare with, where the team file parses.',
                configuration: true
            });
        }
        if (!session.hasKey) {
            log.notice('skip-existing is ignored in this dry run: listing members needs a token.');
        }
        else {
            const listed = await session.members();
            if (!listed.ok) {
                const why = membersDecide === undefined
                    ? 'skip-existing'
                    : `only-added (${membersDecide}, so the members decide who is new)`;
                return stopped(plan, `listing the members for ${purpose} failed`, {
                    message: membersFailure(config, listed, why),
                    configuration: false
                });
            }
            plan = skipMembers(plan, listed.emails);
        }
    }
    const count = (kind) => plan.items.filter(item => item.kind === kind).length;
    log.info(`Plan for org ${config.org}: ${plan.send.length} to invite, ${count('invalid')} invalid, ${count('skipped')} skipped, ${(0,src_text/* plural */.LS)(plan.duplicates.length, 'duplicate')}.`);
    const groupOf = (0,groups/* groupsOf */.c1)(plan, resolved);
    if (config.dryRun) {
        const run = (0,results/* mergeResults */.n0)(plan, { kind: 'dry-run' }, redact);
        return done({ kind: 'dry-run', plan, run, notes }, groupOf);
    }
    const outcomes = plan.send.length === 0 ? [] : await invite(config, plan, groupOf, await session.api(), io);
    const run = (0,results/* mergeResults */.n0)(plan, { kind: 'sent', outcomes }, redact);
    return done({ kind: 'sent', plan, run, notes }, groupOf);
}
/** Why the members could not be listed for `why`, with the hint that fits. */
function membersFailure(config, listed, why) {
    // The input that asked for the listing can also be turned off instead.
    const input = why === 'skip-existing' || why === 'sync-groups' ? why : undefined;
    const hint = (0,messages/* wrongOrgHint */.r5)(listed.failure, (0,secrets/* orgOfKey */.N$)(config.token), config.org) ??
        (listed.failure.status === 403 && input !== undefined
            ? `${listed.hint} Or set ${input}: false.`
            : listed.hint);
    return `Could not list the members of org '${config.org}' for ${why}: ${(0,messages/* describeFailure */.Ic)(listed.failure)}. ${hint}`.trim();
}
/**
 * sync-groups, after the invites: members who exist are added to the group their entry
 * names, one PATCH per group (none in a dry run). Undefined when it has nothing to do.
 */
async function syncStep(config, io, session, invites) {
    const { outcome, groupOf } = invites;
    // sync-groups looks at every address with a group, whether it is sent or not.
    const wanted = config.syncGroups && [...groupOf.values()].some(group => group !== undefined);
    if (!wanted || outcome.kind === 'stopped')
        return undefined;
    if (!session.hasKey) {
        io.log.notice('sync-groups is ignored in this dry run: listing members needs a token.');
        const reason = 'this dry run has no key (token) to read members and groups';
        return { groups: [], notRun: { reason, fails: false } };
    }
    if (outcome.run.stoppedBy !== undefined) {
        // A key refused, or an API that is down, would fail every group's request too.
        const reason = `sync-groups did not run: ${outcome.run.notSentBecause ?? 'an invite batch stopped the run'}`;
        return { groups: [], notRun: { reason, fails: true } };
    }
    const listed = await session.members();
    if (!listed.ok) {
        // The invites do not depend on the members here: they went out; the step fails.
        return {
            groups: [],
            notRun: { reason: membersFailure(config, listed, 'sync-groups'), fails: true }
        };
    }
    const { syncGroups } = await __nccwpck_require__.e(/* import() */ 268).then(__nccwpck_require__.bind(__nccwpck_require__, 8268));
    const report = await syncGroups(await session.api(), {
        org: config.org,
        members: listed.users,
        groupOf,
        dryRun: config.dryRun,
        onRetry: (what, notice) => io.log.info((0,messages/* retryLine */.Rn)(what, notice))
    });
    for (const line of (0,messages/* groupSyncLines */.qf)(report, config.dryRun))
        io.log.info(line);
    return report;
}
/** The addresses of the `emails` input, then those of the team file. */
async function gatherEntries(config, io) {
    const entries = (0,split/* splitEmailInput */.V)(config.emails);
    // Giving no source at all is an error; a source that turns out to hold nobody is a warning.
    const noAddressInInput = "Input 'emails' holds no address, only separators (commas, semicolons, spaces, line breaks)";
    if (config.emailsFile === undefined) {
        if (entries.length > 0)
            return { entries, fileEntries: 0 };
        throw (0,errors/* inputError */.Xu)('emails', `${noAddressInInput}: give at least one address, or set 'emails-file'.`);
    }
    if (entries.length === 0 && config.emails.trim() !== '')
        io.log.warning(`${noAddressInInput}.`);
    const file = io.readTeamFile(config.emailsFile);
    // Loaded only when a team file is given: yaml is a large share of the bundle.
    const { parseTeamFile } = await Promise.all(/* import() */[__nccwpck_require__.e(341), __nccwpck_require__.e(968)]).then(__nccwpck_require__.bind(__nccwpck_require__, 968));
    const listed = parseTeamFile(file.content, file.displayPath, config.emailsKey);
    io.log.info(`Read ${(0,src_text/* plural */.LS)(listed.length, 'entry')} from ${file.displayPath}.`);
    if (listed.length === 0) {
        io.log.warning(`emails-file ${file.displayPath} lists no address: it is empty, holds only comments, ` +
            'or its list is empty. Nothing is read from it.', { title: 'Team file', file: file.displayPath });
    }
    // Not push(...): a file of a few hundred thousand entries would overflow the call stack.
    return { entries: entries.concat(listed), file, fileEntries: listed.length };
}
async function openRunApi(config, io) {
    const { openApi } = await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(474)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9474));
    return openApi({
        ...io.http,
        apiUrl: config.apiUrl,
        token: config.token,
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
        redact: io.redact
    }, config.concurrency);
}
async function invite(config, plan, groupOf, api, io) {
    // One groupLink per request: each group's addresses are batched on their own.
    const partitions = (0,groups/* partitionByGroup */.fY)(plan.send, groupOf);
    const groupOfBatch = [];
    for (const p of partitions) {
        const batches = Math.ceil(p.addresses.length / config.batchSize);
        for (let i = 0; i < batches; i++)
            groupOfBatch.push(p.group);
    }
    const count = groupOfBatch.length;
    const named = partitions.filter(p => p.group !== undefined).length;
    io.log.info(`Sending ${(0,src_text/* plural */.LS)(count, 'batch')} (up to ${config.batchSize} addresses each, ${Math.min(config.concurrency, count)} at a time${named > 0 ? `, ${(0,src_text/* plural */.LS)(named, 'group')}` : ''}) to ${config.apiUrl}.`);
    return api.invite(partitions, {
        org: config.org,
        batchSize: config.batchSize,
        concurrency: config.concurrency,
        onRetry: (index, notice) => io.log.info((0,messages/* retryLine */.Rn)(`Batch ${index + 1}`, notice)),
        onOutcome: (outcome, batchCount) => {
            const { title, lines } = (0,messages/* batchLog */.$c)(outcome, batchCount, io.redact);
            const group = groupOfBatch[outcome.index];
            const shown = group === undefined ? title : `${title} (group ${group})`;
            if (lines === undefined)
                io.log.info(shown);
            else
                io.log.group(shown, lines);
        }
    });
}

// EXTERNAL MODULE: ./src/plan/removals.ts
var removals = __nccwpck_require__(3250);
// EXTERNAL MODULE: ./src/team-file/read.ts
var read = __nccwpck_require__(4944);
;// CONCATENATED MODULE: ./src/version.ts
/** Sent in User-Agent; a test keeps it equal to package.json's version. */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/check.ts
// The team-file check for a developer's machine (dist/check.js), the pipeline's second front
// end: each file is one dry run of the action's pipeline (read, parse, plan), and with
// --skip-existing the members are listed once for all of them. Results are printed as
// `file:line:col: message` lines and a one-line plan. Nothing is sent: no key and no network
// unless --skip-existing is asked for.












const USER_AGENT = `cpln-invite-action-check/${VERSION}`;
/** The exit statuses, most important first when several apply. */
const EXIT = {
    ok: 0,
    /** An entry is invalid, or a team file cannot be read as a team file. */
    problems: 1,
    /** The command line is wrong, or a file named on it cannot be read. */
    usage: 2,
    /** The check could not be completed: the members could not be listed (--skip-existing). */
    incomplete: 3
};
const USAGE = `Usage: node path/to/cpln-invite-action/dist/check.js [flags] FILE...

Checks Control Plane team files as the action would read them, without sending anything.
Prints one line per problem as FILE:LINE:COLUMN: error|warning: message, then the plan.

Flags (each mirrors the action input of the same name):
  --emails-key KEY   dotted path to the list in each YAML/JSON file, e.g. teams.platform
  --emails LIST      addresses to check as well (commas, semicolons or new lines)
  --group NAME       the group invitees would join; checked as a Control Plane name
  --skip-existing    list the org's members and count who is already one (network);
                     the key comes from CPLN_TOKEN only, never from a flag
  --org NAME         the org for --skip-existing (default: CPLN_ORG)
  --api-url URL      the API for --skip-existing (default: CPLN_ENDPOINT, else
                     https://api.cpln.io)
  -h, --help         show this help
  --version          show the version

Each file is checked on its own, as one run of the action with emails-file set to it.

Exit status: 0 no problem (duplicates are warnings); 1 an entry is invalid or a file is
not a readable team file; 2 a usage error (unknown flag, bad value, no file, a file that
cannot be opened); 3 the check could not be completed (the members could not be listed).`;
const VALUE_FLAGS = ['--emails-key', '--emails', '--group', '--org', '--api-url'];
/** The team file's messages name the action's input; here the same setting is a flag. */
function inCheckWords(message) {
    return message
        .replaceAll('set emails-key to', 'give --emails-key')
        .replaceAll('Set emails-key to', 'Give --emails-key')
        .replaceAll('emails-key: ', '--emails-key ');
}
/** An input parser's message, worded for the command line (`--org` for input 'org'). */
function asFlag(error) {
    return error.message.replaceAll(`Input '${error.input}'`, `--${error.input}`);
}
/**
 * Reads the command line. `env` gives what the official CLI reads from the environment:
 * CPLN_TOKEN (the key, only for --skip-existing), CPLN_ORG and CPLN_ENDPOINT.
 */
function parseCheckArgs(argv, env) {
    try {
        return parse(argv, env);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ && error.usage) {
            return { kind: 'usage-error', message: error.message };
        }
        if (error instanceof errors/* ActionError */.lZ && error.input !== undefined)
            return { kind: 'usage-error', message: asFlag(error) };
        throw error;
    }
}
function parse(argv, env) {
    const files = [];
    const values = new Map();
    const emails = [];
    let skipExisting = false;
    let optionsEnd = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (optionsEnd || !arg.startsWith('-') || arg === '-') {
            files.push(arg);
            continue;
        }
        if (arg === '--') {
            optionsEnd = true;
            continue;
        }
        if (arg === '-h' || arg === '--help')
            return { kind: 'help' };
        if (arg === '--version')
            return { kind: 'version' };
        const eq = arg.indexOf('=');
        const name = eq < 0 ? arg : arg.slice(0, eq);
        if (name === '--skip-existing') {
            if (eq >= 0)
                throw (0,errors/* usageError */.Wp)('--skip-existing takes no value.');
            skipExisting = true;
            continue;
        }
        if (!VALUE_FLAGS.includes(name)) {
            throw (0,errors/* usageError */.Wp)(`Unknown flag ${(0,src_text/* quote */.hD)(name)}. Run with --help to see the flags.`);
        }
        const flag = name;
        let value;
        if (eq >= 0) {
            value = arg.slice(eq + 1);
        }
        else {
            const next = argv[i + 1];
            if (next === undefined)
                throw (0,errors/* usageError */.Wp)(`${flag} needs a value.`);
            value = next;
            i++;
        }
        if (flag === '--emails') {
            emails.push(value);
            continue;
        }
        if (values.has(flag)) {
            throw (0,errors/* usageError */.Wp)(`${flag} is given more than once; give it once.`);
        }
        values.set(flag, value);
    }
    const allEmails = emails.join('\n');
    if (files.length === 0 && allEmails.trim() === '') {
        throw (0,errors/* usageError */.Wp)('No team file given: name one or more files (or give --emails). Run with --help for usage.');
    }
    const emailsKey = values.get('--emails-key')?.trim();
    if (emailsKey !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(emailsKey)) {
        throw (0,errors/* usageError */.Wp)(`--emails-key must be a dotted path such as teams.platform, not ${(0,src_text/* quote */.hD)(emailsKey)}.`);
    }
    const group = values.get('--group')?.trim();
    if (group !== undefined)
        (0,config/* checkName */.I3)('group', group);
    const orgGiven = values.get('--org')?.trim();
    if (orgGiven !== undefined)
        (0,config/* checkName */.I3)('org', orgGiven);
    const apiUrlGiven = values.get('--api-url');
    if (apiUrlGiven !== undefined)
        (0,config/* parseApiUrl */.nV)(apiUrlGiven);
    const args = { files, emails: allEmails };
    if (emailsKey !== undefined)
        args.emailsKey = emailsKey;
    if (group !== undefined)
        args.group = group;
    if (skipExisting)
        args.skipExisting = readSkipExisting(orgGiven, apiUrlGiven, env);
    return { kind: 'check', args };
}
function readSkipExisting(orgGiven, apiUrlGiven, env) {
    const org = orgGiven ?? env.CPLN_ORG?.trim() ?? '';
    if (org === '') {
        throw (0,errors/* usageError */.Wp)('--skip-existing needs the org: give --org NAME or set CPLN_ORG.');
    }
    if (orgGiven === undefined) {
        try {
            (0,config/* checkName */.I3)('org', org);
        }
        catch {
            throw (0,errors/* usageError */.Wp)(`CPLN_ORG is not a valid Control Plane name: ${(0,src_text/* quote */.hD)(org)}.`);
        }
    }
    const given = (env.CPLN_TOKEN ?? '').trim();
    const token = (0,secrets/* stripBearer */.Wg)(given) === '' ? '' : given;
    if (token === '') {
        throw (0,errors/* usageError */.Wp)('--skip-existing needs a service account key in the CPLN_TOKEN environment variable ' +
            '(there is no flag for it: a flag would show in the process list).');
    }
    if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) {
        throw (0,errors/* usageError */.Wp)('CPLN_TOKEN contains a line break or another character that cannot be sent in an HTTP ' +
            'header; set it to the key alone, on one line.');
    }
    let apiUrl;
    try {
        apiUrl = (0,config/* parseApiUrl */.nV)(apiUrlGiven ?? env.CPLN_ENDPOINT ?? '');
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ && apiUrlGiven === undefined) {
            throw (0,errors/* usageError */.Wp)(`CPLN_ENDPOINT: ${asFlag(error).replace(/^--api-url /, '')}`);
        }
        throw error;
    }
    return { org, apiUrl, token };
}
const MAX_MESSAGE = 1000;
/** One output line: cut to a bounded length, then made printable (no control characters). */
function outputLine(text) {
    let cut = text;
    if (text.length > MAX_MESSAGE) {
        let end = MAX_MESSAGE;
        // Never split a surrogate pair.
        const code = text.charCodeAt(end - 1);
        if (code >= 0xd800 && code <= 0xdbff)
            end--;
        cut = `${text.slice(0, end)}…`;
    }
    return (0,src_text/* printable */.g$)(cut);
}
function byPosition(a, b) {
    const la = a.location;
    const lb = b.location;
    if (la === undefined || lb === undefined)
        return 0;
    return la.line - lb.line || la.column - lb.column;
}
function sourceLines(source) {
    const { name, outcome } = source;
    if (outcome.kind === 'unreadable')
        return [`${name}: error: ${outcome.message}`];
    if (outcome.kind === 'not-a-team-file') {
        const at = outcome.location === undefined ? name : (0,src_text/* where */._M)(outcome.location);
        return [`${at}: error: ${outcome.message}`];
    }
    const found = [];
    for (const item of outcome.plan.items) {
        if (item.kind !== 'invalid')
            continue;
        const at = item.location === undefined ? name : (0,src_text/* where */._M)(item.location);
        found.push({
            location: item.location,
            // The plan's key is already cut, with the entry's length and a digest, as the action shows it.
            text: `${at}: error: ${JSON.stringify(item.address)}: ${inCheckWords(item.error.message)}`
        });
    }
    for (const d of outcome.plan.duplicates) {
        const at = d.location === undefined ? name : (0,src_text/* where */._M)(d.location);
        const first = d.first === undefined
            ? 'listed more than once'
            : d.first.file === d.location?.file
                ? `duplicate of line ${d.first.line}`
                : `duplicate of ${(0,src_text/* where */._M)(d.first)}`;
        found.push({
            location: d.location,
            text: `${at}: warning: ${first}: ${JSON.stringify(d.address)}`
        });
    }
    return found.sort(byPosition).map(f => f.text);
}
/**
 * The lines to print and the exit status, from what the check found. Pure, so that any
 * producer of plans (today's steps, later the pipeline) can feed it.
 */
function formatCheck(result) {
    const lines = result.sources.flatMap(sourceLines);
    if (result.membersFailure !== undefined)
        lines.push(`error: ${result.membersFailure}`);
    let send = 0;
    let invalid = 0;
    let duplicates = 0;
    let members = 0;
    let unreadable = 0;
    let notTeamFiles = 0;
    for (const { outcome } of result.sources) {
        if (outcome.kind === 'unreadable')
            unreadable++;
        if (outcome.kind === 'not-a-team-file')
            notTeamFiles++;
        if (outcome.kind !== 'planned')
            continue;
        send += outcome.plan.send.length;
        invalid += outcome.plan.items.filter(i => i.kind === 'invalid').length;
        duplicates += outcome.plan.duplicates.length;
        members += outcome.plan.items.filter(i => i.kind === 'skipped' && i.reason === 'member').length;
    }
    const parts = [`${send} to invite`, `${invalid} invalid`, (0,src_text/* plural */.LS)(duplicates, 'duplicate')];
    if (result.members !== undefined) {
        parts.push(`${members} already ${members === 1 ? 'a member' : 'members'} of ${result.members.org}`);
    }
    if (notTeamFiles > 0)
        parts.push(`${(0,src_text/* plural */.LS)(notTeamFiles, 'file')} not a team file`);
    if (unreadable > 0)
        parts.push(`${(0,src_text/* plural */.LS)(unreadable, 'file')} not opened`);
    const files = result.sources.filter(s => s.name !== EMAILS_SOURCE).length;
    lines.push(`${parts.join(', ')}${files > 1 ? ` (${files} files)` : ''}`);
    const exitCode = unreadable > 0
        ? EXIT.usage
        : result.membersFailure !== undefined
            ? EXIT.incomplete
            : invalid > 0 || notTeamFiles > 0
                ? EXIT.problems
                : EXIT.ok;
    return { lines: lines.map(outputLine), exitCode };
}
const EMAILS_SOURCE = '--emails';
/** The configuration of one source, as one dry run of the action would have it. */
function sourceConfig(args, source) {
    return {
        org: '',
        token: '',
        emails: source.emails ?? '',
        emailsFile: source.file,
        emailsKey: source.file === undefined ? undefined : args.emailsKey,
        dryRun: true,
        failOnErrors: false,
        batchSize: 1,
        concurrency: 1,
        maxAttempts: 1,
        timeoutMs: 30_000,
        apiUrl: '',
        group: args.group,
        skipExisting: false,
        onlyAdded: false,
        githubToken: '',
        syncGroups: false,
        removeMissing: false,
        keep: [],
        maxRemovals: (0,removals/* parseMaxRemovals */.xB)('')
    };
}
/** The pipeline's I/O for a check: nothing logged, and the team file already read. */
function checkIo(cwd, file, redact) {
    const quiet = () => { };
    return {
        log: { info: quiet, notice: quiet, warning: quiet, group: quiet },
        redact,
        workspace: cwd,
        readTeamFile: () => {
            if (file === undefined)
                throw new Error('no team file was read');
            return file;
        },
        github: () => Promise.reject(new Error('the check never reads GitHub')),
        http: { userAgent: USER_AGENT, backoffBaseMs: 1000, maxWaitMs: 60_000 }
    };
}
/** Plans one source through the pipeline, as a dry run of the action would. */
async function planSource(args, source, cwd, redact) {
    const config = sourceConfig(args, { file: source.file?.displayPath, emails: source.emails });
    try {
        const outcome = await runPipeline(config, checkIo(cwd, source.file, redact));
        return { kind: 'planned', plan: outcome.plan };
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        // `--emails` holding only separators plans nobody, as the action warns.
        if (source.file === undefined)
            return { kind: 'planned', plan: planInvites([]) };
        const outcome = {
            kind: 'not-a-team-file',
            message: inCheckWords(error.message)
        };
        if (error.location !== undefined)
            outcome.location = error.location;
        return outcome;
    }
}
/** A file named on the command line, read as the action reads a team file. */
function readSource(cwd, name) {
    try {
        const full = external_node_path_default().resolve(cwd, name);
        const stat = (0,external_node_fs_.statSync)(full);
        if (stat.isDirectory()) {
            return { name, outcome: { kind: 'unreadable', message: 'is a directory, not a team file' } };
        }
        if (stat.size > read/* MAX_TEAM_FILE_BYTES */.gq) {
            return {
                name,
                outcome: {
                    kind: 'unreadable',
                    message: `is ${stat.size} bytes; the action reads at most ${read/* MAX_TEAM_FILE_BYTES */.gq} bytes`
                }
            };
        }
        return { content: (0,read/* decodeTeamFile */.Yb)((0,external_node_fs_.readFileSync)(full)), displayPath: name, realPath: full };
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : `cannot be read (${String(code ?? error.message)})`;
        return { name, outcome: { kind: 'unreadable', message } };
    }
}
/** Runs the check for a command line and returns the exit status. */
async function runCheck(argv, io) {
    const parsed = parseCheckArgs(argv, io.env);
    if (parsed.kind === 'help') {
        io.out(USAGE);
        return EXIT.ok;
    }
    if (parsed.kind === 'version') {
        io.out(VERSION);
        return EXIT.ok;
    }
    if (parsed.kind === 'usage-error') {
        io.err(`check.js: ${outputLine(parsed.message)}`);
        return EXIT.usage;
    }
    const redact = (0,secrets/* makeRedactor */.$u)([parsed.args.skipExisting?.token ?? '']);
    try {
        return await check(parsed.args, io, redact);
    }
    catch (error) {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.err(redact(`check.js: unexpected error (please report it): ${text}`));
        return EXIT.incomplete;
    }
}
async function check(args, io, redact) {
    const sources = [];
    for (const name of args.files) {
        const read = readSource(io.cwd, name);
        sources.push('outcome' in read
            ? read
            : { name, outcome: await planSource(args, { file: read }, io.cwd, redact) });
    }
    if (args.emails.trim() !== '') {
        const outcome = await planSource(args, { emails: args.emails }, io.cwd, redact);
        sources.push({ name: EMAILS_SOURCE, outcome });
    }
    const result = { sources };
    const toSend = sources.some(s => s.outcome.kind === 'planned' && s.outcome.plan.send.length > 0);
    if (args.skipExisting !== undefined && toSend) {
        const listed = await listOrgMembers(args.skipExisting, redact, io.err);
        if (listed.ok) {
            result.members = { org: args.skipExisting.org, count: listed.emails.size };
            for (const source of sources) {
                if (source.outcome.kind === 'planned') {
                    source.outcome = {
                        kind: 'planned',
                        plan: skipMembers(source.outcome.plan, listed.emails)
                    };
                }
            }
        }
        else {
            result.membersFailure = listed.message;
        }
    }
    const { lines, exitCode } = formatCheck(result);
    for (const line of lines)
        io.out(redact(line));
    return exitCode;
}
async function listOrgMembers(target, redact, progress) {
    // Loaded only for --skip-existing: the HTTP client is most of the check's bundle.
    const { openApi } = await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(474)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9474));
    const api = openApi({
        apiUrl: target.apiUrl,
        token: target.token,
        timeoutMs: 30_000,
        maxAttempts: 4,
        userAgent: USER_AGENT,
        redact,
        backoffBaseMs: 1000,
        maxWaitMs: 60_000
    }, 1);
    try {
        const listed = await api.listMembers(target.org, notice => progress(redact((0,messages/* retryLine */.Rn)('Listing members', notice))));
        if (listed.ok)
            return { ok: true, emails: listed.emails };
        const hint = (0,messages/* wrongOrgHint */.r5)(listed.failure, (0,secrets/* orgOfKey */.N$)(target.token), target.org) ?? listed.hint;
        return {
            ok: false,
            message: redact(`could not list the members of org '${target.org}' for --skip-existing: ${(0,messages/* describeFailure */.Ic)(listed.failure)}. ${hint}`.trim())
        };
    }
    finally {
        await api.close();
    }
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   hf: () => (/* binding */ PLAN_ONLY_EVENTS),
/* harmony export */   nV: () => (/* binding */ parseApiUrl)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, parseBoolean, parseBoundedNumber, readConfig, retryTiming */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6455);
/* harmony import */ var _plan_removals_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3250);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8992);
// Reads and validates every action input once, so that the rest of the action works on a
// plain, already-checked Config. Each error names the input and says how to fix it.





/** Every input `action.yml` declares; a test keeps this list, action.yml and the README in step. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'org',
    'token',
    'emails',
    'emails-file',
    'emails-key',
    'dry-run',
    'fail-on-errors',
    'batch-size',
    'concurrency',
    'max-attempts',
    'timeout-seconds',
    'api-url',
    'group',
    'skip-existing',
    'only-added',
    'base-ref',
    'github-token',
    'allow-pull-request-events',
    'sync-groups',
    'remove-missing',
    'keep',
    'max-removals'
]));
/**
 * Events that run a change nobody has merged yet: the action only plans on them, so that a
 * pull request that adds an address cannot grant access before review.
 */
const PLAN_ONLY_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'merge_group'
];
function checkName(input, value) {
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isControlPlaneName */ .z)(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `Input '${input}' is not a valid Control Plane name: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}. ` +
            'Use 2 to 64 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.');
    }
    return value;
}
function parseBoolean(input, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw inputError(input, `Input '${input}' must be true or false, not ${quote(raw)}.`);
}
function parseBoundedNumber(input, raw, fallback, min, max, integer = true) {
    const text = raw.trim();
    if (text === '')
        return fallback;
    const value = Number(text);
    const shapeOk = integer ? /^\d+$/.test(text) : /^\d+(\.\d+)?$/.test(text);
    if (!shapeOk || !Number.isFinite(value) || value < min || value > max) {
        const kind = integer ? 'a whole number' : 'a number';
        throw inputError(input, `Input '${input}' must be ${kind} from ${min} to ${max}, not ${quote(raw)}.`);
    }
    return value;
}
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host === '::1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function parseApiUrl(raw) {
    const text = raw.trim() || 'https://api.cpln.io';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('api-url', `Input 'api-url' is not a URL: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(text)}. Use for example https://api.cpln.io.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('api-url', `Input 'api-url' must use https://, not ${url.protocol}//.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('api-url', `Input 'api-url' uses plain http:// for ${url.hostname}, which would send the key unencrypted. ` +
            'Use https://, or http:// only for a loopback host (127.0.0.1, ::1, localhost).');
    }
    if (url.username || url.password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('api-url', "Input 'api-url' must not contain a user name or password.");
    }
    if (url.search || url.hash) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('api-url', "Input 'api-url' must not contain a query (?) or fragment (#).");
    }
    let end = url.pathname.length;
    while (end > 0 && url.pathname.charCodeAt(end - 1) === 47 /* / */)
        end--;
    return `${url.origin}${url.pathname.slice(0, end)}`;
}
function optional(value) {
    const text = value.trim();
    return text === '' ? undefined : text;
}
/**
 * Builds the Config from the inputs. `getInput` returns '' for an input that was not given,
 * as @actions/core does; `env` supplies the CPLN_* fall-backs of the official CLI.
 */
function readConfig(getInput, env) {
    // No CPLN_ORG fall-back: action.yml declares org required, and a workflow linter flags a
    // step without it; which org is invited into must be visible in the workflow itself.
    const org = getInput('org').trim();
    if (org === '') {
        throw inputError('org', "Input 'org' is required: the name of your Control Plane org.");
    }
    checkName('org', org);
    const allowPullRequestEvents = parseBoolean('allow-pull-request-events', getInput('allow-pull-request-events'), false);
    const event = env.GITHUB_EVENT_NAME ?? '';
    const asked = parseBoolean('dry-run', getInput('dry-run'), false);
    const planOnlyEvent = !asked && !allowPullRequestEvents && PLAN_ONLY_EVENTS.includes(event)
        ? event
        : undefined;
    const dryRun = asked || planOnlyEvent !== undefined;
    const given = getInput('token').trim() || (env.CPLN_TOKEN ?? '').trim();
    // A lone "Bearer" holds no key (see stripBearer).
    const token = stripBearer(given) === '' ? '' : given;
    // A key that HTTP headers cannot carry (a secret pasted across two lines) would fail
    // every request as a network error, each retried: refuse it here, without showing it.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) {
        throw inputError('token', "Input 'token' contains a line break or another character that cannot be sent in an HTTP header; " +
            'check that the secret holds the key alone, on one line.');
    }
    if (token === '' && !dryRun) {
        throw inputError('token', "Input 'token' is required: pass a Control Plane service account key, e.g. " +
            'token: ${{ secrets.CPLN_TOKEN }}, or set the CPLN_TOKEN environment variable. ' +
            'A dry run (dry-run: true) needs no key.');
    }
    const emails = getInput('emails');
    const emailsFile = optional(getInput('emails-file'));
    const emailsKey = optional(getInput('emails-key'));
    if (emails.trim() === '' && emailsFile === undefined) {
        throw inputError('emails', "No addresses given: set input 'emails' (a list of addresses) or 'emails-file' (a team file in the repository), or both.");
    }
    if (emailsKey !== undefined && emailsFile === undefined) {
        throw inputError('emails-key', "Input 'emails-key' needs 'emails-file' to be set too.");
    }
    if (emailsKey !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(emailsKey)) {
        throw inputError('emails-key', `Input 'emails-key' must be a dotted path such as teams.platform, not ${quote(emailsKey)}.`);
    }
    const group = optional(getInput('group'));
    if (group !== undefined)
        checkName('group', group);
    const onlyAdded = parseBoolean('only-added', getInput('only-added'), false);
    if (onlyAdded && emailsFile === undefined) {
        throw inputError('only-added', "Input 'only-added' compares versions of the team file, so it needs 'emails-file' to be set.");
    }
    const baseRef = optional(getInput('base-ref'));
    if (baseRef !== undefined && !onlyAdded) {
        throw inputError('base-ref', "Input 'base-ref' only matters with only-added: true; set only-added, or remove base-ref.");
    }
    const removal = readRemovalInputs(getInput, emailsFile);
    return {
        org,
        token,
        emails,
        emailsFile,
        emailsKey,
        dryRun,
        planOnlyEvent,
        failOnErrors: parseBoolean('fail-on-errors', getInput('fail-on-errors'), false),
        batchSize: parseBoundedNumber('batch-size', getInput('batch-size'), 10, 1, 1000),
        concurrency: parseBoundedNumber('concurrency', getInput('concurrency'), 4, 1, 16),
        maxAttempts: parseBoundedNumber('max-attempts', getInput('max-attempts'), 4, 1, 10),
        timeoutMs: parseBoundedNumber('timeout-seconds', getInput('timeout-seconds'), 30, 1, 600, false) * 1000,
        apiUrl: parseApiUrl(getInput('api-url')),
        group,
        skipExisting: parseBoolean('skip-existing', getInput('skip-existing'), false),
        onlyAdded,
        baseRef,
        githubToken: getInput('github-token').trim(),
        syncGroups: parseBoolean('sync-groups', getInput('sync-groups'), false),
        ...removal
    };
}
/** remove-missing, keep and max-removals. keep and max-removals are checked even when off. */
function readRemovalInputs(getInput, emailsFile) {
    const removeMissing = parseBoolean('remove-missing', getInput('remove-missing'), false);
    if (removeMissing && emailsFile === undefined) {
        throw inputError('remove-missing', "Input 'remove-missing' removes the members missing from the team file, so it needs 'emails-file' to be set.");
    }
    return {
        removeMissing,
        keep: parseKeep(getInput('keep')),
        maxRemovals: parseMaxRemovals(getInput('max-removals'))
    };
}
/**
 * The backoff of retries: CPLN_INVITE_RETRY_BASE_MS (the first wait, doubled on each retry)
 * and CPLN_INVITE_RETRY_MAX_WAIT_MS (the cap on any wait). Tests shorten them.
 */
function retryTiming(env) {
    const ms = (name, fallback) => {
        const value = Number(env[name]);
        return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
    };
    return {
        backoffBaseMs: ms('CPLN_INVITE_RETRY_BASE_MS', 1000),
        maxWaitMs: ms('CPLN_INVITE_RETRY_MAX_WAIT_MS', 60_000)
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   uO: () => (/* binding */ teamFileError)
/* harmony export */ });
/**
 * The one way a step fails with a message of its own: a wrong input, a team file that cannot
 * be read as a whole, a base version of the team file that cannot be fetched. Everything else
 * is a result.
 * - `location`: where in the team file, for an annotation;
 * - `input`: the input at fault, so another front end can name it its own way (`--org`);
 * - `configuration`: the cause lies in the setup (a path, a token, the event data), so a
 *   re-run of the same job fails the same way and the cause must be fixed first;
 * - `usage`: the check's command line is wrong (a flag, a missing file name), which it
 *   reports with its own exit status.
 */
class ActionError extends Error {
    location;
    input;
    configuration;
    usage;
    constructor(message, options = {}) {
        super(message);
        this.name = 'ActionError';
        if (options.location !== undefined)
            this.location = options.location;
        if (options.input !== undefined)
            this.input = options.input;
        this.configuration = options.configuration ?? false;
        this.usage = options.usage ?? false;
    }
}
/** The error for a wrong input; its message names the input and the fix. */
function inputError(input, message) {
    return new ActionError(message, { input });
}
/** The error for a team file that cannot be read as a whole, at its place when known. */
function teamFileError(message, location) {
    return new ActionError(message, location === undefined ? {} : { location });
}
/** The error for a command line of the check that cannot be read; its message says the fix. */
function usageError(message) {
    return new ActionError(message, { usage: true });
}


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ isControlPlaneName)
/* harmony export */ });
/** Control Plane's object name rule, as the official CLI checks it (`org`, `group`). */
function isControlPlaneName(value) {
    return value.length <= 64 && /^[a-z]([-a-z0-9])*[a-z0-9]$/.test(value);
}


/***/ }),

/***/ 9675:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ withGroupProblems),
/* harmony export */   bC: () => (/* binding */ linkedUser),
/* harmony export */   bq: () => (/* binding */ resolveGroups),
/* harmony export */   c1: () => (/* binding */ groupsOf),
/* harmony export */   fY: () => (/* binding */ partitionByGroup),
/* harmony export */   g_: () => (/* binding */ planGroupAdditions)
/* harmony export */ });
/* harmony import */ var _addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6328);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6455);
// Groups per person: which group each address goes to, the invite partitions (one
// `groupLink` per request), and for sync-groups the members to append to each group. Pure;
// it never plans a removal from a group.


function where(location) {
    return location ? ` (${location.file}:${location.line})` : '';
}
/**
 * The group of each address: the group its entries name, else `defaultGroup` (the `group`
 * input). An entry without a group of its own agrees with any other entry of the address;
 * two different named groups are a conflict, reported at the second. A group name that
 * breaks Control Plane's name rule is reported at the group (or else the entry).
 */
function resolveGroups(entries, defaultGroup) {
    const named = new Map();
    const firstAt = new Map();
    const problems = new Map();
    for (const entry of entries) {
        // Only entries that name a group are looked at: a file without any costs one pass.
        if (entry.group === undefined || entry.notAnAddress)
            continue;
        const address = (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(entry.text);
        if (address === '' || problems.has(address))
            continue;
        const location = entry.groupLocation ?? entry.location;
        if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isControlPlaneName */ .z)(entry.group)) {
            problems.set(address, {
                address,
                location,
                error: {
                    code: 'invalid_group',
                    message: `not a valid group name: ${JSON.stringify(entry.group)}; use 2 to 64 lowercase letters, ` +
                        'digits and hyphens, starting with a letter and not ending with a hyphen'
                }
            });
            continue;
        }
        const first = named.get(address);
        if (first === undefined) {
            named.set(address, entry.group);
            firstAt.set(address, location);
        }
        else if (first !== entry.group) {
            problems.set(address, {
                address,
                location,
                error: {
                    code: 'group_conflict',
                    message: `listed with two groups: ${JSON.stringify(first)}${where(firstAt.get(address))} and ` +
                        `${JSON.stringify(entry.group)}; list the address once, with one group`
                }
            });
        }
    }
    return { named, defaultGroup, problems: [...problems.values()] };
}
/**
 * The group of each address of the plan that is not invalid (undefined: no group): the group
 * its entries name, else the `group` input. Addresses with a group problem are invalid in a
 * plan that went through withGroupProblems, so they are not here.
 */
function groupsOf(plan, resolution) {
    const groupOf = new Map();
    const { named, defaultGroup } = resolution;
    for (const item of plan.items) {
        if (item.kind !== 'invalid')
            groupOf.set(item.address, named.get(item.address) ?? defaultGroup);
    }
    return groupOf;
}
/**
 * The addresses to send, split by group in order of each group's first address; each
 * partition is batched on its own, with its own groupLink.
 */
function partitionByGroup(addresses, groupOf) {
    const partitions = new Map();
    for (const address of addresses) {
        if (!groupOf.has(address)) {
            // An address with no resolved group had a group problem: it must not be sent.
            throw new Error(`partitionByGroup: ${address} has no resolved group`);
        }
        const group = groupOf.get(address);
        const list = partitions.get(group);
        if (list)
            list.push(address);
        else
            partitions.set(group, [address]);
    }
    return [...partitions].map(([group, list]) => ({ group, addresses: list }));
}
/** The user a member link names, %-escapes undone: the last segment of `.../user/{email or id}`. */
function linkedUser(link) {
    const m = /\/user\/([^/?#]+)\/?$/.exec(link);
    if (!m)
        return undefined;
    try {
        return decodeURIComponent(m[1] ?? '');
    }
    catch {
        return undefined;
    }
}
/**
 * sync-groups: every existing member whose address resolves to a group they are not in is
 * added to it. A group's memberLinks may name a user by address or by id: both count.
 * Addresses that are not members yet (pending or just invited) are left to the groupLink of
 * their invitation.
 */
function planGroupAdditions(input) {
    const members = new Map();
    for (const m of input.members)
        members.set((0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(m.email), m);
    const inGroup = new Map();
    for (const [group, links] of input.memberLinks) {
        const refs = new Set();
        for (const link of links) {
            const ref = linkedUser(link);
            if (ref !== undefined)
                refs.add(ref.toLowerCase());
        }
        inGroup.set(group, refs);
    }
    const additions = new Map();
    const unread = new Set();
    for (const [address, group] of input.groupOf) {
        if (group === undefined)
            continue;
        const member = members.get(address);
        if (member === undefined)
            continue;
        const refs = inGroup.get(group);
        if (refs === undefined) {
            unread.add(group);
            continue;
        }
        if (refs.has(address) || (member.id !== undefined && refs.has(member.id.toLowerCase()))) {
            continue;
        }
        const list = additions.get(group);
        if (list)
            list.push(address);
        else
            additions.set(group, [address]);
    }
    const base = `/org/${encodeURIComponent(input.org)}/user/`;
    return {
        additions: [...additions].map(([group, addresses]) => ({
            group,
            addresses,
            // `@` and `+` as written, as the API's own links show them; `/`, `?`, `#`, `%` (valid
            // in an address) escaped, so that the link names this user and nothing else.
            links: addresses.map(a => `${base}${encodeURIComponent(a).replace(/%40/g, '@').replace(/%2B/g, '+')}`)
        })),
        unread: [...unread]
    };
}
/**
 * The plan with each address that has a group problem made invalid, located at its group:
 * it is not sent, and not skipped either (a bad group is a bad entry even when the address
 * is unchanged or a member). An address already invalid keeps its own error.
 */
function withGroupProblems(plan, problems) {
    if (problems.length === 0)
        return plan;
    const byAddress = new Map(problems.map(p => [p.address, p]));
    const items = plan.items.map((item) => {
        const problem = byAddress.get(item.address);
        if (problem === undefined || item.kind === 'invalid')
            return item;
        return {
            kind: 'invalid',
            address: item.address,
            error: problem.error,
            location: problem.location ?? item.location
        };
    });
    const send = items.filter(item => item.kind === 'send').map(item => item.address);
    return { ...plan, items, send };
}


/***/ }),

/***/ 3250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ planRemovals),
/* harmony export */   Ar: () => (/* binding */ removalMode),
/* harmony export */   xB: () => (/* binding */ parseMaxRemovals)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_REMOVALS, matchesKeep, removalLimit, parseKeep */
/* harmony import */ var _addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6328);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9675);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8992);
// Decides which of the org's members a removal run would remove (remove-missing), and
// refuses the whole plan when a guard says so. Pure: the members, the superusers group and
// the desired addresses are fetched and read by the caller. Fail closed: anything unclear
// removes nobody.




const DEFAULT_MAX_REMOVALS = '25%';
function article(word) {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
function matchesKeep(address, keep) {
    const normal = (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(address);
    const domain = normal.slice(normal.lastIndexOf('@') + 1);
    return keep.some(k => (k.kind === 'address' ? k.address === normal : k.domain === domain));
}
/** The most a plan may remove: a count as given, or the percentage of all members, rounded down. */
function removalLimit(max, memberCount) {
    if (max.kind === 'count')
        return max.count;
    // Whole numbers only, so 3 members at 33.33% is exactly 0.9999 and rounds down to 0.
    return Math.floor((memberCount * max.hundredths) / 10_000);
}
function describeLimit(max, limit, memberCount) {
    return max.kind === 'count'
        ? `max-removals is ${limit}`
        : `max-removals is ${max.text} of ${memberCount} members, ${limit}`;
}
const GUARD_MESSAGES = {
    'invalid-entry': 'the addresses given have an invalid entry (see the errors); removal compares the org with every address given, so it needs all of them valid. Fix the entries and run again.',
    'empty-file': 'the team file lists nobody; removing every member is never what an empty file means. Check emails-file.',
    'unreadable-file': 'the team file could not be read. Check emails-file.',
    'superusers-unreadable': "the superusers group could not be read, so the org's administrators cannot be told apart. Grant the service account the 'view' permission on groups.",
    'invites-stopped': 'the invites stopped early or a batch failed; removal runs only after a complete invite run. Fix the cause and run again.'
};
/**
 * Plans a removal run. Every member is accounted for exactly once: in the desired set (not
 * in the plan), `kept` (a keep match, even if also a superuser), `superusers`, or `remove`.
 */
function planRemovals(inputs) {
    const desired = new Set();
    for (const address of inputs.desired)
        desired.add((0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(address));
    const superRefs = new Set();
    // A link that names no user cannot be told apart from an administrator: the group counts
    // as unreadable rather than the link being passed over.
    let unreadableLink = false;
    for (const link of inputs.superuserLinks ?? []) {
        const ref = (0,_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .linkedUser */ .bC)(link);
        if (ref === undefined)
            unreadableLink = true;
        else
            superRefs.add(ref.toLowerCase());
    }
    const seen = new Set();
    const remove = [];
    const kept = [];
    const superusers = [];
    for (const member of inputs.members) {
        const email = (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(member.email);
        // A listing that shows someone twice counts them once.
        if (seen.has(email))
            continue;
        seen.add(email);
        if (desired.has(email))
            continue;
        if (matchesKeep(email, inputs.keep))
            kept.push(member);
        else if (superRefs.has(email) ||
            (member.id !== undefined && superRefs.has(member.id.toLowerCase()))) {
            superusers.push(member);
        }
        else
            remove.push(member);
    }
    const memberCount = seen.size;
    const limit = removalLimit(inputs.maxRemovals, memberCount);
    const refuse = (guard, why) => ({
        kind: 'refused',
        guard,
        message: remove.length === 0
            ? `Removal refused: ${why}`
            : `Removal refused, nobody was removed (${remove.length} would have been): ${why}`,
        notRemoved: remove.map(m => ({ address: (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(m.email), guard })),
        kept,
        superusers
    });
    const problem = inputs.desiredProblem ?? (desired.size === 0 ? 'empty-file' : undefined);
    if (problem !== undefined)
        return refuse(problem, GUARD_MESSAGES[problem]);
    if (inputs.superuserLinks === undefined || unreadableLink) {
        return refuse('superusers-unreadable', GUARD_MESSAGES['superusers-unreadable']);
    }
    if (inputs.invitesStopped)
        return refuse('invites-stopped', GUARD_MESSAGES['invites-stopped']);
    if (remove.length > limit) {
        return refuse('max-removals', `the plan removes ${remove.length} of ${memberCount} members, more than ${describeLimit(inputs.maxRemovals, limit, memberCount)}. ` +
            `If these removals are intended, set max-removals: ${remove.length} (or a higher percentage) for this run.`);
    }
    return { kind: 'remove', remove, kept, superusers, limit };
}
/**
 * Reads the `keep` input: addresses and `*@domain` patterns, separated by line breaks,
 * commas or white space. A domain pattern matches that domain only, not its subdomains.
 */
function parseKeep(raw) {
    const patterns = [];
    for (const item of raw.split(/[\s,;]+/)) {
        if (item === '')
            continue;
        const text = normaliseAddress(item);
        if (text.startsWith('*@')) {
            const domain = text.slice(2);
            if (checkAddress(`x@${domain}`) === undefined) {
                patterns.push({ kind: 'domain', domain });
                continue;
            }
        }
        else if (!text.includes('*') && checkAddress(text) === undefined) {
            patterns.push({ kind: 'address', address: text });
            continue;
        }
        throw inputError('keep', `Input 'keep' lists ${quote(item)}, which is neither an email address nor a *@domain pattern. ` +
            'List addresses (admin@example.com) or whole domains (*@example.com), one per line.');
    }
    return patterns;
}
/** Reads the `max-removals` input: a whole number of members, or a percentage (default 25%). */
function parseMaxRemovals(raw) {
    const text = raw.trim() === '' ? DEFAULT_MAX_REMOVALS : raw.trim();
    const count = /^\d{1,7}$/.exec(text);
    if (count)
        return { kind: 'count', count: Number(text) };
    const percent = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%$/.exec(text);
    if (percent) {
        const hundredths = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'));
        if (hundredths <= 10_000)
            return { kind: 'percent', hundredths, text };
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('max-removals', `Input 'max-removals' must be a whole number of members (such as 10) or a percentage of the org's members ` +
        `from 0% to 100% (such as 25%), not ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(raw)}.`);
}
/** Events whose runs remove: besides a push to the default branch. */
const REMOVING_EVENTS = ['workflow_dispatch', 'schedule'];
/**
 * Removal is applied only on a push to the default branch, `workflow_dispatch` or
 * `schedule`; a pull-request event (even with allow-pull-request-events) and a dry run only
 * plan it. Any other event, or a push whose branch cannot be told to be the default, skips
 * it: unsure means nobody is removed.
 */
function removalMode(event) {
    const name = event.eventName ?? '';
    if (event.pullRequestEvent) {
        return {
            kind: 'plan',
            why: `pull-request events only plan removals (this run is ${article(name)} ${name} event); members are removed after merge`
        };
    }
    if (event.dryRun)
        return { kind: 'plan', why: 'dry run' };
    if (REMOVING_EVENTS.includes(name))
        return { kind: 'apply' };
    const only = 'remove-missing removes members only on a push to the default branch, workflow_dispatch or schedule';
    if (name !== 'push') {
        return {
            kind: 'skip',
            why: `${only}; this run is ${name === '' ? 'a run without an event name' : `${article(name)} ${name} event`}, so nobody is removed.`
        };
    }
    const ref = event.payload.ref;
    const repository = event.payload.repository;
    const defaultBranch = repository?.default_branch;
    if (typeof ref !== 'string' || typeof defaultBranch !== 'string' || defaultBranch === '') {
        return {
            kind: 'skip',
            why: `${only}; this push event does not say which branch it is on or which branch is the default, so nobody is removed.`
        };
    }
    if (ref === `refs/heads/${defaultBranch}`)
        return { kind: 'apply' };
    return {
        kind: 'skip',
        why: `${only}; this push is to ${ref}, not to the default branch ${defaultBranch}, so nobody is removed.`
    };
}


/***/ }),

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ batchLog),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Rn: () => (/* binding */ retryLine),
/* harmony export */   qf: () => (/* binding */ groupSyncLines),
/* harmony export */   r5: () => (/* binding */ wrongOrgHint)
/* harmony export */ });
/* unused harmony exports countResults, failedAddresses, failureMessage, unmatchedList, groupSyncFailureLines */
/* harmony import */ var _send_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2112);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8940);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8992);
// What the step says about its results in words: the failure message it fails with, one
// line per batch failure, and the counts.



/** One bounded line: the API's code, message and id may be of any length. */
function describeFailure(failure) {
    const parts = [
        failure.status === undefined ? undefined : `HTTP ${failure.status}`,
        (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(failure.code, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_NAME_MAX_CHARS */ .Qh)),
        '-',
        (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(failure.message, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_MESSAGE_MAX_CHARS */ .EV)),
        failure.id === undefined
            ? undefined
            : `(id ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(failure.id, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_NAME_MAX_CHARS */ .Qh))})`
    ];
    const text = parts.filter(Boolean).join(' ');
    return failure.retriesExhausted
        ? `${text}; gave up after ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(failure.attempts, 'attempt')}`
        : text;
}
function countResults(results) {
    const counts = { invited: 0, wouldInvite: 0, errors: 0, invalid: 0, skipped: 0 };
    for (const r of results) {
        if (r.kind === 'invited')
            counts.invited++;
        else if (r.kind === 'would-invite')
            counts.wouldInvite++;
        else if (r.kind === 'error')
            counts.errors++;
        else if (r.kind === 'invalid')
            counts.invalid++;
        else
            counts.skipped++;
    }
    return counts;
}
/**
 * The addresses of batches that failed as a whole, as a Set looked up once per result, so
 * that an outage over 100,000 addresses stays linear.
 */
function failedAddresses(run) {
    return new Set(run.failures.flatMap(f => f.addresses));
}
/**
 * When the key was refused and belongs to another org (`keyOrg`, read from the key), the
 * hint that says so; otherwise undefined, and the caller's own hint applies.
 */
function wrongOrgHint(failure, keyOrg, org) {
    if (!(0,_send_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyRefusal */ .U)(failure) || keyOrg === undefined || keyOrg === org)
        return undefined;
    return `The key belongs to org '${keyOrg}', not '${org}': use a service account key of '${org}', or set org to '${keyOrg}'.`;
}
/** Kinds of batch failure the message describes one by one; the rest are counted. */
const FAILURE_GROUPS_SHOWN = 5;
/** Ids listed per kind of failure. */
const IDS_SHOWN = 3;
/** One line for a group of identical batch failures: count, first ids, first addresses. */
function failureLine(group) {
    const { failure, addresses, batches, ids } = group;
    // Only a 4xx is a refusal; a redirect, an unreadable answer or exhausted retries are not.
    const refused = !failure.retriesExhausted &&
        failure.status !== undefined &&
        failure.status >= 400 &&
        failure.status < 500;
    const verb = refused ? 'Control Plane refused' : 'Sending failed for';
    if (batches <= 1) {
        return `${verb} ${plural(addresses.length, 'address')}: ${describeFailure(failure)}. Affected: ${listSome(addresses)}.`;
    }
    const idList = ids.length === 0
        ? ''
        : ` (ids ${listSome(ids.map(id => clipped(id, API_NAME_MAX_CHARS)), IDS_SHOWN)})`;
    return `${verb} ${plural(addresses.length, 'address')} in ${plural(batches, 'batch')}: ${describeFailure({ ...failure, id: undefined })}${idList}. Affected: ${listSome(addresses)}.`;
}
/**
 * The one message the step fails with, or undefined when it succeeds. Each line is one
 * cause: refused or failed batches, batches not sent, per-address errors (with
 * fail-on-errors), invalid addresses.
 */
function failureMessage(run, options) {
    const lines = [];
    // Identical failures are grouped (status, code, message), so many batches that failed the
    // same way make one line; a hint about the key is given once.
    const hints = new Set();
    for (const group of run.failures.slice(0, FAILURE_GROUPS_SHOWN)) {
        lines.push(failureLine(group));
        const { failure } = group;
        const hint = wrongOrgHint(failure, options.keyOrg, options.org) ??
            (failure.status === 401
                ? INVALID_KEY_HINT
                : failure.status === 403
                    ? `Check that the service account is allowed to invite users to org '${options.org}' (the 'invite' permission on users, e.g. membership of the superusers group).`
                    : undefined);
        if (hint !== undefined && !hints.has(hint)) {
            hints.add(hint);
            lines.push(hint);
        }
    }
    const hidden = run.failures.slice(FAILURE_GROUPS_SHOWN);
    if (hidden.length > 0) {
        const count = hidden.reduce((sum, group) => sum + group.addresses.length, 0);
        lines.push(`${plural(hidden.length, 'other kind')} of failure affected ${plural(count, 'more address')}; the errors output and the job summary give each address its error.`);
    }
    const notSent = run.results.filter(r => r.kind === 'error' && r.error.code === 'not_sent');
    if (notSent.length > 0) {
        lines.push(`${plural(notSent.length, 'address')} not sent because ${run.notSentBecause ?? 'of an earlier failure'}: ${listSome(notSent.map(r => r.address))}.`);
    }
    if (options.failOnErrors) {
        const inFailed = failedAddresses(run);
        const refused = run.results.filter(r => r.kind === 'error' && !inFailed.has(r.address) && r.error.code !== 'not_sent');
        if (refused.length > 0) {
            lines.push(`Control Plane refused ${plural(refused.length, 'address')} (fail-on-errors is true): ${listSome(refused.map(r => r.address))}.`);
        }
        const alone = run.unmatched.filter(u => u.addresses.length === 0);
        if (alone.length > 0) {
            lines.push(`Control Plane refused ${plural(alone.length, 'key')} that ${alone.length === 1 ? 'is' : 'are'} not an address sent (fail-on-errors is true): ${unmatchedList(alone)}.`);
        }
    }
    const invalid = run.results.filter(r => r.kind === 'invalid');
    if (invalid.length > 0) {
        lines.push(`${plural(invalid.length, 'invalid address')} not sent: ${listSome(invalid.map(r => r.address))}. Fix or remove them; see the annotations.`);
    }
    if (lines.length === 0)
        return undefined;
    // Only what was never sent or failed as a batch can succeed on another try; an address
    // the API refused by name (already_exists...) gets the same answer again.
    const inFailed = failedAddresses(run);
    const notInvited = run.results.filter(r => r.kind === 'error' && (r.error.code === 'not_sent' || inFailed.has(r.address))).length;
    if (options.onlyAdded && notInvited > 0) {
        const them = notInvited === 1 ? 'it' : 'them';
        const missed = `a later push compares the team file with this commit, where ${notInvited === 1 ? 'it is' : 'they are'} already listed, and will not retry ${them}`;
        lines.push(options.configuration
            ? `Fix the cause, then catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README) to invite the ${plural(notInvited, 'address')} not invited: re-running this job would fail the same way, and ${missed}.`
            : `Re-run this job to retry the ${plural(notInvited, 'address')} not invited: ${missed}. ` +
                'Or catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README).');
    }
    return lines.join('\n');
}
/** `"key" (code - message); ...`: the unmatched refusals, a few of them, each bounded. */
function unmatchedList(refusals) {
    const shown = refusals
        .slice(0, 3)
        .map(r => `${printable(JSON.stringify(clipped(r.key, API_KEY_MAX_CHARS)))} (${printable(clipped(r.error.code, API_NAME_MAX_CHARS))} - ${printable(clipped(r.error.message, API_MESSAGE_MAX_CHARS))})`)
        .join('; ');
    return refusals.length > 3 ? `${shown} (+${refusals.length - 3} more)` : shown;
}
/** The log line for a retry: what failed, how long the wait is, which attempt comes next. */
function retryLine(what, notice) {
    return `${what}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(notice.reason)}; retrying in ${(notice.waitMs / 1000).toFixed(1)} s (attempt ${notice.attempt + 1} of ${notice.maxAttempts}).`;
}
/**
 * What the log says about one batch: a line for a batch not sent; otherwise a title and one
 * line per address, which the log folds into a group.
 */
function batchLog(outcome, count, redact) {
    const n = outcome.emails.length;
    const title = `Batch ${outcome.index + 1}/${count}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'address')}`;
    if (outcome.kind === 'not-sent') {
        return { title: `${title}: not sent (an earlier batch stopped the rest).` };
    }
    const lines = [];
    let summary;
    if (outcome.kind === 'failed') {
        summary = `failed: ${describeFailure(outcome.failure)}`;
        for (const address of outcome.emails)
            lines.push(`✗ ${address}`);
    }
    else {
        // The same reading as the results, so the log cannot disagree with the outputs.
        const read = (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .readAnswer */ .JN)(outcome, redact);
        const refusedCount = read.results.filter(r => r.kind === 'error').length;
        summary = `HTTP 200, ${n - refusedCount} invited, ${refusedCount} refused${outcome.attempts > 1 ? ` (after ${outcome.attempts} attempts)` : ''}`;
        for (const r of read.results) {
            lines.push(r.kind === 'error'
                ? `✗ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(r.address)}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(r.error.code)} - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(r.error.message)}`
                : `✓ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(r.address)}` // a valid address may hold `##[` (see printable)
            );
        }
        for (const u of read.unmatched.filter(u => u.addresses.length === 0)) {
            lines.push(`! refused ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(JSON.stringify(u.key))}, not an address sent: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(u.error.code)} - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(u.error.message)}`);
        }
    }
    return { title: `${title} - ${summary}`, lines };
}
/** What the log says about sync-groups: one line per group. */
function groupSyncLines(report, dryRun) {
    if (report.groups.length === 0) {
        return [`sync-groups: every existing member is in the group their entry names.`];
    }
    return report.groups.map(item => {
        const who = `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(item.addresses.length, 'member')} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(item.addresses)})`;
        switch (item.state) {
            case 'planned':
                return `sync-groups: would add ${who} to group ${item.group}${dryRun ? ' (dry run: nothing sent)' : ''}.`;
            case 'added':
                return `sync-groups: added ${who} to group ${item.group}.`;
            case 'failed':
                return `sync-groups: could not add ${who} to group ${item.group}: ${item.failure ? describeFailure(item.failure) : 'failed'}.`;
            case 'unread':
                return `sync-groups: could not read group ${item.group}, so nobody was added to it: ${item.failure ? describeFailure(item.failure) : 'failed'}.`;
        }
    });
}
/** The lines sync-groups adds to the failure message: each group it could not complete. */
function groupSyncFailureLines(report) {
    if (report === undefined)
        return [];
    const lines = [];
    if (report.notRun?.fails)
        lines.push(report.notRun.reason);
    for (const item of report.groups) {
        if (item.state !== 'failed' && item.state !== 'unread')
            continue;
        const what = item.state === 'failed'
            ? `could not add ${plural(item.addresses.length, 'member')} to group '${item.group}'`
            : `could not read group '${item.group}', so ${plural(item.addresses.length, 'member')} listed in it ${item.addresses.length === 1 ? 'was' : 'were'} not checked or added`;
        const cause = item.failure === undefined ? 'failed' : describeFailure(item.failure);
        lines.push(`sync-groups ${what}: ${cause}. Affected: ${listSome(item.addresses)}.${item.hint ? ` ${item.hint}` : ''}`);
    }
    return lines;
}


/***/ }),

/***/ 8940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ readAnswer),
/* harmony export */   n0: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony exports toAddressError, notSentMessage, errorsByAddress */
/* harmony import */ var _send_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2112);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);


/** A per-address error as the API gave it: an object with code and message, or plain text. */
function toAddressError(value, redact) {
    if (typeof value === 'string')
        return { code: 'error', message: redact(value) };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const v = value;
        const error = {
            code: typeof v.code === 'string' ? redact(v.code) : 'error',
            message: typeof v.message === 'string' ? redact(v.message) : 'refused by the API'
        };
        if (typeof v.status === 'number')
            error.status = v.status;
        if (typeof v.id === 'string')
            error.id = redact(v.id);
        return error;
    }
    return { code: 'error', message: 'refused by the API' };
}
function failureError(failure) {
    const error = { code: failure.code, message: failure.message };
    if (failure.status !== undefined)
        error.status = failure.status;
    if (failure.id !== undefined)
        error.id = failure.id;
    return error;
}
/** Why a batch was not sent: what happened to the batch that stopped the rest. */
function notSentMessage(because) {
    const cause = (0,_send_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyRefusal */ .U)(because)
        ? `was refused with HTTP ${because.status} (${because.code})`
        : `failed (${because.status === undefined ? '' : `HTTP ${because.status} `}${because.code}, after ${because.attempts === 1 ? '1 attempt' : `${because.attempts} attempts`})`;
    return `an earlier batch ${cause}, so no further batches were sent`;
}
/**
 * The API's `errors` map by lowercased address. Its keys are most likely the lowercased
 * addresses, but that is not documented: match without regard to case.
 */
function errorsByAddress(errors) {
    return new Map(Object.entries(errors).map(([key, value]) => [key.trim().toLowerCase(), value]));
}
/**
 * Failures that read the same in the failure message are one group: they differ only in
 * their id (Control Plane gives every error its own), in a number of attempts the line does
 * not show (it shows them only when the retries ran out), or beyond the clipped length.
 */
function failureKey(f) {
    return JSON.stringify([
        f.status,
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipped */ .cz)(f.code, _text_js__WEBPACK_IMPORTED_MODULE_0__/* .API_NAME_MAX_CHARS */ .Qh),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipped */ .cz)(f.message, _text_js__WEBPACK_IMPORTED_MODULE_0__/* .API_MESSAGE_MAX_CHARS */ .EV),
        f.retriesExhausted ? f.attempts : null
    ]);
}
/** The error of a batch address named in neither map of an answer that refused other keys. */
function unmatchedError(refusals) {
    const shown = refusals
        .slice(0, 3)
        // Bounded: this text is copied into the error of every unnamed address of the batch.
        .map(r => `${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipped */ .cz)(r.key, _text_js__WEBPACK_IMPORTED_MODULE_0__/* .API_KEY_MAX_CHARS */ ._c))} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipped */ .cz)(r.error.code, _text_js__WEBPACK_IMPORTED_MODULE_0__/* .API_NAME_MAX_CHARS */ .Qh)} - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipped */ .cz)(r.error.message, _text_js__WEBPACK_IMPORTED_MODULE_0__/* .API_MESSAGE_MAX_CHARS */ .EV)})`)
        .join('; ');
    const more = refusals.length > 3 ? ` and ${refusals.length - 3} more` : '';
    const error = {
        code: 'unmatched_error',
        message: `named in neither 'invitations' nor 'errors' of an answer that refused ${refusals.length === 1 ? 'a key' : 'keys'} not sent: ${shown}${more}`
    };
    const first = refusals[0]?.error;
    if (refusals.length === 1 && first?.status !== undefined)
        error.status = first.status;
    if (refusals.length === 1 && first?.id !== undefined)
        error.id = first.id;
    return error;
}
/**
 * One result per address of an answered batch. Never relies on the values' format; the keys
 * are matched without regard to case.
 */
function readAnswer(outcome, redact) {
    const refused = errorsByAddress(outcome.errors);
    const invitedKeys = new Set(Object.keys(outcome.invitations).map(k => k.trim().toLowerCase()));
    const inBatch = new Set(outcome.emails);
    const unnamed = outcome.emails.filter(a => !refused.has(a) && !invitedKeys.has(a));
    const unmatched = Object.entries(outcome.errors)
        .filter(([key]) => !inBatch.has(key.trim().toLowerCase()))
        .map(([key, value]) => ({
        key: redact(key),
        error: toAddressError(value, redact),
        addresses: unnamed
    }));
    const strayError = unmatched.length > 0 ? unmatchedError(unmatched) : undefined;
    const results = outcome.emails.map((address) => {
        if (refused.has(address)) {
            return { address, kind: 'error', error: toAddressError(refused.get(address), redact) };
        }
        if (invitedKeys.has(address))
            return { address, kind: 'invited' };
        // A refusal keyed by something else may well be this address under another spelling:
        // never count it as invited then.
        if (strayError !== undefined)
            return { address, kind: 'error', error: strayError };
        return {
            address,
            kind: 'invited',
            detail: 'sent and not refused, but not named in the response'
        };
    });
    return { results, unmatched, notInResponse: strayError === undefined ? unnamed : [] };
}
function mergeResults(plan, sending, redact) {
    const sent = new Map();
    // Null-prototype maps: a key such as `__proto__` from a server or a file stays a plain key.
    const invitations = Object.create(null);
    const unmatched = [];
    const notInResponse = [];
    const failures = new Map();
    let stoppedBy;
    const attempted = [];
    const outcomes = sending.kind === 'sent' ? sending.outcomes : [];
    for (const outcome of outcomes) {
        if (outcome.kind !== 'not-sent')
            attempted.push(...outcome.emails);
        if (outcome.kind === 'answered') {
            for (const [key, value] of Object.entries(outcome.invitations))
                invitations[key] = value;
            const read = readAnswer(outcome, redact);
            for (const result of read.results)
                sent.set(result.address, result);
            unmatched.push(...read.unmatched);
            notInResponse.push(...read.notInResponse);
        }
        else if (outcome.kind === 'failed') {
            const error = failureError(outcome.failure);
            for (const address of outcome.emails)
                sent.set(address, { address, kind: 'error', error });
            const key = failureKey(outcome.failure);
            const group = failures.get(key) ?? {
                failure: outcome.failure,
                addresses: [],
                batches: 0,
                ids: []
            };
            group.addresses.push(...outcome.emails);
            group.batches++;
            if (outcome.failure.id !== undefined)
                group.ids.push(outcome.failure.id);
            failures.set(key, group);
        }
        else {
            stoppedBy = outcome.because;
            const error = { code: 'not_sent', message: notSentMessage(outcome.because) };
            for (const address of outcome.emails)
                sent.set(address, { address, kind: 'error', error });
        }
    }
    const results = plan.items.map(item => {
        if (item.kind === 'invalid') {
            return { address: item.address, kind: 'invalid', error: item.error, location: item.location };
        }
        if (item.kind === 'skipped')
            return { address: item.address, kind: 'skipped', reason: item.reason };
        if (sending.kind === 'dry-run')
            return { address: item.address, kind: 'would-invite' };
        return (sent.get(item.address) ?? {
            address: item.address,
            kind: 'error',
            error: {
                code: 'not_sent',
                message: sending.kind === 'stopped' ? `not sent because ${sending.because}` : 'not sent'
            }
        });
    });
    return {
        results,
        invitations,
        unmatched,
        notInResponse,
        failures: [...failures.values()],
        stoppedBy,
        notSentBecause: stoppedBy === undefined
            ? sending.kind === 'stopped'
                ? sending.because
                : undefined
            : (0,_send_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyRefusal */ .U)(stoppedBy)
                ? 'the key was refused'
                : 'an earlier batch failed and the rest would have failed the same way',
        sent: attempted
    };
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ makeRedactor),
/* harmony export */   N$: () => (/* binding */ orgOfKey),
/* harmony export */   Wg: () => (/* binding */ stripBearer),
/* harmony export */   bc: () => (/* binding */ authorizationHeader)
/* harmony export */ });
/* unused harmony export secretForms */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6455);
// The key must never reach a log line, an output, the summary or an error message, even
// when a server echoes it back. Masking (core.setSecret) covers the runner's log; this
// module covers everything the action writes itself.

/** The forms of the key that can appear in text: as given, without `Bearer `, and with it. */
function secretForms(token) {
    const bare = stripBearer(token);
    if (bare === '')
        return [];
    const forms = new Set([token.trim(), bare, `Bearer ${bare}`]);
    // Echoes are often URL- or JSON-escaped.
    for (const form of [...forms]) {
        forms.add(encodeURIComponent(form));
        forms.add(JSON.stringify(form).slice(1, -1));
    }
    return [...forms].filter(form => form.length >= 4).sort((a, b) => b.length - a.length);
}
function stripBearer(token) {
    // A lone "Bearer" (`token: Bearer ${{ secrets.X }}` with the secret unset) is a prefix
    // without a key, so it strips to ''.
    return token.trim().replace(/^bearer(?:\s+|$)/i, '');
}
/** The Authorization header value: `Bearer ` is added only when the key lacks it. */
function authorizationHeader(token) {
    return `Bearer ${stripBearer(token)}`;
}
/** Pieces of a key shorter than this, cut short with "…", are left: they give little away. */
const MIN_CUT = 12;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function makeRedactor(secrets) {
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    if (forms.length === 0)
        return text => text;
    // - Case is ignored: addresses and the keys of the API's maps are lowercased before they
    //   are shown, so a key pasted into `emails`, or echoed by a server as a map key, appears
    //   lowercased.
    // - A form cut short with "…" is redacted too: messages shorten long values before the
    //   redactor sees them (quote() cuts input values at 100 characters, summary cells at 500),
    //   so a long key pasted into, say, `org` would otherwise show up to the cut.
    const whole = new RegExp(forms.map(escapeRegExp).join('|'), 'gi');
    const lowered = forms.map(form => form.toLowerCase());
    const heads = [
        ...new Set(forms.filter(f => f.length > MIN_CUT).map(f => escapeRegExp(f.slice(0, MIN_CUT))))
    ];
    const cut = heads.length === 0 ? undefined : new RegExp(`(?:${heads.join('|')})[^…]*…`, 'gi');
    return text => {
        const out = text.replace(whole, '***');
        if (cut === undefined)
            return out;
        return out.replace(cut, match => {
            const piece = match.slice(0, -1).toLowerCase();
            return lowered.some(form => form.startsWith(piece)) ? '***…' : match;
        });
    };
}
/**
 * The org a service account key belongs to, when it can be read from the key (its second
 * dot-separated part is base64url of `org.serviceAccount.x`). Used only to explain a 403.
 */
function orgOfKey(token) {
    const part = stripBearer(token).split('.')[1];
    if (part === undefined || part === '')
        return undefined;
    try {
        const decoded = Buffer.from(part, 'base64url').toString('utf8');
        const org = decoded.split('.')[0];
        return org !== undefined && (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isControlPlaneName */ .z)(org) ? org : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isKeyRefusal),
/* harmony export */   o: () => (/* binding */ INVALID_KEY_HINT)
/* harmony export */ });
// How a request to the Control Plane API failed, shared by the client, the steps that call it
// and the report. No HTTP here, so the report and the check load without the client.
/** A 401/403: the key itself was refused, so every further request would be too. */
function isKeyRefusal(failure) {
    return failure.status === 401 || failure.status === 403;
}
const INVALID_KEY_HINT = 'Check that token holds a valid, unexpired service account key.';


/***/ }),

/***/ 4944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ decodeTeamFile),
/* harmony export */   gq: () => (/* binding */ MAX_TEAM_FILE_BYTES)
/* harmony export */ });
/* unused harmony export readTeamFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8992);
// Reads the team file. The path comes from a workflow input, so it must stay inside the
// workspace: a `../` or a symlink must not let a workflow read files elsewhere on the runner.




/** Far above any real team file (100,000 addresses are about 3 MB). */
const MAX_TEAM_FILE_BYTES = 32 * 1024 * 1024;
function inside(root, target) {
    const rel = path.relative(root, target);
    // Only a `..` path segment climbs out; a name such as `..team.yml` is inside.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
function readTeamFile(workspace, relative) {
    const root = path.resolve(workspace);
    const target = path.resolve(root, relative);
    if (!inside(root, target)) {
        throw inputError('emails-file', `Input 'emails-file' must be a path inside the workspace (${root}), not ${quote(relative)}.`);
    }
    let realPath;
    try {
        realPath = realpathSync(target);
    }
    catch {
        throw inputError('emails-file', `Input 'emails-file' names ${quote(relative)}, which does not exist in the workspace (${root}). ` +
            'Check the path, and that the repository is checked out (actions/checkout) before this step.');
    }
    if (!inside(realpathSync(root), realPath)) {
        throw inputError('emails-file', `Input 'emails-file' names ${quote(relative)}, a link that leads outside the workspace; use a regular file in the repository.`);
    }
    const stat = statSync(realPath);
    if (!stat.isFile()) {
        throw inputError('emails-file', `Input 'emails-file' names ${quote(relative)}, which is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; give the path of the team file itself.`);
    }
    if (stat.size > MAX_TEAM_FILE_BYTES) {
        throw inputError('emails-file', `Input 'emails-file' names ${quote(relative)}, which is ${stat.size} bytes; the limit is ${MAX_TEAM_FILE_BYTES} bytes.`);
    }
    return {
        content: decodeTeamFile(readFileSync(realPath)),
        displayPath: path.relative(root, target).split(path.sep).join('/'),
        realPath
    };
}
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
/**
 * A team file's bytes as text, for the workspace copy and the base version alike. UTF-8,
 * with or without its byte-order mark, is the norm. A UTF-16 byte-order mark (Windows
 * PowerShell 5.1's `>` and Notepad's "Unicode" write these) switches to UTF-16; without a
 * mark UTF-16 is not guessed at, and its NUL bytes make the parser call the file binary.
 * Invalid sequences become U+FFFD, which validation then reports in the address it spoils.
 */
function decodeTeamFile(bytes) {
    // UTF-32 LE starts as UTF-16 LE does; it is read as UTF-8, whose NUL bytes and replaced
    // mark the parser reports as UTF-32 (UTF32_MARKS in teamfile.ts).
    if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
        return utf8.decode(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16le.decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        // Swapped into little-endian order rather than relying on ICU's utf-16be decoder.
        const body = bytes.subarray(2);
        const swapped = new Uint8Array(body);
        for (let i = 0; i + 1 < body.length; i += 2) {
            swapped[i] = body[i + 1];
            swapped[i + 1] = body[i];
        }
        return utf16le.decode(swapped);
    }
    // TextDecoder drops a leading UTF-8 byte-order mark.
    return utf8.decode(bytes);
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ API_MESSAGE_MAX_CHARS),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mm: () => (/* binding */ bounded),
/* harmony export */   Qh: () => (/* binding */ API_NAME_MAX_CHARS),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   _c: () => (/* binding */ API_KEY_MAX_CHARS),
/* harmony export */   cz: () => (/* binding */ clipped),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   jx: () => (/* binding */ boundedKey)
/* harmony export */ });
/* unused harmony export ECHO_MAX_CHARS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Text helpers shared by every step. Text a user gave, or a server sent, is quoted back in log
// lines, annotations, messages, the summary and output keys: it is made printable (one log
// line, no workflow command) and bounded (one wrong file read as a team file, a 2 MB line,
// must not flood each of those with its whole content).

/** Above every valid address (254 characters at most), so no address is ever cut. */
const ECHO_MAX_CHARS = 256;
/** `ann@…(2,097,152 characters)`: the first `max` characters and the original length. */
function bounded(text, max = ECHO_MAX_CHARS) {
    if (text.length <= max)
        return text;
    // Do not cut a surrogate pair in two.
    const code = text.charCodeAt(max - 1);
    const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
    return `${text.slice(0, end)}…(${text.length.toLocaleString('en-US')} characters)`;
}
/**
 * The same, for a key that must stay distinct (an invalid entry in the `errors` output): two
 * long entries that begin alike and have the same length differ in the digest of their text.
 */
function boundedKey(text) {
    if (text.length <= ECHO_MAX_CHARS)
        return text;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12);
    return `${bounded(text).slice(0, -1)}, sha256 ${digest})`;
}
/** Shows a user's value in a message without letting it break the line. */
function quote(value) {
    return JSON.stringify(bounded(value, 100));
}
// Bounds on text the API sends back: a server may answer with a page of HTML, or with a code
// or an id of any length, and a message repeated per batch or per address must stay readable.
/** The API's message is quoted up to this length. */
const API_MESSAGE_MAX_CHARS = 300;
/**
 * A code or an id from the API is quoted up to this length: Control Plane's codes are a
 * word or two and its ids are UUIDs (36 characters), and a failure line may hold four.
 */
const API_NAME_MAX_CHARS = 40;
/** A key of the API's errors map (an address, an id, a path) is quoted up to this length. */
const API_KEY_MAX_CHARS = 100;
/** `text`, cut to `limit` characters with `…` when longer. */
function clipped(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}
/**
 * Makes text safe for one log line: control characters (CR, LF, NUL...) become escapes, and
 * so does the `[` of `##[`.
 */
function printable(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, c => {
        const code = c.charCodeAt(0);
        if (code === 10)
            return '\\n';
        if (code === 13)
            return '\\r';
        if (code === 9)
            return '\\t';
        return `\\u${code.toString(16).padStart(4, '0')}`;
    })
        // The runner honours the old command form `##[name]data` anywhere in a log line
        // (actions/runner ActionCommand.TryParse), so a valid address such as
        // `##[set-env]a@x.co`, or an error code from a server, could otherwise fail the step or
        // stop command processing.
        .replace(/##\[/g, '##\\u005b'));
}
/** `file:line:column`, as editors and annotations read it; '' without a location. */
function where(location) {
    return location === undefined ? '' : `${location.file}:${location.line}:${location.column}`;
}
/** `a, b, c (+7 more)`: enough to find the addresses without flooding a message. */
function listSome(addresses, limit = 5) {
    const shown = addresses.slice(0, limit).map(printable).join(', ');
    return addresses.length > limit ? `${shown} (+${addresses.length - limit} more)` : shown;
}
function plural(count, word) {
    if (count === 1)
        return `${count} ${word}`;
    if (/(s|x|ch|sh)$/.test(word))
        return `${count} ${word}es`;
    if (/[^aeiou]y$/.test(word))
        return `${count} ${word.slice(0, -1)}ies`;
    return `${count} ${word}s`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4616);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
