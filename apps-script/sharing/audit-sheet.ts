/**
 * The Audit sheet as an idempotent store keyed by file id. Rows are read once per slice and written
 * back only where they change, so a page seen twice (a slice killed after writing its rows but before
 * saving the cursor) updates the same rows again and doubles nothing. Text from Drive (file names) is
 * neutralised so a name such as `=HYPERLINK(...)` stays text.
 */
import type { SheetTemplate } from '../../core/incidents';
import { neutraliseFormula } from '../../core/report/csv';
import type { ExposureFinding } from '../../core/sharing/types';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { AUDIT_LOG_SHEET, AUDIT_SHEET, AUDIT_STATUS, type AuditStatus } from './audit-templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One exposed file as the audit found it now. */
export interface AuditEntry {
  readonly finding: ExposureFinding;
  readonly link: string;
  readonly ownerGroup: string;
  readonly location: string;
  readonly scope: string;
}

export interface AuditRow {
  readonly fileId: string;
  readonly file: string;
  readonly link: string;
  readonly owner: string;
  readonly ownerGroup: string;
  readonly location: string;
  readonly exposure: string;
  readonly risk: string;
  readonly firstSeen: Date | undefined;
  readonly lastSeen: Date | undefined;
  readonly status: AuditStatus;
  readonly ownerTold: Date | undefined;
  readonly scope: string;
}

const KEYS = AUDIT_SHEET.columns.map((column) => column.key);

function asDate(value: unknown): Date | undefined {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? undefined : new Date(time);
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time);
  }
  return undefined;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A neutralised cell read back as the value it stands for (Sheets may or may not keep the apostrophe). */
function unneutralised(value: unknown): string {
  return text(value).replace(/^'(?=[=+\-@\t\r])/, '');
}

function rowFromCells(cells: readonly unknown[]): AuditRow {
  const get = (key: string) => cells[KEYS.indexOf(key)];
  const status = text(get('status')).trim().toLowerCase() === AUDIT_STATUS.fixed ? 'fixed' : 'open';
  return {
    fileId: text(get('fileId')).trim(),
    file: unneutralised(get('file')),
    link: unneutralised(get('link')),
    owner: unneutralised(get('owner')).trim().toLowerCase(),
    ownerGroup: text(get('ownerGroup')),
    location: unneutralised(get('location')),
    exposure: text(get('exposure')),
    risk: text(get('risk')),
    firstSeen: asDate(get('firstSeen')),
    lastSeen: asDate(get('lastSeen')),
    status,
    ownerTold: asDate(get('ownerTold')),
    scope: text(get('scope')).trim(),
  };
}

function cellsFromRow(row: AuditRow): unknown[] {
  const values: Record<string, unknown> = {
    fileId: row.fileId,
    file: neutraliseFormula(row.file),
    link: neutraliseFormula(row.link),
    owner: neutraliseFormula(row.owner),
    ownerGroup: row.ownerGroup,
    location: neutraliseFormula(row.location),
    exposure: row.exposure,
    risk: row.risk,
    firstSeen: row.firstSeen ?? '',
    lastSeen: row.lastSeen ?? '',
    status: row.status,
    ownerTold: row.ownerTold ?? '',
    scope: row.scope,
  };
  return KEYS.map((key) => values[key]);
}

/** The row laid out for the sheet by header (dates stay Dates, which ColumnMap.toSheetRow does not take). */
function layout(columns: ColumnMap, template: SheetTemplate, values: readonly unknown[], base?: readonly unknown[]) {
  const row: unknown[] = base ? [...base] : new Array<unknown>(columns.width).fill('');
  while (row.length < columns.width) row.push('');
  template.columns.forEach((column, i) => {
    row[columns.column(column.key)] = values[i] ?? '';
  });
  return row;
}

function same(a: AuditRow, b: AuditRow): boolean {
  return JSON.stringify(cellsFromRow(a)) === JSON.stringify(cellsFromRow(b));
}

export class AuditSheet {
  private loaded: { rows: AuditRow[]; base: unknown[][]; index: Map<string, number> } | undefined;

  private constructor(
    private readonly sheet: Sheet,
    private readonly log: Sheet,
  ) {}

  static open(spreadsheet: Spreadsheet): AuditSheet {
    const sheet = spreadsheet.getSheetByName(AUDIT_SHEET.name);
    const log = spreadsheet.getSheetByName(AUDIT_LOG_SHEET.name);
    if (!sheet || !log) throw new Error(`the sharing audit spreadsheet has no "${AUDIT_SHEET.name}" sheet: run setup`);
    return new AuditSheet(sheet, log);
  }

  rows(): readonly AuditRow[] {
    return this.load().rows;
  }

  /** Adds or refreshes one row per entry; a fixed row found exposed again is opened again. */
  upsert(entries: readonly AuditEntry[], at: Date): { added: number; updated: number } {
    const state = this.load();
    const columns = this.columns();
    const appended: AuditRow[] = [];
    let updated = 0;
    for (const entry of entries) {
      const at_ = state.index.get(entry.finding.fileId);
      const before = at_ === undefined ? undefined : state.rows[at_];
      const reopened = before !== undefined && before.status === AUDIT_STATUS.fixed;
      const row: AuditRow = {
        fileId: entry.finding.fileId,
        file: entry.finding.name,
        link: entry.link,
        owner: entry.finding.owner,
        ownerGroup: entry.ownerGroup,
        location: entry.location,
        exposure: entry.finding.exposure.join(', '),
        risk: entry.finding.risk,
        firstSeen: before?.firstSeen ?? at,
        lastSeen: at,
        status: AUDIT_STATUS.open,
        // A file exposed again after a fix is news to its owner again.
        ownerTold: reopened ? undefined : before?.ownerTold,
        scope: entry.scope,
      };
      if (at_ === undefined) {
        state.index.set(row.fileId, state.rows.length + appended.length);
        appended.push(row);
      } else if (!same(before as AuditRow, row)) {
        this.writeRow(at_, row, columns);
        updated += 1;
      }
    }
    if (appended.length > 0) {
      const first = state.rows.length + 2;
      const cells = appended.map((row) => layout(columns, AUDIT_SHEET, cellsFromRow(row)));
      this.sheet.getRange(first, 1, cells.length, columns.width).setValues(cells);
      for (let i = 0; i < appended.length; i += 1) {
        state.rows.push(appended[i] as AuditRow);
        state.base.push(cells[i] as unknown[]);
      }
    }
    return { added: appended.length, updated };
  }

  /** Open rows last seen before the pass began, in scopes the pass read in full, are fixed. */
  closeUnseen(passStart: Date, readInFull: (scope: string) => boolean): number {
    const state = this.load();
    const columns = this.columns();
    let closed = 0;
    state.rows.forEach((row, i) => {
      if (row.status !== AUDIT_STATUS.open || !readInFull(row.scope)) return;
      if (row.lastSeen !== undefined && row.lastSeen.getTime() >= passStart.getTime()) return;
      this.writeRow(i, { ...row, status: AUDIT_STATUS.fixed }, columns);
      closed += 1;
    });
    return closed;
  }

  markTold(fileIds: readonly string[], at: Date): void {
    const state = this.load();
    const columns = this.columns();
    for (const id of fileIds) {
      const i = state.index.get(id);
      if (i !== undefined) this.writeRow(i, { ...(state.rows[i] as AuditRow), ownerTold: at }, columns);
    }
  }

  appendLog(at: Date, pass: number, event: string, scope: string, detail: string): void {
    const columns = ColumnMap.of(this.log, AUDIT_LOG_SHEET);
    this.log.appendRow(
      layout(columns, AUDIT_LOG_SHEET, [at, pass, event, neutraliseFormula(scope), neutraliseFormula(detail)]),
    );
  }

  private writeRow(i: number, row: AuditRow, columns: ColumnMap): void {
    const state = this.load();
    const cells = layout(columns, AUDIT_SHEET, cellsFromRow(row), state.base[i]);
    this.sheet.getRange(i + 2, 1, 1, cells.length).setValues([cells]);
    state.rows[i] = row;
    state.base[i] = cells;
  }

  private columns(): ColumnMap {
    return ColumnMap.of(this.sheet, AUDIT_SHEET);
  }

  private load(): { rows: AuditRow[]; base: unknown[][]; index: Map<string, number> } {
    if (this.loaded) return this.loaded;
    const columns = this.columns();
    const base = dataRows(this.sheet, columns.width);
    const rows = base.map((cells) => rowFromCells(columns.fromSheetRow(cells)));
    const index = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.fileId !== '' && !index.has(row.fileId)) index.set(row.fileId, i);
    });
    this.loaded = { rows, base, index };
    return this.loaded;
  }
}
