/**
 * Makes a sheet match its template, and can be run any number of times: headers that are missing are
 * added (after the existing ones, never reordering what people arranged), then formats, dropdowns,
 * notes, conditional formats and the protection are set to what the template says.
 */
import type { ColumnDef, ConditionalFormat, SheetTemplate } from '../../core/incidents';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Text columns are stored as plain text ("@"), so "0042", "TRUE" or "=..." stay exactly as written. */
const PLAIN_TEXT: ReadonlySet<ColumnDef['type']> = new Set(['text', 'longtext', 'email', 'datetime']);

export interface SheetAccess {
  /** Who may edit a 'dsl-team' sheet. */
  readonly team: readonly string[];
  /** The account setup runs as: triggers run as it too, so it must always be able to write. */
  readonly runner: string;
}

export function ensureSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, template: SheetTemplate): Sheet {
  const sheet = spreadsheet.getSheetByName(template.name) ?? spreadsheet.insertSheet(template.name);
  ensureHeaders(sheet, template);
  return sheet;
}

function ensureHeaders(sheet: Sheet, template: SheetTemplate): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const present = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((cell) => String(cell).trim());
  const used = present.reduce((last, header, i) => (header === '' ? last : i + 1), 0);
  const missing = template.columns.filter((column) => !present.includes(column.header));
  if (missing.length === 0) return;
  if (used + missing.length > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), used + missing.length - sheet.getMaxColumns());
  }
  sheet.getRange(1, used + 1, 1, missing.length).setValues([missing.map((column) => column.header)]);
}

/** Formats, dropdowns, notes, widths and frozen panes for each template column, wherever it now is. */
export function formatSheet(sheet: Sheet, template: SheetTemplate, columnOf: (key: string) => number): void {
  const rows = sheet.getMaxRows() - 1;
  sheet.setFrozenRows(template.frozenRows);
  sheet.setFrozenColumns(template.frozenColumns);
  sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).setFontWeight('bold');
  for (const column of template.columns) {
    const at = columnOf(column.key) + 1;
    sheet.setColumnWidth(at, column.width);
    const header = sheet.getRange(1, at);
    header.setNote(column.note ?? '');
    if (rows < 1) continue;
    const data = sheet.getRange(2, at, rows, 1);
    if (PLAIN_TEXT.has(column.type)) data.setNumberFormat('@');
    if (column.type === 'longtext') data.setWrap(true);
    if (column.validation) {
      data.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.validation.list], true)
          .setAllowInvalid(!column.validation.strict)
          .build(),
      );
    }
  }
}

/**
 * The template's conditional formats replace earlier copies of themselves (same formula); rules
 * people added by hand are kept.
 */
export function applyConditionalFormats(sheet: Sheet, formats: readonly ConditionalFormat[]): void {
  const ours = new Set(formats.map((format) => format.formula));
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition?.getCriteriaValues()[0];
    return !(typeof formula === 'string' && ours.has(formula));
  });
  const added = formats.map((format) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(format.formula)
      .setRanges([sheet.getRange(format.range)]);
    if (format.format.background) builder = builder.setBackground(format.format.background);
    if (format.format.fontColor) builder = builder.setFontColor(format.format.fontColor);
    if (format.format.bold) builder = builder.setBold(true);
    return builder.build();
  });
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/**
 * One sheet protection whose editors are exactly the team (for 'dsl-team') or nobody but the runner
 * and the owner (for 'script-only'). Everyone else is removed, including "anyone in the domain".
 */
export function protectSheet(sheet: Sheet, template: SheetTemplate, access: SheetAccess): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(template.protection.description);
  const wanted = new Set(
    [access.runner, ...(template.protection.editors === 'dsl-team' ? access.team : [])].map((e) => e.toLowerCase()),
  );
  // The runner first, so removing the others can never lock this script out of its own sheet.
  protection.addEditor(access.runner);
  const current = protection.getEditors().map((user) => user.getEmail().toLowerCase());
  const extra = current.filter((email) => !wanted.has(email));
  if (extra.length > 0) protection.removeEditors(extra);
  const missing = [...wanted].filter((email) => !current.includes(email));
  if (missing.length > 0) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  protection.setWarningOnly(false);
}
