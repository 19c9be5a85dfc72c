/**
 * Sheet and range protections. Until a script changes the editors, a protection mirrors the file's
 * editors (as in Sheets); the owner can always edit and cannot be removed. Writes into protected
 * cells by anyone else fail, as they do for a real trigger running as that person.
 */
import { FakeObject } from '../fake-object';
import { canEdit, type DriveFileRecord } from '../drive/files';
import { FakeUser, emailOf } from '../user';

export type ProtectionType = 'SHEET' | 'RANGE';

export interface ProtectedArea {
  covers(sheetId: number, row: number, column: number): boolean;
  sheetId(): number;
}

export class FakeProtection extends FakeObject {
  override readonly fakeService = 'spreadsheet';
  private editors: Set<string> | undefined;
  private domainEdit = true;
  private warningOnly = false;
  private description = '';
  private unprotected: ProtectedArea[] = [];

  constructor(
    private readonly file: DriveFileRecord,
    private readonly type: ProtectionType,
    private readonly area: ProtectedArea & object,
    private readonly onRemove: (protection: FakeProtection) => void,
  ) {
    super();
  }

  getProtectionType(): ProtectionType {
    return this.type;
  }

  getRange(): object {
    return this.area;
  }

  getEditors(): FakeUser[] {
    const emails = this.editors ? [this.file.owner, ...this.editors] : [this.file.owner, ...this.file.editors];
    return [...new Set(emails)].map((email) => new FakeUser(email));
  }

  addEditor(user: unknown): this {
    this.materialise().add(emailOf(user));
    return this;
  }

  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }

  removeEditor(user: unknown): this {
    this.materialise().delete(emailOf(user));
    return this;
  }

  removeEditors(users: unknown[]): this {
    for (const user of users) this.removeEditor(user);
    return this;
  }

  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setDescription(description: string): this {
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setUnprotectedRanges(ranges: (ProtectedArea & object)[]): this {
    this.unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): object[] {
    return [...this.unprotected];
  }

  remove(): void {
    this.onRemove(this);
  }

  /** Whether `user` may edit what this protects (the owner always may). */
  allows(user: string): boolean {
    const who = user.toLowerCase();
    if (this.warningOnly || who === this.file.owner) return true;
    if (!this.editors) return canEdit(this.file, who);
    if (this.editors.has(who)) return true;
    // "Domain edit" lets every file editor in the owner's domain through, whatever the list says.
    return this.domainEdit && domainOf(who) === domainOf(this.file.owner) && canEdit(this.file, who);
  }

  canEdit(): boolean {
    return true;
  }

  covers(sheetId: number, row: number, column: number): boolean {
    if (!this.area.covers(sheetId, row, column)) return false;
    return !this.unprotected.some((area) => area.covers(sheetId, row, column));
  }

  private materialise(): Set<string> {
    if (!this.editors) this.editors = new Set([...this.file.editors]);
    // The owner is always an editor and never leaves the list.
    this.editors.delete(this.file.owner);
    return this.editors;
  }
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
