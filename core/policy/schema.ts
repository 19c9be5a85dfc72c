/**
 * The school profile (CONTRACTS §1): one file, one school's policy choices. Every object is strict,
 * because a mistyped key that was silently ignored would switch a rule off without anyone noticing.
 */
import { z } from 'zod';
import { calendarSection } from './sections/calendar';
import { contactsSection } from './sections/contacts';
import { domainsSection } from './sections/domains';
import { mailSection } from './sections/mail';
import { scanSection } from './sections/scan';
import { schoolSection } from './sections/school';
import { sharingSection } from './sections/sharing';

export const profileSchema = z.strictObject({
  /** Lets editors offer completion from a JSON Schema; otherwise ignored. */
  $schema: z.string().optional(),
  school: schoolSection,
  domains: domainsSection,
  contacts: contactsSection.prefault({}),
  calendar: calendarSection.prefault({}),
  mail: mailSection,
  sharing: sharingSection.prefault({}),
  scan: scanSection.prefault({}),
});

/** The profile as written in the file: optional fields may be absent. */
export type Profile = z.input<typeof profileSchema>;

/** The profile after validation: addresses and domains lower-cased, every default filled in. */
export type ResolvedProfile = z.output<typeof profileSchema>;

export type { Term } from './sections/calendar';
