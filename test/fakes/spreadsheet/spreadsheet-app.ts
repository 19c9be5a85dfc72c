/**
 * SpreadsheetApp: create and open spreadsheets (as the effective user, who must have access), the
 * bound container, its UI (only where the execution has one), flush(), and the rule builders.
 */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import type { DriveFiles } from '../drive/files';
import { FakeUi, type UiRecorder } from '../ui';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { FakeDataValidationBuilder } from './data-validation';
import { FakeSpreadsheet } from './spreadsheet';

export interface SpreadsheetAppHost {
  readonly files: DriveFiles;
  readonly spreadsheets: Map<string, FakeSpreadsheet>;
  readonly ui: UiRecorder;
  effectiveUser(): string;
  containerId(): string | undefined;
  /** Id of the spreadsheet whose UI the current execution has, if any. */
  uiId(): string | undefined;
  requireFull(what: string): void;
  checkDialogScope(what: string): void;
  scriptTimeZone(): string;
  flush(): void;
}

export function idFromUrl(url: string): string {
  const match = /\/d\/(?:e\/)?([A-Za-z0-9_-]+)/.exec(String(url));
  if (!match) throw new AppsScriptError('Invalid argument: url');
  return match[1]!;
}

export class FakeSpreadsheetApp extends FakeObject {
  override readonly fakeService = 'spreadsheet';
  readonly ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    CHECKBOX: 'CHECKBOX',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
    TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  };
  readonly BooleanCriteria = {
    TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
    TEXT_CONTAINS: 'TEXT_CONTAINS',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    CELL_EMPTY: 'CELL_EMPTY',
    CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  };

  constructor(private readonly host: SpreadsheetAppHost) {
    super();
  }

  /** A new spreadsheet in the effective user's Drive (also used by the world to make a container). */
  createSpreadsheet(name: string, owner: string): FakeSpreadsheet {
    const file = this.host.files.create('spreadsheet', String(name), owner);
    const spreadsheet = new FakeSpreadsheet(
      file,
      { currentUser: () => this.host.effectiveUser() },
      this.host.scriptTimeZone(),
    );
    this.host.spreadsheets.set(file.id, spreadsheet);
    return spreadsheet;
  }

  create(name: string, _rows?: number, _columns?: number): FakeSpreadsheet {
    this.host.requireFull('SpreadsheetApp.create');
    return this.createSpreadsheet(name, this.host.effectiveUser());
  }

  openById(id: string): FakeSpreadsheet {
    if (String(id) !== this.host.containerId()) this.host.requireFull('SpreadsheetApp.openById');
    const file = this.host.files.open(String(id), this.host.effectiveUser());
    const spreadsheet = this.host.spreadsheets.get(file.id);
    if (!spreadsheet) throw new AppsScriptError('You do not have permission to access the requested document.');
    return spreadsheet;
  }

  openByUrl(url: string): FakeSpreadsheet {
    return this.openById(idFromUrl(url));
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    const id = this.host.containerId();
    return id === undefined ? null : (this.host.spreadsheets.get(id) ?? null);
  }

  getActive(): FakeSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): object | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  getActiveRange(): object | null {
    return this.getActiveSpreadsheet()?.getActiveRange() ?? null;
  }

  getUi(): FakeUi {
    const id = this.host.uiId();
    if (id === undefined || id !== this.host.containerId()) {
      throw new AppsScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    return new FakeUi(id, this.host.ui, (what) => this.host.checkDialogScope(what));
  }

  flush(): void {
    this.host.flush();
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
