/**
 * Seed 002: "Encrypt data being sent via email which includes sensitive/personal information"; seeds 002,
 * 003, 004: "Personal data will not be sent over the internet ... unless safely encrypted". Flags pupil
 * personal data (the sensitive scanner's identifiers and special categories, at medium confidence or
 * more, in the body or the attachments' text) going to any address outside the school's domains,
 * including a member of staff's own personal address.
 *
 * Not flagged: one pupil's own data sent to that pupil or to a parent (the school writes to families
 * about their child every day), and partner domains the profile trusts (`sharing.allowedExternalDomains`).
 * Contact details (phone, email, postal address) count only as a list about several named pupils, since
 * every signature and letter to a parent carries one.
 */
import { scanText, type Match, type SensitiveType } from '../../sensitive';
import type { Party } from '../parties';
import type { MailRule, RuleContext } from '../rule';

/** Identifiers and categories that only ever describe a pupil. */
const PUPIL_TYPES = new Set<SensitiveType>(['upn', 'uln', 'sen']);
/** Personal data that is a pupil's when the text is about pupils. */
const PERSON_TYPES = new Set<SensitiveType>([
  'nhs_number',
  'ni_number',
  'passport_number',
  'driving_licence',
  'date_of_birth',
  'health',
  'safeguarding',
  'payment_card',
  'bank_account',
  'iban',
]);
const CONTACT_TYPES = new Set<SensitiveType>(['phone_number', 'email_address', 'postal_address']);
const SCANNED: SensitiveType[] = [...PUPIL_TYPES, ...PERSON_TYPES, ...CONTACT_TYPES];
const PUPIL_WORDS =
  /\b(?:pupils?|students?|child|children|learners?|son|daughter|year\s?\d{1,2}|y\d{1,2}|class|form\s+group|tutor\s+group|ks[1-5]|reception\s+class|nursery|ehcp|sen(?:co|d)?|upn|looked[-\s]after|cla|fsm|pupil\s+premium)\b/i;

export const unprotectedPersonalData: MailRule = {
  id: 'unprotected-personal-data',
  clause:
    'Seed 002: "Encrypt data being sent via email which includes sensitive/personal information"; personal data is not sent over the internet unless safely encrypted (002, 003, 004).',
  severity: 'high',
  applies: (ctx) => {
    const p = ctx.parties;
    if (p.outside.length === 0 || p.sender === null) return false;
    // The school's side is sending: staff on any account, or another school mailbox (the office).
    if (!(p.staffSender || (p.sender.school && p.sender.role !== 'pupil' && p.sender.role !== 'parent'))) return false;
    return outsideRecipients(ctx).length > 0;
  },
  check(ctx) {
    const text = ctx.body.all;
    const matches = scanText(text, { types: SCANNED }).filter((m) => m.confidence !== 'low');
    if (matches.length === 0) return [];
    const pupilsNamed = ctx.env.pupilNames.find(text);
    const aboutPupils = pupilsNamed.length > 0 || PUPIL_WORDS.test(text);
    const counted = matches.filter(
      (m) =>
        PUPIL_TYPES.has(m.type) ||
        (PERSON_TYPES.has(m.type) && aboutPupils) ||
        (CONTACT_TYPES.has(m.type) && pupilsNamed.length >= 2 && distinctCount(matches, m.type) >= 2),
    );
    if (counted.length === 0) return [];
    const targets = outsideRecipients(ctx);
    // A family's own child: at most one pupil named, and every outside recipient is that pupil or family.
    const surname = pupilsNamed.length === 1 ? surnameOf(pupilsNamed[0]!.name) : '';
    if (pupilsNamed.length <= 1 && targets.every((t) => isFamily(t, surname))) return [];
    const types = [...new Set(counted.map((m) => m.type))];
    const personal = targets.some((t) => t.role === 'staff' && t.personal);
    const where = personal ? "to staff's personal address" : 'outside the school';
    return [{ text: `${types.slice(0, 2).join(', ')} (${counted[0]!.masked.slice(0, 16)}) sent ${where}` }];
  },
};

function outsideRecipients(ctx: RuleContext): Party[] {
  const trusted = ctx.env.profile.sharing.allowedExternalDomains;
  return ctx.parties.outside.filter((p) => {
    const domain = p.address.slice(p.address.lastIndexOf('@') + 1);
    return !p.official && !trusted.includes(domain);
  });
}

/**
 * A parent or the pupil per the directory, or an address the directory does not know whose name or
 * mailbox carries the named pupil's surname (the family's own address).
 */
function isFamily(party: Party, pupilSurname: string): boolean {
  if (party.role === 'parent' || party.role === 'pupil') return true;
  if (party.role !== 'unknown' || pupilSurname.length < 3) return false;
  const local = party.address.slice(0, party.address.lastIndexOf('@')).toLowerCase();
  return (party.name ?? '').toLowerCase().includes(pupilSurname) || local.includes(pupilSurname);
}

function surnameOf(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words[words.length - 1] ?? '';
}

function distinctCount(matches: readonly Match[], type: SensitiveType): number {
  return new Set(matches.filter((m) => m.type === type).map((m) => m.masked)).size;
}
