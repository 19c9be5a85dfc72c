/**
 * How grave a flagged message is. Each rule has a base severity (in its own file; a rule may raise it for one finding, a
 * threat or sexualised language); combinations raise it further, as grooming is recognised by signs
 * together rather than one word (research: a private channel or personal contact details together with
 * secrecy, a meeting or over-familiarity is a possible allegation). Out-of-hours alone stays low.
 */
import type { MailRuleId, Severity } from './message';
import { SEVERITIES } from './message';

const rank = (s: Severity): number => SEVERITIES.indexOf(s);
const higher = (a: Severity, b: Severity): Severity => (rank(a) >= rank(b) ? a : b);

/** Signs of grooming: each alone is a concern, together they are a pattern. */
const GROOMING: readonly MailRuleId[] = [
  'staff-personal-account',
  'personal-contact-details',
  'private-channel',
  'secrecy',
  'overly-familiar',
  'meeting-offsite',
  'gift-offer',
];

/**
 * The message's severity from the severities its rules found (each rule's base, or higher where one
 * finding was graver), raised by combinations.
 */
export function combinedSeverity(found: ReadonlyMap<MailRuleId, Severity>): Severity {
  let severity: Severity = 'low';
  for (const s of found.values()) severity = higher(severity, s);
  const has = (id: MailRuleId) => found.has(id);
  const contact = has('private-channel') || has('personal-contact-details') || has('staff-personal-account');
  const signs = GROOMING.filter(has).length;

  if (has('secrecy') && (contact || has('meeting-offsite') || has('overly-familiar') || has('gift-offer'))) {
    return 'critical';
  }
  if (has('meeting-offsite') && (has('overly-familiar') || has('private-channel') || has('personal-contact-details'))) {
    return 'critical';
  }
  if (has('overly-familiar') && (has('private-channel') || has('personal-contact-details') || has('gift-offer'))) {
    severity = higher(severity, 'high');
  }
  if (signs >= 3) return 'critical';
  if (signs === 2) severity = higher(severity, 'high');
  return severity;
}
