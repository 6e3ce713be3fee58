import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import {
  authorizationHeader,
  makeRedactor,
  orgOfKey,
  secretForms,
  stripBearer
} from '../src/secrets.js'

/** A key shaped like a service account key of `org`. */
const keyOf = (org: string, sa = 'deployer'): string =>
  `s1.${Buffer.from(`${org}.${sa}.x`).toString('base64url')}.Zm9vYmFyYmF6c2VjcmV0`

const KEY = keyOf('acme')

describe('stripBearer and authorizationHeader', () => {
  it('adds Bearer only when the key lacks it, whatever its case and spacing', () => {
    expect(authorizationHeader(KEY)).toBe(`Bearer ${KEY}`)
    expect(authorizationHeader(`Bearer ${KEY}`)).toBe(`Bearer ${KEY}`)
    expect(authorizationHeader(`bearer ${KEY}`)).toBe(`Bearer ${KEY}`)
    expect(authorizationHeader(`  BEARER \t ${KEY}  `)).toBe(`Bearer ${KEY}`)
    expect(authorizationHeader(`\n${KEY}\n`)).toBe(`Bearer ${KEY}`)
  })

  it('does not take a key that merely starts with the letters "bearer" for the prefix', () => {
    expect(stripBearer('bearerish-key')).toBe('bearerish-key')
    expect(authorizationHeader('bearerish-key')).toBe('Bearer bearerish-key')
  })
})

describe('secretForms', () => {
  it('lists the key as given, bare and with Bearer, longest first', () => {
    const forms = secretForms(`bearer ${KEY}`)
    expect(forms).toEqual(expect.arrayContaining([`bearer ${KEY}`, KEY, `Bearer ${KEY}`]))
    const lengths = forms.map(f => f.length)
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a))
    expect(new Set(forms).size).toBe(forms.length)
  })

  it('adds the URL-escaped and JSON-escaped forms of a key with special characters', () => {
    const key = 'ab+c/d=e"f\\g'
    const forms = secretForms(key)
    expect(forms).toContain(key)
    expect(forms).toContain(encodeURIComponent(key))
    expect(forms).toContain('ab+c/d=e\\"f\\\\g')
    expect(forms).toContain(encodeURIComponent(`Bearer ${key}`))
  })

  it('has nothing to hide for an empty or blank key', () => {
    expect(secretForms('')).toEqual([])
    expect(secretForms('   \n')).toEqual([])
  })

  // `token: Bearer ${{ secrets.CPLN_TOKEN }}` with an unset secret gives "Bearer": there is
  // no key, and the word "Bearer" must not be hidden from every message as if it were one.
  it('takes a lone "Bearer" for no key at all', () => {
    expect(stripBearer('Bearer')).toBe('')
    expect(stripBearer('  bearer  ')).toBe('')
    expect(secretForms('Bearer')).toEqual([])
    expect(makeRedactor(['Bearer'])('Authorization: Bearer abc')).toBe('Authorization: Bearer abc')
  })

  it('never lists a form shorter than 4 characters (it would mangle ordinary text)', () => {
    expect(secretForms('abc')).not.toContain('abc')
    expect(secretForms('abc')).toContain('Bearer abc')
    for (const form of secretForms('k')) expect(form.length).toBeGreaterThanOrEqual(4)
    expect(makeRedactor(['abc'])('abc is a common word')).toBe('abc is a common word')
  })
})

describe('makeRedactor', () => {
  const redact = makeRedactor([KEY])

  it('hides the bare key and the whole Bearer form, every time it occurs', () => {
    expect(redact(`Authorization: Bearer ${KEY}`)).toBe('Authorization: ***')
    expect(redact(`key=${KEY}, again ${KEY}.`)).toBe('key=***, again ***.')
    expect(redact('nothing secret here')).toBe('nothing secret here')
  })

  it('hides the key when the configured value carries the Bearer prefix', () => {
    const r = makeRedactor([`Bearer ${KEY}`])
    expect(r(`token ${KEY}`)).toBe('token ***')
    expect(r(`Bearer ${KEY}`)).toBe('***')
  })

  it('hides URL-escaped and JSON-escaped echoes', () => {
    const key = 'k3y+with/odd="chars"'
    const r = makeRedactor([key])
    expect(r(`https://x.example/?t=${encodeURIComponent(key)}&a=1`)).toBe(
      'https://x.example/?t=***&a=1'
    )
    expect(r(JSON.stringify({ echoed: key }))).toBe('{"echoed":"***"}')
    expect(r(JSON.stringify({ auth: `Bearer ${key}` }))).toBe('{"auth":"***"}')
    expect(r(`Bearer%20${encodeURIComponent(key)}`)).toBe('***')
  })

  it('hides several secrets and ignores empty ones', () => {
    const r = makeRedactor(['', KEY, 'ghp_0123456789abcdef'])
    expect(r(`${KEY} and ghp_0123456789abcdef`)).toBe('*** and ***')
  })

  it('is the identity when there is no secret', () => {
    const r = makeRedactor(['', '  '])
    expect(r('Bearer abc ***')).toBe('Bearer abc ***')
  })

  it('never leaves the key in any text that contains it (property)', () => {
    const key = fc.string({ minLength: 8, maxLength: 40 }).filter(k => k.trim() === k && k !== '')
    fc.assert(
      fc.property(key, fc.string(), fc.string(), (k, before, after) => {
        const bare = stripBearer(k)
        fc.pre(bare.length >= 4)
        const out = makeRedactor([k])(`${before}${bare}${after}`)
        expect(out.includes(bare)).toBe(false)
      })
    )
  })
})

describe('orgOfKey', () => {
  it('reads the org out of a service account key, with or without Bearer', () => {
    expect(orgOfKey(KEY)).toBe('acme')
    expect(orgOfKey(`Bearer ${keyOf('my-org-2')}`)).toBe('my-org-2')
  })

  it('gives undefined for anything that is not such a key', () => {
    expect(orgOfKey('')).toBeUndefined()
    expect(orgOfKey('plain-api-key')).toBeUndefined()
    expect(orgOfKey('s1..sig')).toBeUndefined()
    expect(orgOfKey(`s1.${Buffer.from('Not_An_Org.sa.x').toString('base64url')}.sig`)).toBe(
      undefined
    )
    expect(orgOfKey(`s1.${Buffer.from('-bad.sa.x').toString('base64url')}.sig`)).toBeUndefined()
    expect(orgOfKey('s1.%%%%.sig')).toBeUndefined()
  })
})
