/**
 * One slice of the sharing audit. A pass reads every active user's My Drive (Directory order), then
 * every shared drive, one files.list page at a time: each page is judged with core/sharing, its exposed
 * files are upserted into the Audit sheet, and the cursor is saved. New pages are started only while the
 * slice's budget lasts (at least one per slice, so a slice always moves on); requests already under way
 * may run to a later hard limit, still well inside Apps Script's 6 minutes. A user or drive that fails is
 * logged and skipped, and its rows are left as they were. When the pass is complete, open rows it did
 * not see are marked fixed, and owners are emailed within the day's quota. A new pass starts a day
 * after the last one began.
 */
import type { ResolvedProfile } from '../../core/policy';
import { createPeople, orgUnitRole, type People } from '../../core/people';
import type { FolderMap } from '../../core/sharing/allowances';
import { exposureFinding } from '../../core/sharing/findings';
import { sharingPolicy, type SharingPolicy } from '../../core/sharing/policy';
import type { AuditScope, DirectoryUser, Page } from '../../core/sharing/ports';
import { freshPass, loadCursor, recordFailure, saveCursor, type AuditCursor, type Position } from './audit-cursor';
import type { AuditEntry, AuditSheet } from './audit-sheet';
import type { DriveAccess, DriveInventory, ListedItem } from './drive-inventory';
import { GoogleApiError, OutOfTimeError, type SliceClock } from './google-http';
import { sendOwnerNotices, type NoticeMailer } from './owner-notices';

/** Start no new page after this long (Apps Script stops an execution at 6 minutes). */
export const DEFAULT_BUDGET_MS = 270_000;
/**
 * No request starts (and no retry waits) past this long after the slice began: a page under way may
 * finish, and even a call taking UrlFetchApp's longest (60 s) ends before Apps Script's 6 minutes.
 */
export const DEFAULT_HARD_LIMIT_MS = 300_000;
/** A pass starts at most this often. */
export const PASS_INTERVAL_MS = 24 * 3600_000;

export interface SliceDeps {
  readonly profile: ResolvedProfile;
  readonly inventory: DriveInventory;
  readonly sheet: AuditSheet;
  readonly mailer: NoticeMailer;
  readonly clock: SliceClock;
  /** When the slice began (epoch ms). */
  readonly startedAt: number;
  readonly budgetMs: number;
}

export interface SliceOutcome {
  readonly pass: number;
  readonly phase: AuditCursor['phase'];
  /** Pages of files read in this slice. */
  readonly pages: number;
  /** The pass was completed by this slice. */
  readonly completedPass: boolean;
  readonly noticesSent: number;
  readonly noticesWaiting: number;
}

type Drive = { readonly id: string; readonly name: string };

export function scopeKeyOf(scope: AuditScope): string {
  return scope.kind === 'user' ? `user:${scope.email.toLowerCase()}` : `drive:${scope.id}`;
}

export function runSlice(deps: SliceDeps): SliceOutcome {
  return new Slice(deps).run();
}

class Slice {
  private readonly people: People;
  private readonly policy: SharingPolicy;
  private readonly userPages = new Map<string, Page<DirectoryUser>>();
  private readonly drivePages = new Map<string, Page<Drive>>();
  private readonly access = new Map<string, DriveAccess>();
  private readonly folders = new Map<string, FolderMap>();
  private pages = 0;
  private units = 0;

  constructor(private readonly deps: SliceDeps) {
    this.people = createPeople(deps.profile);
    this.policy = sharingPolicy(deps.profile, { now: () => this.now(), scanContent: false });
  }

  run(): SliceOutcome {
    const loaded = loadCursor();
    if (loaded.problem !== undefined) this.log(loaded.cursor?.pass ?? 0, 'cursor reset', '', loaded.problem);
    let cursor = loaded.cursor;
    let completedPass = false;
    if (cursor === undefined || (cursor.phase === 'idle' && this.passDue(cursor))) {
      cursor = freshPass(cursor, this.now());
      saveCursor(cursor);
      this.log(cursor.pass, 'pass started', '', '');
    }
    try {
      while (cursor.phase !== 'idle' && this.mayStartUnit()) {
        this.units += 1;
        if (cursor.phase === 'users') this.userStep(cursor);
        else this.driveStep(cursor);
        saveCursor(cursor);
        if ((cursor.phase as AuditCursor['phase']) === 'idle') completedPass = true;
      }
    } catch (error) {
      if (!(error instanceof OutOfTimeError)) throw error;
      // Nothing to undo: the cursor still points at the page that was under way.
    }
    let notices = { sent: 0, waiting: 0 };
    if (cursor.phase === 'idle') {
      notices = sendOwnerNotices(this.deps.sheet, this.deps.mailer, {
        schoolName: this.deps.profile.school.name,
        ...(this.deps.profile.contacts.it[0] === undefined ? {} : { itContact: this.deps.profile.contacts.it[0] }),
        // Like pages: a slice that has done nothing else may always send one.
        hasTime: () => this.mayStartUnit(),
        sent: () => {
          this.units += 1;
        },
        now: () => this.now(),
      });
      if (notices.sent > 0) {
        this.log(cursor.pass, 'owners told', '', `${notices.sent} sent, ${notices.waiting} waiting for quota or time`);
      }
    }
    return {
      pass: cursor.pass,
      phase: cursor.phase,
      pages: this.pages,
      completedPass,
      noticesSent: notices.sent,
      noticesWaiting: notices.waiting,
    };
  }

  // --- users --------------------------------------------------------------------------------------

  private userStep(cursor: AuditCursor): void {
    const page = this.listing(cursor, 'users', (token) => this.userPage(token));
    if (page === undefined) return;
    // Directory lists by address, so a user who joined or left since the last slice is stepped over by key.
    const position = locate(cursor.users, page.items, (user) => user.email, true);
    if (position.index >= page.items.length) {
      if (page.nextPageToken !== undefined) cursor.users = nextPage(position, page.nextPageToken);
      else cursor.phase = 'drives';
      return;
    }
    const user = page.items[position.index] as DirectoryUser;
    if (!this.audited(user)) {
      cursor.users = advance(position, user.email);
      return;
    }
    const scope: AuditScope = { kind: 'user', email: user.email };
    const group = this.groupOf(user.email, user.orgUnitPath);
    cursor.users = this.scopePage(cursor, { ...position, key: user.email }, scope, group, 'My Drive');
  }

  private userPage(token: string | undefined): Page<DirectoryUser> {
    const key = token ?? '';
    let page = this.userPages.get(key);
    if (!page) {
      page = this.deps.inventory.listUsers(token);
      this.userPages.set(key, page);
    }
    return page;
  }

  /** The profile's staff and pupil domains are audited (a parent or other account shares nothing of the school's). */
  private audited(user: DirectoryUser): boolean {
    const domain = user.email.slice(user.email.lastIndexOf('@') + 1);
    const { staff, pupils } = this.deps.profile.domains;
    return [...staff, ...pupils].some((d) => d.toLowerCase() === domain);
  }

  private groupOf(address: string, orgUnitPath?: string): string {
    const byUnit = orgUnitPath === undefined ? undefined : orgUnitRole(this.deps.profile, orgUnitPath);
    if (byUnit !== undefined) return byUnit;
    const role = this.people.roleOf(address);
    return role === 'staff' || role === 'pupil' ? role : '';
  }

  // --- shared drives ------------------------------------------------------------------------------

  private driveStep(cursor: AuditCursor): void {
    const page = this.listing(cursor, 'drives', (token) => this.drivePage(token));
    if (page === undefined) return;
    const position = locate(cursor.drives, page.items, (drive) => drive.id, false);
    if (position.index >= page.items.length) {
      if (page.nextPageToken !== undefined) cursor.drives = nextPage(position, page.nextPageToken);
      else this.finishPass(cursor);
      return;
    }
    const drive = page.items[position.index] as Drive;
    const scope: AuditScope = { kind: 'drive', id: drive.id, name: drive.name };
    cursor.drives = this.scopePage(cursor, { ...position, key: drive.id }, scope, '', `Shared drive: ${drive.name}`);
  }

  private drivePage(token: string | undefined): Page<Drive> {
    const key = token ?? '';
    let page = this.drivePages.get(key);
    if (!page) {
      page = this.deps.inventory.listSharedDrives(token);
      this.drivePages.set(key, page);
    }
    return page;
  }

  /**
   * The Directory or drives page the cursor names. A page token can go stale between slices (Google
   * answers 400): the listing then starts again from its first page, the saved key finding the place.
   */
  private listing<T>(
    cursor: AuditCursor,
    phase: 'users' | 'drives',
    read: (token: string | undefined) => Page<T>,
  ): Page<T> | undefined {
    const position = cursor[phase];
    try {
      return read(position.page);
    } catch (error) {
      if (position.page === undefined || !(error instanceof GoogleApiError) || error.status !== 400) throw error;
      const { page: _stale, ...rest } = position;
      cursor[phase] = { ...rest, index: 0 };
      this.log(cursor.pass, 'listing restarted', phase, messageOf(error));
      return undefined;
    }
  }

  // --- one page of one scope ----------------------------------------------------------------------

  /** Reads the scope's next page and records it; returns where the scope (or the next one) continues. */
  private scopePage(
    cursor: AuditCursor,
    position: Position,
    scope: AuditScope,
    group: string,
    location: string,
  ): Position {
    const key = scopeKeyOf(scope);
    try {
      const access = scope.kind === 'drive' ? this.driveAccess(scope) : undefined;
      const page = this.deps.inventory.listItems(scope, position.items, access);
      const folders = this.foldersOf(scope, access);
      const entries = page.items.flatMap((listed) => this.judge(listed, scope, key, group, location, folders));
      this.deps.sheet.upsert(entries, this.now());
      for (const problem of page.skipped) this.log(cursor.pass, 'file skipped', key, problem);
      this.pages += 1;
      cursor.counts.items += page.items.length;
      cursor.counts.exposed += entries.length;
      cursor.counts.skipped += page.skipped.length;
      if (page.nextPageToken !== undefined) return { ...position, items: page.nextPageToken };
      cursor.counts.scopes += 1;
      return advance(position, position.key);
    } catch (error) {
      if (error instanceof OutOfTimeError) throw error;
      if (position.items !== undefined && error instanceof GoogleApiError && error.status === 400) {
        // A stale files.list page token: read this scope again from its first page (rows are upserts).
        this.log(cursor.pass, 'listing restarted', key, messageOf(error));
        const { items: _stale, ...rest } = position;
        return rest;
      }
      recordFailure(cursor, key);
      cursor.counts.scopes += 1;
      this.log(cursor.pass, 'failed', key, messageOf(error));
      return advance(position, position.key);
    }
  }

  private driveAccess(scope: Extract<AuditScope, { kind: 'drive' }>): DriveAccess {
    let access = this.access.get(scope.id);
    if (!access) {
      access = this.deps.inventory.driveAccess(scope);
      this.access.set(scope.id, access);
    }
    return access;
  }

  /** Folder names are only needed to honour allowed public folders given by path or id. */
  private foldersOf(scope: AuditScope, access: DriveAccess | undefined): FolderMap | undefined {
    if (this.deps.profile.sharing.allowedPublicFolders.length === 0) return undefined;
    const key = scopeKeyOf(scope);
    let folders = this.folders.get(key);
    if (!folders) {
      folders = this.deps.inventory.listFolders(scope, access);
      this.folders.set(key, folders);
    }
    return folders;
  }

  private judge(
    listed: ListedItem,
    scope: AuditScope,
    key: string,
    group: string,
    location: string,
    folders: FolderMap | undefined,
  ): AuditEntry[] {
    const { item } = listed;
    if (item.trashed) return [];
    // The command line's judgement exactly: outside owners left out (CONTRACTS §5), allowed folders honoured.
    const exposures = this.policy.judge(item, folders ?? {});
    if (exposures.exposures.length === 0) return [];
    // Content is not read in Apps Script: the risk is judged as for unscanned content.
    const finding = exposureFinding(item, exposures.exposures, undefined);
    return [
      {
        finding,
        link: listed.link,
        ownerGroup: scope.kind === 'user' ? group : this.groupOf(item.owner),
        location,
        scope: key,
      },
    ];
  }

  // --- the end of a pass --------------------------------------------------------------------------

  private finishPass(cursor: AuditCursor): void {
    const failed = new Set(cursor.failed);
    const closed = this.deps.sheet.closeUnseen(
      new Date(cursor.startedAt),
      (scope) => !cursor.failedMore && !failed.has(scope),
    );
    const { scopes, items, exposed, skipped } = cursor.counts;
    const failures = cursor.failed.length + (cursor.failedMore ? '+' : '');
    this.log(
      cursor.pass,
      'pass complete',
      '',
      `${scopes} drives read, ${items} files, ${exposed} exposed, ${closed} fixed since the last pass, ` +
        `${failures} failed, ${skipped} files skipped`,
    );
    cursor.phase = 'idle';
    cursor.lastCompleteStart = cursor.startedAt;
  }

  private passDue(cursor: AuditCursor): boolean {
    const last = Date.parse(cursor.lastCompleteStart ?? cursor.startedAt);
    return Number.isNaN(last) || this.deps.clock.now() - last >= PASS_INTERVAL_MS;
  }

  // --- time and logging ---------------------------------------------------------------------------

  private mayStartUnit(): boolean {
    return this.units === 0 || this.elapsed() < this.deps.budgetMs;
  }

  private elapsed(): number {
    return this.deps.clock.now() - this.deps.startedAt;
  }

  private now(): Date {
    return new Date(this.deps.clock.now());
  }

  private log(pass: number, event: string, scope: string, detail: string): void {
    this.deps.sheet.appendLog(this.now(), pass, event, scope, detail);
  }
}

/**
 * The saved position checked against the listing read now. If the scope at `index` is not the one saved
 * (`key`), or the one before it not the one finished (`after`), someone joined or left in between: the
 * saved scope is found by key, or in an ordered listing (Directory, by address) the first one after the
 * finished one is taken, possibly on a later page. In an unordered listing (shared drives) the index is
 * kept: a drive read twice costs time, never rows.
 */
function locate<T>(position: Position, items: readonly T[], keyOf: (item: T) => string, ordered: boolean): Position {
  const { key, after } = position;
  if (key !== undefined) {
    const at = items[position.index];
    if (at !== undefined && keyOf(at) === key) return position;
    const found = items.findIndex((item) => keyOf(item) === key);
    if (found >= 0) return { ...position, index: found };
  } else if (after !== undefined) {
    const before = items[position.index - 1];
    if (before !== undefined && keyOf(before) === after) return position;
  } else {
    return position;
  }
  const { items: _items, key: _key, ...rest } = position;
  if (!ordered) return rest;
  const from = key ?? after ?? '';
  const later = items.findIndex((item) => (key === undefined ? keyOf(item) > from : keyOf(item) >= from));
  // Nothing after it on this page: the next page is where to look, still by the same address.
  if (later < 0) return { ...rest, index: items.length, after: key ?? (after as string) };
  return { ...rest, index: later, ...(later > 0 ? { after: keyOf(items[later - 1] as T) } : {}) };
}

/** The scope `done` is finished: the next one starts from its first page. */
function advance(position: Position, done: string | undefined): Position {
  return {
    ...(position.page === undefined ? {} : { page: position.page }),
    index: position.index + 1,
    ...(done === undefined ? {} : { after: done }),
  };
}

function nextPage(position: Position, token: string): Position {
  return { page: token, index: 0, ...(position.after === undefined ? {} : { after: position.after }) };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 300);
}
