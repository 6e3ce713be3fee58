// The action's edge: the inputs from @actions/core, the pipeline, then the publisher.
import * as core from '@actions/core'
import { readConfig, retryTiming } from './config.js'
import { ActionError } from './errors.js'
import { runPipeline, type Log, type PipelineIo } from './pipeline.js'
import { publish, publishError, publishUnexpected, type RunAnnotation } from './publish.js'
import { makeRedactor, secretForms } from './secrets.js'
import { loadUndici } from './send/undici-on-demand.js'
import { readTeamFile } from './team-file/read.js'
import { VERSION } from './version.js'

type Env = Record<string, string | undefined>

/** Runs the action; any unexpected error fails the step with a redacted message. */
export async function run(env: Env = process.env): Promise<void> {
  // Mask first: nothing may be logged before the runner knows what to hide.
  const secrets = [core.getInput('token') || env.CPLN_TOKEN || '', core.getInput('github-token')]
  for (const value of secrets) for (const form of secretForms(value)) core.setSecret(form)
  const redact = makeRedactor(secrets)
  const summary = env.GITHUB_STEP_SUMMARY ? core.summary : undefined
  // Notices and warnings of the run, which the publisher writes: the one writer of annotations.
  const early: RunAnnotation[] = []
  try {
    const config = readConfig(name => core.getInput(name), env)
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const io: PipelineIo = {
      log: logTo(redact, early),
      redact,
      workspace,
      readTeamFile: relative => readTeamFile(workspace, relative),
      github: async () => {
        // @actions/github builds a ProxyAgent as it loads when a proxy is set: undici's parts
        // must be there first (send/undici-on-demand.ts).
        await loadUndici()
        return (await import('./github.js')).gitHubReader(config.githubToken, config.timeoutMs, env)
      },
      http: { userAgent: `cpln-invite-action/${VERSION}`, ...retryTiming(env) }
    }
    await publish(await runPipeline(config, io), config, { ...core, summary }, redact, early)
  } catch (error) {
    if (error instanceof ActionError) return publishError(error, core, redact, early)
    publishUnexpected(error, core, redact, early)
  }
}

function logTo(redact: (text: string) => string, early: RunAnnotation[]): Log {
  return {
    info: text => core.info(redact(text)),
    notice: message => early.push({ level: 'notice', message }),
    warning: (message, annotation) =>
      early.push(
        annotation === undefined
          ? { level: 'warning', message }
          : { level: 'warning', message, annotation }
      ),
    group: (title, lines) => {
      core.startGroup(redact(title))
      for (const line of lines) core.info(redact(line))
      core.endGroup()
    }
  }
}
