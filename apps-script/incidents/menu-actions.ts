/**
 * What the Online safety menu's items do: open the two dialogs (pre-selecting the incident on the row
 * the cursor is on) and send the termly summary now, after asking which term.
 */
import { readText } from '../../core/incidents/cells';
import { ColumnMap } from '../sheets/column-map';
import { incidentContext, type IncidentContext } from './context';
import { addActionDialog, closeIncidentDialog } from './dialogs';
import { TEMPLATES } from './resources';
import { currentTerm, runTermlySummary } from './termly-summary';

/** The reference on the selected row of the Incident Log, if the cursor is there. */
function selectedReference(context: IncidentContext): string | undefined {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (!active || active.getId() !== context.spreadsheet.getId()) return undefined;
  const range = active.getActiveRange();
  const sheet = range?.getSheet();
  if (!range || !sheet || sheet.getName() !== TEMPLATES.log.name || range.getRow() < 2) return undefined;
  const column = ColumnMap.of(sheet, TEMPLATES.log).column('reference') + 1;
  return readText(sheet.getRange(range.getRow(), column).getValue()).trim() || undefined;
}

function showDialog(html: string, title: string): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(520).setHeight(560), title);
}

export function openAddActionDialog(): void {
  const context = incidentContext();
  const open = context.incidents.list().filter((incident) => incident.status === 'open');
  if (open.length === 0) {
    SpreadsheetApp.getUi().alert('There are no open incidents to add an action to.');
    return;
  }
  showDialog(addActionDialog(open, selectedReference(context)), 'Add an action');
}

export function openCloseIncidentDialog(): void {
  const context = incidentContext();
  const open = context.incidents.list().filter((incident) => incident.status === 'open');
  if (open.length === 0) {
    SpreadsheetApp.getUi().alert('There are no open incidents to close.');
    return;
  }
  showDialog(closeIncidentDialog(open, selectedReference(context)), 'Close an incident');
}

export async function sendSummaryFromMenu(): Promise<void> {
  const ui = SpreadsheetApp.getUi();
  const context = incidentContext();
  const { calendar, school } = context.profile;
  const fallback = currentTerm(calendar.terms, context.clock.now(), school.timezone)?.name ?? '';
  const names = calendar.terms.map((term) => term.name).join(', ') || 'none: add calendar.terms to the profile';
  const answer = ui.prompt(
    'Send the termly summary now',
    `Which term? (${names})\nLeave empty for ${fallback || 'the current term'}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (String(answer.getSelectedButton()) !== String(ui.Button.OK)) return;
  const termName = answer.getResponseText().trim() || fallback;
  const outcome = await runTermlySummary(termName || undefined);
  ui.alert(
    outcome.sent
      ? `The summary for ${outcome.term} was sent to ${outcome.recipients} governor address(es) and added to Summaries.`
      : `No summary was sent: ${outcome.reason}.`,
  );
}
