/**
 * Drive v3 change feeds: a user's (every change to a file they hold, in My Drive and, when asked, their
 * shared drives) or a shared drive's. Several changes to one file in the range come back as the latest
 * only, with the file as it is now; a file deleted or no longer reachable comes back `removed`.
 */
import { GoogleHttpError } from '../errors';
import { applyFields, CHANGE_LIST_SCHEMA, responseMask, START_TOKEN_SCHEMA } from '../fields';
import { pageSizeParam } from '../paging';
import { memberRole, renderFile, requireBoolParam } from '../render';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import type { ChangeRecord } from '../tenant';

function driveParam(req: GoogleRequest): string | undefined {
  const driveId = req.query.get('driveId') ?? req.query.get('teamDriveId');
  if (driveId === null) return undefined;
  if (!requireBoolParam(req.query, 'supportsAllDrives')) {
    throw new GoogleHttpError(
      403,
      'teamDrivesParameterNotSupported',
      'The driveId parameter can only be used with supportsAllDrives set to true.',
      { location: 'driveId' },
    );
  }
  if (!req.tenant.drive(driveId) || req.tenant.isDriveMember(req.caller.email, driveId) === undefined) {
    throw new GoogleHttpError(404, 'notFound', `Shared drive not found: ${driveId}`, { location: 'driveId' });
  }
  return driveId;
}

function startPageToken(req: GoogleRequest): GoogleResponse {
  driveParam(req);
  const mask = responseMask(req.query.get('fields'), START_TOKEN_SCHEMA, 'kind,startPageToken');
  return {
    status: 200,
    json: applyFields({ kind: 'drive#startPageToken', startPageToken: req.tenant.startPageToken() }, mask),
  };
}

function listChanges(req: GoogleRequest): GoogleResponse {
  const { query, tenant, caller } = req;
  const raw = query.get('pageToken');
  if (raw === null || raw === '') {
    throw new GoogleHttpError(400, 'required', 'Required parameter: pageToken', { location: 'pageToken' });
  }
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > tenant.lastChangeSeq + 1) {
    throw new GoogleHttpError(400, 'invalid', 'Invalid Value', { location: 'pageToken' });
  }
  const driveId = driveParam(req);
  const allDrives =
    requireBoolParam(query, 'includeItemsFromAllDrives') || requireBoolParam(query, 'includeTeamDriveItems');
  if (allDrives && !requireBoolParam(query, 'supportsAllDrives')) {
    throw new GoogleHttpError(
      400,
      'invalid',
      'The includeItemsFromAllDrives parameter can only be set to true when supportsAllDrives is also true.',
      { location: 'includeItemsFromAllDrives' },
    );
  }
  const includeRemoved = query.get('includeRemoved') !== 'false';
  const myDriveOnly = requireBoolParam(query, 'restrictToMyDrive');
  const pageSize = pageSizeParam(query, 'pageSize', 100, 1000);
  const mask = responseMask(
    query.get('fields'),
    CHANGE_LIST_SCHEMA,
    'kind,nextPageToken,newStartPageToken,changes(kind,changeType,time,removed,fileId,driveId,file(kind,id,name,mimeType))',
  );

  const accepts = (c: ChangeRecord): boolean => {
    if (driveId !== undefined) return c.driveId === driveId;
    if (!c.audience.has(caller.email)) return false;
    return c.driveId === undefined || (allDrives && !myDriveOnly);
  };
  const changes: unknown[] = [];
  let nextPageToken: string | undefined;
  for (const c of tenant.changesSince(Number(raw))) {
    if (changes.length >= pageSize) {
      nextPageToken = String(c.seq);
      break;
    }
    if (!accepts(c) || tenant.supersededFor(c, accepts)) continue;
    const f = tenant.file(c.fileId);
    const reachable =
      f !== undefined && (driveId !== undefined ? f.driveId === driveId : memberRole(tenant, caller, f) !== undefined);
    if (!reachable && !includeRemoved) continue;
    changes.push({
      kind: 'drive#change',
      changeType: 'file',
      time: c.time,
      removed: !reachable,
      fileId: c.fileId,
      ...(c.driveId !== undefined ? { driveId: c.driveId } : {}),
      ...(reachable && f ? { file: renderFile(tenant, caller, f) } : {}),
    });
  }
  const body = {
    kind: 'drive#changeList',
    ...(nextPageToken !== undefined ? { nextPageToken } : { newStartPageToken: tenant.startPageToken() }),
    changes,
  };
  return { status: 200, json: applyFields(body, mask) };
}

export const changeRoutes: readonly GoogleRoute[] = [
  { method: 'GET', pattern: '/drive/v3/changes/startPageToken', handler: startPageToken },
  { method: 'GET', pattern: '/drive/v3/changes', handler: listChanges },
];
