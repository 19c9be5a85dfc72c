/** Drive v3 shared drives (`drives.list`, `drives.get`) and `about.get`. */
import { GoogleHttpError } from '../errors';
import { ABOUT_SCHEMA, applyFields, DRIVE_LIST_SCHEMA, DRIVE_SCHEMA, responseMask } from '../fields';
import { offsetPage, pageSizeParam } from '../paging';
import { renderDrive, requireBoolParam } from '../render';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import { permissionIdFor } from '../tenant';

function adminAccess(req: GoogleRequest): boolean {
  const asAdmin = requireBoolParam(req.query, 'useDomainAdminAccess');
  if (asAdmin && !req.caller.isAdmin) {
    throw new GoogleHttpError(
      403,
      'insufficientAdminPrivileges',
      'The user does not have sufficient administrative privileges.',
    );
  }
  return asAdmin;
}

function listDrives(req: GoogleRequest): GoogleResponse {
  const asAdmin = adminAccess(req);
  const mask = responseMask(req.query.get('fields'), DRIVE_LIST_SCHEMA, 'kind,nextPageToken,drives(kind,id,name)');
  const pageSize = pageSizeParam(req.query, 'pageSize', 10, 100);
  const drives = req.tenant
    .allDrives()
    .filter((d) => asAdmin || req.tenant.isDriveMember(req.caller.email, d.id) !== undefined);
  const page = offsetPage(drives, req.query.get('pageToken'), pageSize);
  const body = {
    kind: 'drive#driveList',
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    drives: page.items.map(renderDrive),
  };
  return { status: 200, json: applyFields(body, mask) };
}

function getDrive(req: GoogleRequest): GoogleResponse {
  const asAdmin = adminAccess(req);
  const id = req.params.driveId as string;
  const drive = req.tenant.drive(id);
  if (!drive || (!asAdmin && req.tenant.isDriveMember(req.caller.email, id) === undefined)) {
    throw new GoogleHttpError(404, 'notFound', `Shared drive not found: ${id}`, { location: 'driveId' });
  }
  const mask = responseMask(req.query.get('fields'), DRIVE_SCHEMA, 'kind,id,name');
  return { status: 200, json: applyFields(renderDrive(drive), mask) };
}

function about(req: GoogleRequest): GoogleResponse {
  if (req.query.get('fields') === null) {
    throw new GoogleHttpError(400, 'required', "The 'fields' parameter is required for this method.", {
      location: 'fields',
    });
  }
  const mask = responseMask(req.query.get('fields'), ABOUT_SCHEMA, 'kind,user');
  const email = req.caller.email;
  const body = {
    kind: 'drive#about',
    user: {
      kind: 'drive#user',
      displayName: req.tenant.user(email)?.fullName ?? email,
      me: true,
      permissionId: permissionIdFor({ type: 'user', emailAddress: email }),
      emailAddress: email,
    },
    canCreateDrives: true,
  };
  return { status: 200, json: applyFields(body, mask) };
}

export const driveRoutes: readonly GoogleRoute[] = [
  { method: 'GET', pattern: '/drive/v3/drives', handler: listDrives },
  { method: 'GET', pattern: '/drive/v3/drives/:driveId', handler: getDrive },
  { method: 'GET', pattern: '/drive/v3/about', handler: about },
];
