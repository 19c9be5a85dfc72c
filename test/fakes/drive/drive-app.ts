/** DriveApp, minimal: a file's owner, editors, viewers and link sharing, over the same records the other services use. */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { FakeUser, emailOf } from '../user';
import {
  editorsOf,
  removeEditor,
  type DriveFileRecord,
  type DriveFiles,
  type SharingAccess,
  type SharingPermission,
} from './files';

export class FakeDriveFile extends FakeObject {
  override readonly fakeService = 'drive';

  constructor(private readonly record: DriveFileRecord) {
    super();
  }

  getId(): string {
    return this.record.id;
  }

  getName(): string {
    return this.record.name;
  }

  setName(name: string): this {
    this.record.name = String(name);
    return this;
  }

  getUrl(): string {
    return this.record.url;
  }

  getMimeType(): string {
    return this.record.mimeType;
  }

  getOwner(): FakeUser {
    return new FakeUser(this.record.owner);
  }

  getEditors(): FakeUser[] {
    return editorsOf(this.record).map((email) => new FakeUser(email));
  }

  getViewers(): FakeUser[] {
    return [...this.record.viewers].map((email) => new FakeUser(email));
  }

  addEditor(user: unknown): this {
    const email = emailOf(user);
    this.record.viewers.delete(email);
    if (email !== this.record.owner) this.record.editors.add(email);
    return this;
  }

  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }

  removeEditor(user: unknown): this {
    removeEditor(this.record, emailOf(user));
    return this;
  }

  addViewer(user: unknown): this {
    const email = emailOf(user);
    if (email !== this.record.owner && !this.record.editors.has(email)) this.record.viewers.add(email);
    return this;
  }

  removeViewer(user: unknown): this {
    this.record.viewers.delete(emailOf(user));
    return this;
  }

  getSharingAccess(): SharingAccess {
    return this.record.access;
  }

  getSharingPermission(): SharingPermission {
    return this.record.permission;
  }

  setSharing(access: SharingAccess, permission: SharingPermission): this {
    if (access === 'PRIVATE' && permission !== 'NONE') throw new AppsScriptError('Invalid argument: permission');
    this.record.access = access;
    this.record.permission = permission;
    return this;
  }

  isTrashed(): boolean {
    return this.record.trashed;
  }

  setTrashed(trashed: boolean): this {
    this.record.trashed = Boolean(trashed);
    return this;
  }
}

export class FakeDriveApp extends FakeObject {
  readonly Access = {
    ANYONE: 'ANYONE',
    ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
    DOMAIN: 'DOMAIN',
    DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
    PRIVATE: 'PRIVATE',
  };
  readonly Permission = { VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', NONE: 'NONE' };

  constructor(private readonly host: { files: DriveFiles; effectiveUser(): string; requireFull(what: string): void }) {
    super();
  }

  getFileById(id: string): FakeDriveFile {
    this.host.requireFull('DriveApp.getFileById');
    return new FakeDriveFile(this.host.files.open(id, this.host.effectiveUser()));
  }
}
