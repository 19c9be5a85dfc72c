/**
 * Staff–pupil email is "professional in tone and content" (seeds 002, 004); a one-to-one message late at
 * night or at the weekend is a pattern safeguarding reviews look for. Judged on the school's clock in the
 * profile's zone (summer time included), whatever offset the sender's Date header carries. Group mail, and
 * mail a colleague or parent is copied into, is open to scrutiny and not flagged.
 */
import { isOutOfHours } from '../local-time';
import type { MailRule } from '../rule';

export const outOfHours: MailRule = {
  id: 'out-of-hours',
  clause:
    'Seeds 002/004: staff–pupil communication "must be professional in tone and content"; one-to-one email only within the allowed hours, school time.',
  severity: 'low',
  applies: (ctx) => ctx.parties.oneToOne,
  check(ctx) {
    const local = ctx.localTime;
    const hours = ctx.env.profile.mail.allowedHours;
    if (!local || !isOutOfHours(local, hours)) return [];
    const weekend = hours.weekdaysOnly && (local.weekday === 0 || local.weekday === 6);
    const window = `${hours.start}-${hours.end}${hours.weekdaysOnly ? ' Mon-Fri' : ''}`;
    return [{ text: `sent ${local.label} school time${weekend ? ' (weekend)' : ''}, allowed ${window}` }];
  },
};
