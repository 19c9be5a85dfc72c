import type { MailRuleId } from '../../mail/message';

/** The mail settings of the profile that the rules' wording depends on. */
export interface MailPolicySettings {
  readonly staffPupilEmail: 'allowed' | 'forbidden';
  readonly allowedHours: { readonly start: string; readonly end: string; readonly weekdaysOnly: boolean };
}

/** Short names for the reviewer, in the order rules are listed. */
export const MAIL_RULE_LABELS: Readonly<Record<MailRuleId, string>> = {
  'staff-personal-account': 'Staff personal account',
  'staff-pupil-direct': 'Direct staff–pupil email',
  'personal-contact-details': 'Personal contact details',
  'private-channel': 'Private channel',
  secrecy: 'Secrecy',
  'out-of-hours': 'Out of hours',
  'overly-familiar': 'Overly familiar language',
  'meeting-offsite': 'Meeting off site',
  'gift-offer': 'Gift or favour',
  'unprotected-personal-data': 'Pupil data sent outside',
  'abusive-language': 'Abusive language',
  'no-colleague-copy': 'No colleague copied',
};

/**
 * What the school's policy says, in the words of typical UK online safety and staff conduct policies, so a
 * flag reads as "this message and that clause" rather than as a verdict.
 */
export function mailRuleClause(rule: MailRuleId, policy: MailPolicySettings): string {
  switch (rule) {
    case 'no-colleague-copy':
      return 'The school asks staff to copy a colleague into any email to an individual pupil, so it stays open to scrutiny.';
    case 'staff-personal-account':
      return 'Staff must not contact pupils using a personal email address; only official school accounts are used.';
    case 'staff-pupil-direct':
      return policy.staffPupilEmail === 'forbidden'
        ? 'Staff are not permitted to use school email accounts to communicate with pupils directly.'
        : 'Direct staff–pupil email (the profile allows it; flagged only when the policy forbids it).';
    case 'personal-contact-details':
      return 'Staff must not share personal contact information (mobile number, home email or address, social media) with pupils.';
    case 'private-channel':
      return 'Communication with pupils stays on school systems: no invitations to private apps, messaging or texts.';
    case 'secrecy':
      return 'Staff never ask a pupil to keep contact secret or to delete messages.';
    case 'out-of-hours': {
      const h = policy.allowedHours;
      return `One-to-one email to pupils only between ${h.start} and ${h.end}${h.weekdaysOnly ? ' on weekdays' : ''}, school time.`;
    }
    case 'overly-familiar':
      return 'Email to pupils must be professional in tone and content: no affectionate, flirtatious or sexualised language.';
    case 'meeting-offsite':
      return 'Staff do not arrange to meet a pupil alone or outside school activities.';
    case 'gift-offer':
      return 'Staff do not offer pupils gifts, money or favours.';
    case 'unprotected-personal-data':
      return 'Email carrying sensitive or personal information about pupils is not sent outside the school unprotected.';
    case 'abusive-language':
      return 'Email must not be offensive, threatening or upsetting; cyberbullying is an online safety incident.';
  }
}
