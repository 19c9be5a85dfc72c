// Apps Script's services (SpreadsheetApp, FormApp, ...) are globals at run time; these are their types.
/// <reference types="google-apps-script" />
