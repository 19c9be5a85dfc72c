/**
 * The audit's view of the school's Drive, page by page, over UrlFetchApp: the same strategy as the
 * command line's connector. Directory users.list (as the admin) says whose drives to read; each user's
 * own files come from files.list `'me' in owners and trashed = false` as that user, with their grants
 * (a My Drive file lists what it inherits from its folders too); shared drives come from drives.list
 * with useDomainAdminAccess, their members from permissions.list on the drive, and an item's own or
 * folder-inherited grants from permissions.list on the item whenever its permissionIds go beyond the
 * drive's members. Pages hold at most 100 files, Drive's limit when permissions are asked for.
 */
import type { FolderMap } from '../../core/sharing/allowances';
import type { AuditScope, DirectoryUser, Page } from '../../core/sharing/ports';
import type { SharedItem, SharingGrant } from '../../core/sharing/types';
import { DELEGATED_SCOPES, type AccessTokens } from './access-tokens';
import {
  directoryUsers,
  driveList,
  FOLDER_MIME,
  fileList,
  linkOf,
  parseAnswer,
  parseFile,
  permissionList,
  toGrant,
  toItem,
  userList,
  type DriveFile,
  type DrivePermission,
} from './drive-items';
import { googleJson, type RetryOptions } from './google-http';

export const PAGE_SIZE = 100;
const USERS_PAGE_SIZE = 100;

const PERMISSION_FIELDS =
  'id,type,role,emailAddress,domain,allowFileDiscovery,expirationTime,deleted,permissionDetails';
const FILE_FIELDS = 'id,name,mimeType,parents,trashed,modifiedTime,size,webViewLink,driveId,owners(emailAddress)';

export interface ListedItem {
  readonly item: SharedItem;
  readonly link: string;
}

export interface ItemsPage {
  readonly items: readonly ListedItem[];
  /** Files that could not be read, as messages naming the file id (the rest of the page is kept). */
  readonly skipped: readonly string[];
  readonly nextPageToken?: string;
}

/** What listing a shared drive needs: its members' grants and a member to list it as. */
export interface DriveAccess {
  readonly members: readonly SharingGrant[];
  /** Drive's files.list only shows a drive to its members, so it is listed as one of them. */
  readonly listAs: string;
  /** An organiser from the school, shown as the drive items' owner; else the admin. */
  readonly organiser: string;
}

export interface InventoryOptions {
  readonly root: string;
  readonly tokens: AccessTokens;
  /** The administrator impersonated for Directory reads and shared-drive administration. */
  readonly admin: string;
  /** The profile's staff, pupil and parent domains. */
  readonly schoolDomains: readonly string[];
  readonly retry: RetryOptions;
}

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export class DriveInventory {
  constructor(private readonly options: InventoryOptions) {}

  listUsers(pageToken?: string): Page<DirectoryUser> {
    const answer = this.get(
      'Directory users.list',
      'admin/directory/v1/users',
      {
        customer: 'my_customer',
        maxResults: USERS_PAGE_SIZE,
        orderBy: 'email',
        fields: 'nextPageToken,users(primaryEmail,aliases,suspended,archived,orgUnitPath)',
        pageToken,
      },
      this.options.admin,
      DELEGATED_SCOPES.directory,
    );
    const list = parseAnswer(userList, answer, 'Directory users.list');
    return { items: directoryUsers(list), ...next(list.nextPageToken) };
  }

  listSharedDrives(pageToken?: string): Page<{ readonly id: string; readonly name: string }> {
    const answer = this.get(
      'Drive drives.list',
      'drive/v3/drives',
      { useDomainAdminAccess: true, pageSize: 100, fields: 'nextPageToken,drives(id,name)', pageToken },
      this.options.admin,
      DELEGATED_SCOPES.drive,
    );
    const list = parseAnswer(driveList, answer, 'Drive drives.list');
    return { items: list.drives, ...next(list.nextPageToken) };
  }

  driveAccess(drive: { readonly id: string; readonly name: string }): DriveAccess {
    const raw = this.permissions(drive.id, `members of shared drive ${drive.name}`);
    const members = raw.flatMap((p) => this.memberGrant(p, drive.id));
    const school = (p: DrivePermission) =>
      p.type === 'user' && p.emailAddress !== undefined && this.isSchool(p.emailAddress) && p.deleted !== true;
    const organiser = raw.find((p) => school(p) && p.role === 'organizer')?.emailAddress?.toLowerCase();
    const admin = this.options.admin.toLowerCase();
    const adminIsMember = raw.some((p) => p.type === 'user' && p.emailAddress?.toLowerCase() === admin);
    const anyMember = raw.find(school)?.emailAddress?.toLowerCase();
    return {
      members,
      listAs: adminIsMember ? admin : (organiser ?? anyMember ?? admin),
      organiser: organiser ?? admin,
    };
  }

  /** One page of the scope's non-trashed items with their grants. */
  listItems(scope: AuditScope, pageToken: string | undefined, access?: DriveAccess): ItemsPage {
    const user = scope.kind === 'user' ? scope.email : this.requireAccess(scope, access).listAs;
    const what = scope.kind === 'user' ? `Drive files.list for ${scope.email}` : `Drive files.list of ${scope.name}`;
    const query: Query =
      scope.kind === 'user'
        ? {
            q: "'me' in owners and trashed = false",
            pageSize: PAGE_SIZE,
            fields: `nextPageToken,incompleteSearch,files(${FILE_FIELDS},permissions(${PERMISSION_FIELDS}))`,
            pageToken,
          }
        : {
            q: 'trashed = false',
            corpora: 'drive',
            driveId: scope.id,
            includeItemsFromAllDrives: true,
            supportsAllDrives: true,
            pageSize: PAGE_SIZE,
            fields: `nextPageToken,incompleteSearch,files(${FILE_FIELDS},permissionIds,hasAugmentedPermissions)`,
            pageToken,
          };
    const answer = this.get(what, 'drive/v3/files', query, user, DELEGATED_SCOPES.drive);
    const list = parseAnswer(fileList, answer, what);
    const items: ListedItem[] = [];
    const skipped: string[] = [];
    for (const raw of list.files) {
      const file = parseFile(raw);
      if ('error' in file) {
        skipped.push(file.error);
        continue;
      }
      if (file.trashed === true) continue;
      items.push(
        scope.kind === 'user'
          ? { item: this.myDriveItem(file, scope.email), link: linkOf(file) }
          : { item: this.sharedDriveItem(file, scope, this.requireAccess(scope, access)), link: linkOf(file) },
      );
    }
    return { items, skipped, ...next(list.nextPageToken) };
  }

  /** Every folder of the scope, for allowed public folders (`sharing.allowedPublicFolders`) by path. */
  listFolders(scope: AuditScope, access?: DriveAccess): FolderMap {
    const folders: FolderMap = {};
    const user = scope.kind === 'user' ? scope.email : this.requireAccess(scope, access).listAs;
    let pageToken: string | undefined;
    do {
      const query: Query = {
        q: `${scope.kind === 'user' ? "'me' in owners and " : ''}mimeType = '${FOLDER_MIME}' and trashed = false`,
        pageSize: 1000,
        fields: 'nextPageToken,files(id,name,parents)',
        pageToken,
        ...(scope.kind === 'drive'
          ? { corpora: 'drive', driveId: scope.id, includeItemsFromAllDrives: true, supportsAllDrives: true }
          : {}),
      };
      const what = `Drive folders of ${scope.kind === 'user' ? scope.email : scope.name}`;
      const list = parseAnswer(fileList, this.get(what, 'drive/v3/files', query, user, DELEGATED_SCOPES.drive), what);
      for (const raw of list.files) {
        const file = parseFile(raw);
        if ('error' in file) continue;
        folders[file.id] = { name: file.name, parents: file.parents ?? [], grants: '' };
      }
      pageToken = list.nextPageToken;
    } while (pageToken !== undefined);
    return folders;
  }

  private myDriveItem(file: DriveFile, user: string): SharedItem {
    const owner = file.owners?.[0]?.emailAddress ?? user;
    return toItem(file, owner, (file.permissions ?? []).map(toGrant));
  }

  private sharedDriveItem(file: DriveFile, drive: { id: string; name: string }, access: DriveAccess): SharedItem {
    const memberIds = new Set(access.members.map((grant) => grant.id));
    const ids = file.permissionIds ?? [];
    const own = file.hasAugmentedPermissions === true || ids.some((id) => !memberIds.has(id));
    // Only the drive's membership: no need to ask for the item's permissions one by one.
    if (!own) return toItem(file, access.organiser, access.members);
    const grants = this.permissions(file.id, `permissions of ${file.id} in ${drive.name}`).flatMap((p) =>
      isMembership(p, drive.id) ? this.memberGrant(p, drive.id) : [toGrant(p)],
    );
    return toItem(file, access.organiser, grants);
  }

  /**
   * A drive member's grant as every item inherits it. The whole school's domain as a member is how a
   * staff shared drive is meant to work (membership, not a link anyone can pass on), so it is left out;
   * a member outside the school is kept and reported on every item.
   */
  private memberGrant(p: DrivePermission, driveId: string): SharingGrant[] {
    if (p.type === 'domain' && p.domain !== undefined && this.isSchoolDomain(p.domain)) return [];
    return [{ ...toGrant(p), inheritedFrom: driveId }];
  }

  private permissions(fileId: string, what: string): DrivePermission[] {
    const out: DrivePermission[] = [];
    let pageToken: string | undefined;
    do {
      const answer = this.get(
        `Drive permissions.list (${what})`,
        `drive/v3/files/${encodeURIComponent(fileId)}/permissions`,
        {
          supportsAllDrives: true,
          useDomainAdminAccess: true,
          pageSize: 100,
          fields: `nextPageToken,permissions(${PERMISSION_FIELDS})`,
          pageToken,
        },
        this.options.admin,
        DELEGATED_SCOPES.drive,
      );
      const list = parseAnswer(permissionList, answer, `Drive permissions.list (${what})`);
      out.push(...list.permissions);
      pageToken = list.nextPageToken;
    } while (pageToken !== undefined);
    return out;
  }

  private requireAccess(scope: AuditScope, access: DriveAccess | undefined): DriveAccess {
    if (access === undefined) throw new Error(`shared drive ${scope.kind === 'drive' ? scope.name : ''}: no access`);
    return access;
  }

  private isSchoolDomain(domain: string): boolean {
    const d = domain.trim().toLowerCase();
    return this.options.schoolDomains.some((school) => school.toLowerCase() === d);
  }

  private isSchool(address: string): boolean {
    return this.isSchoolDomain(address.slice(address.lastIndexOf('@') + 1));
  }

  private get(what: string, path: string, query: Query, user: string, scope: string): unknown {
    const token = this.options.tokens.tokenFor(user, [scope], this.options.retry);
    const url = `${this.options.root}${path}${queryString(query)}`;
    return googleJson({ what, method: 'get', url, token }, this.options.retry);
  }
}

/** Every grant on a shared-drive item that comes from drive membership, not from a file or folder. */
function isMembership(p: DrivePermission, driveId: string): boolean {
  const details = p.permissionDetails ?? [];
  return details.length > 0 && details.every((d) => d.inherited === true && d.inheritedFrom === driveId);
}

function next(token: string | undefined): { nextPageToken?: string } {
  return token === undefined || token === '' ? {} : { nextPageToken: token };
}

/** Apps Script has no URLSearchParams. */
function queryString(query: Query): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
