/**
 * One email as the staff–pupil rules see it, whatever its source (an .mbox export, an .eml file, Gmail,
 * Microsoft Graph, a monitoring mailbox in Apps Script). Sources build it; rules only read it.
 */
export interface MailAddress {
  /** Lower-cased address, e.g. `j.smith@example.sch.uk`. */
  readonly address: string;
  /** Display name as written in the header, if any. */
  readonly name?: string;
}

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  /** Extracted text (empty when the type cannot be read). */
  readonly text: string;
}

export interface MailMessage {
  /** Message-ID header without angle brackets; a source invents a stable one when it is missing. */
  readonly messageId: string;
  readonly from: MailAddress | null;
  readonly sender: MailAddress | null;
  readonly replyTo: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly bcc: readonly MailAddress[];
  /** The Date header as an instant (ISO 8601, UTC) and the offset the sender's clock wrote, in minutes. */
  readonly date: { readonly iso: string; readonly offsetMinutes: number } | null;
  readonly subject: string;
  /** The body as plain text (an HTML-only body converted to text). */
  readonly text: string;
  readonly attachments: readonly MailAttachment[];
  /** Headers that tell bulk and automatic mail from person-to-person mail, lower-cased names. */
  readonly listHeaders: {
    readonly listId?: string;
    readonly precedence?: string;
    readonly autoSubmitted?: string;
  };
}

/** The rule ids of CONTRACTS §4, exactly. */
export const MAIL_RULE_IDS = [
  'staff-personal-account',
  'staff-pupil-direct',
  'personal-contact-details',
  'private-channel',
  'secrecy',
  'out-of-hours',
  'overly-familiar',
  'meeting-offsite',
  'gift-offer',
  'unprotected-personal-data',
  'abusive-language',
] as const;
/**
 * Rules a school switches on in its profile, beyond the contract's list: they never fire unless asked for
 * (`mail.requireColleagueCopy` for `no-colleague-copy`).
 */
export const PROFILE_RULE_IDS = ['no-colleague-copy'] as const;

/** Every rule id the checker can report: the contract's, then the profile options'. */
export const ALL_RULE_IDS = [...MAIL_RULE_IDS, ...PROFILE_RULE_IDS] as const;
export type MailRuleId = (typeof ALL_RULE_IDS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One flagged message, as `sos mail check --format jsonl` prints it (CONTRACTS §4). */
export interface MailFlag {
  readonly messageId: string;
  readonly rules: readonly MailRuleId[];
  readonly severity: Severity;
  readonly from: string;
  readonly to: readonly string[];
  /** ISO 8601. */
  readonly date: string;
  /** Short, masked excerpts: never a whole identifier or a long quote. */
  readonly evidence: readonly string[];
}
