import { fires, flagOf, mail, rulesOf, staffSays, PUPIL, STAFF } from '../fixture';

// Seed 002: staff must not "share personal contact information (mobile phone numbers, home email
// address, etc.) with pupils. Should staff require the personal mobile phone numbers of pupils ... on an
// educational trip/visit, the school mobile devices will be used."
describe('personal-contact-details: staff must not "share personal contact information (mobile phone numbers, home email address, etc.) with pupils" (seed 002)', () => {
  it.each([
    'My own mobile is 07700 900558, not the school one.',
    'You can reach me on 07700900911 any time.',
    'My personal email is kward1979@gmail.com if the school one is down.',
    'Email me at karen.w.private@outlook.com instead.',
    'My snap is kwardy_79.',
    'Add me on Instagram: instagram.com/kward.fit',
    "I've moved - I'm at 14 Elm Road, Leeds, LS6 2AB now if you need to drop it off.",
    'I live at 22 Chapel Lane if you want to pop round.',
    'Ring me at home on 0113 496 0773.',
  ])('flags personal contact details: %s', (body) => {
    expect(fires('personal-contact-details', body)).toBe(true);
  });

  it.each([
    "On the day of the trip the school trip mobile is 07700 900579 (it's the school phone, not mine).",
    'Ask your parent to ring the school office on 0113 496 0418 and they will pass the message on.',
    'If you need to talk to someone, Childline is free on 0800 1111.',
    'Email the exams office at exams@oakfield.sch.uk about your certificate.',
    'Follow the school on Instagram @oakfieldacademy for match results.',
    'Is your number still 07700 900123? The office needs it for the trip register.',
  ])("does not flag the school's numbers, accounts or helplines: %s", (body) => {
    expect(fires('personal-contact-details', body)).toBe(false);
  });

  it("treats numbers in a signature that names the school as the school's", () => {
    const msg = mail({
      text: 'Hi Tom,\n\nSee you in class.\n\nKind regards,\nMrs K Ward\nHead of Science, Oakfield Academy\nTel: 0113 496 0000 ext 214\nMob: 07700 900300',
    });
    expect(rulesOf(msg)).not.toContain('personal-contact-details');
  });

  it('masks the number in the evidence', () => {
    const flag = flagOf(staffSays('My own mobile is 07700 900558.'));
    const line = flag?.evidence.find((e) => e.startsWith('personal-contact-details')) ?? '';
    expect(line).toMatch(/0770 \*\*\* \*\*58|07\*+58|\*/);
    expect(line).not.toContain('900558');
    expect(line).not.toContain('900 558');
  });

  it('masks the email address in the evidence', () => {
    const flag = flagOf(staffSays('My personal email is kward1979@gmail.com.'));
    const all = flag?.evidence.join(' ') ?? '';
    expect(all).not.toContain('kward1979@gmail.com');
    expect(all).toContain('@gmail.com');
  });

  it('is about staff giving details to pupils, not pupils giving theirs to staff', () => {
    const msg = mail({
      from: PUPIL,
      to: [STAFF],
      text: 'My number is 07700 900123 if you need to call about the trip.',
    });
    expect(rulesOf(msg)).not.toContain('personal-contact-details');
  });
});
