import { createIncident, parseSubmission, triage, type Incident } from '../../../core/incidents';
import { ensureIncidentLists } from '../../../connectors/microsoft/incidents/setup';
import {
  resolveIncidentLists,
  SharePointIncidentStore,
  IncidentListsMissingError,
} from '../../../connectors/microsoft/incidents/incident-store';
import { defaultTenantFixture, startGraphEmulator, type GraphEmulator } from '../../emulators/graph';
import { graphFor, TEST_TOKEN } from './graph-test-client';

const SITE = defaultTenantFixture.sites[0]!.id!;
let emulator: GraphEmulator;
beforeEach(async () => (emulator = await startGraphEmulator({ token: TEST_TOKEN })));
afterEach(() => emulator.close());

function incident(reference: string): Incident {
  const parsed = parseSubmission({
    reporter: 'j.smith@example.sch.uk',
    reportedAt: '2026-03-04T13:45:00Z',
    occurredAt: '2026-03-04T12:10:00Z',
    location: 'outside-school',
    category: 'nudes-sharing',
    adultInvolved: 'not-sure',
    immediateRisk: 'no',
    pupils: [{ name: 'Alex Brown', yearGroup: 'Y10' }],
    staff: ['Ms Kay'],
    description: '+44 number shared; "quoted" text\nsecond line',
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return createIncident(
    parsed.submission,
    reference,
    triage(parsed.submission, { deputyDsl: [], it: [], office: [], governors: [], dsl: 'dsl@example.sch.uk' }),
  );
}

async function store() {
  const graph = graphFor(emulator);
  await ensureIncidentLists(graph, SITE);
  return new SharePointIncidentStore({
    graph,
    siteId: SITE,
    lists: await resolveIncidentLists(graph, SITE),
    timeZone: 'Europe/London',
  });
}

describe('SharePointIncidentStore', () => {
  it('reads back what it appended, and replaces an incident by reference', async () => {
    const s = await store();
    const original = incident('OS-2026-0007');
    await s.withLock(async () => {
      expect(await s.lastReference()).toBeUndefined();
      await s.append(original);
    });
    expect(await s.list()).toEqual([original]);
    await expect(s.withLock(() => s.lastReference())).resolves.toBe('OS-2026-0007');

    const closed: Incident = {
      ...original,
      status: 'closed',
      closure: {
        closedAt: '2026-03-10T09:00:00Z',
        closedBy: 'dsl@example.sch.uk',
        outcome: 'Resolved with parents',
        parentsInformed: true,
        parentsNotInformedReason: '',
        referrals: [{ agency: 'police', reference: 'CR-1', date: '2026-03-05' }],
        lessonsLearnt: '',
      },
    };
    await s.update(closed);
    expect(await s.list()).toEqual([closed]);
    expect(emulator.tenant.itemFields(SITE, 'Incident Log')[0]).toMatchObject({
      parentsInformed: true,
      status: 'closed',
    });
  });

  it('refuses append without a counter read in the same attempt', async () => {
    const s = await store();
    await expect(s.withLock(() => s.append(incident('OS-2026-0001')))).rejects.toThrow(/lastReference/);
    expect(emulator.tenant.itemFields(SITE, 'Incident Log')).toHaveLength(0);
  });

  it('says to run setup when the lists are missing', async () => {
    await expect(resolveIncidentLists(graphFor(emulator), SITE)).rejects.toThrow(IncidentListsMissingError);
    await expect(resolveIncidentLists(graphFor(emulator), SITE)).rejects.toThrow(/sos setup microsoft incidents/);
  });
});
