import { z } from 'zod';
import { emailAddress, emailList, text } from './fields';

/** The local authority designated officer: where concerns about adults working with children go. */
const lado = z
  .strictObject({
    name: text.optional(),
    phone: z
      .string()
      .transform((raw) => raw.trim())
      .refine((phone) => /^\+?[\d\s()-]{6,25}$/.test(phone), { error: 'must be a phone number like 01632 960000' })
      .optional(),
    email: emailAddress.optional(),
  })
  .refine((value) => value.name !== undefined || value.phone !== undefined || value.email !== undefined, {
    error: 'must give at least one of name, phone or email',
  });

/**
 * Who is told what. Alerts carry a reference and a link, never the detail, so these are addresses only.
 * All optional: a capability that needs one that is missing says so when it runs.
 */
export const contactsSection = z.strictObject({
  /** Designated Safeguarding Lead: receives safeguarding alerts and the mail-check review queue. */
  dsl: emailAddress.optional(),
  deputyDsl: emailList.default([]),
  /** Concerns about staff conduct go to the head (and to the chair of governors when about the head). */
  headteacher: emailAddress.optional(),
  /**
   * Case manager for concerns about staff (usually the headteacher): receives the mail review digest for
   * flags raised by a member of staff's email. When absent, the DSL receives them.
   */
  caseManager: emailAddress.optional(),
  chairOfGovernors: emailAddress.optional(),
  /** Data protection officer: told of personal data exposed by sharing. */
  dpo: emailAddress.optional(),
  it: emailList.default([]),
  office: emailList.default([]),
  governors: emailList.default([]),
  lado: lado.optional(),
  /** Administrator impersonated for Google Directory reads (the `--admin` option overrides it). */
  googleAdmin: emailAddress.optional(),
});
