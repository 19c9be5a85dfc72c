/**
 * Who can open the log and the form. Reports name children, so the spreadsheet, and the form (whose
 * editors can read every response), are shared with the DSL team and the account that runs the script,
 * and with nobody else: anyone else found there is removed. Link sharing cannot be changed without
 * the full Drive scope, which this project does not ask for; a new file is private unless the domain's
 * admin default says otherwise, and setup says what to check.
 */

export interface SharedFile {
  getEditors(): GoogleAppsScript.Base.User[];
  addEditor(emailAddress: string): unknown;
  removeEditor(emailAddress: string): unknown;
}

export interface Restriction {
  /** Addresses removed from the file. Never the owner, who cannot be removed. */
  readonly removed: readonly string[];
  readonly added: readonly string[];
  /** Editors that could not be removed (the owner of an adopted file, a group): setup reports them. */
  readonly kept: readonly string[];
}

export function restrictEditors(file: SharedFile, allowed: readonly string[], owner: string | undefined): Restriction {
  const wanted = new Set(allowed.map((email) => email.toLowerCase()));
  const current = file.getEditors().map((user) => user.getEmail().toLowerCase());
  const added = [...wanted].filter((email) => !current.includes(email) && email !== owner);
  for (const email of added) file.addEditor(email);
  const removed: string[] = [];
  const kept: string[] = [];
  for (const email of current.filter((address) => !wanted.has(address) && address !== owner)) {
    try {
      file.removeEditor(email);
      removed.push(email);
    } catch {
      kept.push(email);
    }
  }
  return { removed, added, kept };
}

/** Viewers have no place on the log at all. */
export function removeViewers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  owner: string | undefined,
): string[] {
  const viewers = spreadsheet.getViewers().map((user) => user.getEmail().toLowerCase());
  const removed = viewers.filter((email) => email !== owner);
  for (const email of removed) spreadsheet.removeViewer(email);
  return removed;
}
