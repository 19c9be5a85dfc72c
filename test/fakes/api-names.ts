/**
 * Compile-time check that the fakes only offer methods Apps Script really has: a fake method whose
 * name is not in @types/google-apps-script (a typo such as whenFormulaSatisfies) fails `tsc`, instead
 * of letting code pass the tests that would fail in Apps Script. The second argument of each check
 * lists the fakes' own helpers, which scripts never reach.
 */
import type { FakeDriveApp, FakeDriveFile } from './drive/drive-app';
import type { FakeForm } from './forms/form';
import type { FakeFormApp } from './forms/form-app';
import type { FakeChoice, FakeItem, FakeTextValidationBuilder } from './forms/items';
import type { FakeFormResponse, FakeItemResponse } from './forms/response';
import type { FakeHtmlOutput, FakeHtmlService } from './html-service';
import type { FakeLock, FakeLockService } from './lock-service';
import type { FakeConsole, FakeLogger } from './logger';
import type { FakeMailApp } from './mail-app';
import type { FakeProperties, FakePropertiesService } from './properties-service';
import type { FakeScriptApp, FakeTrigger } from './script-app';
import type { FakeSession } from './session';
import type { FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder } from './spreadsheet/conditional-format';
import type { FakeDataValidation, FakeDataValidationBuilder } from './spreadsheet/data-validation';
import type { FakeProtection } from './spreadsheet/protection';
import type { FakeRange } from './spreadsheet/range';
import type { FakeSheet } from './spreadsheet/sheet';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import type { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type { FakeMenu, FakeUi } from './ui';
import type { FakeUser } from './user';
import type { FakeUtilities } from './utilities';
import type { FakeHttpResponse, FakeUrlFetchApp } from './url-fetch-app';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Methods of the fake that the real interface lacks, helpers aside: must be `never`. */
type Extra<Fake, Real, Helpers extends PropertyKey = never> = Exclude<Methods<Fake>, keyof Real | Helpers>;
type None<T extends never> = T;

import S = GoogleAppsScript.Spreadsheet;
import F = GoogleAppsScript.Forms;
type AnyItem = F.Item &
  F.TextItem &
  F.ParagraphTextItem &
  F.MultipleChoiceItem &
  F.CheckboxItem &
  F.ListItem &
  F.DateItem &
  F.DateTimeItem &
  F.TimeItem &
  F.ScaleItem &
  F.SectionHeaderItem &
  F.PageBreakItem;

export type ApiNameChecks = [
  None<Extra<FakeSpreadsheetApp, S.SpreadsheetApp, 'createSpreadsheet'>>,
  None<Extra<FakeSpreadsheet, S.Spreadsheet>>,
  None<
    Extra<
      FakeSheet,
      S.Sheet,
      'cell' | 'display' | 'writeBlock' | 'patchBlock' | 'systemWrite' | 'protectArea' | 'select' | 'sheetId' | 'covers'
    >
  >,
  None<Extra<FakeRange, S.Range, 'covers' | 'sheetId'>>,
  None<Extra<FakeProtection, S.Protection, 'allows' | 'covers'>>,
  None<Extra<FakeDataValidation, S.DataValidation, 'accepts' | 'check'>>,
  None<Extra<FakeDataValidationBuilder, S.DataValidationBuilder>>,
  None<Extra<FakeConditionalFormatRule, S.ConditionalFormatRule>>,
  None<Extra<FakeConditionalFormatRuleBuilder, S.ConditionalFormatRuleBuilder>>,
  None<Extra<FakeUi, GoogleAppsScript.Base.Ui>>,
  None<Extra<FakeMenu, GoogleAppsScript.Base.Menu>>,
  None<Extra<FakeFormApp, F.FormApp>>,
  None<Extra<FakeForm, F.Form, 'destinationSheet' | 'header'>>,
  None<Extra<FakeItem, AnyItem, 'isQuestion' | 'choiceValues' | 'textValidation'>>,
  None<Extra<FakeChoice, F.Choice>>,
  None<Extra<FakeTextValidationBuilder, F.TextValidationBuilder>>,
  None<Extra<FakeFormResponse, F.FormResponse>>,
  None<Extra<FakeItemResponse, F.ItemResponse>>,
  None<Extra<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  None<Extra<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  None<Extra<FakeLockService, GoogleAppsScript.Lock.LockService>>,
  None<Extra<FakeLock, GoogleAppsScript.Lock.Lock>>,
  None<Extra<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  None<Extra<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  None<Extra<FakeMailApp, GoogleAppsScript.Mail.MailApp>>,
  None<Extra<FakeSession, GoogleAppsScript.Base.Session>>,
  None<Extra<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>,
  None<Extra<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>>,
  None<Extra<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  None<Extra<FakeDriveApp, GoogleAppsScript.Drive.DriveApp>>,
  None<Extra<FakeDriveFile, GoogleAppsScript.Drive.File>>,
  None<Extra<FakeLogger, GoogleAppsScript.Base.Logger>>,
  None<Extra<FakeConsole, Console>>,
  None<Extra<FakeUser, GoogleAppsScript.Base.User & GoogleAppsScript.Drive.User>>,
  None<Extra<FakeUrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>>,
  None<Extra<FakeHttpResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>>,
];
