import { flagOf, mail, rulesOf, COLLEAGUE, PARENT, PUPIL, STAFF, STAFF_PERSONAL, YEAR9 } from '../fixture';

// Seed 001: "Under no circumstances should staff contact pupils, parents or conduct any school business
// using a personal email address"; seed 004: "Personal email addresses ... must not be used".
describe('staff-personal-account: "Under no circumstances should staff contact pupils ... using a personal email address" (seed 001)', () => {
  it("flags a staff member's listed personal address writing to a pupil", () => {
    expect(rulesOf(mail({ from: STAFF_PERSONAL, text: 'Band practice has moved to Thursday.' }))).toEqual([
      'staff-personal-account',
    ]);
  });

  it('flags a pupil writing to a staff personal address', () => {
    const msg = mail({
      from: PUPIL,
      to: [STAFF_PERSONAL],
      text: "Here's my coursework, sent to your gmail like you said.",
    });
    expect(rulesOf(msg)).toEqual(['staff-personal-account']);
  });

  it("recognises a staff member's full name on an address the directory does not list", () => {
    const msg = mail({ from: { address: 'djones.music@icloud.com', name: 'David Jones' }, text: 'Rehearsal is at 4.' });
    expect(rulesOf(msg)).toContain('staff-personal-account');
  });

  it('recognises a staff name spelled in an outside address with no display name', () => {
    expect(rulesOf(mail({ from: 'david.jones77@gmail.com', text: 'Rehearsal is at 4.' }))).toContain(
      'staff-personal-account',
    );
  });

  it('recognises an initial and surname that only one person in the directory has', () => {
    expect(
      rulesOf(mail({ from: { address: 'dj.music@icloud.com', name: 'D. Jones' }, text: 'Rehearsal is at 4.' })),
    ).toContain('staff-personal-account');
  });

  it('recognises an outside sender who signs as staff from an address spelling that surname', () => {
    const msg = mail({
      from: 'shahp1980@icloud.com',
      text: "Hi Tom,\n\nIt's Miss Shah. Rehearsal has moved to Thursday.\n\nMiss Shah",
    });
    expect(rulesOf(msg)).toContain('staff-personal-account');
    // The same sign-off from an address that does not spell the name proves nothing.
    expect(rulesOf(mail({ from: 'musicfan@icloud.com', text: "It's Miss Shah. Rehearsal has moved." }))).toEqual([]);
    // "Mr Jones" could be David Jones the teacher or a parent of the Jones family: no guess.
    expect(rulesOf(mail({ from: 'jonesd1977@icloud.com', text: "It's Mr Jones. Rehearsal has moved." }))).toEqual([]);
    // "Mrs Ward" could be Karen Ward the teacher or Karen Ward the parent: no guess.
    expect(rulesOf(mail({ from: 'wardk@icloud.com', text: "It's Mrs Ward. Dinner is at 6." }))).toEqual([]);
  });

  it('does not take a parent who shares a surname with staff for the staff member', () => {
    // Sarah Jones (parent) and David Jones (staff) share a surname; Karen Ward is both a staff name and a parent's.
    expect(rulesOf(mail({ from: { address: PARENT, name: 'Sarah Jones' }, text: 'Dinner is at 6.' }))).toEqual([]);
    expect(rulesOf(mail({ from: { address: 'sjones@gmail.com', name: 'S Jones' }, text: 'Dinner is at 6.' }))).toEqual(
      [],
    );
    expect(rulesOf(mail({ from: { address: 'kw@gmail.com', name: 'Karen Ward' }, text: 'Dinner is at 6.' }))).toEqual(
      [],
    );
  });

  it('flags school mail whose replies are routed to an outside address', () => {
    const msg = mail({ replyTo: ['k.ward.private@outlook.com'], text: 'Reply to this one, not the school address.' });
    expect(rulesOf(msg)).toContain('staff-personal-account');
  });

  it('flags a personal address copied into mail to a year-group list', () => {
    expect(rulesOf(mail({ from: STAFF_PERSONAL, to: [YEAR9], text: 'Trip letters due Friday.' }))).toContain(
      'staff-personal-account',
    );
  });

  it('does not flag a member of staff forwarding their own work home, with no pupil involved', () => {
    expect(rulesOf(mail({ to: [STAFF_PERSONAL], text: 'Slides for tomorrow.' }))).toEqual([]);
    expect(rulesOf(mail({ from: STAFF_PERSONAL, to: [COLLEAGUE], text: 'Running late.' }))).toEqual([]);
  });

  it('does not flag school accounts', () => {
    expect(rulesOf(mail({ from: STAFF, to: [PUPIL] }))).toEqual([]);
  });

  it('masks the personal address in the evidence and rates it high', () => {
    const flag = flagOf(mail({ from: STAFF_PERSONAL, text: 'See you at band.' }));
    expect(flag?.evidence.join(' ')).not.toContain(STAFF_PERSONAL);
    expect(flag?.severity).toBe('high');
  });
});
