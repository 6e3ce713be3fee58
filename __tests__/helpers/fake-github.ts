// A fake GitHub REST API on 127.0.0.1 for only-added: it serves a team file's content at a
// commit (`repos.getContent` with the raw media type) and answers whether a commit exists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeGitHub {
  url: string
  /** commit -> path -> content; a commit listed with no files exists but holds none of them. */
  commits: Record<string, Record<string, string | Buffer>>
  token: string
  /** Echo the Authorization header in error messages, as a careless server might. */
  echo: boolean
  requests: { path: string; authorization?: string; accept?: string }[]
  close(): Promise<void>
}

export async function startFakeGitHub(
  options: { token?: string; owner?: string; repo?: string } = {}
): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'people'
  const state: FakeGitHub = {
    url: '',
    commits: {},
    token: options.token ?? 'ghs_fakeGitHubTokenValue123',
    echo: false,
    requests: [],
    close: async () => {}
  }
  const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type })
    res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    state.requests.push({
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      accept: req.headers.accept
    })
    if (req.headers.authorization !== `token ${state.token}`) {
      const echoed = state.echo ? ` (got ${req.headers.authorization ?? 'nothing'})` : ''
      return send(res, 401, { message: `Bad credentials${echoed}`, status: '401' })
    }
    const prefix = `/repos/${owner}/${repo}/`
    if (!url.pathname.startsWith(prefix)) return send(res, 404, { message: 'Not Found' })
    const rest = url.pathname.slice(prefix.length)
    if (rest.startsWith('contents/')) {
      // Each segment decoded on its own, as GitHub does: an encoded `/` is not a separator.
      const file = rest
        .slice('contents/'.length)
        .split('/')
        .map(segment => decodeURIComponent(segment))
        .join('/')
      const ref = url.searchParams.get('ref') ?? 'main'
      const content = state.commits[ref]?.[file]
      if (content === undefined) {
        const echoed = state.echo ? ` for ${req.headers.authorization}` : ''
        return send(res, 404, { message: `Not Found${echoed}` })
      }
      return send(res, 200, content, 'application/vnd.github.raw; charset=utf-8')
    }
    if (rest.startsWith('commits/')) {
      const ref = decodeURIComponent(rest.slice('commits/'.length))
      if (state.commits[ref] === undefined) {
        return send(res, 422, { message: `No commit found for SHA: ${ref}` })
      }
      return send(res, 200, ref, 'application/vnd.github.sha; charset=utf-8')
    }
    return send(res, 404, { message: 'Not Found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise<void>(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}
