/** In-memory Apps Script services for tests: see world.ts for what a test can do with them. */
export { FakeWorld, type WorldOptions, type Services } from './world';
export { installFakes, useModules, SERVICE_NAMES } from './install';
export { loadProject, readProject, type BuiltProject } from './bundle-host';
export { AppsScriptError, FakeHarnessError } from './errors';
export type { Execution, ExecutionOptions } from './runtime/execution';
export type { SentMail } from './mail-app';
export type { GmailStore, MessageSpec, MessageRecord } from './gmail-app';
export type { HttpHandler, HttpRequest, HttpAnswer, FetchRecord } from './url-fetch-app';
export type { MenuRecord, DialogRecord } from './ui';
export type { FakeSpreadsheet } from './spreadsheet/spreadsheet';
export type { FakeSheet } from './spreadsheet/sheet';
export type { FakeForm } from './forms/form';
