/**
 * The Online safety menu. onOpen is a simple trigger: it runs with limited authorisation, so it only
 * builds the menu; each item's function runs with the full authorisation of whoever clicks it.
 */
export const MENU_TITLE = 'Online safety';

export function addOnlineSafetyMenu(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem('Add an action…', 'menuAddAction')
    .addItem('Close an incident…', 'menuCloseIncident')
    .addSeparator()
    .addItem('Send the termly summary now', 'menuSendTermlySummary')
    .addItem('Send the email check digest now', 'sendMailDigest')
    .addSeparator()
    .addItem('Run setup again (repairs sharing and triggers)', 'setup')
    .addToUi();
}
