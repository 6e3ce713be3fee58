// A CONNECT proxy on 127.0.0.1, as a corporate proxy is: it tunnels each CONNECT to the host
// and port asked for (or, with `tunnelTo`, to that host: names that only the proxy can
// resolve) and lists the tunnels it opened. A plain request through it is answered 502 and
// listed as 'plain request'.
import { createServer, type IncomingMessage } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  url: string
  tunnels: string[]
  close(): Promise<void>
}

export async function startConnectProxy(
  options: { tunnelTo?: string } = {}
): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const server = createServer((_req, res) => {
    tunnels.push('plain request')
    res.writeHead(502).end()
  })
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), options.tunnelTo ?? host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
