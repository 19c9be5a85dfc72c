/** The Actions sheet as the core ActionStore, plus appending new actions. */
import { actionFromRow, actionToRow, type Action, type ActionStore } from '../../core/incidents';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { TEMPLATES, sheetOf } from './resources';

export interface SheetActionStore extends ActionStore {
  list(): Action[];
  append(action: Action): void;
}

export function sheetActionStore(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): SheetActionStore {
  const sheet = sheetOf(spreadsheet, TEMPLATES.actions);
  return {
    list(): Action[] {
      const map = ColumnMap.of(sheet, TEMPLATES.actions);
      return dataRows(sheet, map.width).flatMap((row) => {
        const result = actionFromRow(map.fromSheetRow(row), timeZone);
        return result.ok ? [result.value] : [];
      });
    },
    append(action: Action): void {
      sheet.appendRow(ColumnMap.of(sheet, TEMPLATES.actions).toSheetRow(actionToRow(action)));
    },
  };
}
