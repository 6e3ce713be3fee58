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

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


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

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   hf: () => (/* binding */ PLAN_ONLY_EVENTS),
/* harmony export */   ju: () => (/* binding */ retryTiming)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, checkName, parseBoolean, parseBoundedNumber, parseApiUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6455);
/* harmony import */ var _plan_removals_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3250);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7194);
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
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `Input '${input}' must be true or false, not ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(raw)}.`);
}
function parseBoundedNumber(input, raw, fallback, min, max, integer = true) {
    const text = raw.trim();
    if (text === '')
        return fallback;
    const value = Number(text);
    const shapeOk = integer ? /^\d+$/.test(text) : /^\d+(\.\d+)?$/.test(text);
    if (!shapeOk || !Number.isFinite(value) || value < min || value > max) {
        const kind = integer ? 'a whole number' : 'a number';
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `Input '${input}' must be ${kind} from ${min} to ${max}, not ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(raw)}.`);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('org', "Input 'org' is required: the name of your Control Plane org.");
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
    const token = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .stripBearer */ .Wg)(given) === '' ? '' : given;
    // A key that HTTP headers cannot carry (a secret pasted across two lines) would fail
    // every request as a network error, each retried: refuse it here, without showing it.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('token', "Input 'token' contains a line break or another character that cannot be sent in an HTTP header; " +
            'check that the secret holds the key alone, on one line.');
    }
    if (token === '' && !dryRun) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('token', "Input 'token' is required: pass a Control Plane service account key, e.g. " +
            'token: ${{ secrets.CPLN_TOKEN }}, or set the CPLN_TOKEN environment variable. ' +
            'A dry run (dry-run: true) needs no key.');
    }
    const emails = getInput('emails');
    const emailsFile = optional(getInput('emails-file'));
    const emailsKey = optional(getInput('emails-key'));
    if (emails.trim() === '' && emailsFile === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('emails', "No addresses given: set input 'emails' (a list of addresses) or 'emails-file' (a team file in the repository), or both.");
    }
    if (emailsKey !== undefined && emailsFile === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('emails-key', "Input 'emails-key' needs 'emails-file' to be set too.");
    }
    if (emailsKey !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(emailsKey)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('emails-key', `Input 'emails-key' must be a dotted path such as teams.platform, not ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(emailsKey)}.`);
    }
    const group = optional(getInput('group'));
    if (group !== undefined)
        checkName('group', group);
    const onlyAdded = parseBoolean('only-added', getInput('only-added'), false);
    if (onlyAdded && emailsFile === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('only-added', "Input 'only-added' compares versions of the team file, so it needs 'emails-file' to be set.");
    }
    const baseRef = optional(getInput('base-ref'));
    if (baseRef !== undefined && !onlyAdded) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('base-ref', "Input 'base-ref' only matters with only-added: true; set only-added, or remove base-ref.");
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('remove-missing', "Input 'remove-missing' removes the members missing from the team file, so it needs 'emails-file' to be set.");
    }
    return {
        removeMissing,
        keep: (0,_plan_removals_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeep */ .xG)(getInput('keep')),
        maxRemovals: (0,_plan_removals_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaxRemovals */ .xB)(getInput('max-removals'))
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
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   uO: () => (/* binding */ teamFileError)
/* harmony export */ });
/* unused harmony export usageError */
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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8366);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/core.js
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  ExitCode: () => (ExitCode),
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getBooleanInput: () => (getBooleanInput),
  getIDToken: () => (getIDToken),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  markdownSummary: () => (markdownSummary),
  notice: () => (notice),
  platform: () => (platform_namespaceObject),
  saveState: () => (saveState),
  setCommandEcho: () => (setCommandEcho),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary_summary),
  toPlatformPath: () => (toPlatformPath),
  toPosixPath: () => (toPosixPath),
  toWin32Path: () => (toWin32Path),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/send/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(9470);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_on_demand.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/config.ts
var src_config = __nccwpck_require__(2973);
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
var src_secrets = __nccwpck_require__(7194);
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
    const hint = (0,messages/* wrongOrgHint */.r5)(listed.failure, (0,src_secrets/* orgOfKey */.N$)(config.token), config.org) ??
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
    const { openApi } = await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(966)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6966));
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

;// CONCATENATED MODULE: ./src/report/annotations.ts


const INVALID_TITLES = {
    invalid_entry: 'Not an address',
    invalid_group: 'Invalid group',
    group_conflict: 'Two groups for one address'
};
/** `removeMissing`: remove-missing ran, so the org's members were compared with the file. */
function annotations(plan, run, failOnErrors, removeMissing = false) {
    const located = new Map(plan.items.map(item => [item.address, item.location]));
    const inFailed = (0,messages/* failedAddresses */.ol)(run);
    const out = [];
    for (const r of run.results) {
        if (r.kind === 'invalid') {
            out.push({
                level: 'error',
                title: INVALID_TITLES[r.error.code] ?? 'Invalid address',
                message: `${(0,src_text/* printable */.g$)(r.address)}: ${r.error.message}`,
                location: r.location
            });
        }
        else if (r.kind === 'error' && r.error.code !== 'not_sent' && !inFailed.has(r.address)) {
            out.push({
                level: failOnErrors ? 'error' : 'warning',
                title: 'Invitation refused',
                message: `${(0,src_text/* printable */.g$)(r.address)}: ${r.error.code} - ${(0,src_text/* printable */.g$)(r.error.message)}`,
                location: located.get(r.address)
            });
        }
    }
    const invalid = new Set(plan.items.filter(i => i.kind === 'invalid').map(i => i.address));
    for (const d of plan.duplicates)
        out.push(duplicateAnnotation(d, invalid.has(d.address)));
    // Refusals that no address took (every address of the batch was invited); the others
    // show as the unmatched_error of the addresses they left unnamed.
    const alone = run.unmatched.filter(u => u.addresses.length === 0);
    if (alone.length > 0) {
        out.push({
            level: failOnErrors ? 'error' : 'warning',
            title: 'Unmatched refusal',
            message: `The API refused ${(0,src_text/* plural */.LS)(alone.length, 'key')} that ${alone.length === 1 ? 'is' : 'are'} not an address sent, although every address of ${alone.length === 1 ? 'its batch' : 'their batches'} was invited: ${(0,messages/* unmatchedList */.C5)(alone)}.`
        });
    }
    if (run.notInResponse.length > 0) {
        out.push({
            level: 'notice',
            title: 'Not named in the answer',
            message: `${(0,src_text/* plural */.LS)(run.notInResponse.length, 'address')} ${run.notInResponse.length === 1 ? 'was sent and not refused, but the API named it' : 'were sent and not refused, but the API named them'} in neither 'invitations' nor 'errors'; ${run.notInResponse.length === 1 ? 'it is' : 'they are'} counted as invited: ${(0,src_text/* listSome */.XT)(run.notInResponse)}.`
        });
    }
    if (plan.removed.length > 0) {
        out.push({
            level: 'notice',
            title: 'Removed from the team file',
            message: removeMissing
                ? `${(0,src_text/* plural */.LS)(plan.removed.length, 'address')} left the team file since the base; remove-missing compared the org's members with the whole file (see its part of the job summary): ${(0,src_text/* listSome */.XT)(plan.removed)}.`
                : `${(0,src_text/* plural */.LS)(plan.removed.length, 'address')} left the team file but ${plan.removed.length === 1 ? 'was' : 'were'} NOT removed from the org (this action only invites): ${(0,src_text/* listSome */.XT)(plan.removed)}.`
        });
    }
    return out;
}
/** GitHub shows at most 10 error and 10 warning annotations of a step (50 of a job). */
const ANNOTATIONS_PER_KIND = 10;
/**
 * The first `perKind` annotations of each kind (level and title), in order, and for each kind
 * with more, one annotation that counts the rest: a file of a million invalid entries would
 * otherwise write a million workflow commands, which GitHub does not show and which cost
 * seconds and hundreds of MB of log. The counts stay exact; the outputs list every entry.
 */
function capAnnotations(list, perKind) {
    const shown = new Map();
    const kept = [];
    const over = new Map();
    for (const a of list) {
        const kind = `${a.level} ${a.title}`;
        const count = shown.get(kind) ?? 0;
        if (count < perKind) {
            shown.set(kind, count + 1);
            kept.push(a);
        }
        else {
            const more = over.get(kind);
            if (more)
                more.count++;
            else
                over.set(kind, { first: a, count: 1 });
        }
    }
    for (const { first, count } of over.values()) {
        kept.push({
            level: first.level,
            title: `${first.title} (${count} more)`,
            message: `${(0,src_text/* plural */.LS)(count, `more "${first.title}" annotation`)} not shown: only the first ${perKind} of a kind are shown. The step's outputs (emails, errors, skipped) list every entry and the job summary counts them.`
        });
    }
    return kept;
}
function duplicateAnnotation(d, invalid) {
    const first = d.first === undefined ? 'in the emails input' : `at ${(0,src_text/* where */._M)(d.first)}`;
    return {
        level: 'warning',
        title: 'Duplicate address',
        message: `${(0,src_text/* printable */.g$)(d.address)} is listed more than once (first ${first}); ${invalid ? 'it is reported once' : 'it is sent once'}.`,
        location: d.location
    };
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
function toOutputs({ kind, plan, run, groups }) {
    const groupAdditions = Object.create(null);
    for (const item of groups?.sync?.groups ?? []) {
        if (item.state === 'added')
            groupAdditions[item.group] = item.addresses;
    }
    const errors = Object.create(null);
    const skipped = Object.create(null);
    const invited = [];
    for (const result of run.results) {
        if (result.kind === 'error' || result.kind === 'invalid')
            errors[result.address] = result.error;
        else if (result.kind === 'skipped')
            skipped[result.address] = result.reason;
        else if (result.kind === 'invited')
            invited.push(result.address);
    }
    return {
        invitations: run.invitations,
        errors,
        invited,
        skipped,
        // A dry run's addresses are those it would send.
        emails: kind === 'dry-run' ? plan.send : run.sent,
        removed: plan.removed,
        groupAdditions
    };
}

// EXTERNAL MODULE: ./src/report/removals.ts
var removals = __nccwpck_require__(2861);
;// CONCATENATED MODULE: ./src/publish.ts





/** GitHub's limit on a job's outputs (docs: Actions limits). */
const JOB_OUTPUTS_LIMIT = 1024 * 1024;
function annotate(core, a, redact) {
    const properties = { title: a.title };
    if (a.location) {
        properties.file = a.location.file;
        properties.startLine = a.location.line;
        properties.startColumn = a.location.column;
        // GitHub takes a column range only within one line.
        if (a.location.endLine === a.location.line || a.location.endLine === undefined) {
            properties.endColumn = a.location.endColumn;
        }
        properties.endLine = a.location.endLine;
    }
    const message = redact(a.message);
    if (a.level === 'error')
        core.error(message, properties);
    else if (a.level === 'warning')
        core.warning(message, properties);
    else
        core.notice(message, properties);
}
function writeRunAnnotations(core, list, redact) {
    for (const a of list) {
        const properties = a.annotation === undefined ? undefined : { ...a.annotation };
        if (a.level === 'warning')
            core.warning(redact(a.message), properties);
        else
            core.notice(redact(a.message), properties);
    }
}
/** The step fails on an error nobody planned for; its text is redacted like any other. */
function publishUnexpected(error, core, redact, early = []) {
    writeRunAnnotations(core, early, redact);
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(redact(`Unexpected error (please report it): ${text}`));
}
function publishError(error, core, redact, early = []) {
    writeRunAnnotations(core, early, redact);
    if (error.location !== undefined) {
        const { message, location } = error;
        annotate(core, { level: 'error', title: 'Team file', message, location }, redact);
    }
    core.setFailed(redact(error.message));
}
/** Outputs, annotations, summary, the closing log line and the exit status of a run. */
async function publish(outcome, config, core, redact, early = []) {
    writeRunAnnotations(core, early, redact);
    const { plan, run, removal } = outcome;
    const outputs = toOutputs(outcome);
    const counts = (0,messages/* countResults */.aD)(run.results);
    // Removal judges members missing from the addresses given: never an address of the
    // invites, so its entries join the same maps without overwriting one.
    const removalResults = (0,removals/* removalEntries */.tw)(removal);
    const removed = (0,removals/* removalOutputs */.$k)(removalResults);
    let outputBytes = 0;
    const set = (name, value) => {
        const text = redact(typeof value === 'string' ? value : JSON.stringify(value));
        // GitHub measures outputs in UTF-16 code units, two bytes each.
        outputBytes += text.length * 2;
        core.setOutput(name, text);
    };
    set('invitations', outputs.invitations);
    set('errors', { ...outputs.errors, ...removed.errors });
    set('invited', outputs.invited);
    set('skipped', { ...outputs.skipped, ...removed.skipped });
    set('emails', outputs.emails);
    set('removed', outputs.removed);
    set('removed-members', removed.removedMembers);
    set('invited-count', String(counts.invited));
    set('error-count', String(counts.errors + counts.invalid + Object.keys(removed.errors).length));
    set('group-additions', outputs.groupAdditions);
    if (outputBytes > JOB_OUTPUTS_LIMIT) {
        core.warning(`The outputs total ${(outputBytes / 1024 / 1024).toFixed(1)} MB; GitHub keeps at most 1 MB of outputs per job. ` +
            'Map only what later jobs need (such as invited-count and error-count) to job outputs.');
    }
    const shown = capAnnotations(annotations(plan, run, config.failOnErrors, removal !== undefined), ANNOTATIONS_PER_KIND);
    for (const a of shown)
        annotate(core, a, redact);
    if (core.summary !== undefined) {
        // Loaded only when the runner gives a summary file (not in local runs without one).
        const { summaryModel } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7994));
        const model = summaryModel(config.org, config.dryRun, plan, run, undefined, redact, outcome.notes, outcome.groups, removal !== undefined);
        await writeSummary(core.summary, model, redact);
        if (removal !== undefined) {
            const { removalSummary } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2861));
            await writeSummary(core.summary, removalSummary(config.org, removal, redact), redact);
        }
    }
    core.info(redact(config.dryRun
        ? `Dry run: ${counts.wouldInvite} would be invited, ${counts.errors} with errors, ${counts.invalid} invalid, ${counts.skipped} skipped. Nothing was sent.`
        : `Done: ${counts.invited} invited, ${counts.errors} refused, failed or not sent, ${counts.invalid} invalid, ${counts.skipped} skipped.`));
    if (removal !== undefined)
        core.info(redact((0,removals/* removalLogLine */.R_)(removal, removalResults)));
    const message = [
        outcome.kind === 'stopped' ? outcome.cause.message : undefined,
        (0,messages/* failureMessage */.oh)(run, {
            org: config.org,
            failOnErrors: config.failOnErrors,
            keyOrg: (0,src_secrets/* orgOfKey */.N$)(config.token),
            onlyAdded: config.onlyAdded && !config.dryRun,
            configuration: outcome.kind === 'stopped' && outcome.cause.configuration
        }),
        ...(0,messages/* groupSyncFailureLines */.Qs)(outcome.groups?.sync),
        ...(0,removals/* removalFailure */.rI)(removal, config.org)
    ]
        .filter(Boolean)
        .join('\n');
    if (message !== '')
        core.setFailed(redact(message));
}
async function writeSummary(summary, model, redact) {
    const [head, ...body] = model.rows;
    summary
        // Blank lines end the HTML blocks: without them GitHub shows the markdown after a
        // heading or a table as literal text (`**3** invited`).
        .addHeading(redact(model.heading), 2)
        .addEOL()
        .addRaw(redact(model.headline), true)
        .addEOL();
    // No table at all when there are no rows (a removal that judged nobody).
    if (head !== undefined) {
        summary
            .addTable([
            head.map(data => ({ data, header: true })),
            ...body.map(row => row.map(cell => redact(cell)))
        ])
            .addEOL();
    }
    await summary.addRaw(model.notes.map(note => redact(note)).join('\n\n'), true).write();
}

// EXTERNAL MODULE: ./src/team-file/read.ts
var read = __nccwpck_require__(4944);
;// CONCATENATED MODULE: ./src/version.ts
/** Sent in User-Agent; a test keeps it equal to package.json's version. */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/main.ts
// The action's edge: the inputs from @actions/core, the pipeline, then the publisher.









/** Runs the action; any unexpected error fails the step with a redacted message. */
async function run(env = process.env) {
    // Mask first: nothing may be logged before the runner knows what to hide.
    const secrets = [getInput('token') || env.CPLN_TOKEN || '', getInput('github-token')];
    for (const value of secrets)
        for (const form of (0,src_secrets/* secretForms */.eo)(value))
            setSecret(form);
    const redact = (0,src_secrets/* makeRedactor */.$u)(secrets);
    const summary = env.GITHUB_STEP_SUMMARY ? summary_summary : undefined;
    // Notices and warnings of the run, which the publisher writes: the one writer of annotations.
    const early = [];
    try {
        const config = (0,src_config/* readConfig */.Xg)(name => getInput(name), env);
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const io = {
            log: logTo(redact, early),
            redact,
            workspace,
            readTeamFile: relative => (0,read/* readTeamFile */.gu)(workspace, relative),
            github: async () => {
                // @actions/github builds a ProxyAgent as it loads when a proxy is set: undici's parts
                // must be there first (send/undici-on-demand.ts).
                await (0,undici_on_demand.loadUndici)();
                return (await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9248))).gitHubReader(config.githubToken, config.timeoutMs, env);
            },
            http: { userAgent: `cpln-invite-action/${VERSION}`, ...(0,src_config/* retryTiming */.ju)(env) }
        };
        await publish(await runPipeline(config, io), config, { ...core_namespaceObject, summary }, redact, early);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            return publishError(error, core_namespaceObject, redact, early);
        publishUnexpected(error, core_namespaceObject, redact, early);
    }
}
function logTo(redact, early) {
    return {
        info: text => info(redact(text)),
        notice: message => early.push({ level: 'notice', message }),
        warning: (message, annotation) => early.push(annotation === undefined
            ? { level: 'warning', message }
            : { level: 'warning', message, annotation }),
        group: (title, lines) => {
            startGroup(redact(title));
            for (const line of lines)
                info(redact(line));
            endGroup();
        }
    };
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
/* harmony export */   xB: () => (/* binding */ parseMaxRemovals),
/* harmony export */   xG: () => (/* binding */ parseKeep)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_REMOVALS, matchesKeep, removalLimit */
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
        const text = (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(item);
        if (text.startsWith('*@')) {
            const domain = text.slice(2);
            if ((0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAddress */ .l)(`x@${domain}`) === undefined) {
                patterns.push({ kind: 'domain', domain });
                continue;
            }
        }
        else if (!text.includes('*') && (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAddress */ .l)(text) === undefined) {
            patterns.push({ kind: 'address', address: text });
            continue;
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('keep', `Input 'keep' lists ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(item)}, which is neither an email address nor a *@domain pattern. ` +
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
/* harmony export */   C5: () => (/* binding */ unmatchedList),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Qs: () => (/* binding */ groupSyncFailureLines),
/* harmony export */   Rn: () => (/* binding */ retryLine),
/* harmony export */   aD: () => (/* binding */ countResults),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   ol: () => (/* binding */ failedAddresses),
/* harmony export */   qf: () => (/* binding */ groupSyncLines),
/* harmony export */   r5: () => (/* binding */ wrongOrgHint)
/* harmony export */ });
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
        return `${verb} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(addresses.length, 'address')}: ${describeFailure(failure)}. Affected: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(addresses)}.`;
    }
    const idList = ids.length === 0
        ? ''
        : ` (ids ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(ids.map(id => (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(id, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_NAME_MAX_CHARS */ .Qh)), IDS_SHOWN)})`;
    return `${verb} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(addresses.length, 'address')} in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(batches, 'batch')}: ${describeFailure({ ...failure, id: undefined })}${idList}. Affected: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(addresses)}.`;
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
                ? _send_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID_KEY_HINT */ .o
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
        lines.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hidden.length, 'other kind')} of failure affected ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(count, 'more address')}; the errors output and the job summary give each address its error.`);
    }
    const notSent = run.results.filter(r => r.kind === 'error' && r.error.code === 'not_sent');
    if (notSent.length > 0) {
        lines.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notSent.length, 'address')} not sent because ${run.notSentBecause ?? 'of an earlier failure'}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(notSent.map(r => r.address))}.`);
    }
    if (options.failOnErrors) {
        const inFailed = failedAddresses(run);
        const refused = run.results.filter(r => r.kind === 'error' && !inFailed.has(r.address) && r.error.code !== 'not_sent');
        if (refused.length > 0) {
            lines.push(`Control Plane refused ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(refused.length, 'address')} (fail-on-errors is true): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(refused.map(r => r.address))}.`);
        }
        const alone = run.unmatched.filter(u => u.addresses.length === 0);
        if (alone.length > 0) {
            lines.push(`Control Plane refused ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(alone.length, 'key')} that ${alone.length === 1 ? 'is' : 'are'} not an address sent (fail-on-errors is true): ${unmatchedList(alone)}.`);
        }
    }
    const invalid = run.results.filter(r => r.kind === 'invalid');
    if (invalid.length > 0) {
        lines.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(invalid.length, 'invalid address')} not sent: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(invalid.map(r => r.address))}. Fix or remove them; see the annotations.`);
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
            ? `Fix the cause, then catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README) to invite the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notInvited, 'address')} not invited: re-running this job would fail the same way, and ${missed}.`
            : `Re-run this job to retry the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notInvited, 'address')} not invited: ${missed}. ` +
                'Or catch up with a workflow_dispatch run with skip-existing: true over the whole file (see the README).');
    }
    return lines.join('\n');
}
/** `"key" (code - message); ...`: the unmatched refusals, a few of them, each bounded. */
function unmatchedList(refusals) {
    const shown = refusals
        .slice(0, 3)
        .map(r => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(r.key, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_KEY_MAX_CHARS */ ._c)))} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(r.error.code, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_NAME_MAX_CHARS */ .Qh))} - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .cz)(r.error.message, _text_js__WEBPACK_IMPORTED_MODULE_1__/* .API_MESSAGE_MAX_CHARS */ .EV))})`)
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
            ? `could not add ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(item.addresses.length, 'member')} to group '${item.group}'`
            : `could not read group '${item.group}', so ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(item.addresses.length, 'member')} listed in it ${item.addresses.length === 1 ? 'was' : 'were'} not checked or added`;
        const cause = item.failure === undefined ? 'failed' : describeFailure(item.failure);
        lines.push(`sync-groups ${what}: ${cause}. Affected: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(item.addresses)}.${item.hint ? ` ${item.hint}` : ''}`);
    }
    return lines;
}


/***/ }),

/***/ 2861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ removalOutputs),
/* harmony export */   R_: () => (/* binding */ removalLogLine),
/* harmony export */   rI: () => (/* binding */ removalFailure),
/* harmony export */   removalSummary: () => (/* binding */ removalSummary),
/* harmony export */   tw: () => (/* binding */ removalEntries)
/* harmony export */ });
/* unused harmony exports PENDING_INVITATIONS_NOTE, countRemovals */
/* harmony import */ var _addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6328);
/* harmony import */ var _send_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2112);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8992);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3020);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7994);
// What remove-missing reports: one entry per member it judged (removed, would remove, not
// removed by a guard, skipped, failed), from which the outputs, the failure message, the
// closing log line and the summary section are all derived, so that they cannot disagree.





/** Why a guard refused, in a table cell. */
const GUARD_REASONS = {
    'invalid-entry': 'an entry given is invalid',
    'empty-file': 'the team file lists nobody',
    'unreadable-file': 'the team file could not be read',
    'superusers-unreadable': 'the superusers group could not be read',
    'invites-stopped': 'the invites stopped early',
    'max-removals': 'the plan removes more than max-removals allows'
};
const PENDING_INVITATIONS_NOTE = 'Pending invitations cannot be revoked through the API: someone who was invited and left the team file before accepting keeps a valid invitation, and this action cannot see it. ' +
    'Revoke it in the Console under Users, Pending Invites.';
const address = (member) => (0,_addresses_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAddress */ .D)(member.email);
/** One entry per member judged, exactly once each, in the order: removal, kept, superusers. */
function removalEntries(report) {
    if (report === undefined || report.kind === 'skipped' || report.kind === 'failed')
        return [];
    const { plan } = report;
    const entries = [];
    if (report.kind === 'refused') {
        for (const n of report.plan.notRemoved) {
            entries.push({ address: n.address, kind: 'not-removed', guard: n.guard });
        }
    }
    else if (report.kind === 'planned') {
        for (const m of report.plan.remove)
            entries.push({ address: address(m), kind: 'would-remove' });
    }
    else {
        for (const outcome of report.outcomes) {
            const who = address(outcome.member);
            if (outcome.kind === 'removed')
                entries.push({ address: who, kind: 'removed' });
            else if (outcome.kind === 'gone') {
                entries.push({ address: who, kind: 'skipped', reason: 'already-removed' });
            }
            else if (outcome.kind === 'failed') {
                entries.push({ address: who, kind: 'error', error: removalError(outcome.failure) });
            }
            else {
                entries.push({
                    address: who,
                    kind: 'error',
                    error: {
                        code: 'not_removed',
                        message: `not removed: an earlier removal failed (${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(outcome.because)}), so no further members were removed`
                    }
                });
            }
        }
    }
    for (const m of plan.kept)
        entries.push({ address: address(m), kind: 'skipped', reason: 'kept' });
    for (const m of plan.superusers) {
        entries.push({ address: address(m), kind: 'skipped', reason: 'superuser' });
    }
    return entries;
}
/** A DELETE the API answered with a 4xx is refused; anything else failed. */
function removalError(failure) {
    const refused = !failure.retriesExhausted &&
        failure.status !== undefined &&
        failure.status >= 400 &&
        failure.status < 500;
    const error = {
        code: refused ? 'remove_refused' : 'remove_failed',
        message: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(failure)
    };
    if (failure.status !== undefined)
        error.status = failure.status;
    if (failure.id !== undefined)
        error.id = failure.id;
    return error;
}
function removalOutputs(entries) {
    const outputs = {
        removedMembers: [],
        skipped: Object.create(null),
        errors: Object.create(null)
    };
    for (const e of entries) {
        if (e.kind === 'removed')
            outputs.removedMembers.push(e.address);
        else if (e.kind === 'skipped')
            outputs.skipped[e.address] = e.reason;
        else if (e.kind === 'error')
            outputs.errors[e.address] = e.error;
    }
    return outputs;
}
/** The lines removal adds to the step's failure message; empty when it succeeded. */
function removalFailure(report, org) {
    if (report === undefined)
        return [];
    if (report.kind === 'failed')
        return [report.message];
    if (report.kind === 'refused')
        return [report.plan.message];
    if (report.kind !== 'done')
        return [];
    const lines = [];
    const failed = report.outcomes.filter(o => o.kind === 'failed');
    const groups = new Map();
    for (const o of failed) {
        const key = JSON.stringify([o.failure.status, o.failure.code, o.failure.message]);
        const group = groups.get(key) ?? { failure: o.failure, addresses: [] };
        group.addresses.push(address(o.member));
        groups.set(key, group);
    }
    for (const { failure, addresses } of groups.values()) {
        lines.push(`Could not remove ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(addresses.length, 'member')} from org '${org}': ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(failure)}. Affected: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(addresses)}.`);
        if ((0,_send_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .isKeyRefusal */ .U)(failure)) {
            lines.push(`Check that the key is valid and that the service account may remove users from org '${org}' (the 'delete' permission on users).`);
        }
    }
    const notSent = report.outcomes.filter(o => o.kind === 'not-sent');
    if (notSent.length > 0) {
        lines.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notSent.length, 'member')} not removed because an earlier removal failed and the rest would have failed the same way: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listSome */ .XT)(notSent.map(o => address(o.member)))}. Run again once the cause is fixed.`);
    }
    return lines;
}
function countRemovals(entries) {
    const counts = { removed: 0, wouldRemove: 0, notRemoved: 0, skipped: 0, errors: 0 };
    for (const e of entries) {
        if (e.kind === 'removed')
            counts.removed++;
        else if (e.kind === 'would-remove')
            counts.wouldRemove++;
        else if (e.kind === 'not-removed')
            counts.notRemoved++;
        else if (e.kind === 'skipped')
            counts.skipped++;
        else
            counts.errors++;
    }
    return counts;
}
/** The closing log line of removal. */
function removalLogLine(report, entries) {
    const c = countRemovals(entries);
    switch (report.kind) {
        case 'skipped':
            return 'Removal: skipped (see the notice).';
        case 'failed':
            return 'Removal: failed before planning; nobody was removed.';
        case 'refused':
            return `Removal: refused; nobody was removed (${c.notRemoved} not removed, ${c.skipped} skipped).`;
        case 'planned':
            return `Removal plan: ${c.wouldRemove} would be removed, ${c.skipped} skipped. Nobody was removed.`;
        case 'done':
            return `Removal: ${c.removed} removed, ${c.errors} failed or not removed, ${c.skipped} skipped.`;
    }
}
const LABELS = {
    removed: '🗑️ removed',
    'would-remove': '📝 would remove',
    'not-removed': '🛑 not removed',
    skipped: '⏭️ skipped',
    error: '❌ error'
};
const SKIP_DETAILS = {
    kept: 'kept: matches keep',
    superuser: 'superuser: the action never removes superusers; remove by hand if they should go',
    'already-removed': 'already-removed: the member was already gone (HTTP 404)'
};
function detail(e) {
    switch (e.kind) {
        case 'removed':
            return 'removed from the org';
        case 'would-remove':
            return 'missing from the team file; nothing was removed in this run';
        case 'not-removed':
            return `refused: ${GUARD_REASONS[e.guard]}`;
        case 'skipped':
            return SKIP_DETAILS[e.reason];
        case 'error':
            return `${e.error.code}: ${e.error.message}`;
    }
}
/** The summary section of removal. `redact` runs before escaping, as in the main summary. */
function removalSummary(org, report, redact, rowLimit = _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_ROW_LIMIT */ .Oc) {
    const entries = removalEntries(report);
    const c = countRemovals(entries);
    const text = (t) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(redact(t));
    const parts = report.kind === 'planned'
        ? [`**${c.wouldRemove}** would be removed`]
        : report.kind === 'done'
            ? [`**${c.removed}** removed`, `**${c.errors}** ${c.errors === 1 ? 'error' : 'errors'}`]
            : report.kind === 'refused'
                ? [`**refused**: **${c.notRemoved}** not removed`]
                : [`**${report.kind}**`];
    parts.push(`**${c.skipped}** skipped`);
    const rows = entries.length === 0
        ? []
        : [
            ['Member', 'Result', 'Detail'],
            ...entries
                .slice(0, rowLimit)
                .map(e => [(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(redact(e.address)), LABELS[e.kind], (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(redact(detail(e)))])
        ];
    const notes = [];
    if (entries.length === 0 && (report.kind === 'planned' || report.kind === 'done')) {
        notes.push('Every member of the org is in the team file: nobody to remove.');
    }
    if (entries.length > rowLimit) {
        notes.push(`Showing ${rowLimit} of ${entries.length} members. The step outputs list them all.`);
    }
    if (report.kind === 'skipped')
        notes.push(text(report.why));
    else if (report.kind === 'failed')
        notes.push(text(report.message));
    else if (report.kind === 'refused')
        notes.push(text(report.plan.message));
    else if (report.kind === 'planned') {
        notes.push(text(`Plan only (${report.why}): nobody was removed.`));
    }
    notes.push(`**${text('Pending invitations')}**: ${text(PENDING_INVITATIONS_NOTE)}`);
    return {
        heading: `${report.kind === 'planned' ? 'Removal plan' : 'Removal'} (remove-missing) for org ${org}`,
        headline: parts.join(' · '),
        rows,
        notes
    };
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

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Oc: () => (/* binding */ SUMMARY_ROW_LIMIT),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   summaryModel: () => (/* binding */ summaryModel)
/* harmony export */ });
/* unused harmony export SUMMARY_ROW_BYTES */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3020);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8992);


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
runNotes = [], 
/** Each address's group (a Group column when any has one), and sync-groups. */
groups, 
/** remove-missing ran: whether those who left the file were removed is its part to say. */
removeMissing = false) {
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
    const groupOf = groups?.groupOf;
    const withGroups = groupOf !== undefined && [...groupOf.values()].some(g => g !== undefined);
    // An empty cell would come out as an unclosed <td> from core.summary.
    const toRow = (r) => {
        const row = [cell(shown(r.address, CELL_MAX_CHARS)), LABELS[r.kind]];
        if (withGroups)
            row.push(cell(groupOf.get(r.address) ?? '') || '-');
        row.push(cell(shown(detail(r), CELL_MAX_CHARS)) || '-');
        return row;
    };
    const sizeOf = (row) => row.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    // Problems first, so they are never buried under a long list of invitations.
    const ordered = [...listed].sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind]);
    let body = ordered.slice(0, rowLimit).map(toRow);
    let bytes = 0;
    const over = body.findIndex(row => (bytes += sizeOf(row)) > SUMMARY_ROW_BYTES);
    // Too large to show whole even within the row limit (see CELL_MAX_CHARS): as many as fit.
    if (over !== -1)
        body = body.slice(0, Math.max(1, over));
    const rows = [
        withGroups ? ['Address', 'Result', 'Group', 'Detail'] : ['Address', 'Result', 'Detail'],
        ...body
    ];
    const notes = runNotes.map(text => markdownText(shown(text, RUN_NOTE_MAX_CHARS)));
    if (body.length < listed.length) {
        notes.push(`Showing ${body.length} of ${listed.length} addresses, errors first. The step outputs list them all.`);
    }
    if (unchanged > 0) {
        notes.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(unchanged, 'address')} unchanged since the base commit ${unchanged === 1 ? 'is' : 'are'} not listed (skipped: \`unchanged\`).`);
    }
    const noteText = (text) => markdownText(shown(text, NOTE_ITEM_MAX_CHARS));
    if (plan.removed.length > 0) {
        notes.push(`**Removed from the team file** (${removeMissing ? 'the removal below says what happened to the members among them' : 'not removed from the org; this action only invites'}): ${firstOf(plan.removed, a => `<code>${noteText(a)}</code>`)}`);
    }
    if (plan.duplicates.length > 0) {
        notes.push(`**Duplicates** (counted once): ${firstOf(plan.duplicates, d => `${noteText(d.address)}${d.location ? ` (${noteText((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .where */ ._M)(d.location))})` : ''}`)}`);
    }
    if (groups?.sync !== undefined)
        notes.push(...syncNotes(groups.sync, noteText));
    return {
        heading: `${dryRun ? 'Dry run: ' : ''}Control Plane invitations for org ${org}`,
        headline: parts.join(' · '),
        rows,
        notes
    };
}
/** sync-groups in the summary: who was (or would be) added to which group, and what failed. */
function syncNotes(sync, noteText) {
    if (sync.notRun !== undefined) {
        return [`**sync-groups did not run**: ${noteText(sync.notRun.reason)}`];
    }
    if (sync.groups.length === 0) {
        return ['**sync-groups**: every existing member is already in the group their entry names.'];
    }
    const heading = {
        planned: 'Would add to groups** (sync-groups; nothing sent)',
        added: 'Added to groups** (sync-groups)',
        failed: 'Not added to groups** (sync-groups; the request failed)',
        unread: 'Groups not read** (sync-groups; nobody added)'
    };
    const notes = [];
    for (const state of ['failed', 'unread', 'added', 'planned']) {
        const items = sync.groups.filter(item => item.state === state);
        if (items.length === 0)
            continue;
        const parts = items.map(item => {
            const why = item.failure === undefined
                ? ''
                : ` (${noteText(`${item.failure.status === undefined ? '' : `HTTP ${item.failure.status} `}${item.failure.code}`)})`;
            return `<code>${noteText(item.group)}</code>${why}: ${firstOf(item.addresses, a => noteText(a))}`;
        });
        notes.push(`**${heading[state]}: ${parts.join('; ')}`);
    }
    return notes;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ makeRedactor),
/* harmony export */   N$: () => (/* binding */ orgOfKey),
/* harmony export */   Wg: () => (/* binding */ stripBearer),
/* harmony export */   bc: () => (/* binding */ authorizationHeader),
/* harmony export */   eo: () => (/* binding */ secretForms)
/* harmony export */ });
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

/***/ 9470:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let parts;
/** Loads the undici parts (a chunk of their own in the bundle), once. */
async function loadUndici() {
    return (parts ??= await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6548)));
}
/** undici's ProxyAgent, once loadUndici() has run. */
class ProxyAgent {
    constructor(options) {
        if (parts === undefined) {
            throw new Error('undici is not loaded yet: await loadUndici() before building a ProxyAgent');
        }
        return new parts.ProxyAgent(options);
    }
}
/** undici's fetch. */
async function fetch(...args) {
    return (await loadUndici()).fetch(...args);
}


/***/ }),

/***/ 4944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ decodeTeamFile),
/* harmony export */   gq: () => (/* binding */ MAX_TEAM_FILE_BYTES),
/* harmony export */   gu: () => (/* binding */ readTeamFile)
/* harmony export */ });
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    // Only a `..` path segment climbs out; a name such as `..team.yml` is inside.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function readTeamFile(workspace, relative) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative);
    if (!inside(root, target)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('emails-file', `Input 'emails-file' must be a path inside the workspace (${root}), not ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(relative)}.`);
    }
    let realPath;
    try {
        realPath = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('emails-file', `Input 'emails-file' names ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(relative)}, which does not exist in the workspace (${root}). ` +
            'Check the path, and that the repository is checked out (actions/checkout) before this step.');
    }
    if (!inside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), realPath)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('emails-file', `Input 'emails-file' names ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(relative)}, a link that leads outside the workspace; use a regular file in the repository.`);
    }
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(realPath);
    if (!stat.isFile()) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('emails-file', `Input 'emails-file' names ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(relative)}, which is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; give the path of the team file itself.`);
    }
    if (stat.size > MAX_TEAM_FILE_BYTES) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('emails-file', `Input 'emails-file' names ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(relative)}, which is ${stat.size} bytes; the limit is ${MAX_TEAM_FILE_BYTES} bytes.`);
    }
    return {
        content: decodeTeamFile((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(realPath)),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'),
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
