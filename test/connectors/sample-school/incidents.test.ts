import { CATEGORY_IDS, localDate, parseSubmission, termOf } from '../../../core/incidents';
import { DEFAULT_SEED } from '../../../connectors/sample-school/generate';
import { DEMO_TIME_ZONE, DEMO_TODAY, sampleIncidentYear } from '../../../connectors/sample-school/incidents';
import { TERMS } from '../../../connectors/sample-school/profile';
import { samplePeople } from '../../../connectors/sample-school/sample-people';

const people = samplePeople(DEFAULT_SEED);
const year = sampleIncidentYear(people, DEFAULT_SEED);
const day = (iso: unknown) => localDate(String(iso), DEMO_TIME_ZONE);

describe('sampleIncidentYear', () => {
  it('is the same year for the same seed', () => {
    expect(sampleIncidentYear(samplePeople(DEFAULT_SEED), DEFAULT_SEED)).toEqual(year);
  });

  it('has about sixty reports covering every category, two of them malformed', () => {
    expect(year.length).toBeGreaterThanOrEqual(55);
    expect(year.length).toBeLessThanOrEqual(65);
    const parsed = year.map((sample) => parseSubmission(sample.raw));
    const categories = new Set(parsed.flatMap((result) => (result.ok ? [result.submission.category] : [])));
    expect([...categories].sort()).toEqual([...CATEGORY_IDS].sort());
    expect(year.map((sample) => sample.flaw ?? 'valid').filter((flaw) => flaw !== 'valid')).toHaveLength(2);
    parsed.forEach((result, index) => expect(result.ok).toBe(year[index]!.flaw === undefined));
    const failures = parsed.flatMap((result) => (result.ok ? [] : result.errors.map((error) => error.path)));
    expect(failures.sort()).toEqual(['category', 'pupils.1.yearGroup']);
    expect(year.filter((sample) => String(sample.raw.description).startsWith('='))).toHaveLength(1);
  });

  it('is reported in order, on school days of 2025/26 before the demo’s today, never before it happened', () => {
    const reported = year.map((sample) => Date.parse(String(sample.raw.reportedAt)));
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    for (const sample of year) {
      const date = day(sample.raw.reportedAt);
      expect(TERMS.some((term) => term.start <= date && date <= term.end)).toBe(true);
      expect(date < DEMO_TODAY).toBe(true);
      expect(Date.parse(String(sample.raw.occurredAt))).toBeLessThanOrEqual(Date.parse(String(sample.raw.reportedAt)));
    }
    // Some disclosures come weeks later, about something in the term before.
    const term = (iso: unknown) => termOf(day(iso), TERMS)?.name;
    const late = year.filter((sample) => term(sample.raw.occurredAt) !== term(sample.raw.reportedAt));
    expect(late.length).toBeGreaterThan(0);
  });

  it('names pupils of the sample school with their year group', () => {
    const years = new Map(people.pupils.map((pupil) => [pupil.name, pupil.year]));
    for (const sample of year) {
      const result = parseSubmission(sample.raw);
      if (!result.ok) continue;
      expect(result.submission.pupils.map((pupil) => pupil.name)).toEqual(sample.pupilNames);
      for (const pupil of result.submission.pupils) expect(pupil.yearGroup).toBe(`Y${years.get(pupil.name)}`);
    }
  });

  it('has actions done between report and today, some overdue, and closures only once all are done', () => {
    const actions = year.flatMap((sample) => sample.actions.map((action) => ({ sample, action })));
    for (const { sample, action } of actions) {
      if (action.done === '') continue;
      expect(action.done >= day(sample.raw.reportedAt)).toBe(true);
      expect(action.done < DEMO_TODAY).toBe(true);
    }
    expect(actions.filter(({ action }) => action.done === '' && action.due < DEMO_TODAY).length).toBeGreaterThan(2);
    const closed = year.filter((sample) => sample.closure);
    expect(closed.length).toBeGreaterThan(20);
    for (const sample of closed) {
      const at = day(sample.closure!.at);
      expect(sample.actions.every((action) => action.done !== '' && action.done <= at)).toBe(true);
      expect(at > day(sample.raw.reportedAt) && at < DEMO_TODAY).toBe(true);
    }
  });
});
