import { checkerFor, mail, profileWith, rulesOf, COLLEAGUE, PARENT, PUPIL, PUPIL2, STAFF, YEAR9 } from '../fixture';

// A profile option, not a contract rule: some schools' safer working practice asks staff to copy a colleague
// into any email to an individual pupil.
describe('no-colleague-copy: one-to-one staff email to a pupil, where the school requires a colleague copied', () => {
  const requiring = checkerFor(profileWith({ requireColleagueCopy: true }));

  it('is off unless the profile switches it on', () => {
    expect(rulesOf(mail())).toEqual([]);
  });

  it('flags a staff email to one pupil with nobody else copied', () => {
    expect(rulesOf(mail(), requiring)).toEqual(['no-colleague-copy']);
  });

  it('is satisfied by a colleague or a parent in copy, and does not apply to groups or to pupils writing', () => {
    expect(rulesOf(mail({ cc: [COLLEAGUE] }), requiring)).toEqual([]);
    expect(rulesOf(mail({ cc: [PARENT] }), requiring)).toEqual([]);
    expect(rulesOf(mail({ to: [PUPIL, PUPIL2] }), requiring)).toEqual([]);
    expect(rulesOf(mail({ to: [YEAR9] }), requiring)).toEqual([]);
    expect(rulesOf(mail({ from: PUPIL, to: [STAFF] }), requiring)).toEqual([]);
  });
});
