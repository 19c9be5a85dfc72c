import { formatProfileErrors, parseProfile, type ProfileError } from '../../../core/policy';
import { minimumProfile, withValue } from './helpers';

function errorsOf(json: unknown): ProfileError[] {
  const result = parseProfile(json);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.errors;
}

describe('parseProfile: each bad value names its field and the reason', () => {
  it.each<[string, unknown, string]>([
    ['school.name', '', 'must not be empty'],
    ['school.name', undefined, 'is required'],
    ['school.name', 42, 'must be text in double quotes (got 42)'],
    ['school.timezone', 'Europe/Londn', 'must be an IANA time zone like "Europe/London" (got "Europe/Londn")'],
    ['school.timezone', 'GMT+25', 'must be an IANA time zone'],
    ['school.timezone', '', 'must be an IANA time zone'],
    ['school.timezone', 'GMT', 'for the UK with summer time use "Europe/London"'],
    ['school.timezone', 'BST', 'for the UK with summer time use "Europe/London"'],
    ['school.timezone', 'EST', 'must be an IANA time zone'],
    ['school.urn', '12', 'must be the 6-digit URN'],
    ['school.urn', true, 'must be the school URN'],
    ['school.website', 'www.example.sch.uk', 'must be a web address like https://www.example.sch.uk'],
    ['domains.staff', [], 'must list at least one domain'],
    ['domains.staff', 'example.sch.uk', 'must be a list in square brackets [ ] (got "example.sch.uk")'],
    ['domains.pupils', undefined, 'is required'],
    ['domains.parents', {}, 'must be a list in square brackets [ ] (got an object)'],
    ['contacts.dsl', 'Jane Smith', 'must be an email address like dsl@example.sch.uk (got "Jane Smith")'],
    ['contacts.deputyDsl', 'a@example.sch.uk', 'must be a list'],
    ['contacts.lado', {}, 'must give at least one of name, phone or email'],
    ['calendar.academicYearStart', '9/1', 'must be a month and day like 09-01 (MM-DD) (got "9/1")'],
    ['calendar.academicYearStart', '02-29', 'must be a month and day like 09-01'],
    ['calendar.academicYearStart', '13-01', 'must be a month and day like 09-01'],
    ['mail.staffPupilEmail', 'sometimes', 'must be "allowed" or "forbidden" (got "sometimes")'],
    ['mail.staffPupilEmail', undefined, 'is required'],
    ['mail.allowedHours', undefined, 'is required'],
    ['mail.requireColleagueCopy', 'yes', 'must be true or false (without quotes) (got "yes")'],
    ['sharing.fixDomainLinks', 1, 'must be true or false (without quotes) (got 1)'],
    ['scan.minConfidence', 'hi', 'must be "low", "medium" or "high" (got "hi")'],
    ['scan.maxFileMb', '100', 'must be a number of megabytes, like 100 (got "100")'],
    ['scan.maxFileMb', 0, 'must be more than 0'],
    ['scan.maxFileMb', 1e9, 'must be at most 2048'],
  ])('%s = %j', (path, value, message) => {
    const errors = errorsOf(withValue(path, value));
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each<[string, unknown, string, string]>([
    ['domains.staff', ['@example.sch.uk'], 'domains.staff[0]', 'without the part before "@"'],
    [
      'mail.officialAccounts',
      ['office'],
      'mail.officialAccounts[0]',
      'must be an email address like dsl@example.sch.uk (got "office")',
    ],
    [
      'sharing.allowedExternalDomains',
      ['*.trust.org.uk'],
      'sharing.allowedExternalDomains[0]',
      'must be a domain name',
    ],
    ['sharing.allowedPublicFolders', ['ok', ' '], 'sharing.allowedPublicFolders[1]', 'must not be empty'],
    ['domains.staff', ['https://example.sch.uk'], 'domains.staff[0]', 'without "https://"'],
    ['domains.pupils', ['ok.sch.uk', 'example.sch.uk/pupils'], 'domains.pupils[1]', 'without a path'],
    ['domains.staff', ['localhost'], 'domains.staff[0]', 'must be a domain name'],
    ['domains.staff', ['-bad.sch.uk'], 'domains.staff[0]', 'must be a domain name'],
    [
      'domains.orgUnits',
      { staff: ['Staff'] },
      'domains.orgUnits.staff[0]',
      'must be an org unit path starting with "/"',
    ],
    [
      'mail.allowedHours',
      { start: '7:30', end: '18:00', weekdaysOnly: true },
      'mail.allowedHours.start',
      'must be a time like 07:30',
    ],
    [
      'mail.allowedHours',
      { start: '07:30', end: '24:00', weekdaysOnly: true },
      'mail.allowedHours.end',
      'must be a time like 07:30',
    ],
    [
      'mail.allowedHours',
      { start: '18:00', end: '07:30', weekdaysOnly: true },
      'mail.allowedHours.end',
      'must be later than start (18:00)',
    ],
    [
      'mail.allowedHours',
      { start: '08:00', end: '08:00', weekdaysOnly: true },
      'mail.allowedHours.end',
      'must be later than start',
    ],
    ['mail.allowedHours', { start: '08:00', end: '17:00' }, 'mail.allowedHours.weekdaysOnly', 'is required'],
    ['contacts', { lado: { phone: 'call the council' } }, 'contacts.lado.phone', 'must be a phone number'],
    ['contacts', { lado: { email: 'nope' } }, 'contacts.lado.email', 'must be an email address'],
    [
      'calendar.terms',
      [{ name: 'Autumn', start: '2025-09-31', end: '2025-12-19' }],
      'calendar.terms[0].start',
      'must be a date like 2025-09-03',
    ],
    [
      'calendar.terms',
      [{ name: 'Autumn', start: '2025-12-19', end: '2025-09-03' }],
      'calendar.terms[0].end',
      'must not be before start (2025-12-19)',
    ],
    ['calendar.terms', [{ start: '2025-09-03', end: '2025-12-19' }], 'calendar.terms[0].name', 'is required'],
  ])('%s = %j reports %s', (section, value, path, message) => {
    expect(errorsOf(withValue(section, value))).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('reports overlapping terms against the term written in the file, in any order', () => {
    const errors = errorsOf(
      withValue('calendar.terms', [
        { name: 'Spring', start: '2026-01-05', end: '2026-03-27' },
        { name: 'Autumn', start: '2025-09-03', end: '2026-01-05' },
      ]),
    );
    expect(errors).toEqual([
      { path: 'calendar.terms[0]', message: 'overlaps term "Autumn" (2025-09-03 to 2026-01-05)' },
    ]);
  });

  it('reports a profile that is not an object', () => {
    for (const json of [null, [], 'profile', 3]) {
      expect(errorsOf(json)).toEqual([{ path: '', message: 'the profile must be a JSON object { ... }' }]);
    }
  });

  it('reports every missing required section at once', () => {
    expect(errorsOf({}).map((e) => e.path)).toEqual(['school', 'domains', 'mail']);
  });

  it('truncates long values it quotes', () => {
    const long = `${'x'.repeat(300)}@example.sch.uk`;
    const [error] = errorsOf(withValue('mail.staffPupilEmail', long));
    expect(error?.message).toContain(`(got "${'x'.repeat(39)}…")`);
    expect(error!.message.length).toBeLessThan(100);
  });
});

describe('parseProfile: unknown keys are errors, with a suggestion', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['the top level', { ...minimumProfile(), mial: {} }, 'mial', "unknown field 'mial' (did you mean 'mail'?)"],
    ['school', withValue('school.timezon', 'Europe/London'), 'school.timezon', "(did you mean 'timezone'?)"],
    ['domains', withValue('domains.pupil', []), 'domains.pupil', "(did you mean 'pupils'?)"],
    [
      'domains.orgUnits',
      withValue('domains.orgUnits', { Pupils: [] }),
      'domains.orgUnits.Pupils',
      "(did you mean 'pupils'?)",
    ],
    ['contacts', withValue('contacts', { deputy_dsl: [] }), 'contacts.deputy_dsl', "(did you mean 'deputyDsl'?)"],
    [
      'contacts.lado',
      withValue('contacts', { lado: { name: 'A', telephone: '1' } }),
      'contacts.lado.telephone',
      "(did you mean 'phone'?)",
    ],
    ['calendar', withValue('calendar', { term: [] }), 'calendar.term', "(did you mean 'terms'?)"],
    [
      'calendar.terms[]',
      withValue('calendar.terms', [{ name: 'A', start: '2025-09-01', ends: '2025-10-01' }]),
      'calendar.terms[0].ends',
      "(did you mean 'end'?)",
    ],
    [
      'mail',
      withValue('mail.staffPupilEmial', 'forbidden'),
      'mail.staffPupilEmial',
      "unknown field 'staffPupilEmial' (did you mean 'staffPupilEmail'?)",
    ],
    [
      'mail.allowedHours',
      withValue('mail.allowedHours.weekdayOnly', true),
      'mail.allowedHours.weekdayOnly',
      "(did you mean 'weekdaysOnly'?)",
    ],
    [
      'sharing',
      withValue('sharing', { fixDomainLink: true }),
      'sharing.fixDomainLink',
      "(did you mean 'fixDomainLinks'?)",
    ],
    ['scan', withValue('scan', { minconfidence: 'low' }), 'scan.minconfidence', "(did you mean 'minConfidence'?)"],
  ])('at %s', (_level, json, path, message) => {
    expect(errorsOf(json)).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('lists the allowed fields when nothing is close', () => {
    expect(errorsOf(withValue('school.colour', 'blue'))).toContainEqual({
      path: 'school.colour',
      message: "unknown field 'colour' (allowed here: name, timezone, urn, website)",
    });
  });

  it('rejects "__proto__" as an unknown key rather than ignoring it', () => {
    const json = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(errorsOf({ ...minimumProfile(), ...json }).map((e) => e.path)).toContain('__proto__');
  });
});

describe('formatProfileErrors', () => {
  it('writes one line per error naming the file and the field', () => {
    const errors = errorsOf({ ...withValue('mail.staffPupilEmail', 'sometimes'), extra: 1 });
    expect(formatProfileErrors(errors, 'school-profile.json').split('\n')).toEqual([
      'school-profile.json: mail.staffPupilEmail: must be "allowed" or "forbidden" (got "sometimes")',
      "school-profile.json: extra: unknown field 'extra' (allowed here: school, domains, contacts, calendar, mail, sharing, scan)",
    ]);
  });

  it('leaves out the field for errors about the whole file', () => {
    expect(formatProfileErrors([{ path: '', message: "line 2, column 3: unexpected ','" }], 'p.jsonc')).toBe(
      "p.jsonc: line 2, column 3: unexpected ','",
    );
  });
});

describe('parseProfile: every problem is reported at once', () => {
  it('checks the hours window even when another field of it is wrong', () => {
    const errors = errorsOf(withValue('mail.allowedHours', { start: '18:00', end: '07:30', weekdaysOnly: 'yes' }));
    expect(errors.map((e) => e.path)).toEqual(['mail.allowedHours.weekdaysOnly', 'mail.allowedHours.end']);
  });

  it('checks term dates even when another term is malformed', () => {
    const errors = errorsOf(
      withValue('calendar.terms', [
        { name: 5, start: '2025-09-01', end: '2025-12-19' },
        { name: 'B', start: '2025-12-01', end: '2026-01-01' },
        { name: 'C', start: '2026-05-01', end: '2026-04-01' },
      ]),
    );
    expect(errors).toEqual([
      { path: 'calendar.terms[0].name', message: 'must be text in double quotes (got 5)' },
      { path: 'calendar.terms[2].end', message: 'must not be before start (2026-05-01) (got "2026-04-01")' },
      { path: 'calendar.terms[1]', message: 'overlaps term (2025-09-01 to 2025-12-19)' },
    ]);
  });
});

describe('parseProfile: odd shapes do not crash the checks', () => {
  it.each<[string, unknown]>([
    ['calendar.terms', [null, { name: 'A', start: '2025-09-01', end: '2025-10-01' }]],
    ['calendar.terms', 'autumn'],
    ['mail.allowedHours', null],
    ['mail.allowedHours', ['07:30', '18:00']],
    ['contacts.lado', 'LADO team'],
  ])('%s = %j is reported, not thrown', (path, value) => {
    expect(errorsOf(withValue(path, value)).length).toBeGreaterThan(0);
  });
});
