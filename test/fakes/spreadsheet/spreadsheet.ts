/** A spreadsheet file: its tabs, protections, time zone, editors (through Drive) and UI selection. */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { editorsOf, removeEditor, type DriveFileRecord } from '../drive/files';
import { FakeUser, emailOf } from '../user';
import { parseA1 } from './a1';
import { FakeProtection, type ProtectionType } from './protection';
import { FakeRange } from './range';
import { FakeSheet, type SheetHost } from './sheet';

export interface SpreadsheetEnv {
  currentUser(): string;
}

export class FakeSpreadsheet extends FakeObject {
  override readonly fakeService = 'spreadsheet';
  private readonly sheets: FakeSheet[] = [];
  private readonly protectionList: FakeProtection[] = [];
  private nextSheetId = 0;
  private activeRange: FakeRange | undefined;
  private timeZone: string;
  /** Set when a Form sends its responses here. */
  formUrl: string | null = null;
  readonly toasts: { message: string; title: string }[] = [];

  constructor(
    readonly file: DriveFileRecord,
    private readonly env: SpreadsheetEnv,
    timeZone: string,
  ) {
    super();
    this.timeZone = timeZone;
    this.insertSheet('Sheet1');
  }

  private host(): SheetHost {
    return {
      spreadsheet: this,
      timeZone: () => this.timeZone,
      currentUser: () => this.env.currentUser(),
      protections: () => this.protectionList,
      protect: (type, area) => this.addProtection(type, area),
      select: (range) => {
        this.activeRange = range;
      },
      indexOf: (sheet) => this.sheets.indexOf(sheet),
    };
  }

  private addProtection(type: ProtectionType, area: FakeRange | FakeSheet): FakeProtection {
    const protection = new FakeProtection(this.file, type, area, (p) => {
      this.protectionList.splice(this.protectionList.indexOf(p), 1);
    });
    this.protectionList.push(protection);
    return protection;
  }

  getId(): string {
    return this.file.id;
  }

  getName(): string {
    return this.file.name;
  }

  rename(name: string): void {
    this.file.name = String(name);
  }

  getUrl(): string {
    return this.file.url;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    return 'en_GB';
  }

  getFormUrl(): string | null {
    return this.formUrl;
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getSheetId() === id) ?? null;
  }

  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name !== undefined && this.getSheetByName(name)) {
      throw new AppsScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    const sheet = new FakeSheet(this.host(), name, this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919);
    this.nextSheetId += 1;
    this.sheets.splice(at === undefined ? this.sheets.length : Math.min(at, this.sheets.length), 0, sheet);
    this.activeRange = new FakeRange(sheet, 1, 1, 1, 1);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new AppsScriptError("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new AppsScriptError('Sheet not found');
    for (const protection of this.protectionsOf(sheet)) protection.remove();
    this.sheets.splice(index, 1);
    if (this.activeRange?.sheet === sheet) this.activeRange = new FakeRange(this.sheets[0]!, 1, 1, 1, 1);
  }

  getActiveSheet(): FakeSheet {
    return this.activeRange?.sheet ?? this.sheets[0]!;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeRange = new FakeRange(sheet, 1, 1, 1, 1);
    return sheet;
  }

  getActiveRange(): FakeRange | null {
    return this.activeRange ?? null;
  }

  getActiveCell(): FakeRange | null {
    const range = this.activeRange;
    return range ? new FakeRange(range.sheet, range.row, range.column, 1, 1) : null;
  }

  setActiveRange(range: FakeRange): FakeRange {
    this.activeRange = range;
    return range;
  }

  getRange(a1: string): FakeRange {
    const parsed = parseA1(a1);
    const sheet = parsed.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(parsed.sheetName);
    if (!sheet) throw new AppsScriptError('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }

  getProtections(type: ProtectionType): FakeProtection[] {
    return this.protectionList.filter((p) => p.getProtectionType() === String(type));
  }

  toast(message: string, title = '', _timeoutSeconds?: number): void {
    this.toasts.push({ message: String(message), title: String(title) });
  }

  getOwner(): FakeUser {
    return new FakeUser(this.file.owner);
  }

  getEditors(): FakeUser[] {
    return editorsOf(this.file).map((email) => new FakeUser(email));
  }

  getViewers(): FakeUser[] {
    return [...this.file.viewers].map((email) => new FakeUser(email));
  }

  addEditor(user: unknown): this {
    const email = emailOf(user);
    this.file.viewers.delete(email);
    if (email !== this.file.owner) this.file.editors.add(email);
    return this;
  }

  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }

  removeEditor(user: unknown): this {
    removeEditor(this.file, emailOf(user));
    return this;
  }

  addViewer(user: unknown): this {
    const email = emailOf(user);
    if (email !== this.file.owner && !this.file.editors.has(email)) this.file.viewers.add(email);
    return this;
  }

  removeViewer(user: unknown): this {
    this.file.viewers.delete(emailOf(user));
    return this;
  }

  private protectionsOf(sheet: FakeSheet): FakeProtection[] {
    return this.protectionList.filter((p) => (p.getRange() as FakeRange | FakeSheet).sheetId() === sheet.getSheetId());
  }
}
