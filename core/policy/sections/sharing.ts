import { z } from 'zod';
import { domainList, text } from './fields';

/** What the sharing audit accepts as intended. */
export const sharingSection = z.strictObject({
  /** Partner domains (a trust, the local authority) whose accounts may be shared with. */
  allowedExternalDomains: domainList().default([]),
  /** Files or folders published on purpose, by id or by path (e.g. "Website/Newsletters"). */
  allowedPublicFolders: z.array(text).default([]),
  /** true: the fix step may also remove "anyone in the school with the link" links, not only public ones. */
  fixDomainLinks: z.boolean().default(false),
});
