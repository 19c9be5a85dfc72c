import { z } from 'zod';
import { text, timeZone } from './fields';

/** The school itself. `timezone` decides what "out of hours" and "this term" mean. */
export const schoolSection = z.strictObject({
  name: text,
  timezone: timeZone,
  /** Unique Reference Number from Get Information about Schools; shown on reports. */
  urn: z
    .union([z.string(), z.number()], { error: 'must be the school URN, e.g. "123456"' })
    .transform((raw) => String(raw).trim())
    .refine((urn) => /^\d{6,7}$/.test(urn), { error: 'must be the 6-digit URN from Get Information about Schools' })
    .optional(),
  /** Linked from emails and reports. */
  website: z
    .string()
    .transform((raw) => raw.trim())
    .refine((url) => /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#]\S*)?$/i.test(url), {
      error: 'must be a web address like https://www.example.sch.uk',
    })
    .optional(),
});
