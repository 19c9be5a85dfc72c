/**
 * Form submissions through the built project, many at once: Apps Script runs each form-submit trigger
 * as its own execution, in parallel. The fakes interleave them at service calls (seeded), so a
 * handler that read the last reference without the script lock would issue it twice.
 */
import fs from 'node:fs';
import { readText } from '../../core/incidents/cells';
import type { BuiltProject, FakeWorld } from '../fakes';
import { buildProject } from './bundle';
import { DEPUTY, DSL, HEAD, IT, report, TEACHER, title } from './school';
import { formId, logSheet, mailText, rowsOf, setUpWorld } from './world';

let dir: string;
let project: BuiltProject;

beforeAll(() => {
  ({ dir, project } = buildProject());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Kind {
  readonly answers: { category: string; location: string; immediateRisk: string };
  readonly recipients: readonly string[];
  readonly severity: string;
}

/** Three routes through triage, with who the policy says is alerted on each. */
const KINDS: readonly Kind[] = [
  {
    answers: { category: 'Cyberbullying', location: 'Outside school', immediateRisk: 'No' },
    recipients: [DSL, DEPUTY],
    severity: 'medium',
  },
  {
    answers: {
      category: 'Inappropriate content accessed',
      location: 'On a school device or the school network',
      immediateRisk: 'No',
    },
    recipients: [DSL, DEPUTY, IT],
    severity: 'medium',
  },
  {
    answers: { category: 'Cyberbullying', location: 'Outside school', immediateRisk: 'Yes' },
    recipients: [DSL, DEPUTY, HEAD],
    severity: 'critical',
  },
];

const FORMULA_LIKE = [
  '=HYPERLINK("https://evil.example/x","click")',
  '+44 7700 900123 called her',
  '-1+2',
  '@SUM(A1:A9)',
];

function pupilName(i: number): string {
  return `Jordan${String.fromCharCode(65 + (i % 26))}${i} Okafor`;
}

function description(i: number): string {
  if (i < FORMULA_LIKE.length) return FORMULA_LIKE[i]!;
  return `${pupilName(i)} was sent threatening messages (report ${i}).`;
}

function submit(world: FakeWorld, i: number): void {
  const kind = KINDS[i % KINDS.length]!;
  world.submitForm(
    formId(world),
    report({ ...kind.answers, pupils: `${pupilName(i)}, Y${7 + (i % 5)}`, description: description(i) }),
    { respondent: TEACHER },
  );
}

describe('50 submissions at once', () => {
  let world: FakeWorld;

  beforeAll(() => {
    world = setUpWorld(project);
    world.run('setup');
    for (let i = 0; i < 50; i++) submit(world, i);
    world.runtime.drain({ seed: 20260310, preemption: 0.3, maxConcurrent: 4 });
  });

  it('ran every trigger to the end, some of them after waiting for another to release the lock', () => {
    const runs = world.runtime.finished.filter((e) => e.functionName === 'onIncidentSubmit');
    expect(runs).toHaveLength(50);
    expect(runs.filter((e) => e.state !== 'done').map((e) => String(e.error))).toEqual([]);
    expect(runs.some((e) => e.attempts > 1)).toBe(true);
    expect(world.warnings).toEqual([]);
  });

  it('logs 50 rows with 50 unique, consecutive references', () => {
    const rows = rowsOf(logSheet(world, 'Incident Log'));
    expect(rows).toHaveLength(50);
    const references = rows.map((row) => String(row.Reference)).sort();
    const expected = Array.from({ length: 50 }, (_, i) => `OS-2026-${String(i + 1).padStart(4, '0')}`);
    expect(references).toEqual(expected);
    expect(world.scriptProperties().getProperty('SOS_INCIDENT_LAST_REFERENCE')).toBe('OS-2026-0050');
  });

  it('keeps each report whole in its own row', () => {
    const rows = rowsOf(logSheet(world, 'Incident Log'));
    const described = new Set(rows.map((row) => readText(row['What happened'])));
    for (let i = 0; i < 50; i++) expect(described.has(description(i))).toBe(true);
    for (const row of rows) {
      const i = Number(/report (\d+)/.exec(String(row['What happened']))?.[1] ?? -1);
      if (i >= 0) expect(String(row.Pupils)).toContain(pupilName(i));
    }
  });

  it('sends one alert per incident, to the people the policy names for it', () => {
    const rows = rowsOf(logSheet(world, 'Incident Log'));
    expect(world.sent).toHaveLength(50);
    for (const row of rows) {
      const text = readText(row['What happened']);
      const i = FORMULA_LIKE.includes(text) ? FORMULA_LIKE.indexOf(text) : Number(/report (\d+)/.exec(text)![1]);
      const kind = KINDS[i % KINDS.length]!;
      const alerts = world.sent.filter((mail) => mail.subject.includes(String(row.Reference)));
      expect(alerts).toHaveLength(1);
      expect([...alerts[0]!.to].sort()).toEqual([...kind.recipients].sort());
      expect(row.Severity).toBe(kind.severity);
      expect(alerts[0]!.subject).toContain(kind.severity.toUpperCase());
      expect(alerts[0]!.body).toContain(kind.answers.category);
      expect(alerts[0]!.body).toContain(world.container().getUrl());
    }
  });

  it('puts no description, pupil name or reporter in any alert or log line', () => {
    const everything = [...world.sent.map(mailText), ...world.logs.map((line) => line.text)].join('\n');
    for (let i = 0; i < 50; i++) {
      expect(everything).not.toContain(pupilName(i));
      expect(everything).not.toContain(description(i));
    }
    expect(everything).not.toContain(TEACHER);
  });

  it('stores descriptions that look like formulas as text', () => {
    const sheet = logSheet(world, 'Incident Log');
    const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf('What happened') + 1;
    const cells = sheet.getRange(2, column, 50, 1);
    expect(
      cells
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    const values = cells.getValues().flat();
    expect(values.every((value) => typeof value === 'string')).toBe(true);
    for (const text of FORMULA_LIKE) expect(values.map(readText)).toContain(text);
  });
});

describe('a report that cannot be logged as it is', () => {
  it('is kept whole in Needs Attention and the DSL team is told, without the detail', () => {
    const world = setUpWorld(project);
    const answers = report({ description: 'Sam Patel was threatened.', pupils: 'Sam Patel, Y9' });
    delete answers[title('description')];
    answers[title('pupils')] = 'Sam Patel, year nine-ish';
    world.submitForm(formId(world), answers, { respondent: TEACHER, enforce: false });
    const [run] = world.runtime.drain();
    expect(run!.state).toBe('done');

    expect(rowsOf(logSheet(world, 'Incident Log'))).toEqual([]);
    const [kept] = rowsOf(logSheet(world, 'Needs Attention'));
    const raw = JSON.parse(readText(kept!['The report as received'])) as Record<string, unknown>;
    expect(raw).toMatchObject({ reporter: TEACHER, category: 'Cyberbullying', pupils: 'Sam Patel, year nine-ish' });
    expect(String(kept!['What needs fixing'])).toMatch(/description/);
    expect(kept!.From).toBe('google-form');

    expect(world.sent).toHaveLength(1);
    expect([...world.sent[0]!.to].sort()).toEqual([DEPUTY, DSL]);
    expect(mailText(world.sent[0]!)).not.toContain('Sam Patel');
    // No reference was used up: the next good report is still number one.
    world.submitForm(formId(world), report(), { respondent: TEACHER });
    world.runtime.drain();
    expect(rowsOf(logSheet(world, 'Incident Log'))[0]!.Reference).toBe('OS-2026-0001');
  });

  it('goes to Needs Attention with the answer it could not place when the form was changed by hand', () => {
    const world = setUpWorld(project);
    world.form(formId(world)).addTextItem().setTitle('Room number');
    world.submitForm(formId(world), { ...report(), 'Room number': 'B12' }, { respondent: TEACHER });
    world.runtime.drain();
    expect(rowsOf(logSheet(world, 'Incident Log'))).toEqual([]);
    const [kept] = rowsOf(logSheet(world, 'Needs Attention'));
    expect(JSON.parse(readText(kept!['The report as received']))).toMatchObject({
      unmappedAnswers: { 'Room number': 'B12' },
      description: 'Alex Brown was sent abusive messages in a group chat.',
    });
  });

  it('is kept in Needs Attention when the lock never comes free, and the DSL team is told', () => {
    const world = setUpWorld(project);
    world.lockTimeouts = true;
    world.submitForm(formId(world), report({ description: 'Kim Lee was sent a threat.' }), { respondent: TEACHER });
    const [run] = world.whileLocked(() => world.runtime.drain());
    expect(run!.state).toBe('done');
    expect(rowsOf(logSheet(world, 'Incident Log'))).toEqual([]);
    const [kept] = rowsOf(logSheet(world, 'Needs Attention'));
    expect(String(kept!['What needs fixing'])).toMatch(/could not be logged automatically: Lock timeout/);
    expect(readText(kept!['The report as received'])).toContain('Kim Lee was sent a threat.');
    expect(world.sent.map((mail) => mail.subject)).toEqual([expect.stringMatching(/needs attention/)]);
    expect(mailText(world.sent[0]!)).not.toContain('Kim Lee');
  });
});
