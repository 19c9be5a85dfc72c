/**
 * Drive v3 permissions on a file or on a shared drive (its members): list (paged), get, create, delete.
 * Shared-drive items answer only with `supportsAllDrives=true`; an admin reaches any shared drive's items
 * with `useDomainAdminAccess=true`. Inherited grants cannot be deleted on the item that inherits them.
 */
import { fileNotFound, GoogleHttpError, insufficientPermissions } from '../errors';
import { applyFields, PERMISSION_LIST_SCHEMA, PERMISSION_SCHEMA, responseMask } from '../fields';
import type { PermissionFixture, PermissionRole, PermissionType } from '../fixture';
import { offsetPage, pageSizeParam } from '../paging';
import { canShare, memberRole, renderPermission, requireBoolParam } from '../render';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import type { EffectivePermission, EmuPermission } from '../tenant';

const DEFAULT_PERMISSION = 'kind,id,type,role,emailAddress,domain,allowFileDiscovery,displayName,deleted';

/** What the caller may do with the target's permissions. */
interface Target {
  readonly kind: 'file' | 'drive';
  readonly id: string;
  readonly inDrive: boolean;
  readonly list: () => ReadonlyArray<EmuPermission | EffectivePermission>;
  readonly direct: () => readonly EmuPermission[];
  /** May change sharing (owner/writer, drive organizer, or admin acting as admin). */
  readonly manage: boolean;
}

function target(req: GoogleRequest): Target {
  const { tenant, caller, query } = req;
  const id = req.params.fileId as string;
  const supportsAllDrives =
    requireBoolParam(query, 'supportsAllDrives') || requireBoolParam(query, 'supportsTeamDrives');
  const adminAccess = requireBoolParam(query, 'useDomainAdminAccess');
  if (adminAccess && !caller.isAdmin) {
    throw new GoogleHttpError(
      403,
      'insufficientAdminPrivileges',
      'The user does not have sufficient administrative privileges.',
    );
  }
  const drive = tenant.drive(id);
  if (drive) {
    if (!supportsAllDrives) throw fileNotFound(id);
    const role = tenant.isDriveMember(caller.email, id);
    if (role === undefined && !adminAccess) throw fileNotFound(id);
    return {
      kind: 'drive',
      id,
      inDrive: true,
      list: () => drive.members,
      direct: () => drive.members,
      manage: adminAccess || role === 'organizer',
    };
  }
  const f = tenant.file(id);
  if (!f || (f.driveId !== undefined && !supportsAllDrives)) throw fileNotFound(id);
  const inDrive = f.driveId !== undefined;
  const role = memberRole(tenant, caller, f);
  const asAdmin = adminAccess && inDrive;
  if (role === undefined && !asAdmin) {
    if (tenant.linkRole(caller.email, f) !== undefined) throw insufficientPermissions();
    throw fileNotFound(id);
  }
  return {
    kind: 'file',
    id,
    inDrive,
    list: () => tenant.effectivePermissions(f),
    direct: () => f.permissions,
    manage: asAdmin || canShare(role),
  };
}

function listPermissions(req: GoogleRequest): GoogleResponse {
  const t = target(req);
  const mask = responseMask(
    req.query.get('fields'),
    PERMISSION_LIST_SCHEMA,
    `kind,nextPageToken,permissions(${DEFAULT_PERMISSION})`,
  );
  const all = t.list();
  // Unpaged on My Drive items unless asked; shared-drive items give at most 100 a page.
  const pageSize = pageSizeParam(req.query, 'pageSize', t.inDrive ? 100 : Math.max(all.length, 1), 100);
  const page = offsetPage(all, req.query.get('pageToken'), pageSize);
  const body = {
    kind: 'drive#permissionList',
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    permissions: page.items.map((p) => renderPermission(req.tenant, p, t.inDrive)),
  };
  return { status: 200, json: applyFields(body, mask) };
}

function findPermission(req: GoogleRequest, t: Target) {
  const pid = req.params.permissionId as string;
  const perm = t.list().find((p) => p.id === pid);
  if (!perm) {
    throw new GoogleHttpError(404, 'notFound', `Permission not found: ${pid}.`, { location: 'permissionId' });
  }
  return perm;
}

function getPermission(req: GoogleRequest): GoogleResponse {
  const t = target(req);
  const perm = findPermission(req, t);
  const mask = responseMask(req.query.get('fields'), PERMISSION_SCHEMA, DEFAULT_PERMISSION);
  return { status: 200, json: applyFields(renderPermission(req.tenant, perm, t.inDrive), mask) };
}

const TYPES: readonly PermissionType[] = ['user', 'group', 'domain', 'anyone'];
const ROLES: readonly PermissionRole[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];

function parseBody(body: unknown): PermissionFixture {
  const b = (body ?? {}) as Record<string, unknown>;
  const bad = (field: string, message: string) => new GoogleHttpError(400, 'invalid', message, { location: field });
  const type = b.type as PermissionType;
  const role = b.role as PermissionRole;
  if (!TYPES.includes(type)) throw bad('permission.type', 'Invalid permission type.');
  if (!ROLES.includes(role)) throw bad('permission.role', 'Invalid permission role.');
  const email = typeof b.emailAddress === 'string' ? b.emailAddress : undefined;
  const domain = typeof b.domain === 'string' ? b.domain : undefined;
  if ((type === 'user' || type === 'group') && !email) {
    throw new GoogleHttpError(400, 'required', 'Permission field emailAddress is required.', {
      location: 'permission.emailAddress',
    });
  }
  if (type === 'domain' && !domain) {
    throw new GoogleHttpError(400, 'required', 'Permission field domain is required.', {
      location: 'permission.domain',
    });
  }
  return {
    type,
    role,
    ...(email !== undefined ? { emailAddress: email } : {}),
    ...(domain !== undefined ? { domain } : {}),
    ...(typeof b.allowFileDiscovery === 'boolean' ? { allowFileDiscovery: b.allowFileDiscovery } : {}),
    ...(typeof b.expirationTime === 'string' ? { expirationTime: b.expirationTime } : {}),
  };
}

function createPermission(req: GoogleRequest): GoogleResponse {
  const t = target(req);
  if (!t.manage) throw insufficientPermissions();
  const input = parseBody(req.body);
  if (input.role === 'owner' && req.query.get('transferOwnership') !== 'true') {
    throw new GoogleHttpError(
      403,
      'forbidden',
      "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
      {
        location: 'transferOwnership',
      },
    );
  }
  if (input.role === 'owner' || (t.kind === 'file' && t.inDrive && input.role === 'organizer')) {
    throw new GoogleHttpError(403, 'invalidSharingRequest', 'Bad Request. This role is not allowed here.');
  }
  const created = req.tenant.addPermission(t.id, input);
  const mask = responseMask(req.query.get('fields'), PERMISSION_SCHEMA, DEFAULT_PERMISSION);
  return { status: 200, json: applyFields(renderPermission(req.tenant, created, t.inDrive), mask) };
}

function deletePermission(req: GoogleRequest): GoogleResponse {
  const t = target(req);
  if (!t.manage) throw insufficientPermissions();
  const perm = findPermission(req, t);
  if (perm.role === 'owner') {
    throw new GoogleHttpError(403, 'cannotRemoveOwner', 'The owner of a file cannot be removed.');
  }
  if (!t.direct().some((p) => p.id === perm.id)) {
    throw new GoogleHttpError(
      403,
      'cannotDeletePermission',
      'The authenticated user cannot delete the permission: it is inherited and must be changed where it comes from.',
    );
  }
  req.tenant.removePermission(t.id, perm.id);
  return { status: 204 };
}

export const permissionRoutes: readonly GoogleRoute[] = [
  { method: 'GET', pattern: '/drive/v3/files/:fileId/permissions', handler: listPermissions },
  { method: 'POST', pattern: '/drive/v3/files/:fileId/permissions', handler: createPermission },
  { method: 'GET', pattern: '/drive/v3/files/:fileId/permissions/:permissionId', handler: getPermission },
  { method: 'DELETE', pattern: '/drive/v3/files/:fileId/permissions/:permissionId', handler: deletePermission },
];
