/**
 * The termly summary over a generated school year (seeded, so deterministic) that crosses term
 * boundaries, holidays, the clock changes and late reports. Expected figures come from an oracle
 * written here independently: explicit term date ranges and Intl for the London calendar day.
 */
import {
  CATEGORY_IDS,
  LOCATIONS,
  YEAR_GROUPS,
  createIncident,
  sendTermSummary,
  summaryEmail,
  summaryRow,
  termOf,
  termPeriods,
  termToSummarise,
  termlySummary,
  triage,
  type Action,
  type Incident,
  type Submission,
} from '../../../core/incidents';
import { TERMS, profile } from './helpers';
import { MemoryActions, MemoryMailer, MemorySummaries, clockAt } from '../../../connectors/incidents/memory';

const ZONE = 'Europe/London';
const contacts = profile().contacts;

/** Each term's days as the oracle sees them: holidays belong to the term that follows. */
const RANGES: Record<string, [string, string]> = {
  'Autumn 2025': ['2025-09-03', '2025-12-19'],
  'Spring 2026': ['2025-12-20', '2026-03-27'],
  'Summer 2026': ['2026-03-28', '2026-07-22'],
};

const londonDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
const oracleTerm = (iso: string) =>
  Object.entries(RANGES).find(([, [from, to]]) => from <= londonDay(iso) && londonDay(iso) <= to)?.[0];

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Alexandra',
  'Benedikt',
  'Chiamaka',
  'Dmitri',
  'Eilidh',
  'Farhan',
  'Gwendolyn',
  'Hamish',
  'Ifeoluwa',
  'Jolyon',
];
const LAST = ['Quennell', 'Okonkwo', 'Zarzycki', 'Fairweather', 'Abernathy', 'Villanueva', 'Thistlewood', 'Mbatha'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function generateYear(seed: number): { incidents: Incident[]; names: string[] } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const incidents: Incident[] = [];
  const names = new Set<string>();
  let number = 0;
  for (let day = Date.parse('2025-08-25T00:00:00Z'); day < Date.parse('2026-08-10T00:00:00Z'); day += DAY) {
    const count = Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const occurred = day + Math.floor(random() * DAY);
      const roll = random();
      // Most reports the same day; some weeks later; a few months later (crossing terms).
      const delay =
        roll < 0.8 ? random() * 6 * HOUR : roll < 0.95 ? random() * 21 * DAY : 30 * DAY + random() * 90 * DAY;
      const reported = occurred + Math.floor(delay);
      const pupils = Array.from({ length: Math.floor(random() * 4) }, () => {
        const name = `${pick(FIRST)} ${pick(LAST)}`;
        names.add(name);
        return { name, yearGroup: pick(YEAR_GROUPS) };
      });
      const sub: Submission = {
        reporter: 'teacher@example.sch.uk',
        reportedAt: new Date(reported).toISOString(),
        occurredAt: new Date(occurred).toISOString(),
        location: pick(LOCATIONS),
        category: pick(CATEGORY_IDS),
        aboutHeadteacher: false,
        adultInvolved: pick(['yes', 'no', 'not-sure'] as const),
        immediateRisk: random() < 0.05 ? 'yes' : 'no',
        pupils,
        staff: random() < 0.2 ? ['Ms Fairweather-Staff'] : [],
        external: [],
        description: `About ${pupils.map((pupil) => pupil.name).join(' and ')}`,
        evidenceLocation: '',
        actionTaken: '',
      };
      number += 1;
      const incident = createIncident(sub, `OS-2026-${String(number).padStart(4, '0')}`, triage(sub, contacts));
      const closeAfter = random() < 0.7 ? Math.floor(random() * 40) * DAY + 2 * HOUR : undefined;
      incidents.push(
        closeAfter === undefined
          ? incident
          : {
              ...incident,
              status: 'closed',
              closure: {
                closedAt: new Date(reported + closeAfter).toISOString(),
                closedBy: 'dsl@example.sch.uk',
                outcome: 'Resolved',
                parentsInformed: true,
                parentsNotInformedReason: '',
                referrals: [],
                lessonsLearnt: 'none',
              },
            },
      );
    }
  }
  return { incidents, names: [...names, 'Fairweather-Staff'] };
}

function oracle(incidents: readonly Incident[], term: string, asOf: string) {
  const [from, to] = RANGES[term]!;
  const mine = incidents.filter((incident) => oracleTerm(incident.occurredAt) === term);
  const days = (a: string, b: string) =>
    (Date.parse(`${londonDay(b)}T00:00:00Z`) - Date.parse(`${londonDay(a)}T00:00:00Z`)) / DAY;
  const closeDays = mine
    .filter((incident) => incident.closure && incident.closure.closedAt <= asOf)
    .map((incident) => days(incident.reportedAt, incident.closure!.closedAt))
    .sort((a, b) => a - b);
  const mid = Math.floor(closeDays.length / 2);
  return {
    mine,
    total: mine.length,
    category: (id: string) => mine.filter((incident) => incident.category === id).length,
    yearGroup: (group: string) =>
      mine.filter((incident) => incident.pupils.some((pupil) => pupil.yearGroup === group)).length,
    none: mine.filter((incident) => incident.pupils.length === 0).length,
    location: (id: string) => mine.filter((incident) => incident.location === id).length,
    severity: (id: string) => mine.filter((incident) => incident.severity === id).length,
    reportedAfter: mine.filter((incident) => londonDay(incident.reportedAt) > to).length,
    lateReceived: incidents.filter(
      (incident) =>
        from <= londonDay(incident.reportedAt) &&
        londonDay(incident.reportedAt) <= to &&
        londonDay(incident.occurredAt) < from,
    ).length,
    closeDays,
    median:
      closeDays.length === 0
        ? undefined
        : closeDays.length % 2
          ? closeDays[mid]
          : (closeDays[mid - 1]! + closeDays[mid]!) / 2,
  };
}

describe('terms', () => {
  it('periods run from the day after the previous term to the end of the term', () => {
    expect(termPeriods([...TERMS].reverse()).map((period) => [period.term.name, period.from, period.to])).toEqual(
      Object.entries(RANGES).map(([name, [from, to]]) => [name, from, to]),
    );
  });

  it('holidays count in the following term; before the first and after the last term, in none', () => {
    expect(termOf('2025-12-19', TERMS)?.name).toBe('Autumn 2025');
    expect(termOf('2025-12-25', TERMS)?.name).toBe('Spring 2026');
    expect(termOf('2026-04-01', TERMS)?.name).toBe('Summer 2026');
    expect(termOf('2025-08-31', TERMS)).toBeUndefined();
    expect(termOf('2026-07-23', TERMS)).toBeUndefined();
  });

  it('the summary is due once the term has ended, once', () => {
    expect(termToSummarise('2026-03-27', TERMS, [])?.name).toBe('Autumn 2025');
    expect(termToSummarise('2026-03-28', TERMS, [])?.name).toBe('Spring 2026');
    expect(termToSummarise('2026-03-28', TERMS, ['Spring 2026'])).toBeUndefined();
    expect(termToSummarise('2025-09-10', TERMS, [])).toBeUndefined();
  });
});

describe('termlySummary on a generated year', () => {
  const { incidents, names } = generateYear(20260304);
  const now = new Date('2026-08-01T12:00:00Z');
  const actions: Action[] = [
    { id: 'a/1', reference: 'a', description: '', owner: 'x@example.sch.uk', due: '2026-07-01', done: '' },
    { id: 'a/2', reference: 'a', description: '', owner: 'x@example.sch.uk', due: '2026-08-05', done: '' },
    { id: 'a/3', reference: 'a', description: '', owner: 'x@example.sch.uk', due: '2026-06-01', done: '2026-06-02' },
  ];
  const summarise = (termName: string) =>
    termlySummary({ incidents, actions, terms: TERMS, termName, timeZone: ZONE, now });

  it('generates a year that exercises late reports in both directions', () => {
    expect(incidents.length).toBeGreaterThan(300);
    const spring = oracle(incidents, 'Spring 2026', now.toISOString());
    const summer = oracle(incidents, 'Summer 2026', now.toISOString());
    expect(spring.reportedAfter).toBeGreaterThan(0);
    expect(summer.lateReceived).toBeGreaterThan(0);
  });

  it.each(Object.keys(RANGES))('%s matches the oracle', (term) => {
    const summary = summarise(term);
    const expected = oracle(incidents, term, now.toISOString());
    const names = Object.keys(RANGES);
    const previous =
      names.indexOf(term) > 0 ? oracle(incidents, names[names.indexOf(term) - 1]!, now.toISOString()) : undefined;

    expect(summary.total).toEqual({
      current: expected.total,
      previous: previous?.total ?? 0,
      change: expected.total - (previous?.total ?? 0),
    });
    for (const id of CATEGORY_IDS) {
      expect(summary.byCategory[id]).toEqual({
        current: expected.category(id),
        previous: previous?.category(id) ?? 0,
        change: expected.category(id) - (previous?.category(id) ?? 0),
      });
    }
    for (const group of YEAR_GROUPS) expect(summary.byYearGroup[group]).toBe(expected.yearGroup(group));
    expect(summary.byYearGroup.none).toBe(expected.none);
    for (const location of LOCATIONS) expect(summary.byLocation[location]).toBe(expected.location(location));
    for (const severity of ['low', 'medium', 'high', 'critical'] as const) {
      expect(summary.bySeverity[severity]).toBe(expected.severity(severity));
    }
    expect(summary.reportedAfterTerm).toBe(expected.reportedAfter);
    expect(summary.lateReportsReceived).toBe(expected.lateReceived);
    expect(summary.closed).toBe(expected.closeDays.length);
    expect(summary.open).toBe(expected.total - expected.closeDays.length);
    expect(summary.daysToClose.median).toBe(expected.median);
    const mean = expected.closeDays.reduce((sum, days) => sum + days, 0) / expected.closeDays.length;
    expect(summary.daysToClose.mean).toBeCloseTo(mean, 1);
    expect(summary.openActions).toBe(2);
    expect(summary.overdueActions).toBe(1);
  });

  it('counts each incident once across the terms, leaving out only those outside every term', () => {
    const counted = Object.keys(RANGES).reduce((sum, term) => sum + summarise(term).total.current, 0);
    const outside = incidents.filter((incident) => oracleTerm(incident.occurredAt) === undefined).length;
    expect(outside).toBeGreaterThan(0);
    expect(counted + outside).toBe(incidents.length);
  });

  it('the email and the Summaries row contain no names', () => {
    for (const term of Object.keys(RANGES)) {
      const summary = summarise(term);
      const email = summaryEmail(summary, { name: 'Example School', website: 'https://www.example.sch.uk' });
      const everything = [
        email.subject,
        email.text,
        email.html,
        JSON.stringify(summaryRow(summary)),
        JSON.stringify(summary),
      ].join('\n');
      for (const name of names) {
        for (const part of name.split(' ')) expect(everything).not.toContain(part);
      }
    }
  });
});

describe('termlySummary by hand, across the boundaries', () => {
  const at = (occurredAt: string, reportedAt: string, overrides: Partial<Submission> = {}): Incident => {
    const sub: Submission = {
      reporter: 't@example.sch.uk',
      reportedAt,
      occurredAt,
      location: 'outside-school',
      category: 'cyberbullying',
      aboutHeadteacher: false,
      adultInvolved: 'no',
      immediateRisk: 'no',
      pupils: [{ name: 'Pat Doe', yearGroup: 'Y7' }],
      staff: [],
      external: [],
      description: '',
      evidenceLocation: '',
      actionTaken: '',
      ...overrides,
    };
    return createIncident(sub, 'OS-2026-0001', triage(sub, contacts));
  };
  const incidents = [
    // Last evening of spring term (GMT): spring.
    at('2026-03-27T22:30:00Z', '2026-03-27T23:00:00Z'),
    // Easter holiday, reported in the summer term: summer, and not a late report.
    at('2026-04-02T10:00:00Z', '2026-04-14T09:00:00Z'),
    // Spring event reported in summer: spring's figure, "reported after term" there, a late report in summer.
    at('2026-03-20T10:00:00Z', '2026-04-20T09:00:00Z', { category: 'grooming' }),
    // 23:30 UTC on 22 July is 00:30 BST on 23 July: after the last term.
    at('2026-07-22T23:30:00Z', '2026-07-23T08:00:00Z'),
  ];
  const now = new Date('2026-07-30T12:00:00Z');
  const summarise = (termName: string) =>
    termlySummary({ incidents, actions: [], terms: TERMS, termName, timeZone: ZONE, now });

  it('puts each incident in the term it happened in', () => {
    const spring = summarise('Spring 2026');
    const summer = summarise('Summer 2026');
    expect(spring.total.current).toBe(2);
    expect(spring.byCategory.grooming.current).toBe(1);
    expect(spring.reportedAfterTerm).toBe(1);
    expect(spring.lateReportsReceived).toBe(0);
    expect(summer.total).toEqual({ current: 1, previous: 2, change: -1 });
    expect(summer.lateReportsReceived).toBe(1);
    expect(summer.reportedAfterTerm).toBe(0);
  });

  it('says so in the email', () => {
    const email = summaryEmail(summarise('Summer 2026'), { name: 'Example School' });
    expect(email.subject).toBe('Example School: online safety incidents, Summer 2026 (1 incident)');
    expect(email.text).toContain('-1 on last term (2).');
    expect(email.text).toContain('1 report received this term concerned events in earlier terms');
    expect(email.text).toContain('This summary contains no names.');
    expect(email.html).toContain('bgcolor="#2f6fb0"');
    expect(email.html).not.toContain('<svg');
  });

  it('refuses a term that is not in the calendar', () => {
    expect(() => summarise('Winter 2030')).toThrow(/calendar.terms/);
  });
});

describe('sendTermSummary', () => {
  it('emails the governors once after the term ends and keeps a row in Summaries', async () => {
    const mailer = new MemoryMailer();
    const summaries = new MemorySummaries();
    const deps = {
      incidents: { list: () => [] },
      actions: new MemoryActions([]),
      summaries,
      mailer,
      clock: clockAt('2026-03-30T06:00:00Z'),
      profile: profile(),
    };
    const first = await sendTermSummary(deps);
    expect(first).toMatchObject({ sent: true, term: 'Spring 2026', recipients: 2 });
    expect(mailer.sent[0]!.to).toEqual(['gov1@governors.example.org', 'gov2@governors.example.org']);
    expect(summaries.rows[0]![0]).toBe('Spring 2026');
    expect(await sendTermSummary(deps)).toMatchObject({ sent: false });
    expect(mailer.sent).toHaveLength(1);
    // From the menu, a named term is sent again.
    expect(await sendTermSummary({ ...deps, termName: 'Autumn 2025' })).toMatchObject({
      sent: true,
      term: 'Autumn 2025',
    });
  });

  it('says why it sent nothing when the profile has no governors', async () => {
    const base = profile();
    const outcome = await sendTermSummary({
      incidents: { list: () => [] },
      actions: new MemoryActions([]),
      summaries: new MemorySummaries(),
      mailer: new MemoryMailer(),
      clock: clockAt('2026-03-30T06:00:00Z'),
      profile: { ...base, contacts: { ...base.contacts, governors: [] } },
    });
    expect(outcome).toEqual({ sent: false, reason: 'the profile has no contacts.governors' });
  });
});
