/**
 * Removing and restoring grants (`--fix` and its undo). Drive applies only the last of concurrent
 * permission changes on one file (research google.md §1), so changes to a file are queued one at a time.
 *
 * Who acts: on My Drive the owner (who may always share). On a shared drive, the membership itself (grants
 * on the drive id) is changed by the administrator with `useDomainAdminAccess`, which Drive honours only
 * when the id is a shared drive; grants on items inside it are changed by the member we read the drive as.
 */
import type { SharingGrant } from '../../core/sharing/types';
import type { DriveDeps } from './drive-deps';
import { GoogleApiError } from './retry';

export interface GrantTarget {
  readonly fileId: string;
  readonly actAs: string;
  /** The target is a shared drive id and the administrator acts on it. */
  readonly adminAccess: boolean;
}

export class FileQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task for the same file has settled. */
  run<T>(fileId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(fileId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(fileId, tail);
    void tail.then(() => {
      if (this.tails.get(fileId) === tail) this.tails.delete(fileId);
    });
    return next;
  }
}

/** Deletes the grant; one already gone (404) counts as done, so a rerun of a fix is harmless. */
export async function deleteGrant(deps: DriveDeps, target: GrantTarget, grant: SharingGrant): Promise<void> {
  if (grant.role === 'owner') throw new Error(`${target.fileId}: the owner's access cannot be removed`);
  const drive = deps.clients.drive(target.actAs, 'write');
  try {
    await deps.limiter.run(target.actAs, 'drive.permissions.delete', () =>
      drive.permissions.delete({
        fileId: target.fileId,
        permissionId: grant.id,
        supportsAllDrives: true,
        ...(target.adminAccess && { useDomainAdminAccess: true }),
      }),
    );
  } catch (err) {
    if (err instanceof GoogleApiError && err.status === 404) return;
    throw err;
  }
}

/** Creates the grant again (Drive gives it a new id, or returns the existing one for the same grantee). */
export async function createGrant(deps: DriveDeps, target: GrantTarget, grant: SharingGrant): Promise<void> {
  if (grant.role === 'owner') throw new Error(`${target.fileId}: ownership is not restored by sos`);
  const drive = deps.clients.drive(target.actAs, 'write');
  const named = grant.kind === 'user' || grant.kind === 'group';
  const requestBody = {
    type: grant.kind,
    role: grant.role,
    ...(named && grant.emailAddress !== undefined && { emailAddress: grant.emailAddress }),
    ...(grant.kind === 'domain' && grant.domain !== undefined && { domain: grant.domain }),
    ...(!named && grant.discoverable !== undefined && { allowFileDiscovery: grant.discoverable }),
    ...(grant.expiresAt !== undefined && { expirationTime: grant.expiresAt }),
  };
  await deps.limiter.run(target.actAs, 'drive.permissions.create', () =>
    drive.permissions.create({
      fileId: target.fileId,
      supportsAllDrives: true,
      // Putting access back is not news for the person: no email. Drive accepts the flag for users and groups only.
      ...(named && { sendNotificationEmail: false }),
      ...(target.adminAccess && { useDomainAdminAccess: true }),
      fields: 'id',
      requestBody,
    }),
  );
}
