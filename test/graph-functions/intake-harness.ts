import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { ensureIncidentLists } from '../../connectors/microsoft/incidents/setup';
import { resolveIncidentLists, type IncidentListIds } from '../../connectors/microsoft/incidents/incident-store';
import type { GraphApi } from '../../connectors/microsoft/graph-client';
import { parseProfile, type ResolvedProfile } from '../../core/policy';
import { createIncidentIntake } from '../../graph-functions/src/incidents/intake';
import { defaultTenantFixture, startGraphEmulator, type GraphEmulator } from '../emulators/graph';
import { graphFor, TEST_TOKEN } from '../connectors/microsoft/graph-test-client';

export const SITE = defaultTenantFixture.sites[0]!.id!;
export const MAILBOX = 'safeguarding@example.sch.uk';
export const NOW = new Date('2026-03-04T14:00:00Z');

export function testProfile(): ResolvedProfile {
  const result = parseProfile({
    school: { name: 'Example School', timezone: 'Europe/London' },
    domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
    contacts: {
      dsl: 'dsl@example.sch.uk',
      deputyDsl: ['deputy@example.sch.uk'],
      headteacher: 'head@example.sch.uk',
      chairOfGovernors: 'chair@example.sch.uk',
      dpo: 'dpo@example.sch.uk',
    },
    mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

/** A valid report as the Power Automate flow posts it: labels as Microsoft Forms returns them. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reporter: 'j.smith@example.sch.uk',
    reportedAt: '2026-03-04T13:45:00Z',
    occurredAt: '2026-03-04T12:10:00Z',
    location: 'On a school device or the school network',
    category: 'cyberbullying',
    aboutHeadteacher: 'No',
    adultInvolved: 'No',
    immediateRisk: 'No',
    pupils: 'Alexandra Brownlow, Y8\nSamuel Greenhalgh (Year 9)',
    staff: ['Mr Tobias Whitfield'],
    external: [],
    description: 'Alexandra received threatening messages in the class chat from an anonymous account.',
    evidenceLocation: 'Screenshots held by the head of year',
    actionTaken: 'Spoke to both pupils separately',
    ...overrides,
  };
}

/** Words of the report that must never reach a mail, a log line or a response. */
export const SECRETS = [
  'Alexandra',
  'Brownlow',
  'Samuel',
  'Greenhalgh',
  'Whitfield',
  'threatening',
  'Screenshots',
  'j.smith',
];

export interface Harness {
  readonly emulator: GraphEmulator;
  readonly graph: GraphApi;
  readonly lists: IncidentListIds;
  readonly logs: string[];
  invoke(body: string | Record<string, unknown>): Promise<HttpResponseInit>;
  close(): Promise<void>;
}

/** An emulated tenant with the lists set up, and the intake handler over it, invoked as the host would. */
export async function startIntake(options: { setup?: boolean } = {}): Promise<Harness> {
  const emulator = await startGraphEmulator({ token: TEST_TOKEN });
  const graph = graphFor(emulator);
  if (options.setup !== false) await ensureIncidentLists(graph, SITE);
  const lists = options.setup !== false ? await resolveIncidentLists(graph, SITE) : ({} as IncidentListIds);
  emulator.log.clear();
  const logs: string[] = [];
  const handler = createIncidentIntake({
    settings: { siteId: SITE, mailbox: MAILBOX, profile: testProfile() },
    graph,
    clock: { now: () => NOW },
    pause: () => new Promise((resolve) => setImmediate(resolve)),
  });
  return {
    emulator,
    graph,
    lists,
    logs,
    async invoke(body) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const request = new HttpRequest({
        method: 'POST',
        url: 'https://sos-school.azurewebsites.net/api/incidentIntake',
        headers: { 'content-type': 'application/json' },
        body: { string: text },
      });
      const context = new InvocationContext({
        functionName: 'incidentIntake',
        logHandler: (level, ...args) => logs.push(`${level}: ${args.map(String).join(' ')}`),
      });
      return (await handler(request, context)) as HttpResponseInit;
    },
    close: () => emulator.close(),
  };
}
