/** The Incident Log as a store: references never reissued, rows updated in place around people's edits. */
import { createIncident, parseSubmission, triage, type Incident } from '../../core/incidents';
import { parseProfile, type ResolvedProfile } from '../../core/policy';
import { sheetIncidentStore } from '../../apps-script/incidents/incident-store';
import { setupIncidents } from '../../apps-script/incidents/setup';
import { moduleWorld } from './modules';
import { PROFILE, TEACHER } from './school';

const profile = (() => {
  const result = parseProfile(PROFILE);
  if (!result.ok) throw new Error('test profile is invalid');
  return result.profile;
})();

function incident(reference: string, p: ResolvedProfile = profile): Incident {
  const parsed = parseSubmission({
    reporter: TEACHER,
    reportedAt: '2026-03-10T09:00:00Z',
    occurredAt: '2026-03-09T14:30:00Z',
    location: 'outside-school',
    category: 'cyberbullying',
    immediateRisk: 'no',
    pupils: 'Alex Brown, Y8',
    description: 'Messages.',
  });
  if (!parsed.ok) throw new Error('test submission is invalid');
  return createIncident(parsed.submission, reference, triage(parsed.submission, p.contacts));
}

function setUp() {
  const world = moduleWorld();
  world.byHand(() => setupIncidents(profile));
  const store = () => sheetIncidentStore(SpreadsheetApp.getActiveSpreadsheet()!, 'Europe/London');
  return { world, store };
}

describe('sheetIncidentStore', () => {
  it('never reissues a reference whose row was deleted', () => {
    const { world, store } = setUp();
    world.byHand(() =>
      ['OS-2026-0001', 'OS-2026-0002', 'OS-2026-0003'].forEach((ref) => store().append(incident(ref))),
    );
    world.byHand(() => world.container().getSheetByName('Incident Log')!.deleteRow(4));
    expect(world.byHand(() => store().lastReference())).toBe('OS-2026-0003');
  });

  it('falls back on the rows when the recorded reference is lost, taking the highest', () => {
    const { world, store } = setUp();
    world.byHand(() => ['OS-2026-0002', 'OS-2026-0001'].forEach((ref) => store().append(incident(ref))));
    world.scriptProperties().deleteProperty('SOS_INCIDENT_LAST_REFERENCE');
    expect(world.byHand(() => store().lastReference())).toBe('OS-2026-0002');
  });

  it('updates an incident’s own cells and leaves a column people inserted alone', () => {
    const { world, store } = setUp();
    world.byHand(() => store().append(incident('OS-2026-0001')));
    const sheet = world.container().getSheetByName('Incident Log')!;
    world.byHand(() => {
      sheet.insertColumnsAfter(1, 1);
      sheet.getRange(1, 2, 2, 1).setValues([['My notes'], ['call back Tuesday']]);
    });
    const closed: Incident = {
      ...incident('OS-2026-0001'),
      status: 'closed',
      closure: {
        closedAt: '2026-03-11T10:00:00.000Z',
        closedBy: 'dsl@example.sch.uk',
        outcome: 'Resolved.',
        parentsInformed: true,
        parentsNotInformedReason: '',
        referrals: [],
        lessonsLearnt: 'None.',
      },
    };
    world.byHand(() => store().update(closed));
    expect(sheet.getRange(2, 1, 1, 3).getValues()[0]).toEqual(['OS-2026-0001', 'call back Tuesday', 'closed']);
    expect(world.byHand(() => store().find('OS-2026-0001'))).toMatchObject({
      status: 'closed',
      closure: { outcome: 'Resolved.' },
    });
  });
});
