/**
 * Drive's view of every file the fakes hold (spreadsheets, forms): owner, editors, viewers and link
 * sharing, shared by SpreadsheetApp, FormApp and DriveApp as the real services share one Drive.
 */
import { AppsScriptError } from '../errors';

export type SharingAccess = 'PRIVATE' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'ANYONE' | 'ANYONE_WITH_LINK';
export type SharingPermission = 'VIEW' | 'COMMENT' | 'EDIT' | 'NONE';

export interface DriveFileRecord {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  readonly url: string;
  readonly owner: string;
  readonly editors: Set<string>;
  readonly viewers: Set<string>;
  access: SharingAccess;
  permission: SharingPermission;
  trashed: boolean;
}

const NO_ACCESS = 'You do not have permission to access the requested document.';

export class DriveFiles {
  private readonly files = new Map<string, DriveFileRecord>();
  private counter = 0;

  constructor(private readonly newFileAccess: () => SharingAccess) {}

  create(kind: 'spreadsheet' | 'form', name: string, owner: string): DriveFileRecord {
    this.counter += 1;
    const id = `1${kind === 'form' ? 'FAKEFORM' : 'FAKESHEET'}${String(this.counter).padStart(6, '0')}xYz`;
    const url =
      kind === 'form'
        ? `https://docs.google.com/forms/d/${id}/edit`
        : `https://docs.google.com/spreadsheets/d/${id}/edit`;
    const mimeType = kind === 'form' ? 'application/vnd.google-apps.form' : 'application/vnd.google-apps.spreadsheet';
    const access = this.newFileAccess();
    const record: DriveFileRecord = {
      id,
      name,
      mimeType,
      url,
      owner: owner.toLowerCase(),
      editors: new Set(),
      viewers: new Set(),
      access,
      permission: access === 'PRIVATE' ? 'NONE' : 'VIEW',
      trashed: false,
    };
    this.files.set(id, record);
    return record;
  }

  /** The file, if `user` may open it; Apps Script says "no permission" for a missing file too. */
  open(id: string, user: string): DriveFileRecord {
    const record = this.files.get(String(id));
    if (!record || record.trashed || !canView(record, user)) throw new AppsScriptError(NO_ACCESS);
    return record;
  }

  get(id: string): DriveFileRecord | undefined {
    return this.files.get(id);
  }

  all(): DriveFileRecord[] {
    return [...this.files.values()];
  }
}

export function canEdit(record: DriveFileRecord, user: string): boolean {
  const who = user.toLowerCase();
  if (who === record.owner || record.editors.has(who)) return true;
  return record.access !== 'PRIVATE' && record.permission === 'EDIT';
}

export function canView(record: DriveFileRecord, user: string): boolean {
  return canEdit(record, user) || record.viewers.has(user.toLowerCase()) || record.access !== 'PRIVATE';
}

/** Editors as Apps Script lists them: the owner first, then everyone with edit access. */
export function editorsOf(record: DriveFileRecord): string[] {
  return [record.owner, ...[...record.editors].filter((e) => e !== record.owner)];
}

export function removeEditor(record: DriveFileRecord, email: string): void {
  if (email === record.owner) throw new AppsScriptError("Can't remove the owner of the file.");
  record.editors.delete(email);
}
