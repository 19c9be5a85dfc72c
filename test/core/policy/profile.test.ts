import { parseProfile, parseProfileText, type ResolvedProfile } from '../../../core/policy';
import { minimumProfile, withValue } from './helpers';

function resolved(json: unknown): ResolvedProfile {
  const result = parseProfile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

describe('parseProfile: valid profiles', () => {
  it('accepts the minimum profile of CONTRACTS §1 and fills in every default', () => {
    expect(resolved(minimumProfile())).toEqual({
      school: { name: 'Example School', timezone: 'Europe/London' },
      domains: {
        staff: ['example.sch.uk'],
        pupils: ['pupils.example.sch.uk'],
        parents: [],
        orgUnits: { staff: [], pupils: [] },
      },
      contacts: { deputyDsl: [], it: [], office: [], governors: [] },
      calendar: { academicYearStart: '09-01', terms: [] },
      mail: {
        staffPupilEmail: 'allowed',
        allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
        officialAccounts: [],
        requireColleagueCopy: false,
      },
      sharing: { allowedExternalDomains: [], allowedPublicFolders: [], fixDomainLinks: false },
      scan: { minConfidence: 'medium', maxFileMb: 100 },
    });
  });

  it('fills defaults inside a section that is present but partial', () => {
    const profile = resolved(withValue('scan', { minConfidence: 'high' }));
    expect(profile.scan).toEqual({ minConfidence: 'high', maxFileMb: 100 });
    expect(resolved(withValue('domains.orgUnits', { staff: ['/Staff'] })).domains.orgUnits).toEqual({
      staff: ['/Staff'],
      pupils: [],
    });
  });

  it('lower-cases domains and addresses and drops repeats', () => {
    const profile = resolved({
      ...withValue('domains.staff', [' Example.SCH.uk ', 'example.sch.uk.']),
      contacts: { dsl: 'DSL@Example.sch.uk', it: ['IT@example.sch.uk', 'it@EXAMPLE.sch.uk'] },
    });
    expect(profile.domains.staff).toEqual(['example.sch.uk']);
    expect(profile.contacts.dsl).toBe('dsl@example.sch.uk');
    expect(profile.contacts.it).toEqual(['it@example.sch.uk']);
  });

  it('allows the same domain for staff and pupils, and no pupil domain at all', () => {
    expect(resolved(withValue('domains.pupils', ['example.sch.uk'])).domains.pupils).toEqual(['example.sch.uk']);
    expect(resolved(withValue('domains.pupils', [])).domains.pupils).toEqual([]);
  });

  it('returns the canonical spelling of a time zone', () => {
    expect(resolved(withValue('school.timezone', 'europe/london')).school.timezone).toBe('Europe/London');
    expect(resolved(withValue('school.timezone', 'UTC')).school.timezone).toBe('UTC');
  });

  it('accepts a URN written as a number or text', () => {
    expect(resolved(withValue('school.urn', 123456)).school.urn).toBe('123456');
    expect(resolved(withValue('school.urn', '1234567')).school.urn).toBe('1234567');
  });

  it('sorts terms by start date', () => {
    const profile = resolved(
      withValue('calendar', {
        terms: [
          { name: 'Spring', start: '2026-01-05', end: '2026-03-27' },
          { name: 'Autumn', start: '2025-09-03', end: '2025-12-19' },
        ],
      }),
    );
    expect(profile.calendar.terms.map((t) => t.name)).toEqual(['Autumn', 'Spring']);
  });

  it('accepts a one-day term and terms that touch without overlapping', () => {
    const profile = resolved(
      withValue('calendar.terms', [
        { name: 'A', start: '2025-09-03', end: '2025-09-03' },
        { name: 'B', start: '2025-09-04', end: '2025-10-01' },
      ]),
    );
    expect(profile.calendar.terms).toHaveLength(2);
  });

  it('accepts a leap day only in a leap year', () => {
    expect(parseProfile(withValue('calendar.terms', [{ name: 'A', start: '2028-02-29', end: '2028-03-01' }])).ok).toBe(
      true,
    );
    expect(parseProfile(withValue('calendar.terms', [{ name: 'A', start: '2027-02-29', end: '2027-03-01' }])).ok).toBe(
      false,
    );
  });

  it('accepts the full set of optional sections', () => {
    const profile = resolved({
      ...minimumProfile(),
      $schema: './profile.schema.json',
      contacts: {
        dsl: 'dsl@example.sch.uk',
        lado: { phone: '+44 1632 960000' },
        googleAdmin: 'admin@example.sch.uk',
      },
      sharing: { allowedExternalDomains: ['Trust.org.uk'], allowedPublicFolders: ['1AbC'], fixDomainLinks: true },
    });
    expect(profile.contacts.lado).toEqual({ phone: '+44 1632 960000' });
    expect(profile.sharing.allowedExternalDomains).toEqual(['trust.org.uk']);
    expect(profile.sharing.fixDomainLinks).toBe(true);
  });
});

describe('parseProfileText', () => {
  it('reads JSON with comments and trailing commas', () => {
    const text = `{
      // the school
      "school": { "name": "Example School", "timezone": "Europe/London", },
      "domains": { "staff": ["example.sch.uk",], "pupils": [] },
      /* policy */
      "mail": { "staffPupilEmail": "forbidden", "allowedHours": { "start": "08:00", "end": "17:00", "weekdaysOnly": false } },
    }`;
    const result = parseProfileText(text);
    expect(result.ok && result.profile.mail.staffPupilEmail).toBe('forbidden');
  });

  it('turns a syntax error into one file-level error with line and column', () => {
    expect(parseProfileText('{\n  "school": {\n    "name": "x"\n    "timezone": "Europe/London"\n  }\n}')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^line 4, column 5: expected ',' or '}'/) }],
    });
  });
});
