// Types of the undici modules that src/send/undici.ts loads one by one: undici publishes
// types for its index only, so each module gets the type of what it exports.
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import type { EnvHttpProxyAgent } from 'undici/types/index.js'
  const EnvHttpProxyAgentClass: typeof EnvHttpProxyAgent
  export default EnvHttpProxyAgentClass
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  import type { ProxyAgent } from 'undici/types/index.js'
  const ProxyAgentClass: typeof ProxyAgent
  export default ProxyAgentClass
}
declare module 'undici/lib/api/index.js' {
  const api: Record<'request' | 'stream' | 'pipeline' | 'upgrade' | 'connect', unknown>
  export default api
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  import type { Dispatcher } from 'undici/types/index.js'
  const DispatcherClass: typeof Dispatcher
  export default DispatcherClass
}
declare module 'undici/lib/web/fetch/index.js' {
  import type { fetch } from 'undici/types/index.js'
  const fetchModule: { fetch: typeof fetch }
  export default fetchModule
}
