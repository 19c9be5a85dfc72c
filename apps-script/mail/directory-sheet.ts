/**
 * Who is who for the mail check. The profile's domains always apply; a school that wants personal
 * addresses recognised (a teacher's Gmail writing to a pupil) adds a Directory sheet to the log with
 * the columns of the people directory (CONTRACTS §2: email, role, name, personal_emails). It is read
 * with the same parser as `--directory`, and a bad row is reported by its line, never by its content.
 */
import { createPeople, parseDirectory, type DirectoryEntry, type People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';

export const DIRECTORY_SHEET_NAME = 'Directory';

function cellText(cell: unknown): string {
  const text = cell instanceof Date ? cell.toISOString() : String(cell ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The Directory sheet's entries; none when the sheet is missing or empty. */
export function readDirectorySheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DirectoryEntry[] {
  const sheet = spreadsheet.getSheetByName(DIRECTORY_SHEET_NAME);
  if (!sheet || sheet.getLastRow() < 1) return [];
  const values = sheet.getDataRange().getValues();
  // CSV text for the shared parser, which knows the header aliases and checks every row.
  const result = parseDirectory(values.map((row) => row.map(cellText).join(',')).join('\r\n'));
  for (const error of result.errors.slice(0, 20)) {
    console.warn(
      `${DIRECTORY_SHEET_NAME} sheet, row ${error.line}${error.column ? ` (${error.column})` : ''}: ${error.message}`,
    );
  }
  if (result.errors.length > 20)
    console.warn(`${DIRECTORY_SHEET_NAME} sheet: ${result.errors.length - 20} more rows skipped`);
  return result.entries;
}

export function peopleFor(profile: ResolvedProfile, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): People {
  return createPeople(profile, readDirectorySheet(spreadsheet));
}
