/** What every part of the Drive inventory shares, and the two Drive calls several parts make. */
import type { GoogleClients } from './clients';
import type { GoogleLimiter } from './limiter';
import {
  driveFile,
  MAX_PERMISSIONS_PAGE,
  PERMISSION_FIELDS,
  permissionListPage,
  type DriveFile,
  type DrivePermission,
} from './drive-model';

export interface DriveDeps {
  readonly clients: GoogleClients;
  readonly limiter: GoogleLimiter;
  /** Administrator for Directory reads and shared-drive administration. */
  readonly admin: string;
  /** Lower-case school domains. */
  readonly schoolDomains: readonly string[];
  /** files.list/changes.list page size when permissions are requested (≤ 100). */
  readonly pageSize: number;
  /** Page size for listings without permissions (shared drives, ≤ 1000). */
  readonly drivePageSize: number;
  /** Active accounts seen by listUsers in this process (lower-case); empty until then. */
  readonly activeUsers: Set<string>;
  /** A Drive answer sos could not read: the item is left out and the caller is told. */
  readonly onSkipped?: (what: string, reason: string) => void;
}

/** Every permission of a file or shared drive, page by page (shared-drive items answer 100 at most). */
export async function listAllPermissions(
  deps: DriveDeps,
  actAs: string,
  fileId: string,
  options: { readonly adminAccess?: boolean } = {},
): Promise<DrivePermission[]> {
  const drive = deps.clients.drive(actAs);
  const out: DrivePermission[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const res = await deps.limiter.run(actAs, 'drive.permissions.list', () =>
      drive.permissions.list({
        fileId,
        supportsAllDrives: true,
        pageSize: MAX_PERMISSIONS_PAGE,
        fields: `nextPageToken,permissions(${PERMISSION_FIELDS})`,
        ...(options.adminAccess === true && { useDomainAdminAccess: true }),
        ...(token !== undefined && { pageToken: token }),
      }),
    );
    const page = permissionListPage.safeParse(res.data);
    if (!page.success) throw new Error(`drive.permissions.list as ${actAs}: unexpected answer for ${fileId}`);
    out.push(...(page.data.permissions ?? []));
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return out;
}

/** Files of a page that parse; a broken one is reported and left out, the rest go on. */
export function parseFiles(deps: DriveDeps, raw: readonly unknown[], where: string): DriveFile[] {
  const out: DriveFile[] = [];
  for (const value of raw) {
    const parsed = driveFile.safeParse(value);
    if (parsed.success) out.push(parsed.data);
    else deps.onSkipped?.(where, `unreadable Drive item (${parsed.error.issues[0]?.path.join('.') ?? '?'})`);
  }
  return out;
}
