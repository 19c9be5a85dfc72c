/**
 * Seed 001: "Under no circumstances should staff contact pupils, parents or conduct any school business
 * using a personal email address"; seed 004: "Personal email addresses ... must not be used". Either way
 * round: a member of staff writing from a personal address, a pupil writing to one, or school mail whose
 * replies are routed to one.
 */
import { maskEmail } from '../evidence';
import type { MailRule } from '../rule';
import type { Parties, Party } from '../parties';

export const staffPersonalAccount: MailRule = {
  id: 'staff-personal-account',
  clause:
    'Seed 001: "Under no circumstances should staff contact pupils ... using a personal email address"; only official school accounts are used (003, 004).',
  severity: 'high',
  applies: (ctx) => ctx.parties.pupilInvolved,
  check(ctx) {
    const p = ctx.parties;
    const contact = p.personalStaffContact;
    if (contact) return [{ text: describe(p, contact) }];
    // School mail from staff whose replies go to an address outside the school.
    if (p.staffSender && p.sender?.school) {
      const reroute = p.alternates.find(
        (a) => !a.school && !a.official && a.role !== 'parent' && a.role !== 'pupil' && a.role !== 'other',
      );
      if (reroute) return [{ text: `replies go to outside address ${maskEmail(reroute.address)}` }];
    }
    return [];
  },
};

function describe(parties: Parties, contact: Party): string {
  const what = contact.inferred ? 'staff name on outside address' : 'staff personal address';
  const address = maskEmail(contact.address);
  if (parties.sender === contact) return `from ${what} ${address} to a pupil`;
  if (parties.pupilSender) return `pupil writing to ${what} ${address}`;
  return `${what} ${address} copied in with a pupil`;
}
