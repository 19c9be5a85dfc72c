import { parsePupilLines, parseSubmission, parseYearGroup, rawFromFormAnswers } from '../../../core/incidents';
import { rawSubmission } from './helpers';

function errorsOf(raw: unknown) {
  const result = parseSubmission(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseSubmission', () => {
  it('accepts a full submission and normalises it', () => {
    const result = parseSubmission(rawSubmission());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.submission.reporter).toBe('t.teacher@example.sch.uk');
    expect(result.submission.pupils).toEqual([
      { name: 'Alex Brown', yearGroup: 'Y8' },
      { name: 'Sam Patel', yearGroup: 'Y9' },
    ]);
    expect(result.submission.aboutHeadteacher).toBe(false);
    expect(result.submission.adultInvolved).toBe('not-sure');
    expect(result.submission.immediateRisk).toBe('not-sure');
  });

  it('accepts form labels for choice fields, case-insensitively', () => {
    const result = parseSubmission(
      rawSubmission({
        location: 'outside school',
        category: 'Sharing nudes or semi-nudes',
        adultInvolved: 'Yes',
        aboutHeadteacher: 'No',
      }),
    );
    expect(result.ok && result.submission).toMatchObject({
      location: 'outside-school',
      category: 'nudes-sharing',
      adultInvolved: 'yes',
      aboutHeadteacher: false,
    });
  });

  it.each([
    ['reporter', { reporter: 'not an address' }],
    ['reportedAt', { reportedAt: '4 March 2026' }],
    ['occurredAt', { occurredAt: '2026-03-04 12:30' }],
    ['location', { location: 'the moon' }],
    ['category', { category: 'gossip' }],
    ['description', { description: '   ' }],
    [
      'pupils.1.yearGroup',
      {
        pupils: [
          { name: 'A', yearGroup: 'Y8' },
          { name: 'B', yearGroup: 'Year 15' },
        ],
      },
    ],
    ['pupils.0.name', { pupils: [{ name: '', yearGroup: 'Y8' }] }],
    ['aboutHeadteacher', { aboutHeadteacher: 'perhaps' }],
  ])('names the field %s in the error', (path, override) => {
    const errors = errorsOf(rawSubmission(override));
    expect(errors.map((error) => error.path)).toContain(path);
  });

  it('refuses an incident that happened after it was reported (beyond clock skew)', () => {
    const errors = errorsOf(rawSubmission({ occurredAt: '2026-03-05T12:00:00Z' }));
    expect(errors).toEqual([{ path: 'occurredAt', message: 'must not be after the time of the report' }]);
    expect(parseSubmission(rawSubmission({ occurredAt: '2026-03-04T14:05:00Z' })).ok).toBe(true);
  });

  it('refuses unknown keys, naming them, so a misspelt field never drops what was written', () => {
    const errors = errorsOf(rawSubmission({ evidenceLocaton: 'x' }));
    expect(errors).toEqual([{ path: 'evidenceLocaton', message: 'is not a field of an incident report' }]);
  });

  it('never repeats the submitted value in an error message', () => {
    const secret = 'Jamie-Secret-Surname';
    const errors = errorsOf(
      rawSubmission({
        category: secret,
        location: secret,
        reporter: secret,
        occurredAt: secret,
        pupils: `${secret}, Year 99`,
      }),
    );
    expect(errors.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(errors)).not.toContain(secret);
    expect(JSON.stringify(errors)).not.toContain('Year 99');
  });

  it('reads pupils from "one pupil per line" text and reports bad lines by index', () => {
    const ok = parseSubmission(rawSubmission({ pupils: 'Alex Brown, Y8\n\nSam Patel (Reception)\nKim Lee' }));
    expect(ok.ok && ok.submission.pupils).toEqual([
      { name: 'Alex Brown', yearGroup: 'Y8' },
      { name: 'Sam Patel', yearGroup: 'Reception' },
      { name: 'Kim Lee', yearGroup: 'Unknown' },
    ]);
    const errors = errorsOf(rawSubmission({ pupils: 'Alex Brown, Y8\nSam Patel, Y20' }));
    expect(errors.map((error) => error.path)).toEqual(['pupils.1.yearGroup']);
  });

  it('reads staff and external people from lines or lists, dropping blanks', () => {
    const result = parseSubmission(rawSubmission({ staff: 'Ms Green\n\n Mr Jones ', external: [] }));
    expect(result.ok && result.submission.staff).toEqual(['Ms Green', 'Mr Jones']);
    expect(result.ok && result.submission.external).toEqual([]);
  });

  it('refuses a payload that is not an object', () => {
    expect(parseSubmission('hello')).toEqual({
      ok: false,
      errors: [{ path: '(report)', message: expect.any(String) }],
    });
    expect(parseSubmission(null).ok).toBe(false);
  });
});

describe('parseYearGroup', () => {
  it.each([
    ['Y7', 'Y7'],
    ['year 11', 'Y11'],
    ['yr10', 'Y10'],
    ['13', 'Y13'],
    ['R', 'Reception'],
    ['Rec', 'Reception'],
    ['nursery', 'Nursery'],
    ['?', 'Unknown'],
  ])('%s is %s', (raw, group) => expect(parseYearGroup(raw)).toBe(group));

  it.each(['Y0', 'Y14', 'Year 7b', 'seven', ''])('%s is not a year group', (raw) =>
    expect(parseYearGroup(raw)).toBeUndefined(),
  );
});

describe('parsePupilLines', () => {
  it('splits at the last comma, so names with commas survive', () => {
    expect(parsePupilLines('Brown, Alex, Y8').pupils).toEqual([{ name: 'Brown, Alex', yearGroup: 'Y8' }]);
  });
});

describe('rawFromFormAnswers', () => {
  it('maps Google Forms answers (labels, zone-less date-time) to a valid submission', () => {
    const raw = rawFromFormAnswers(
      {
        occurredAt: '2026-06-10 09:15',
        location: 'On a personal device in school',
        category: 'Online contact or grooming concern',
        immediateRisk: 'Not sure',
        adultInvolved: '',
        aboutHeadteacher: '',
        pupils: 'Alex Brown, Y8',
        staff: '',
        external: '',
        description: 'Concern reported by a pupil.',
        evidenceLocation: '',
        actionTaken: '',
      },
      { reporter: 'T.Teacher@example.sch.uk', reportedAt: new Date('2026-06-10T10:00:00Z'), timeZone: 'Europe/London' },
    );
    // 09:15 in London in June is 08:15 UTC (British Summer Time).
    expect(raw.occurredAt).toBe('2026-06-10T09:15:00+01:00');
    const result = parseSubmission(raw);
    expect(result.ok && result.submission).toMatchObject({
      category: 'grooming',
      location: 'personal-device-in-school',
      immediateRisk: 'not-sure',
      adultInvolved: 'not-sure',
      pupils: [{ name: 'Alex Brown', yearGroup: 'Y8' }],
    });
  });

  it('keeps a blank required answer so validation names it', () => {
    const raw = rawFromFormAnswers(
      { description: '', category: 'Other', location: 'Not known', occurredAt: '2026-01-10 10:00' },
      { reporter: 'a@example.sch.uk', reportedAt: '2026-01-10T11:00:00Z', timeZone: 'Europe/London' },
    );
    expect(errorsOf(raw).map((error) => error.path)).toEqual(['description']);
  });
});
