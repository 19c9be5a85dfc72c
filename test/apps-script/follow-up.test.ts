/**
 * After a report: the Online safety menu (add an action, close an incident, send the summary now),
 * the daily chase of overdue actions and the governors' termly summary, through the built project.
 */
import fs from 'node:fs';
import { readText } from '../../core/incidents/cells';
import type { BuiltProject, FakeWorld } from '../fakes';
import { buildProject } from './bundle';
import { DSL, GOVERNORS, report, TEACHER } from './school';
import { formId, logSheet, mailText, rowsOf, setUpWorld } from './world';

let dir: string;
let project: BuiltProject;

beforeAll(() => {
  ({ dir, project } = buildProject());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const PUPIL = 'Riley Nakamura';
const DESCRIPTION = `${PUPIL} was sent abusive messages.`;

/** A world with one logged incident, OS-2026-0001. */
function withIncident(): FakeWorld {
  const world = setUpWorld(project);
  world.submitForm(formId(world), report({ pupils: `${PUPIL}, Y8`, description: DESCRIPTION }), {
    respondent: TEACHER,
  });
  world.runtime.drain();
  world.sent.length = 0;
  return world;
}

function addAction(world: FakeWorld, fields: Record<string, string>): unknown {
  return world.callFromDialog('submitAddAction', [
    {
      reference: 'OS-2026-0001',
      description: `Speak to ${PUPIL}'s parents`,
      owner: TEACHER,
      due: '2026-03-05',
      ...fields,
    },
  ]);
}

describe('the Online safety menu', () => {
  it('is added when the log is opened, with a top-level function behind every item', () => {
    const world = setUpWorld(project);
    world.openSpreadsheet();
    const [menu] = world.menus();
    expect(menu!.caption).toBe('Online safety');
    const items = menu!.entries.flatMap((entry) => (entry.kind === 'item' ? [entry.caption] : []));
    expect(items).toEqual(
      expect.arrayContaining(['Add an action…', 'Close an incident…', 'Send the termly summary now']),
    );
  });

  it('opens the add-action dialog on the incident under the cursor, showing no names or details', () => {
    const world = withIncident();
    const log = logSheet(world, 'Incident Log');
    world.container().setActiveRange(log.getRange(2, 4));
    world.openSpreadsheet();
    world.clickMenu('Online safety', 'Add an action…');
    const [dialog] = world.ui.dialogs;
    expect(dialog!.title).toBe('Add an action');
    expect(dialog!.html).toMatch(/<option value="OS-2026-0001" selected>/);
    expect(dialog!.html).toContain('submitAddAction');
    expect(dialog!.html).not.toContain(PUPIL);
  });

  it('adds numbered actions and refuses ones it cannot chase', () => {
    const world = withIncident();
    expect(addAction(world, {})).toEqual({ ok: true, id: 'OS-2026-0001/1' });
    expect(addAction(world, { due: '2026-04-01' })).toEqual({ ok: true, id: 'OS-2026-0001/2' });
    const refused = addAction(world, { owner: 'not an address', due: '5th March' }) as {
      ok: boolean;
      errors: { path: string }[];
    };
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => e.path).sort()).toEqual(['due', 'owner']);
    expect(addAction(world, { reference: 'OS-2026-0099' })).toMatchObject({
      ok: false,
      errors: [{ path: 'reference' }],
    });
    const actions = rowsOf(logSheet(world, 'Actions'));
    expect(actions.map((row) => row.Action)).toEqual(['OS-2026-0001/1', 'OS-2026-0001/2']);
    expect(readText(actions[0]!['Owner (email)'])).toBe(TEACHER);
  });

  it('closes an incident with outcome, parents, referrals and lessons, once its actions are done', () => {
    const world = withIncident();
    addAction(world, {});
    const close = (fields: Record<string, unknown>) =>
      world.callFromDialog('submitCloseIncident', [
        {
          reference: 'OS-2026-0001',
          outcome: 'Messages reported and removed; sanctions applied.',
          parentsInformed: true,
          referrals: [{ agency: 'police', reference: 'CR/2026/123', date: '2026-03-10' }],
          lessonsLearnt: 'Remind Y8 about reporting routes.',
          ...fields,
        },
      ]) as { ok: boolean; errors?: { path: string }[]; warnings?: string[] };

    expect(close({}).errors!.map((e) => e.path)).toEqual(['actions']);
    const actions = logSheet(world, 'Actions');
    const done = actions.getRange(1, 1, 1, actions.getLastColumn()).getValues()[0]!.indexOf('Done') + 1;
    world.byHand(() => actions.getRange(2, done).setValue('2026-03-09'));
    expect(close({ parentsInformed: false }).errors!.map((e) => e.path)).toEqual(['parentsNotInformedReason']);
    expect(close({})).toMatchObject({ ok: true });

    const [row] = rowsOf(logSheet(world, 'Incident Log'));
    expect(row!.Status).toBe('closed');
    expect(readText(row!['Closed by'])).toBe(DSL);
    expect(row!['Parents informed?']).toBe(true);
    expect(readText(row!.Referrals)).toBe('police | CR/2026/123 | 2026-03-10');
    expect(readText(row!['What happened'])).toBe(DESCRIPTION);
    expect(close({}).errors!.map((e) => e.path)).toEqual(['status']);
  });
});

describe('checkOverdueActions', () => {
  it('chases the owner of an overdue action once a day, without saying what the action is', () => {
    const world = withIncident();
    addAction(world, {});
    addAction(world, { due: '2026-04-01' });
    world.fireClockTriggers('checkOverdueActions');
    world.runtime.drain();
    world.run('checkOverdueActions');
    expect(world.sent).toHaveLength(1);
    expect(world.sent[0]!.to).toEqual([TEACHER]);
    expect(world.sent[0]!.body).toContain('OS-2026-0001/1');
    expect(world.sent[0]!.body).not.toContain('OS-2026-0001/2');
    expect(mailText(world.sent[0]!)).not.toContain(PUPIL);
    expect(rowsOf(logSheet(world, 'Chase Log'))).toHaveLength(1);

    world.advance(24 * 3600 * 1000);
    world.run('checkOverdueActions');
    expect(world.sent).toHaveLength(2);
  });
});

describe('sendTermlySummary', () => {
  it('emails the governors once after the term ends and records it in Summaries', () => {
    const world = withIncident();
    world.setNow('2026-03-30T06:00:00Z');
    world.fireClockTriggers('sendTermlySummary');
    world.runtime.drain();
    world.run('sendTermlySummary');
    expect(world.sent).toHaveLength(1);
    const [summary] = world.sent;
    expect([...summary!.to].sort()).toEqual([...GOVERNORS].sort());
    expect(summary!.htmlBody).toMatch(/<table/);
    expect(mailText(summary!)).not.toContain(PUPIL);
    const rows = rowsOf(logSheet(world, 'Summaries'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Term: 'Spring 2026', Incidents: 1 });
  });

  it('sends a named term again from the menu', () => {
    const world = withIncident();
    world.setNow('2026-03-30T06:00:00Z');
    world.run('sendTermlySummary');
    world.openSpreadsheet();
    world.ui.answers.push({ button: 'OK', text: 'Spring 2026' });
    world.clickMenu('Online safety', 'Send the termly summary now');
    expect(world.sent).toHaveLength(2);
    expect(rowsOf(logSheet(world, 'Summaries'))).toHaveLength(2);
    expect(world.ui.alerts.at(-1)!.prompt).toMatch(/sent to 2 governor/);
  });
});
