// An HTTP server on 127.0.0.1 that lists each request it gets (method, URL, headers, body)
// and answers JSON naming the path and method: 404 under /missing, else 200.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SeenRequest {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface EchoServer {
  url: string
  seen: SeenRequest[]
  close(): Promise<void>
}

export async function startEchoServer(): Promise<EchoServer> {
  const seen: SeenRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      res.writeHead(req.url?.startsWith('/missing') ? 404 : 200, {
        'content-type': 'application/json',
        'x-answer': 'yes'
      })
      res.end(JSON.stringify({ path: req.url, method: req.method }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
