import { z } from 'zod';
import { domainList, orgUnitPath } from './fields';

/**
 * Which accounts are the school's. Only the exact domains listed count: a subdomain must be listed
 * itself, so a look-alike (example-sch.uk, example.sch.uk.evil.com) is always outside. A domain may
 * appear under both staff and pupils where the school tells them apart by org unit or directory.
 */
export const domainsSection = z.strictObject({
  staff: domainList({ min: 1 }),
  /** May be empty, e.g. a primary school whose pupils have no accounts. */
  pupils: domainList(),
  /** Rare: parent accounts the school issues on its own domain. Default: none. */
  parents: domainList().default([]),
  /** Google org unit paths that hold staff and pupil accounts (a path includes its sub-units). */
  orgUnits: z
    .strictObject({
      staff: z.array(orgUnitPath).default([]),
      pupils: z.array(orgUnitPath).default([]),
    })
    .prefault({}),
});
