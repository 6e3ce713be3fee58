import { describe, expect, it } from '@jest/globals'
import { bounded, boundedKey, ECHO_MAX_CHARS } from '../src/text.js'

describe('bounded', () => {
  it('leaves text up to the limit alone, so no valid address (254 characters) is cut', () => {
    const address = `${'a'.repeat(64)}@${'b'.repeat(186)}.io`
    expect(address.length).toBe(254)
    expect(bounded(address)).toBe(address)
    expect(boundedKey(address)).toBe(address)
    expect(bounded('x'.repeat(ECHO_MAX_CHARS))).toBe('x'.repeat(ECHO_MAX_CHARS))
  })

  it('cuts longer text to its start and gives the original length', () => {
    const text = `ann@${'x'.repeat(2 * 1024 * 1024 - 4)}`
    expect(bounded(text)).toBe(`ann@${'x'.repeat(252)}…(2,097,152 characters)`)
    expect(bounded('x'.repeat(500), 100)).toBe(`${'x'.repeat(100)}…(500 characters)`)
  })

  it('does not cut a surrogate pair in two', () => {
    const text = `${'x'.repeat(9)}🚀${'x'.repeat(20)}`
    expect(bounded(text, 10)).toBe(`${'x'.repeat(9)}…(31 characters)`)
  })

  it('keeps keys of different text distinct, however alike their start and length', () => {
    const a = `${'x'.repeat(1000)}a`
    const b = `${'x'.repeat(1000)}b`
    expect(boundedKey(a)).toMatch(/^x{256}…\(1,001 characters, sha256 [0-9a-f]{12}\)$/)
    expect(boundedKey(a)).not.toBe(boundedKey(b))
    expect(boundedKey(a)).toBe(boundedKey(a))
  })
})
