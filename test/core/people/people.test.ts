import { parseProfile, type ResolvedProfile } from '../../../core/policy';
import { createPeople } from '../../../core/people/people';
import { parseDirectory } from '../../../core/people/directory';

function profile(
  overrides: { pupils?: string[]; parents?: string[]; officialAccounts?: string[] } = {},
): ResolvedProfile {
  const result = parseProfile({
    school: { name: 'Example School', timezone: 'Europe/London' },
    domains: {
      staff: ['example.sch.uk'],
      pupils: overrides.pupils ?? ['pupils.example.sch.uk'],
      ...(overrides.parents ? { parents: overrides.parents } : {}),
    },
    mail: {
      staffPupilEmail: 'allowed',
      allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
      officialAccounts: overrides.officialAccounts ?? [],
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

const DIRECTORY = parseDirectory(
  [
    'email,role,name,personal_emails',
    'j.smith@example.sch.uk,staff,Jane Smith,jane.smith1984@gmail.com',
    '23abrown@pupils.example.sch.uk,pupil,Alex Brown,',
    'coach@example.sch.uk,other,Visiting Coach,',
    'ta.jones@pupils.example.sch.uk,staff,TA with an old pupil account,',
    'mum.brown@example.com,parent,Mrs Brown,',
    'p.green@example.sch.uk,staff,Pat Green,mum.brown@example.com',
  ].join('\n'),
).entries;

describe('createPeople without a directory: roles from the profile domains', () => {
  const people = createPeople(profile());

  it.each([
    ['j.smith@example.sch.uk', 'staff'],
    ['23abrown@pupils.example.sch.uk', 'pupil'],
    ['"Jane Smith" <J.Smith@Example.SCH.uk>', 'staff'],
    ['  23ABrown@PUPILS.example.sch.uk ', 'pupil'],
    ['someone@gmail.com', 'unknown'],
    ['not an address', 'unknown'],
  ])('%s is %s', (address, role) => {
    expect(people.roleOf(address)).toBe(role);
  });

  it.each([
    'x@example-sch.uk',
    'x@example.sch.uk.evil.com',
    'x@evilexample.sch.uk',
    'x@mail.example.sch.uk',
    'x@sch.uk',
    'x@exаmple.sch.uk', // Cyrillic "а"
  ])('treats the look-alike %s as outside the school', (address) => {
    expect(people.roleOf(address)).toBe('unknown');
    expect(people.isSchoolAddress(address)).toBe(false);
  });

  it('counts only explicitly listed subdomains', () => {
    expect(people.isSchoolAddress('x@pupils.example.sch.uk')).toBe(true);
    expect(people.isSchoolAddress('x@staff.example.sch.uk')).toBe(false);
  });

  it('gives no role for a domain shared by staff and pupils, but knows it is the school', () => {
    const shared = createPeople(profile({ pupils: ['example.sch.uk'] }));
    expect(shared.identify('a@example.sch.uk')).toMatchObject({ role: 'unknown', school: true, source: 'none' });
  });

  it('knows parent domains', () => {
    const withParents = createPeople(profile({ parents: ['parents.example.sch.uk'] }));
    expect(withParents.roleOf('a@parents.example.sch.uk')).toBe('parent');
    expect(withParents.isSchoolAddress('a@parents.example.sch.uk')).toBe(true);
  });
});

describe('createPeople with a directory', () => {
  const people = createPeople(profile({ officialAccounts: ['Office@example.sch.uk'] }), DIRECTORY);

  it('lets the directory beat the domain', () => {
    expect(people.roleOf('coach@example.sch.uk')).toBe('other');
    expect(people.roleOf('TA.Jones@pupils.example.sch.uk')).toBe('staff');
    expect(people.identify('ta.jones@pupils.example.sch.uk')).toMatchObject({ source: 'directory', school: true });
  });

  it('falls back to the domain for addresses not in the directory', () => {
    expect(people.identify('new.starter@example.sch.uk')).toMatchObject({ role: 'staff', source: 'domain' });
  });

  it('resolves a personal address to its owner', () => {
    const identity = people.identify('Jane Smith <Jane.Smith1984@gmail.com>');
    expect(identity).toMatchObject({
      address: 'jane.smith1984@gmail.com',
      role: 'staff',
      source: 'personal-address',
      viaPersonalAddress: true,
      school: false,
    });
    expect(identity.person?.email).toBe('j.smith@example.sch.uk');
    expect(people.personOf('jane.smith1984@gmail.com')?.name).toBe('Jane Smith');
  });

  it('recognises a personal Gmail address written with other dots or a +tag', () => {
    expect(people.identify('janesmith1984+school@googlemail.com')).toMatchObject({
      role: 'staff',
      viaPersonalAddress: true,
    });
  });

  it('does not treat a school address as personal', () => {
    expect(people.identify('j.smith@example.sch.uk')).toMatchObject({ viaPersonalAddress: false, source: 'directory' });
  });

  it("prefers a person's own address, and says whose personal address it also is", () => {
    const identity = people.identify('mum.brown@example.com');
    expect(identity.role).toBe('parent');
    expect(identity.person?.name).toBe('Mrs Brown');
    expect(identity.personalAddressOf?.name).toBe('Pat Green');
  });

  it('knows official accounts, case-insensitively', () => {
    expect(people.isOfficial('"School Office" <OFFICE@example.sch.uk>')).toBe(true);
    expect(people.isOfficial('j.smith@example.sch.uk')).toBe(false);
    expect(people.roleOf('office@example.sch.uk')).toBe('staff');
  });

  it('returns nothing for an unknown person', () => {
    expect(people.personOf('stranger@gmail.com')).toBeUndefined();
    expect(people.identify('')).toEqual({
      address: '',
      role: 'unknown',
      source: 'none',
      viaPersonalAddress: false,
      school: false,
      official: false,
    });
  });
});
