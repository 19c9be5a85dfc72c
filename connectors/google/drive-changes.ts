/**
 * Change feeds for incremental audits: one per user (as that user) and one per shared drive (as the member
 * we read it as). Page tokens never expire (research google.md §1).
 *
 * A user's feed carries every change to any file the user can see, including files others shared with
 * them. Only items the user owns belong to this scope: another owner's file is skipped, not reported as
 * removed, because "removed" closes the item's finding and the file still belongs to its owner's scope
 * (whose own feed reports the change). `restrictToMyDrive` is not used: it drops owned items that sit
 * outside the My Drive tree (orphans), which the full listing does include.
 */
import type { AuditScope, ChangePage, ItemChange } from '../../core/sharing/ports';
import { parseFiles, type DriveDeps } from './drive-deps';
import { changeListPage, MY_DRIVE_FILE_FIELDS, SHARED_DRIVE_FILE_FIELDS, toItem, type DriveFile } from './drive-model';
import { myDriveItem } from './my-drive';
import { sharedDriveItemGrants, type SharedDriveAccess } from './shared-drives';

export async function startChangeToken(
  deps: DriveDeps,
  scope: AuditScope,
  access?: SharedDriveAccess,
): Promise<string> {
  const actAs = scope.kind === 'user' ? scope.email : requireAccess(scope, access).actAs;
  const drive = deps.clients.drive(actAs);
  const res = await deps.limiter.run(actAs, 'drive.changes.getStartPageToken', () =>
    drive.changes.getStartPageToken(
      scope.kind === 'drive' ? { driveId: scope.id, supportsAllDrives: true } : { supportsAllDrives: true },
    ),
  );
  const token = res.data.startPageToken;
  if (typeof token !== 'string' || token === '') {
    throw new Error(`drive.changes.getStartPageToken as ${actAs}: no token in the answer`);
  }
  return token;
}

export async function listChangesPage(
  deps: DriveDeps,
  scope: AuditScope,
  pageToken: string,
  access?: SharedDriveAccess,
): Promise<ChangePage> {
  const forDrive = scope.kind === 'drive' ? requireAccess(scope, access) : undefined;
  const actAs = forDrive ? forDrive.actAs : scope.kind === 'user' ? scope.email : '';
  const drive = deps.clients.drive(actAs);
  const fileFields = forDrive ? SHARED_DRIVE_FILE_FIELDS : MY_DRIVE_FILE_FIELDS;
  const res = await deps.limiter.run(actAs, 'drive.changes.list', () =>
    drive.changes.list({
      pageToken,
      includeRemoved: true,
      supportsAllDrives: true,
      ...(forDrive
        ? { driveId: forDrive.driveId, includeItemsFromAllDrives: true, pageSize: deps.drivePageSize }
        : { includeItemsFromAllDrives: false, pageSize: deps.pageSize }),
      fields: `nextPageToken,newStartPageToken,changes(changeType,fileId,removed,file(${fileFields}))`,
    }),
  );
  const page = changeListPage.safeParse(res.data);
  if (!page.success) throw new Error(`drive.changes.list as ${actAs}: unexpected answer`);

  const items: ItemChange[] = [];
  for (const change of page.data.changes ?? []) {
    // Changes to a shared drive itself (name, settings) are not changes to an item.
    if (change.changeType && change.changeType !== 'file') continue;
    const fileId = change.fileId;
    if (!fileId) continue;
    const file = change.file ? parseFiles(deps, [change.file], `change feed of ${actAs}`)[0] : undefined;
    if (change.removed === true || file === undefined || file.trashed === true) {
      items.push({ itemId: fileId, removed: true });
      continue;
    }
    if (forDrive) {
      // Moved to another drive or out to My Drive: gone from this scope.
      if (file.driveId !== forDrive.driveId) {
        items.push({ itemId: fileId, removed: true });
        continue;
      }
      const grants = await sharedDriveItemGrants(deps, forDrive, file);
      items.push({ itemId: fileId, removed: false, item: toItem(file, forDrive.actAs, grants) });
      continue;
    }
    if (!ownedBy(file, actAs)) continue;
    items.push({ itemId: fileId, removed: false, item: await myDriveItem(deps, actAs, file) });
  }
  const next = page.data.nextPageToken ?? undefined;
  const newStart = page.data.newStartPageToken ?? undefined;
  return {
    items,
    ...(next !== undefined && { nextPageToken: next }),
    ...(next === undefined && newStart !== undefined && { newStartPageToken: newStart }),
  };
}

function ownedBy(file: DriveFile, email: string): boolean {
  if (file.driveId) return false;
  if (typeof file.ownedByMe === 'boolean') return file.ownedByMe;
  return (file.owners ?? []).some((o) => o.emailAddress?.toLowerCase() === email.toLowerCase());
}

function requireAccess(scope: AuditScope, access: SharedDriveAccess | undefined): SharedDriveAccess {
  if (!access) throw new Error(`internal: no member resolved for ${scope.kind === 'drive' ? scope.id : 'scope'}`);
  return access;
}
