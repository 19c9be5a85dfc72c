/**
 * The core IncidentStore port over the Incident Log and Needs Attention sheets. The last reference is
 * kept in a script property as well as in the rows, and the higher of the two is used: a sorted,
 * deleted or retyped row can then never make a number be issued twice.
 */
import {
  highestReference,
  incidentFromRow,
  incidentToRow,
  needsAttentionToRow,
  type Incident,
  type IncidentStore,
  type NeedsAttentionEntry,
} from '../../core/incidents';
import { readText } from '../../core/incidents/cells';
import { withScriptLockAsync } from '../platform/lock';
import { PROPERTY, readProperty, writeProperty } from '../platform/properties';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { TEMPLATES, sheetOf } from './resources';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetIncidentStore extends IncidentStore {
  list(): Incident[];
  /** The incident with this reference, if the log has it (and its row reads back). */
  find(reference: string): Incident | undefined;
}

export function sheetIncidentStore(spreadsheet: Spreadsheet, timeZone: string): SheetIncidentStore {
  const log = sheetOf(spreadsheet, TEMPLATES.log);
  const columns = () => ColumnMap.of(log, TEMPLATES.log);

  const list = (): Incident[] => {
    const map = columns();
    return dataRows(log, map.width).flatMap((row) => {
      const result = incidentFromRow(map.fromSheetRow(row), timeZone);
      return result.ok ? [result.value] : [];
    });
  };

  return {
    withLock: (work) => withScriptLockAsync(work),

    lastReference(): string | undefined {
      const map = columns();
      const column = map.column('reference');
      const inRows = dataRows(log, map.width).map((row) => readText(row[column]));
      const recorded = readProperty(PROPERTY.lastIncidentReference);
      return highestReference([...inRows, ...(recorded ? [recorded] : [])]);
    },

    append(incident: Incident): void {
      log.appendRow(columns().toSheetRow(incidentToRow(incident)));
      writeProperty(PROPERTY.lastIncidentReference, incident.reference);
    },

    list,

    find(reference: string): Incident | undefined {
      return list().find((incident) => incident.reference === reference);
    },

    update(incident: Incident): void {
      const map = columns();
      const column = map.column('reference');
      const rows = dataRows(log, map.width);
      const index = rows.findIndex((row) => readText(row[column]).trim() === incident.reference);
      if (index < 0) throw new Error(`the Incident Log has no row for ${incident.reference}`);
      const updated = map.toSheetRow(incidentToRow(incident), rows[index]);
      log.getRange(index + 2, 1, 1, updated.length).setValues([updated]);
    },

    appendNeedsAttention(entry: NeedsAttentionEntry): void {
      const sheet = sheetOf(spreadsheet, TEMPLATES.needsAttention);
      sheet.appendRow(ColumnMap.of(sheet, TEMPLATES.needsAttention).toSheetRow(needsAttentionToRow(entry)));
    },
  };
}
