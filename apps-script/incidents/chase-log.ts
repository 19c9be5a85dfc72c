/** The Chase Log sheet as the core ChaseLog: which actions were chased on which school day. */
import { chaseRecordFromRow, chaseRecordToRow, type ChaseLog, type ChaseRecord } from '../../core/incidents';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { TEMPLATES, sheetOf } from './resources';

export function sheetChaseLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): ChaseLog {
  const sheet = sheetOf(spreadsheet, TEMPLATES.chaseLog);
  return {
    chasedOn(date: string): ChaseRecord[] {
      const map = ColumnMap.of(sheet, TEMPLATES.chaseLog);
      return dataRows(sheet, map.width)
        .map((row) => chaseRecordFromRow(map.fromSheetRow(row), timeZone))
        .filter((record): record is ChaseRecord => record !== undefined && record.date === date);
    },
    record(records: readonly ChaseRecord[]): void {
      const map = ColumnMap.of(sheet, TEMPLATES.chaseLog);
      for (const record of records) sheet.appendRow(map.toSheetRow(chaseRecordToRow(record)));
    },
  };
}
