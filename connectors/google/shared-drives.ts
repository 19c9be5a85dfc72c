/**
 * Shared drives: who can read one, and every item in it with the grants that reach it.
 *
 * files.list has no `useDomainAdminAccess`: it lists a shared drive only for a member (GAMADV-XTD3 #355,
 * PSGSuite #329; the parameter exists on drives.* and permissions.* only). So the administrator reads the
 * drive's membership with `useDomainAdminAccess` (which works whether or not the admin is a member) and we
 * impersonate its best-placed member from the school: a Manager first, the administrator on a tie.
 *
 * Why the listing is complete and cheap: members see every item of a shared drive, so one `corpora=drive`
 * listing (1,000 a page: Drive never returns `permissions` on shared-drive items, so the 100 cap does not
 * apply) names every item. What reaches an item is (a) the drive's membership, inherited by everything,
 * (b) grants on a folder above it, and (c) grants on the item itself. Drive flags (b)/(c) with
 * `hasAugmentedPermissions` on the folder or item holding them, so one permissions.list per flagged item,
 * passed down the folder tree we just listed, resolves all three without a call per item.
 */
import type { SharedItem, SharingGrant } from '../../core/sharing/types';
import { inDomains } from './directory';
import { listAllPermissions, parseFiles, type DriveDeps } from './drive-deps';
import {
  fileListPage,
  mergeGrants,
  SHARED_DRIVE_FILE_FIELDS,
  toGrant,
  toItem,
  type DriveFile,
  type DrivePermission,
} from './drive-model';

export interface SharedDriveAccess {
  readonly driveId: string;
  /** The member sos reads the drive as. */
  readonly actAs: string;
  /** Membership as grants every item inherits (inheritedFrom = the drive). */
  readonly members: readonly SharingGrant[];
}

const ROLE_RANK: Readonly<Record<string, number>> = {
  organizer: 0,
  fileOrganizer: 1,
  writer: 2,
  commenter: 3,
  reader: 4,
};

export async function resolveDriveAccess(deps: DriveDeps, driveId: string, name: string): Promise<SharedDriveAccess> {
  const permissions = await listAllPermissions(deps, deps.admin, driveId, { adminAccess: true });
  const members: SharingGrant[] = [];
  const candidates: Array<{ email: string; rank: number }> = [];
  for (const p of permissions) {
    const grant = toGrant(p);
    if (!grant) continue;
    // A school domain as a member makes every account of it a member: access for named school accounts,
    // like any staff member's, not a link anyone can use (which is what a domain grant means on an item).
    if (grant.kind === 'domain' && grant.domain !== undefined && deps.schoolDomains.includes(grant.domain)) continue;
    members.push({ ...grant, inheritedFrom: driveId });
    const email = grant.emailAddress;
    const rank = ROLE_RANK[grant.role];
    if (grant.kind !== 'user' || email === undefined || rank === undefined || grant.deleted) continue;
    if (!inDomains(email, deps.schoolDomains)) continue;
    // Suspended accounts cannot be impersonated: once the directory is known, only active ones qualify.
    if (deps.activeUsers.size > 0 && !deps.activeUsers.has(email)) continue;
    candidates.push({ email, rank });
  }
  const admin = deps.admin.toLowerCase();
  candidates.sort(
    (a, b) =>
      a.rank - b.rank || Number(b.email === admin) - Number(a.email === admin) || a.email.localeCompare(b.email),
  );
  const chosen = candidates[0];
  if (chosen === undefined) {
    throw new Error(
      `shared drive "${name}" (${driveId}): no active school account is a member to read it as; ` +
        'add a staff account as its Manager',
    );
  }
  return { driveId, actAs: chosen.email, members };
}

/** Every non-trashed item of the drive with its grants resolved (see the file comment for why it is complete). */
export async function listSharedDriveItems(deps: DriveDeps, access: SharedDriveAccess): Promise<SharedItem[]> {
  const files = await listDriveFiles(deps, access);
  const byId = new Map(files.map((f) => [f.id, f]));
  const own = new Map<string, SharingGrant[]>();
  for (const f of files) {
    if (f.hasAugmentedPermissions === true) own.set(f.id, await ownGrants(deps, access, f.id));
  }

  const effective = new Map<string, readonly SharingGrant[]>();
  const resolving = new Set<string>();
  const grantsOf = (id: string): readonly SharingGrant[] => {
    const known = effective.get(id);
    if (known) return known;
    const file = byId.get(id);
    if (!file || resolving.has(id)) return access.members;
    resolving.add(id);
    const parent = file.parents?.[0];
    const fromParent =
      parent !== undefined && byId.has(parent)
        ? grantsOf(parent).map((g) => (g.inheritedFrom ? g : { ...g, inheritedFrom: parent }))
        : access.members;
    const result = mergeGrants(fromParent, own.get(id) ?? []);
    resolving.delete(id);
    effective.set(id, result);
    return result;
  };
  return files.map((f) => toItem(f, access.actAs, grantsOf(f.id)));
}

/** One changed item's grants: its own permissions.list (Drive includes inherited ones) plus the membership. */
export async function sharedDriveItemGrants(
  deps: DriveDeps,
  access: SharedDriveAccess,
  file: DriveFile,
): Promise<SharingGrant[]> {
  return mergeGrants(access.members, await ownGrants(deps, access, file.id));
}

/** The item's grants other than the membership (which `access.members` carries, filtered as above). */
async function ownGrants(deps: DriveDeps, access: SharedDriveAccess, fileId: string): Promise<SharingGrant[]> {
  const permissions = await listAllPermissions(deps, access.actAs, fileId);
  const membershipOnly = (p: DrivePermission) =>
    (p.permissionDetails ?? []).length > 0 && (p.permissionDetails ?? []).every((d) => d.permissionType === 'member');
  return permissions
    .filter((p) => !membershipOnly(p))
    .map((p) => toGrant(p))
    .filter((g): g is SharingGrant => g !== undefined);
}

async function listDriveFiles(deps: DriveDeps, access: SharedDriveAccess): Promise<DriveFile[]> {
  const drive = deps.clients.drive(access.actAs);
  const out: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const res = await deps.limiter.run(access.actAs, 'drive.files.list', () =>
      drive.files.list({
        corpora: 'drive',
        driveId: access.driveId,
        includeItemsFromAllDrives: true,
        supportsAllDrives: true,
        q: 'trashed = false',
        pageSize: deps.drivePageSize,
        fields: `nextPageToken,incompleteSearch,files(${SHARED_DRIVE_FILE_FIELDS})`,
        ...(token !== undefined && { pageToken: token }),
      }),
    );
    const page = fileListPage.safeParse(res.data);
    if (!page.success) throw new Error(`drive.files.list as ${access.actAs}: unexpected answer`);
    // One drive never needs an incomplete search; if Drive says so anyway, failing beats a silent gap.
    if (page.data.incompleteSearch === true) {
      throw new Error(`drive.files.list of shared drive ${access.driveId}: Drive reported an incomplete search`);
    }
    out.push(...parseFiles(deps, page.data.files ?? [], `shared drive ${access.driveId}`));
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return out;
}
