/**
 * The core ReviewQueue over the Review sheet. A message is one row whatever happens: recording reads
 * the Message ID column under the script lock and appends only ids it does not hold, so a slice run
 * again, or two slices at once, never add a row twice. What a reviewer typed is never overwritten.
 */
import type { MailFlag } from '../../core/mail';
import { applyDecision, type ReviewDecision } from '../../core/mail/review-decision';
import type { ReviewEntry, ReviewQueue, ReviewStatus } from '../../core/mail/review-types';
import { readText } from '../../core/incidents/cells';
import { withScriptLock } from '../platform/lock';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { entryFromRow, entryToRow } from './review-rows';
import { REVIEW_SHEET } from './review-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FoundFlag {
  readonly flag: MailFlag;
  readonly source: string;
}

export interface SheetReviewQueue extends ReviewQueue {
  /** Adds the flags whose message ids are new; returns how many rows were added. */
  recordAll(flags: readonly FoundFlag[], at: Date): number;
  list(filter?: { readonly status?: ReviewStatus }): ReviewEntry[];
  decide(key: string, decision: ReviewDecision, at: Date): ReviewEntry;
  markDigested(keys: readonly string[], at: Date): void;
  record(flag: MailFlag, source: string, at: Date): boolean;
}

export function reviewSheetOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
  const sheet = spreadsheet.getSheetByName(REVIEW_SHEET.name);
  if (!sheet) throw new Error(`the "${REVIEW_SHEET.name}" sheet is missing: run setup to add it`);
  return sheet;
}

export function sheetReviewQueue(sheet: Sheet, timeZone: string): SheetReviewQueue {
  const columns = () => ColumnMap.of(sheet, REVIEW_SHEET);

  /** Every readable row with its sheet row number. */
  const rows = () => {
    const map = columns();
    return dataRows(sheet, map.width).flatMap((row, i) => {
      const entry = entryFromRow(map.fromSheetRow(row), timeZone);
      return entry ? [{ entry, rowNumber: i + 2, raw: row }] : [];
    });
  };

  const write = (rowNumber: number, entry: ReviewEntry, raw: readonly unknown[]) => {
    const map = columns();
    const updated = map.toSheetRow(entryToRow(entry, timeZone), raw);
    sheet.getRange(rowNumber, 1, 1, updated.length).setValues([updated]);
  };

  const recordAll = (flags: readonly FoundFlag[], at: Date): number => {
    if (flags.length === 0) return 0;
    return withScriptLock(() => {
      const map = columns();
      const idColumn = map.column('messageId');
      const held = new Set(dataRows(sheet, map.width).map((row) => readText(row[idColumn]).trim()));
      const added: unknown[][] = [];
      for (const { flag, source } of flags) {
        if (held.has(flag.messageId)) continue;
        held.add(flag.messageId);
        const entry: ReviewEntry = { key: flag.messageId, flag, source, recordedAt: at.toISOString(), status: 'new' };
        added.push(map.toSheetRow(entryToRow(entry, timeZone)));
      }
      // appendRow grows the sheet as needed; a block write past its last row would fail.
      for (const row of added) sheet.appendRow(row);
      return added.length;
    });
  };

  return {
    recordAll,
    record: (flag, source, at) => recordAll([{ flag, source }], at) === 1,

    list(filter) {
      const entries = rows().map((row) => row.entry);
      return filter?.status ? entries.filter((entry) => entry.status === filter.status) : entries;
    },

    decide(key, decision, at) {
      return withScriptLock(() => {
        const found = rows().find((row) => row.entry.key === key);
        if (!found) throw new Error(`the Review sheet has no flag for message ${key}`);
        const { entry, changed } = applyDecision(found.entry, decision, at);
        if (changed) write(found.rowNumber, entry, found.raw);
        return entry;
      });
    },

    markDigested(keys, at) {
      if (keys.length === 0) return;
      const wanted = new Set(keys);
      withScriptLock(() => {
        const map = columns();
        const column = map.column('digestedAt');
        for (const row of rows()) {
          if (!wanted.has(row.entry.key)) continue;
          const digested = { ...row.entry, digestedAt: at.toISOString() };
          // Only the one cell: a reviewer may be typing in the others.
          const cell = map.toSheetRow(entryToRow(digested, timeZone), row.raw)[column];
          sheet.getRange(row.rowNumber, column + 1).setValue(cell);
        }
      });
    },
  };
}
