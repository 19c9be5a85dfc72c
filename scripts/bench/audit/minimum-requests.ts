/**
 * The fewest API requests that can return the same data as a full audit, computed from the tenant:
 * - Directory: one users.list page per 500 accounts (its maximum page).
 * - My Drive: external named shares have no `q` term, so every owned item must be listed with its
 *   permissions; files.list returns at most 100 items per page when permissions are requested, so
 *   ceil(owned / 100) pages per active user (at least one, to learn that a drive is empty).
 * - Shared drives: drives.list pages of 100; per drive one permissions.list for its membership, listing
 *   pages of 1,000 (permissions are not returned there) and one permissions.list per item whose
 *   permissions differ from the drive's (hasAugmentedPermissions).
 * - Change tokens: one changes.getStartPageToken per drive, the price of every later incremental run;
 *   reported separately so the comparison is fair both ways.
 */
import type { GoogleTenantFixture } from '../../../test/emulators/google/fixture';

export interface MinimumRequests {
  readonly listing: number;
  readonly tokens: number;
  readonly files: number;
}

export function minimumRequests(fixture: GoogleTenantFixture): MinimumRequests {
  const active = fixture.users.filter((u) => !u.suspended && !u.archived);
  const owned = new Map<string, number>(active.map((u) => [u.primaryEmail.toLowerCase(), 0]));
  const perDrive = new Map<string, { items: number; augmented: number }>(
    (fixture.sharedDrives ?? []).map((d) => [d.id, { items: 0, augmented: 0 }]),
  );
  let files = 0;
  for (const f of fixture.files) {
    if (f.trashed) continue;
    files += 1;
    if (f.driveId !== undefined) {
      const d = perDrive.get(f.driveId);
      if (d) {
        d.items += 1;
        if ((f.permissions ?? []).length > 0) d.augmented += 1;
      }
    } else if (f.owner !== undefined && owned.has(f.owner.toLowerCase())) {
      owned.set(f.owner.toLowerCase(), (owned.get(f.owner.toLowerCase()) ?? 0) + 1);
    }
  }
  let listing = Math.max(1, Math.ceil(active.length / 500)) + Math.max(1, Math.ceil(perDrive.size / 100));
  for (const n of owned.values()) listing += Math.max(1, Math.ceil(n / 100));
  for (const d of perDrive.values()) listing += 1 + Math.max(1, Math.ceil(d.items / 1000)) + d.augmented;
  return { listing, tokens: owned.size + perDrive.size, files };
}
