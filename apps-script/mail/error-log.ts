/**
 * Messages the check could not read. Each goes to the Mail Check Errors sheet once (by its Gmail id)
 * and to the execution log, with a masked reason: an error's text may quote an address or a line of
 * the message, and logs are read by more people than the DSL team.
 */
import { formatLocalDateTime } from '../../core/incidents/time';
import { readText, textCell } from '../../core/incidents/cells';
import { maskSensitive } from '../../core/mail/evidence';
import { withScriptLock } from '../platform/lock';
import { ColumnMap, dataRows } from '../sheets/column-map';
import { MAIL_ERRORS_SHEET } from './review-sheet';

export interface MailCheckError {
  /** Gmail's id of the message (or of the thread, when the thread itself could not be read). */
  readonly gmailId: string;
  /** When Gmail received it, if that much could be read. */
  readonly date?: Date;
  /** The error as caught: it is masked here, once. */
  readonly reason: unknown;
}

export interface MailErrorLog {
  /** Records the error unless this Gmail id already has one; true when recorded. */
  record(error: MailCheckError, at: Date): boolean;
}

const MAX_REASON = 300;

/** An error's message, masked and cut short, for sheets and logs. */
export function maskedReason(error: unknown): string {
  const text =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  const masked = maskSensitive(text.replace(/\s+/g, ' ').trim());
  return masked.length > MAX_REASON ? `${masked.slice(0, MAX_REASON - 1)}…` : masked || 'unknown error';
}

export function sheetMailErrorLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): MailErrorLog {
  return {
    record(error, at) {
      const reason = maskedReason(error.reason);
      console.warn(`Mail check could not read Gmail message ${error.gmailId}: ${reason}`);
      const sheet = spreadsheet.getSheetByName(MAIL_ERRORS_SHEET.name);
      if (!sheet) {
        // Setup was not rerun since the mail check was added: the log line above is all there is.
        console.error(`the "${MAIL_ERRORS_SHEET.name}" sheet is missing: run setup to add it`);
        return false;
      }
      return withScriptLock(() => {
        const map = ColumnMap.of(sheet, MAIL_ERRORS_SHEET);
        const idColumn = map.column('gmailId');
        const held = dataRows(sheet, map.width).some((row) => readText(row[idColumn]).trim() === error.gmailId);
        if (held) return false;
        const cells = [
          formatLocalDateTime(at, timeZone),
          error.gmailId,
          error.date && !Number.isNaN(error.date.getTime()) ? formatLocalDateTime(error.date, timeZone) : '',
          reason,
          '',
        ].map(textCell);
        sheet.appendRow(map.toSheetRow(cells));
        return true;
      });
    },
  };
}
