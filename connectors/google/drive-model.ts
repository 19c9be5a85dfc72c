/**
 * Drive v3 files and permissions as sos needs them: the partial-response field masks we ask for, the
 * zod shapes that check what comes back, and the mapping to the provider-neutral SharedItem/SharingGrant.
 */
import { z } from 'zod';
import type { SharedItem, SharingGrant } from '../../core/sharing/types';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** Drive caps files.list at 100 per page when `permissions` is in `fields` (research google.md §1). */
export const MAX_PAGE_WITH_PERMISSIONS = 100;
/** files.list / changes.list maximum without permissions. */
export const MAX_PAGE = 1000;
/** permissions.list maximum. */
export const MAX_PERMISSIONS_PAGE = 100;

export const PERMISSION_FIELDS =
  'id,type,role,emailAddress,domain,allowFileDiscovery,expirationTime,deleted,permissionDetails(permissionType,inherited,inheritedFrom)';

const BASE_FILE_FIELDS = 'id,name,mimeType,parents,driveId,trashed,modifiedTime,size';
/** My Drive: the grants come with the file. */
export const MY_DRIVE_FILE_FIELDS = `${BASE_FILE_FIELDS},ownedByMe,owners(emailAddress),permissions(${PERMISSION_FIELDS})`;
/** Shared drive: Drive never returns `permissions` there; `hasAugmentedPermissions` says who has own grants. */
export const SHARED_DRIVE_FILE_FIELDS = `${BASE_FILE_FIELDS},hasAugmentedPermissions`;

const nullish = <T extends z.ZodType>(schema: T) => schema.optional().nullable();

export const drivePermission = z.object({
  id: nullish(z.string()),
  type: nullish(z.string()),
  role: nullish(z.string()),
  emailAddress: nullish(z.string()),
  domain: nullish(z.string()),
  allowFileDiscovery: nullish(z.boolean()),
  expirationTime: nullish(z.string()),
  deleted: nullish(z.boolean()),
  permissionDetails: nullish(
    z.array(
      z.object({
        permissionType: nullish(z.string()),
        inherited: nullish(z.boolean()),
        inheritedFrom: nullish(z.string()),
      }),
    ),
  ),
});
export type DrivePermission = z.infer<typeof drivePermission>;

export const driveFile = z.object({
  id: z.string().min(1),
  name: nullish(z.string()),
  mimeType: nullish(z.string()),
  parents: nullish(z.array(z.string())),
  driveId: nullish(z.string()),
  trashed: nullish(z.boolean()),
  modifiedTime: nullish(z.string()),
  // int64 travels as a string in Drive's JSON.
  size: nullish(z.union([z.string(), z.number()])),
  ownedByMe: nullish(z.boolean()),
  owners: nullish(z.array(z.object({ emailAddress: nullish(z.string()) }))),
  permissions: nullish(z.array(drivePermission)),
  hasAugmentedPermissions: nullish(z.boolean()),
});
export type DriveFile = z.infer<typeof driveFile>;

export const fileListPage = z.object({
  nextPageToken: nullish(z.string()),
  incompleteSearch: nullish(z.boolean()),
  files: nullish(z.array(z.unknown())),
});

export const permissionListPage = z.object({
  nextPageToken: nullish(z.string()),
  permissions: nullish(z.array(drivePermission)),
});

export const changeListPage = z.object({
  nextPageToken: nullish(z.string()),
  newStartPageToken: nullish(z.string()),
  changes: nullish(
    z.array(
      z.object({
        changeType: nullish(z.string()),
        fileId: nullish(z.string()),
        removed: nullish(z.boolean()),
        file: nullish(z.unknown()),
      }),
    ),
  ),
});

const GRANT_KINDS = new Set<SharingGrant['kind']>(['anyone', 'domain', 'user', 'group']);

/**
 * One Drive permission as a grant; undefined for the owner's own grant (no exposure, and never removable)
 * and for types sos does not know. `inheritedFallback` is the source to name when Drive does not say the
 * grant is direct and names no source itself.
 */
export function toGrant(p: DrivePermission, inheritedFallback?: string): SharingGrant | undefined {
  if (!p.id || !p.type || !p.role || p.role === 'owner') return undefined;
  const kind = p.type as SharingGrant['kind'];
  if (!GRANT_KINDS.has(kind)) return undefined;
  const details = p.permissionDetails ?? [];
  const direct = details.some((d) => d.inherited === false);
  const source = details.find((d) => d.inherited === true && d.inheritedFrom)?.inheritedFrom ?? undefined;
  const inheritedFrom = direct ? undefined : (source ?? inheritedFallback);
  return {
    id: p.id,
    kind,
    role: p.role,
    ...((kind === 'user' || kind === 'group') && p.emailAddress && { emailAddress: p.emailAddress.toLowerCase() }),
    ...(kind === 'domain' && p.domain && { domain: p.domain.toLowerCase() }),
    ...((kind === 'anyone' || kind === 'domain') &&
      typeof p.allowFileDiscovery === 'boolean' && { discoverable: p.allowFileDiscovery }),
    ...(p.expirationTime && { expiresAt: p.expirationTime }),
    ...(p.deleted === true && { deleted: true }),
    ...(inheritedFrom && { inheritedFrom }),
  };
}

/**
 * My Drive grants as Drive lists them on the file (its own and those its folders pass down). Drive marks
 * an inherited one with `permissionDetails.inherited` but names its source only on shared drives, so the
 * nearest parent stands in: that is where the grant can be changed from.
 */
export function myDriveGrants(permissions: readonly DrivePermission[], parents: readonly string[]): SharingGrant[] {
  const out: SharingGrant[] = [];
  for (const p of permissions) {
    const inherited = (p.permissionDetails ?? []).some((d) => d.inherited === true);
    const direct = (p.permissionDetails ?? []).some((d) => d.inherited === false);
    const grant = toGrant(p, inherited && !direct ? parents[0] : undefined);
    if (grant) out.push(grant);
  }
  return out;
}

export function toItem(file: DriveFile, owner: string, grants: readonly SharingGrant[]): SharedItem {
  const mimeType = file.mimeType ?? 'application/octet-stream';
  const size = file.size === null || file.size === undefined ? undefined : Number(file.size);
  return {
    provider: 'google',
    id: file.id,
    name: file.name ?? '',
    mimeType,
    isFolder: mimeType === FOLDER_MIME,
    owner: owner.toLowerCase(),
    ...(file.driveId && { driveId: file.driveId }),
    parents: file.parents ?? [],
    trashed: file.trashed === true,
    ...(file.modifiedTime && { modifiedTime: file.modifiedTime }),
    ...(size !== undefined && Number.isFinite(size) && { size }),
    grants,
  };
}

/** Grants of both lists, one per permission id; the first list wins a tie. */
export function mergeGrants(first: readonly SharingGrant[], second: readonly SharingGrant[]): SharingGrant[] {
  const seen = new Set(first.map((g) => g.id));
  return [...first, ...second.filter((g) => !seen.has(g.id))];
}
