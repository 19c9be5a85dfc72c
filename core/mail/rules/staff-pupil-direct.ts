/**
 * Seed 000: "Staff are not permitted to use school email accounts to communicate with students directly
 * at any time." Only where the profile says `staffPupilEmail: "forbidden"`. Group and bulk mail (a year
 * group list, a newsletter) is not direct, and the school's official accounts are not a person.
 */
import type { MailRule } from '../rule';

export const staffPupilDirect: MailRule = {
  id: 'staff-pupil-direct',
  clause:
    'Seed 000: "Staff are not permitted to use school email accounts to communicate with students directly at any time."',
  severity: 'low',
  applies: (ctx) =>
    ctx.env.profile.mail.staffPupilEmail === 'forbidden' &&
    ctx.parties.staffSender &&
    ctx.parties.pupils.length > 0 &&
    !ctx.parties.bulk,
  check(ctx) {
    const n = ctx.parties.pupils.length;
    return [{ text: `staff email direct to ${n === 1 ? 'a pupil' : `${n} pupils`} (policy: forbidden)` }];
  },
};
