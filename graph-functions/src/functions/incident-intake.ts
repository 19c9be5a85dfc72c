/**
 * POST /api/incidentIntake (function key required): one incident report as JSON, e.g. from the Power
 * Automate flow in docs/microsoft-incidents.md. Settings are checked when the app starts; if they are
 * wrong every call answers 500 and the log names the settings to fix.
 */
import { app, type HttpHandler, type HttpRequest, type InvocationContext } from '@azure/functions';
import { createGraphFromEnv } from '../../../connectors/microsoft/graph-client';
import { createIncidentIntake } from '../incidents/intake';
import { loadSettings, type Env } from '../settings';

/** The handler the environment describes; exported so it can be built (and tested) with other settings. */
export function incidentIntakeFromEnv(env: Env): HttpHandler {
  const problems: string[] = [];
  const loaded = loadSettings(env);
  if (!loaded.ok) problems.push(...loaded.problems);
  let graph;
  try {
    graph = createGraphFromEnv(env);
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  }
  if (!loaded.ok || graph === undefined) {
    console.error(`incidentIntake: the app settings are not valid:\n  ${problems.join('\n  ')}`);
    return misconfigured(problems);
  }
  return createIncidentIntake({ settings: loaded.settings, graph });
}

function misconfigured(problems: readonly string[]): HttpHandler {
  return (_request: HttpRequest, context: InvocationContext) => {
    context.error(`incidentIntake: the app settings are not valid:\n  ${problems.join('\n  ')}`);
    return {
      status: 500,
      jsonBody: { error: 'misconfigured', message: 'the function app settings are not valid; see the function log' },
    };
  };
}

export const incidentIntake: HttpHandler = incidentIntakeFromEnv(process.env);

app.http('incidentIntake', { methods: ['POST'], authLevel: 'function', handler: incidentIntake });
