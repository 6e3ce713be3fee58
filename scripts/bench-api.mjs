// Helper of `npm run bench` (scripts/bench.mjs) for BENCH_API=child: runs the local
// Control Plane API (tools/local-api.mjs) in its own process and answers the bench over IPC,
// so that the API's work is not done on the event loop that times the runs.
// Started with `fork(this file, [JSON options])`; never run by hand.
import { startLocalApi } from '../tools/local-api.mjs'

if (typeof process.send !== 'function') {
  console.error('bench-api.mjs is started by scripts/bench.mjs (BENCH_API=child), not by hand.')
  process.exit(2)
}

const options = JSON.parse(process.argv[2] ?? '{}')
let count = 0
const api = await startLocalApi({ ...options, log: () => count++ })

/** @param {unknown} message */
const send = message => process.send?.(message)

process.on('message', async message => {
  const { id, type } = message ?? {}
  try {
    if (type === 'configure') api.configure(message.patch ?? {})
    else if (type === 'reset') {
      api.reset()
      count = 0
    } else if (type === 'stats') {
      send({ id, ok: true, count, requests: message.withRequests ? api.requests : undefined })
      return
    } else if (type === 'close') {
      await api.close()
      send({ id, ok: true })
      process.disconnect()
      return
    }
    send({ id, ok: true })
  } catch (error) {
    send({ id, ok: false, error: String(error) })
  }
})
// The bench going away (even killed) ends this process too.
process.on('disconnect', () => {
  api.close().finally(() => process.exit(0))
})
send({ type: 'ready', url: api.url })
