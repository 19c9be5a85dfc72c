/** The chase log as rows (a hidden sheet on Google, a table on Azure): one row per action chased per day. */
import { readDate, readText, textCell } from './cells';
import type { CellValue, ChaseRecord } from './types';

export const CHASE_LOG_COLUMNS = ['actionId', 'date'] as const;

export function chaseRecordToRow(record: ChaseRecord): CellValue[] {
  return [textCell(record.actionId), record.date];
}

export function chaseRecordFromRow(row: readonly unknown[], timeZone: string): ChaseRecord | undefined {
  const actionId = readText(row[0]).trim();
  const date = readDate(row[1], timeZone);
  return actionId && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { actionId, date } : undefined;
}
