// Helper of `npm run bench`: the smallest action that uses the same libraries as this one
// (@actions/core for the runner protocol, undici's EnvHttpProxyAgent for HTTP) and sends the
// same request. Bundled with ncc like dist/, it is the start-up floor for these dependencies:
// the same parts of undici as the action (src/send/undici.ts), and tsconfig.json's `paths`
// give @actions/core's undici import the same stand-in (src/send/undici-on-demand.ts).
import * as core from '@actions/core'
import { EnvHttpProxyAgent, request } from '../src/send/undici.ts'

const dispatcher = new EnvHttpProxyAgent()
const org = encodeURIComponent(core.getInput('org'))
const response = await request(`${core.getInput('api-url')}/org/${org}/user/-invite`, {
  method: 'POST',
  dispatcher,
  headers: {
    authorization: `Bearer ${core.getInput('token')}`,
    'content-type': 'application/json',
    accept: 'application/json'
  },
  body: JSON.stringify({ emails: core.getInput('emails').split(',') })
})
const body = /** @type {{ invitations?: object }} */ (await response.body.json())
core.setOutput('invited-count', String(Object.keys(body.invitations ?? {}).length))
await dispatcher.destroy()
