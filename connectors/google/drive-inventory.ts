/**
 * The sharing audit's view of Google Workspace (core/sharing/ports.ts SharingInventory) over Drive v3 and
 * the Directory: users' My Drives (my-drive.ts), shared drives (shared-drives.ts), change feeds
 * (drive-changes.ts), content (drive-content.ts) and fixes (drive-grants.ts). Every call goes through one
 * GoogleLimiter.
 */
import { z } from 'zod';
import type { AuditScope, Page, SharingInventory } from '../../core/sharing/ports';
import type { SharedItem } from '../../core/sharing/types';
import type { GoogleConnection } from './auth';
import { googleClients } from './clients';
import { listDirectoryUsers } from './directory';
import { driveActivityScopes, reportsClient } from './drive-activity';
import { listChangesPage, startChangeToken } from './drive-changes';
import { fetchItemContent } from './drive-content';
import type { DriveDeps } from './drive-deps';
import { createGrant, deleteGrant, FileQueue, type GrantTarget } from './drive-grants';
import { MAX_PAGE, MAX_PAGE_WITH_PERMISSIONS } from './drive-model';
import type { GoogleLimiter } from './limiter';
import { listMyDrivePage } from './my-drive';
import { listSharedDriveItems, resolveDriveAccess, type SharedDriveAccess } from './shared-drives';

export interface GoogleInventoryOptions {
  readonly connection: GoogleConnection;
  /** Administrator impersonated for Directory reads and shared-drive administration (`--admin`). */
  readonly admin: string;
  readonly limiter: GoogleLimiter;
  /** The profile's domains: accounts elsewhere are not audited, and only they may be impersonated. */
  readonly schoolDomains: readonly string[];
  /** files.list page size for My Drive (permissions inline), at most 100 (the default). */
  readonly pageSize?: number;
  /** Page size of listings without permissions (shared drives, drive change feeds), at most 1,000 (default). */
  readonly drivePageSize?: number;
  /** A Drive item sos could not read and left out. */
  readonly onSkipped?: (what: string, reason: string) => void;
}

/** A shared drive's membership is read again after this long, or at the start of every full listing. */
const ACCESS_REUSE_MS = 10 * 60_000;
const DRIVE_PAGE_TOKEN = /^sos-drive:(\d+)$/;

const driveListPage = z.object({
  nextPageToken: z.string().optional().nullable(),
  drives: z
    .array(z.object({ id: z.string().min(1), name: z.string().optional().nullable() }))
    .optional()
    .nullable(),
});

export function googleSharingInventory(options: GoogleInventoryOptions): SharingInventory {
  const deps: DriveDeps = {
    clients: googleClients(options.connection),
    limiter: options.limiter,
    admin: options.admin.toLowerCase(),
    schoolDomains: options.schoolDomains.map((d) => d.toLowerCase()),
    pageSize: clamp(options.pageSize ?? MAX_PAGE_WITH_PERMISSIONS, MAX_PAGE_WITH_PERMISSIONS),
    drivePageSize: clamp(options.drivePageSize ?? MAX_PAGE, MAX_PAGE),
    activeUsers: new Set(),
    ...(options.onSkipped && { onSkipped: options.onSkipped }),
  };
  const accessCache = new Map<string, { access: SharedDriveAccess; at: number }>();
  /** A shared drive's resolved items between its first page and its last (the job asks page by page). */
  const driveListings = new Map<string, SharedItem[]>();
  const queue = new FileQueue();

  const driveAccess = async (scope: Extract<AuditScope, { kind: 'drive' }>, fresh = false) => {
    const cached = accessCache.get(scope.id);
    if (!fresh && cached && Date.now() - cached.at < ACCESS_REUSE_MS) return cached.access;
    const access = await resolveDriveAccess(deps, scope.id, scope.name);
    accessCache.set(scope.id, { access, at: Date.now() });
    return access;
  };

  const grantTarget = async (scope: AuditScope, fileId: string): Promise<GrantTarget> => {
    if (scope.kind === 'user') return { fileId, actAs: scope.email, adminAccess: false };
    if (fileId === scope.id) return { fileId, actAs: deps.admin, adminAccess: true };
    return { fileId, actAs: (await driveAccess(scope)).actAs, adminAccess: false };
  };

  return {
    async listUsers(pageToken) {
      const page = await listDirectoryUsers(deps, pageToken);
      for (const u of page.items) deps.activeUsers.add(u.email);
      return page;
    },

    async listSharedDrives(pageToken) {
      const drive = deps.clients.drive(deps.admin);
      const res = await deps.limiter.run(deps.admin, 'drive.drives.list', () =>
        drive.drives.list({
          useDomainAdminAccess: true,
          pageSize: 100,
          fields: 'nextPageToken,drives(id,name)',
          ...(pageToken !== undefined && { pageToken }),
        }),
      );
      const page = driveListPage.safeParse(res.data);
      if (!page.success) throw new Error(`drive.drives.list as ${deps.admin}: unexpected answer`);
      const next = page.data.nextPageToken;
      return {
        items: (page.data.drives ?? []).map((d) => ({ id: d.id, name: d.name ?? d.id })),
        ...(next && { nextPageToken: next }),
      };
    },

    async listItems(scope, pageToken): Promise<Page<SharedItem>> {
      if (scope.kind === 'user') return listMyDrivePage(deps, scope.email, pageToken);
      let offset = 0;
      if (pageToken !== undefined) {
        const m = DRIVE_PAGE_TOKEN.exec(pageToken);
        if (!m) throw new Error(`shared drive ${scope.id}: page token "${pageToken}" is not one sos issued`);
        offset = Number(m[1]);
      }
      let items = pageToken === undefined ? undefined : driveListings.get(scope.id);
      if (items === undefined) {
        items = await listSharedDriveItems(deps, await driveAccess(scope));
        driveListings.set(scope.id, items);
      }
      const end = offset + deps.drivePageSize;
      if (end >= items.length) {
        driveListings.delete(scope.id);
        return { items: items.slice(offset) };
      }
      return { items: items.slice(offset, end), nextPageToken: `sos-drive:${end}` };
    },

    async startChangeToken(scope) {
      // Taken before a full listing: the membership is read afresh here and reused by that listing.
      const access = scope.kind === 'drive' ? await driveAccess(scope, true) : undefined;
      return startChangeToken(deps, scope, access);
    },

    async listChanges(scope, pageToken) {
      const access = scope.kind === 'drive' ? await driveAccess(scope) : undefined;
      return listChangesPage(deps, scope, pageToken, access);
    },

    async fetchContent(scope, item, maxBytes) {
      const actAs = scope.kind === 'user' ? scope.email : (await driveAccess(scope)).actAs;
      return fetchItemContent(deps, actAs, item, maxBytes);
    },

    async removeGrant(scope, item, grant) {
      const target = await grantTarget(scope, item.id);
      await queue.run(item.id, () => deleteGrant(deps, target, grant));
    },

    async restoreGrant(scope, itemId, grant) {
      const target = await grantTarget(scope, itemId);
      await queue.run(itemId, () => createGrant(deps, target, grant));
    },

    async activeScopes(sinceIso, activityOptions) {
      const reports = reportsClient(options.connection, deps.admin);
      return driveActivityScopes(
        {
          reports,
          limiter: deps.limiter,
          admin: deps.admin,
          ...(activityOptions && { contentMatters: activityOptions.contentMatters }),
          ...(options.onSkipped && { onSkipped: options.onSkipped }),
        },
        sinceIso,
      );
    },
  };
}

function clamp(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`page size ${value} must be a whole number from 1`);
  return Math.min(value, max);
}
