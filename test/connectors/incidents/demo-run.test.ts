import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  INCIDENT_COLUMNS,
  NEEDS_ATTENTION_COLUMNS,
  incidentFromRow,
  parseReference,
  readText,
} from '../../../core/incidents';
import { parseCsv } from '../../../core/people/csv';
import { buildIncidentDemo, runIncidentDemo } from '../../../connectors/incidents/demo-run';
import { DEFAULT_SEED, buildSampleSchool } from '../../../connectors/sample-school/generate';
import { DEMO_TIME_ZONE, sampleIncidentYear } from '../../../connectors/sample-school/incidents';
import { samplePeople } from '../../../connectors/sample-school/sample-people';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sos-incident-demo-'));
  folders.push(dir);
  return dir;
}

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

const year = sampleIncidentYear(samplePeople(DEFAULT_SEED), DEFAULT_SEED);
const valid = year.filter((sample) => !sample.flaw);
const malformed = year.filter((sample) => sample.flaw);

let out: string;
let summary: Awaited<ReturnType<typeof runIncidentDemo>>;
const read = (name: string) => readFileSync(join(out, name), 'utf8');

beforeAll(async () => {
  out = freshDir();
  summary = await runIncidentDemo(out);
});

describe('runIncidentDemo', () => {
  it('writes the same bytes on every run', async () => {
    const again = freshDir();
    await runIncidentDemo(again);
    const first = filesOf(out);
    expect(Object.keys(first)).toEqual([
      'actions.csv',
      'alerts.txt',
      'incident-log.csv',
      'needs-attention.csv',
      'termly-summary.html',
    ]);
    expect(filesOf(again)).toEqual(first);
  });

  it('reports what it wrote and the counts of the run', () => {
    expect(summary.written.map((file) => file.path)).toEqual(
      ['incident-log.csv', 'needs-attention.csv', 'actions.csv', 'alerts.txt', 'termly-summary.html'].map((name) =>
        join(out, name),
      ),
    );
    expect(summary.incidentsLogged).toBe(valid.length);
    expect(summary.needsAttention).toBe(2);
    // One email per report: an alert for each logged incident, a Needs Attention notice for each other.
    expect(summary.alertsSent).toBe(year.length);
    expect(summary.chasesSent).toBeGreaterThan(0);
    expect(summary.overdueActions).toBeGreaterThan(0);
    expect(summary.closed).toBeGreaterThan(0);
    expect(summary.closed).toBeLessThan(valid.length);
    expect(summary.summarySent).toBe(true);
    expect(summary.alertErrors).toBe(0);
  });

  it('logs every valid report, in the order reported, with consecutive references', () => {
    const [header, ...rows] = parseCsv(read('incident-log.csv'));
    expect(header).toEqual([...INCIDENT_COLUMNS]);
    expect(rows).toHaveLength(valid.length);
    const incidents = rows.map((row) => {
      const result = incidentFromRow(row, DEMO_TIME_ZONE);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.value;
    });
    expect(incidents.map((incident) => parseReference(incident.reference)?.number)).toEqual(
      valid.map((_, index) => index + 1),
    );
    expect(incidents.map((incident) => incident.description)).toEqual(
      valid.map((sample) => String(sample.raw.description)),
    );
    expect(incidents.filter((incident) => incident.status === 'closed')).toHaveLength(summary.closed);
    // References carry the calendar year they were issued in: the log runs from September to July.
    expect(incidents[0]!.reference).toMatch(/^OS-2025-/);
    expect(incidents[incidents.length - 1]!.reference).toMatch(/^OS-2026-/);
  });

  it('keeps the two malformed reports whole in needs-attention.csv, saying what is wrong', () => {
    const [header, ...rows] = parseCsv(read('needs-attention.csv'));
    expect(header).toEqual([...NEEDS_ATTENTION_COLUMNS]);
    expect(rows).toHaveLength(2);
    const raw = rows.map((row) => JSON.parse(readText(row[3])) as unknown);
    expect(raw).toEqual(malformed.map((sample) => sample.raw));
    const errors = rows.map((row) => row[2]!).join('\n');
    expect(errors).toMatch(/^category: /m);
    expect(errors).toMatch(/^pupils\.1\.yearGroup: /m);
    expect(rows.every((row) => row[1] === 'demo')).toBe(true);
  });

  it('neutralises the description that starts with "=" and every other formula-like cell', () => {
    const formula = valid.find((sample) => String(sample.raw.description).startsWith('='));
    expect(formula).toBeDefined();
    const cells = ['incident-log.csv', 'needs-attention.csv', 'actions.csv'].flatMap((name) =>
      parseCsv(read(name)).flat(),
    );
    expect(cells).toContain(`'${String(formula!.raw.description)}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('sends no pupil name and no description text in any email or the summary page', () => {
    const alerts = read('alerts.txt');
    const page = read('termly-summary.html');
    // The checks below mean something only if the emails are there.
    expect(alerts.match(/^==== email /gm)).toHaveLength(summary.alertsSent + summary.chasesSent + 1);
    expect(alerts).toContain('overdue incident action');
    expect(page).toContain('Summer 2026');
    const names = year.flatMap((sample) => sample.pupilNames);
    expect(names.length).toBeGreaterThan(50);
    for (const text of [alerts, page]) {
      for (const name of names) expect(text).not.toContain(name);
      for (const sample of year) {
        const description = String(sample.raw.description);
        expect(text).not.toContain(description.slice(0, 30));
        expect(text).not.toContain(description.slice(-30));
      }
    }
  });

  it('chases an action whose owner is not an address through the DSL team', () => {
    const actions = parseCsv(read('actions.csv')).slice(1);
    const unowned = actions.find((row) => row[3]!.startsWith('Head of Year') && row[5] === '');
    expect(unowned).toBeDefined();
    const chases = read('alerts.txt')
      .split(/^==== email /m)
      .filter((block) => block.includes('overdue incident action') && block.includes(`${unowned![0]}:`));
    const recipients = chases.map((block) => /^To: (.*)$/m.exec(block)![1]).sort();
    // The DSL team: the safeguarding mailbox and the deputy, one email each.
    expect(recipients).toHaveLength(2);
    expect(recipients).toContain('dsl@oakfield.example.sch.uk');
    expect(recipients.join()).not.toMatch(/Head of Year/);
  });
});

describe('buildIncidentDemo', () => {
  it('draws its pupils from the sample school the demo writes', async () => {
    const pupils = new Map(buildSampleSchool().people.pupils.map((pupil) => [pupil.name, pupil.year]));
    for (const sample of year) for (const name of sample.pupilNames) expect(pupils.has(name)).toBe(true);
    const demo = await buildIncidentDemo();
    const log = demo.files.find((file) => file.name === 'incident-log.csv')!.content;
    expect(log).toBe(read('incident-log.csv'));
  });

  it('gives another year for another seed', async () => {
    const other = await buildIncidentDemo(DEFAULT_SEED + 1);
    const log = other.files.find((file) => file.name === 'incident-log.csv')!.content;
    expect(log).not.toBe(read('incident-log.csv'));
  });
});
