/**
 * What an audit needs from a cloud, page by page so that a job can checkpoint between pages.
 * `connectors/google` implements it over Drive + Directory; an Apps Script adapter over UrlFetchApp.
 */
import type { SharedItem, SharingGrant } from './types';

type Awaitable<T> = T | Promise<T>;

/** An account as the directory lists it. Suspended and archived accounts are left out by the connector. */
export interface DirectoryUser {
  readonly email: string;
  /** Other addresses of the same account: a grant to an alias is still inside the school. */
  readonly aliases: readonly string[];
  readonly orgUnitPath?: string;
}

/** Whose files a page of work covers: one user's My Drive, or one shared drive. */
export type AuditScope =
  | { readonly kind: 'user'; readonly email: string }
  | { readonly kind: 'drive'; readonly id: string; readonly name: string };

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextPageToken?: string;
}

export interface ItemChange {
  readonly itemId: string;
  /** Removed, trashed or no longer visible to the scope: any open finding on it is closed. */
  readonly removed: boolean;
  /** The item as it is now (with grants), when not removed. */
  readonly item?: SharedItem;
}

export interface ChangePage extends Page<ItemChange> {
  /** Present only on the last page: the token for the next incremental run. */
  readonly newStartPageToken?: string;
}

export interface SharingInventory {
  /** Active accounts of the school's domains (Directory `users.list`). */
  listUsers(pageToken?: string): Promise<Page<DirectoryUser>>;
  /** Shared drives of the domain (admin, `useDomainAdminAccess`). */
  listSharedDrives(pageToken?: string): Promise<Page<{ readonly id: string; readonly name: string }>>;
  /** Every non-trashed item the scope owns (user) or holds (drive), with its grants resolved. */
  listItems(scope: AuditScope, pageToken?: string): Promise<Page<SharedItem>>;
  /** Start token for the scope's change feed (taken before a full pass, so nothing is missed). */
  startChangeToken(scope: AuditScope): Promise<string>;
  listChanges(scope: AuditScope, pageToken: string): Promise<ChangePage>;
  /** The item's content for the scanner: Google files exported to text, others downloaded, capped. */
  fetchContent(
    scope: AuditScope,
    item: SharedItem,
    maxBytes: number,
  ): Promise<{ readonly bytes: Uint8Array; readonly fileName: string } | { readonly skipped: string }>;
  /** Deletes one grant (as the owner for My Drive, as admin for shared drives). */
  removeGrant(scope: AuditScope, item: SharedItem, grant: SharingGrant): Promise<void>;
  /**
   * Users and shared drives with any Drive activity since the time (Admin Reports API), so an incremental
   * run polls only their change feeds. Optional: without it every scope's feed is polled.
   */
  activeScopes?(
    sinceIso: string,
    /** contentMatters false: edits and renames of files do not make a scope active. */
    options?: { readonly contentMatters: boolean },
  ): Promise<{ readonly users: ReadonlySet<string>; readonly drives: ReadonlySet<string> }>;
  /** Puts back a grant that a fix removed (the undo of `removeGrant`). */
  restoreGrant(scope: AuditScope, itemId: string, grant: SharingGrant): Promise<void>;
}

export type { Awaitable };
