import {
  checkerFor,
  flagOf,
  mail,
  profileWith,
  rulesOf,
  COLLEAGUE,
  PARENT,
  PUPIL,
  STAFF,
  STAFF_PERSONAL,
} from '../fixture';

const PUPIL_LIST =
  'Here are the pupils for the tutoring programme with their UPNs:\nTom Jones - A123456789012\nMaya Okafor - A123456789012';

// Seed 002: "Encrypt data being sent via email which includes sensitive/personal information"; seeds
// 002/003/004: personal data is not sent over the internet unless safely encrypted.
describe('unprotected-personal-data: "Encrypt data being sent via email which includes sensitive/personal information" (seed 002)', () => {
  it('flags pupil identifiers sent to an outside address', () => {
    const msg = mail({ to: ['tutor.jane@gmail.com'], text: PUPIL_LIST });
    expect(rulesOf(msg)).toEqual(['unprotected-personal-data']);
  });

  it("flags pupil data sent to a member of staff's own personal address", () => {
    const msg = mail({ to: [STAFF_PERSONAL], text: `Working on this at home.\n${PUPIL_LIST}` });
    expect(rulesOf(msg)).toContain('unprotected-personal-data');
  });

  it("reads the attachments' text", () => {
    const msg = mail({
      to: ['bookings@outdoor-centre.example.co.uk'],
      text: 'Please find attached the medical information for the residential.',
      attachments: [
        { filename: 'medical.csv', text: 'Pupil: Tom Jones | Condition: epilepsy, takes medication at lunchtime' },
      ],
    });
    expect(rulesOf(msg)).toContain('unprotected-personal-data');
  });

  it('flags special category information about a named pupil', () => {
    const msg = mail({
      to: ['tutor.jane@gmail.com'],
      text: 'Maya Okafor has an EHCP for autism and Tom Jones is on the child protection register.',
    });
    expect(rulesOf(msg)).toContain('unprotected-personal-data');
  });

  it('does not flag the same data sent inside the school', () => {
    expect(rulesOf(mail({ to: [COLLEAGUE], text: PUPIL_LIST }))).toEqual([]);
  });

  it("does not flag one pupil's own information sent to their parent", () => {
    const msg = mail({
      to: [PARENT],
      text: 'Dear Mrs Jones,\n\nTom has had an asthma attack at lunchtime and used his inhaler; he is fine now. His UPN for the form is A123456789012.',
    });
    expect(rulesOf(msg)).toEqual([]);
  });

  it("does not flag one pupil's information sent to an unlisted address carrying the family's surname", () => {
    const msg = mail({
      to: [{ address: 'sarah.j.1980@gmail.com', name: 'Sarah Jones' }],
      text: 'Dear Mrs Jones,\n\nTom Jones has had an asthma attack today and used his inhaler.',
    });
    expect(rulesOf(msg)).toEqual([]);
    const stranger = mail({
      to: [{ address: 'coach.b@gmail.com', name: 'Ben Coach' }],
      text: 'Tom Jones has had an asthma attack today and used his inhaler.',
    });
    expect(rulesOf(stranger)).toContain('unprotected-personal-data');
  });

  it("flags several pupils' information sent to one parent", () => {
    const msg = mail({ to: [PARENT], text: PUPIL_LIST });
    expect(rulesOf(msg)).toContain('unprotected-personal-data');
  });

  it('does not flag ordinary mail to outside addresses', () => {
    const msg = mail({
      to: ['bookings@outdoor-centre.example.co.uk'],
      text: 'Hello,\n\nCould you confirm the coach times for 14 May?\n\nMrs Ward\nOakfield Academy\nTel 0113 496 0000\n1 School Lane, Leeds LS6 1AA',
    });
    expect(rulesOf(msg)).toEqual([]);
  });

  it('does not flag a partner domain the profile trusts', () => {
    const profile = profileWith({}, { sharing: { allowedExternalDomains: ['trust.example.org'] } });
    expect(rulesOf(mail({ to: ['sen@trust.example.org'], text: PUPIL_LIST }), checkerFor(profile))).toEqual([]);
  });

  it('does not flag a pupil sending their own details outside', () => {
    expect(rulesOf(mail({ from: PUPIL, to: ['me.tom@gmail.com'], text: PUPIL_LIST }))).toEqual([]);
  });

  it('shows masked identifiers only', () => {
    const flag = flagOf(mail({ to: ['tutor.jane@gmail.com'], text: PUPIL_LIST }));
    const text = flag?.evidence.join(' ') ?? '';
    expect(text).not.toContain('A123456789012');
    expect(text).not.toContain('tutor.jane@gmail.com');
    expect(flag?.severity).toBe('high');
    expect(STAFF).toBeDefined();
  });
});
