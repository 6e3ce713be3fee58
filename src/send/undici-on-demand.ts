// What the bundle's dependencies get for `import ... from 'undici'`: tsconfig.json maps the
// name here, and ncc applies the mapping when it bundles (actions/toolkit#1621). They import
// @actions/http-client's ProxyAgent (through @actions/core, which builds one only for an OIDC
// token, and @actions/github, when a proxy is set) and @actions/github's fetch. Both load the
// parts in ./undici.ts on first use, so a run that sends nothing, such as a dry run or a plan
// on a pull request, never evaluates undici. A ProxyAgent is built synchronously, and
// @actions/github builds one as it loads when a proxy is set: main.ts awaits loadUndici()
// before it loads the GitHub reader.
// jest does not map the name: there, those packages load undici's index.
// __tests__/send/undici.test.ts checks that this module exports every name they import.
import type * as Parts from './undici.js'

let parts: typeof Parts | undefined

/** Loads the undici parts (a chunk of their own in the bundle), once. */
export async function loadUndici(): Promise<typeof Parts> {
  return (parts ??= await import('./undici.js'))
}

/** undici's ProxyAgent, once loadUndici() has run. */
export class ProxyAgent {
  constructor(options: ConstructorParameters<typeof Parts.ProxyAgent>[0]) {
    if (parts === undefined) {
      throw new Error('undici is not loaded yet: await loadUndici() before building a ProxyAgent')
    }
    return new parts.ProxyAgent(options)
  }
}

/** undici's fetch. */
export async function fetch(
  ...args: Parameters<typeof Parts.fetch>
): ReturnType<typeof Parts.fetch> {
  return (await loadUndici()).fetch(...args)
}
