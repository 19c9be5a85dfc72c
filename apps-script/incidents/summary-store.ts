/** The Summaries sheet as the core SummaryStore. */
import type { CellValue, SummaryStore } from '../../core/incidents';
import { readText } from '../../core/incidents/cells';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { TEMPLATES, sheetOf } from './resources';

export function sheetSummaryStore(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SummaryStore {
  const sheet = sheetOf(spreadsheet, TEMPLATES.summaries);
  return {
    summarisedTerms(): string[] {
      const map = ColumnMap.of(sheet, TEMPLATES.summaries);
      const column = map.column('term');
      return dataRows(sheet, map.width)
        .map((row) => readText(row[column]).trim())
        .filter((term) => term !== '');
    },
    append(row: readonly CellValue[]): void {
      sheet.appendRow(ColumnMap.of(sheet, TEMPLATES.summaries).toSheetRow(row));
    },
  };
}
