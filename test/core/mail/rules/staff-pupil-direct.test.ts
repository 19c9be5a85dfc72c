import {
  checkerFor,
  mail,
  profileWith,
  rulesOf,
  OFFICE,
  PARENT,
  PUPIL,
  PUPIL2,
  STAFF,
  STAFF_PERSONAL,
  YEAR9,
} from '../fixture';

const forbidden = checkerFor(profileWith({ staffPupilEmail: 'forbidden' }));

// Seed 000: "Staff are not permitted to use school email accounts to communicate with students directly at any time."
describe('staff-pupil-direct: "Staff are not permitted to use school email accounts to communicate with students directly at any time" (seed 000)', () => {
  it('flags any staff email to a pupil when the profile forbids it', () => {
    expect(rulesOf(mail(), forbidden)).toEqual(['staff-pupil-direct']);
    expect(rulesOf(mail({ to: [PARENT], cc: [PUPIL] }), forbidden)).toEqual(['staff-pupil-direct']);
    expect(rulesOf(mail({ to: [PUPIL, PUPIL2] }), forbidden)).toEqual(['staff-pupil-direct']);
  });

  it('flags staff writing from a personal account too', () => {
    expect(rulesOf(mail({ from: STAFF_PERSONAL }), forbidden)).toContain('staff-pupil-direct');
  });

  it('does not flag it when the profile allows staff–pupil email', () => {
    expect(rulesOf(mail())).toEqual([]);
  });

  it('does not flag group lists, bulk mail, official accounts or pupils writing to staff', () => {
    expect(rulesOf(mail({ to: [YEAR9] }), forbidden)).toEqual([]);
    expect(rulesOf(mail({ listHeaders: { precedence: 'bulk' } }), forbidden)).toEqual([]);
    expect(rulesOf(mail({ from: OFFICE }), forbidden)).toEqual([]);
    expect(rulesOf(mail({ from: PUPIL, to: [STAFF] }), forbidden)).toEqual([]);
    expect(rulesOf(mail({ to: [PARENT] }), forbidden)).toEqual([]);
  });
});
