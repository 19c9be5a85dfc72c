/**
 * Some schools require a colleague to be copied into every email a member of staff sends to a single pupil
 * (safer working practice: communication that is open to scrutiny). Off unless the profile sets
 * `mail.requireColleagueCopy`; then a one-to-one staff email to a pupil with no colleague or parent copied
 * is flagged, at low severity: on its own it is a reminder, with other signs it raises the concern.
 */
import type { MailRule } from '../rule';

export const noColleagueCopy: MailRule = {
  id: 'no-colleague-copy',
  clause:
    'Profile option mail.requireColleagueCopy: staff email to an individual pupil copies in a colleague, so that communication stays open to scrutiny.',
  severity: 'low',
  applies: (ctx) =>
    ctx.env.profile.mail.requireColleagueCopy &&
    ctx.parties.oneToOne &&
    !ctx.parties.colleagueCopied &&
    !ctx.parties.parentCopied,
  check: () => [{ text: 'sent to one pupil with no colleague copied in' }],
};
