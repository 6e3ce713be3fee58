// Each address checked by a maintained validator (@hapi/address, what joi uses), with the
// reason for a refusal in words a user can act on.
import { analyzeEmail } from '@hapi/address/dist/email.js'
import { domainToASCII } from 'node:url'

const AT = 64
const QUOTE = 34
const BACKSLASH = 92
const OPEN_PAREN = 40
const CLOSE_PAREN = 41

/** The form in which addresses are compared and sent: trimmed and lowercased, like the CLI. */
export function normaliseAddress(text: string): string {
  // String.prototype.trim already covers a BOM (U+FEFF) and all Unicode white space.
  return text.trim().toLowerCase()
}

/**
 * Checks a normalised address with @hapi/address: an RFC 5321 mailbox of printable ASCII
 * (a dot-atom before the @, a domain of at least two labels). Returns why the address is
 * refused, or undefined.
 */
export function checkAddress(address: string): string | undefined {
  if (address.length === 0) return 'is empty'
  // No Unicode: a look-alike letter would invite the wrong person, and a control character
  // could forge a log line. Unicode domains are refused with their ASCII form shown.
  if (analyzeEmail(address, { allowUnicode: false }) === null) return strayMark(address)
  return describeProblem(address)
}

/**
 * Stricter than RFC 5321, on purpose: marks that a mail server would take but that, in a
 * list written by hand, are left over from the text around the address (a quote, a backtick,
 * a Markdown `*`), and a top-level domain that cannot exist (one character, or digits).
 */
function strayMark(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  for (const mark of ["'", '`', '*']) {
    if (local.startsWith(mark) || local.endsWith(mark)) {
      const kind = mark === '*' ? 'a Markdown mark' : 'a quote'
      return `starts or ends with ${JSON.stringify(mark)} before the @, most likely ${kind} left over from the text it was copied from: remove it`
    }
  }
  const tld = address.slice(address.lastIndexOf('.') + 1)
  if (tld.length === 1)
    return `domain ends in a one-character part (".${tld}"): no top-level domain is that short`
  if (/^\d+$/.test(tld))
    return `domain ends in a part of digits only (".${tld}"): no top-level domain is a number`
  return undefined
}

/** Whether the address passes every check: the validator's and the stricter ones. */
function isAccepted(address: string): boolean {
  return analyzeEmail(address, { allowUnicode: false }) === null && strayMark(address) === undefined
}

/**
 * Whether a quoted string or a comment in the entry holds an @: the scanner reads no address
 * there, so the entry is reported whole. Linear: one pass, comments counted by depth.
 */
function hidesAddress(text: string): boolean {
  let quoted = false
  let depth = 0
  let sawAt = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === BACKSLASH && (quoted || depth > 0)) i++
    else if (quoted) {
      if (code === AT) sawAt = true
      else if (code === QUOTE) {
        if (sawAt) return true
        quoted = false
      }
    } else if (code === OPEN_PAREN) depth++
    else if (depth > 0) {
      if (code === AT) sawAt = true
      else if (code === CLOSE_PAREN && --depth === 0) {
        if (sawAt) return true
      }
    } else if (code === QUOTE) {
      quoted = true
      sawAt = false
    }
    if (!quoted && depth === 0) sawAt = false
  }
  return false
}

/** What a `mailto:` link's address is: up to `?`, percent-encoding read back. */
function mailtoAddress(rest: string): string {
  const query = rest.indexOf('?')
  const target = query < 0 ? rest : rest.slice(0, query)
  try {
    return decodeURIComponent(target)
  } catch {
    return target
  }
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i

/** RFC 5322 atext: what a dot-atom local part may hold besides dots. */
function isAtext(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(code))
  )
}

/** Characters that need a quote, for a message: `", (` and so on, each once, a few at most. */
function listOdd(text: string, isOk: (code: number) => boolean): string {
  const odd: string[] = []
  for (let i = 0; i < text.length && odd.length < 5; i++) {
    const c = text[i] as string
    if (!isOk(text.charCodeAt(i)) && !odd.includes(c)) odd.push(c)
  }
  return odd.map(c => JSON.stringify(c)).join(' ')
}

function isNonAscii(code: number): boolean {
  return code > 0x7e
}

// Why the validator refused an address, in words a user can act on. Only called for an
// address the validator refused; every test is linear in the address's length.
function describeProblem(address: string): string {
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return 'contains control characters'
  }
  if (hidesAddress(address)) {
    return 'has an address inside a quoted name or a comment, where no address is read: write each address as an entry of its own (Name <addr>), outside quotes and parentheses'
  }
  if (address.toLowerCase().startsWith('mailto:')) {
    const target = mailtoAddress(address.slice('mailto:'.length))
    return `starts with "mailto:", which makes a link, not an address: write the address alone${isAccepted(target) ? `, ${target}` : ''}`
  }
  const at = address.indexOf('@')
  if (at < 0) return 'has no @'
  if (address.indexOf('@', at + 1) >= 0) return 'has more than one @'
  if (/\s/.test(address)) return 'contains whitespace'
  if (address.length > 254) return 'is longer than 254 characters'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return 'has nothing before the @'
  if (/[^\x20-\x7e]/.test(local)) {
    return `has non-ASCII characters before the @ (${listOdd(local, c => !isNonAscii(c))}): only ASCII letters, digits and ${"!#$%&'*+-/=?^_`{|}~."} are accepted there`
  }
  if (local.length > 64) return 'has more than 64 characters before the @'
  const odd = listOdd(local, c => c === 0x2e || isAtext(c))
  if (odd !== '') return `has characters that are not allowed before the @: ${odd}`
  if (local.startsWith('.') || local.endsWith('.')) return 'starts or ends with a dot before the @'
  if (local.includes('..')) return 'has two dots in a row before the @'
  if (domain.length === 0) return 'has nothing after the @'
  if (/[^\x20-\x7e]/.test(domain)) {
    const ascii = domainToASCII(domain)
    return ascii === '' || ascii === domain
      ? 'domain has non-ASCII characters and is not a valid international domain name'
      : `domain has non-ASCII characters: if ${domain} is right, write its ASCII form, ${address.slice(0, at)}@${ascii}`
  }
  if (!domain.includes('.')) return 'domain has no dot'
  const labels = domain.split('.')
  for (const label of labels) {
    if (label.length === 0)
      return 'domain has an empty part (two dots in a row, or a dot at an end)'
    if (label.length > 63) return 'domain has a part longer than 63 characters'
    if (!/^[a-z0-9-]+$/i.test(label))
      return 'domain has characters other than letters, digits, hyphens and dots'
    if (!LABEL.test(label)) return 'domain has a part that starts or ends with a hyphen'
  }
  if (!/^[a-z]/i.test(labels[labels.length - 1] as string))
    return 'domain ends in a part that does not start with a letter'
  return 'is not a valid address'
}
