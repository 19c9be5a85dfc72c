/**
 * Drive resources as the API returns them to a given caller, plus the access rules every route shares:
 * who may see, open, and share an item.
 */
import { fileNotFound, GoogleHttpError } from './errors';
import type { Visibility } from './q-parser';
import type { Caller } from './router';
import {
  GOOGLE_TYPE_PREFIX,
  roleRank,
  type EffectivePermission,
  type EmuDrive,
  type EmuFile,
  type EmuPermission,
  type GoogleTenant,
} from './tenant';
import type { PermissionRole } from './fixture';

export const isGoogleType = (mimeType: string) => mimeType.startsWith(GOOGLE_TYPE_PREFIX);

export function renderPermission(tenant: GoogleTenant, p: EmuPermission | EffectivePermission, inDrive: boolean) {
  const displayName =
    p.type === 'domain'
      ? p.domain
      : p.emailAddress !== undefined
        ? (tenant.user(p.emailAddress)?.fullName ?? p.emailAddress)
        : undefined;
  const out: Record<string, unknown> = {
    kind: 'drive#permission',
    id: p.id,
    type: p.type,
    role: p.role,
  };
  if (p.emailAddress !== undefined) out.emailAddress = p.emailAddress;
  if (p.domain !== undefined) out.domain = p.domain;
  if (p.allowFileDiscovery !== undefined) out.allowFileDiscovery = p.allowFileDiscovery;
  if (displayName !== undefined) out.displayName = displayName;
  if (p.expirationTime !== undefined) out.expirationTime = p.expirationTime;
  if (p.type === 'user' || p.type === 'group') out.deleted = p.deleted ?? false;
  out.pendingOwner = false;
  if ('details' in p) {
    out.permissionDetails = p.details.map((d) => ({
      permissionType: d.permissionType,
      role: d.role,
      inherited: d.inherited,
      ...(inDrive && d.inheritedFrom !== undefined ? { inheritedFrom: d.inheritedFrom } : {}),
    }));
    out.inheritedPermissionsDisabled = false;
  }
  return out;
}

/** The caller's role through owner, user grants or drive membership (what puts it in their lists). */
export function memberRole(
  tenant: GoogleTenant,
  caller: Caller,
  f: EmuFile,
  effective?: readonly EffectivePermission[],
): PermissionRole | undefined {
  const direct = tenant.roleOf(caller.email, f, effective);
  const member = f.driveId !== undefined ? tenant.isDriveMember(caller.email, f.driveId) : undefined;
  if (direct === undefined) return member;
  if (member === undefined) return direct;
  return roleRank(direct) >= roleRank(member) ? direct : member;
}

/** The item if the caller may open it (list access or a link), else Google's 404 — as Drive hides it. */
export function openFile(
  req: { tenant: GoogleTenant; caller: Caller; query: URLSearchParams },
  id: string,
  // files.export has no supportsAllDrives parameter: it reaches shared-drive items without it.
  options: { anyDrive?: boolean } = {},
) {
  const f = req.tenant.file(id);
  if (!f) throw fileNotFound(id);
  if (f.driveId !== undefined && !options.anyDrive && req.query.get('supportsAllDrives') !== 'true')
    throw fileNotFound(id);
  const role = memberRole(req.tenant, req.caller, f) ?? req.tenant.linkRole(req.caller.email, f);
  if (role === undefined) throw fileNotFound(id);
  return { file: f, role };
}

export function canShare(role: PermissionRole | undefined): boolean {
  return role !== undefined && roleRank(role) >= roleRank('writer');
}

export function visibilityOf(tenant: GoogleTenant, f: EmuFile): Visibility {
  const now = tenant.clock().getTime();
  let best: Visibility = 'limited';
  const rank: Record<Visibility, number> = {
    limited: 0,
    domainWithLink: 1,
    domainCanFind: 2,
    anyoneWithLink: 3,
    anyoneCanFind: 4,
  };
  for (const p of tenant.effectivePermissions(f)) {
    if (p.expirationTime !== undefined && Date.parse(p.expirationTime) <= now) continue;
    let v: Visibility | undefined;
    if (p.type === 'anyone') v = p.allowFileDiscovery ? 'anyoneCanFind' : 'anyoneWithLink';
    else if (p.type === 'domain') v = p.allowFileDiscovery ? 'domainCanFind' : 'domainWithLink';
    if (v !== undefined && rank[v] > rank[best]) best = v;
  }
  return best;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/vnd.google-apps.document': 'document',
  'application/vnd.google-apps.spreadsheet': 'spreadsheets',
  'application/vnd.google-apps.presentation': 'presentation',
};

export function fileSize(f: EmuFile): number {
  return f.sizeOverride ?? f.content.length;
}

export function renderFile(tenant: GoogleTenant, caller: Caller, f: EmuFile): Record<string, unknown> {
  const effective = tenant.effectivePermissions(f);
  const inDrive = f.driveId !== undefined;
  const role = memberRole(tenant, caller, f, effective) ?? tenant.linkRole(caller.email, f, effective);
  const mine = f.owner !== undefined && tenant.addressesOf(caller.email).has(f.owner);
  const google = isGoogleType(f.mimeType);
  const docPath = EXTENSIONS[f.mimeType];
  const out: Record<string, unknown> = {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    starred: false,
    trashed: f.trashed,
    explicitlyTrashed: f.trashed,
    parents: [...f.parents],
    spaces: ['drive'],
    version: String(f.version),
    webViewLink:
      docPath !== undefined
        ? `https://docs.google.com/${docPath}/d/${f.id}/edit?usp=drivesdk`
        : f.mimeType === 'application/vnd.google-apps.folder'
          ? `https://drive.google.com/drive/folders/${f.id}`
          : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${f.mimeType}`,
    viewedByMe: mine,
    createdTime: f.createdTime,
    modifiedTime: f.modifiedTime,
    modifiedByMe: mine,
    shared: effective.some((p) => p.role !== 'owner' && p.details.some((d) => d.permissionType === 'file')),
    ownedByMe: mine,
    capabilities: {
      canEdit: role !== undefined && roleRank(role) >= roleRank('writer'),
      canShare: canShare(role),
      canDownload: true,
      canComment: role !== undefined && roleRank(role) >= roleRank('commenter'),
      canTrash: mine || (role !== undefined && roleRank(role) >= roleRank('fileOrganizer')),
    },
    viewersCanCopyContent: true,
    copyRequiresWriterPermission: false,
    writersCanShare: true,
    permissionIds: effective.map((p) => p.id),
    inheritedPermissionsDisabled: false,
  };
  if (!google && f.mimeType !== 'application/vnd.google-apps.folder') {
    out.size = String(fileSize(f));
    out.quotaBytesUsed = String(fileSize(f));
    out.originalFilename = f.name;
    const ext = /\.([A-Za-z0-9]+)$/.exec(f.name);
    if (ext) out.fileExtension = out.fullFileExtension = ext[1];
  } else if (f.sizeOverride !== undefined) {
    out.size = String(f.sizeOverride);
  }
  if (inDrive) {
    out.driveId = f.driveId;
    out.teamDriveId = f.driveId;
    out.hasAugmentedPermissions = f.permissions.length > 0;
  } else {
    const owner = f.owner as string;
    out.owners = [
      {
        kind: 'drive#user',
        displayName: tenant.user(owner)?.fullName ?? owner,
        me: mine,
        permissionId: effective.find((p) => p.role === 'owner')?.id,
        emailAddress: owner,
      },
    ];
    // "Only available if the requesting user can share the file. Not populated for items in shared drives."
    if (canShare(role)) out.permissions = effective.map((p) => renderPermission(tenant, p, false));
  }
  return out;
}

export function renderDrive(d: EmuDrive): Record<string, unknown> {
  return { kind: 'drive#drive', id: d.id, name: d.name, createdTime: d.createdTime, hidden: false };
}

export function requireBoolParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null) return false;
  if (raw !== 'true' && raw !== 'false') {
    throw new GoogleHttpError(400, 'invalid', `Invalid value '${raw}'. Value must be 'true' or 'false'.`, {
      location: name,
    });
  }
  return raw === 'true';
}
