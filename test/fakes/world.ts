/**
 * One Google Workspace as the fakes see it: Drive files, spreadsheets, forms, triggers, properties,
 * sent mail, UI, logs and the clock, plus the runtime that runs script functions as executions.
 * Tests drive it the way people do: run a function, submit a form, open the spreadsheet, click a menu.
 */
import { AppsScriptError, FakeHarnessError } from './errors';
import { DriveFiles, type SharingAccess } from './drive/files';
import { FakeDriveApp } from './drive/drive-app';
import { FakeFormApp } from './forms/form-app';
import type { FakeForm } from './forms/form';
import type { Answer } from './forms/response';
import { submitResponse, type SubmitOptions, type Submitted } from './forms/submit';
import { FakeHtmlService } from './html-service';
import { FakeLockService } from './lock-service';
import { FakeConsole, FakeLogger, type LogLine } from './logger';
import { FakeMailApp, type SentMail } from './mail-app';
import { FakePropertiesService, type FakeProperties } from './properties-service';
import type { Execution, ExecutionOptions } from './runtime/execution';
import { Runtime } from './runtime/runtime';
import { NEEDS, checkScopes } from './scopes';
import { FakeScriptApp, TriggerStore } from './script-app';
import { FakeSession } from './session';
import { FakeRange } from './spreadsheet/range';
import { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { formatDate } from './simple-date-format';
import { UiRecorder, type MenuRecord } from './ui';
import { FakeUser } from './user';
import { FakeUtilities } from './utilities';
import { FakeUrlFetchApp, type FetchRecord, type HttpHandler } from './url-fetch-app';
import { FakeGmailApp, GMAIL_SCOPES, GmailStore } from './gmail-app';

export interface WorldOptions {
  /** The clock: a fixed start (moved by advance()) or a function read at every call. */
  readonly now?: Date | string | (() => number);
  /** The account that runs things unless told otherwise; it owns the bound spreadsheet. */
  readonly user?: string;
  readonly scriptTimeZone?: string;
  /** true (default): the script is bound to a spreadsheet, as `clasp create --type sheets` makes it. */
  readonly bound?: boolean;
  readonly containerName?: string;
  /** Recipients a day per user: 1,500 for Workspace accounts. */
  readonly emailQuota?: number;
  /** Link sharing of new files, as the domain's admin default sets it. */
  readonly newFileAccess?: SharingAccess;
  /** The manifest's oauthScopes; when given, calls outside them fail. */
  readonly oauthScopes?: readonly string[];
}

export interface Services {
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly FormApp: FakeFormApp;
  readonly ScriptApp: FakeScriptApp;
  readonly LockService: FakeLockService;
  readonly PropertiesService: FakePropertiesService;
  readonly MailApp: FakeMailApp;
  readonly Session: FakeSession;
  readonly Utilities: FakeUtilities;
  readonly HtmlService: FakeHtmlService;
  readonly DriveApp: FakeDriveApp;
  readonly UrlFetchApp: FakeUrlFetchApp;
  readonly GmailApp: FakeGmailApp;
  readonly Logger: FakeLogger;
  readonly console: FakeConsole;
}

export class FakeWorld {
  readonly runtime: Runtime;
  readonly files: DriveFiles;
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly forms = new Map<string, FakeForm>();
  readonly triggers = new TriggerStore();
  readonly ui = new UiRecorder();
  readonly sent: SentMail[] = [];
  readonly logs: LogLine[] = [];
  /** Things a real deployment would get wrong that do not throw (e.g. releasing a lock before flush()). */
  readonly warnings: string[] = [];
  /** The project's .html files, by name without extension, for HtmlService.createHtmlOutputFromFile. */
  readonly projectFiles = new Map<string, string>();
  readonly services: Services;
  readonly user: string;
  readonly scriptTimeZone: string;
  readonly containerId: string | undefined;
  oauthScopes: readonly string[] | undefined;
  /** What answers UrlFetchApp (an emulator's `handle`); none: fetching is a harness mistake. */
  http: HttpHandler | undefined;
  /** World time each UrlFetchApp call takes. */
  fetchLatencyMs = 0;
  readonly fetches: FetchRecord[] = [];
  /** Every account's Gmail: tests deliver messages here. */
  readonly gmail = new GmailStore();
  /** true: a busy lock times out (waitLock throws, tryLock is false) instead of waiting. */
  lockTimeouts = false;
  private clock: () => number;
  private counter = 0;
  private readonly quota = new Map<string, number>();

  constructor(options: WorldOptions = {}) {
    this.user = (options.user ?? 'dsl@example.sch.uk').toLowerCase();
    this.scriptTimeZone = options.scriptTimeZone ?? 'Europe/London';
    this.oauthScopes = options.oauthScopes;
    this.clock = this.clockFrom(options.now ?? '2026-03-10T09:00:00Z');
    this.files = new DriveFiles(() => options.newFileAccess ?? 'PRIVATE');
    this.runtime = new Runtime(() => ({ user: this.user, authMode: 'FULL' }));
    this.services = this.createServices(options.emailQuota ?? 1500);
    if (options.bound === false) {
      this.containerId = undefined;
    } else {
      const container = this.services.SpreadsheetApp.createSpreadsheet(
        options.containerName ?? 'Online safety',
        this.user,
      );
      this.containerId = container.getId();
    }
  }

  // --- time -------------------------------------------------------------------------------------

  now(): Date {
    return new Date(this.clock());
  }

  setNow(date: Date | string): void {
    this.clock = this.clockFrom(date);
  }

  advance(milliseconds: number): void {
    this.setNow(new Date(this.clock() + milliseconds));
  }

  // --- doing things as people do --------------------------------------------------------------

  /** Runs a script function now (the Run button, or a test calling an entry point). */
  run(functionName: string, args: readonly unknown[] = [], options: ExecutionOptions = {}): unknown {
    return this.runtime.call(functionName, args, options);
  }

  /** A respondent submits the form: the response is recorded and its form-submit triggers are queued. */
  submitForm(formId: string, answers: Readonly<Record<string, Answer>>, options: SubmitOptions = {}): Submitted {
    const form = this.forms.get(formId);
    if (!form) throw new FakeHarnessError(`no form ${formId}`);
    this.counter += 1;
    const submitted = submitResponse(form, answers, options, {
      id: `2_ABaOnu${String(this.counter).padStart(8, '0')}`,
      now: this.now(),
      timeZone: this.scriptTimeZone,
      display: (value) => this.display(value),
    });
    for (const trigger of this.triggers.firing('FORMS', formId, 'ON_FORM_SUBMIT')) {
      const event = {
        authMode: 'FULL',
        response: submitted.response,
        source: form,
        triggerUid: trigger.uid,
        user: new FakeUser(trigger.owner),
      };
      this.enqueueTrigger(trigger.handler, event, trigger.owner, trigger.uid, 'form submit');
    }
    const sheet = form.destinationSheet();
    if (sheet && submitted.row !== undefined) {
      const spreadsheet = sheet.getParent() as FakeSpreadsheet;
      for (const trigger of this.triggers.firing('SPREADSHEETS', spreadsheet.getId(), 'ON_FORM_SUBMIT')) {
        const event = {
          authMode: 'FULL',
          namedValues: submitted.namedValues,
          values: submitted.values,
          range: new FakeRange(sheet, submitted.row, 1, 1, submitted.values.length),
          source: spreadsheet,
          triggerUid: trigger.uid,
          user: new FakeUser(trigger.owner),
        };
        this.enqueueTrigger(trigger.handler, event, trigger.owner, trigger.uid, 'sheet form submit');
      }
    }
    return submitted;
  }

  /** Queues every time-driven trigger (optionally only those calling `handler`), as their hour comes round. */
  fireClockTriggers(handler?: string): Execution[] {
    return this.triggers.all
      .filter((t) => t.eventType === 'CLOCK' && (handler === undefined || t.handler === handler))
      .map((t) => this.enqueueTrigger(t.handler, { authMode: 'FULL', triggerUid: t.uid }, t.owner, t.uid, 'clock'));
  }

  /** Someone opens the bound spreadsheet: the onOpen simple trigger runs with limited authorisation. */
  openSpreadsheet(user: string = this.user): void {
    const id = this.requireContainer();
    if (!this.runtime.host?.has('onOpen')) return;
    const event = { authMode: 'LIMITED', source: this.spreadsheets.get(id), user: new FakeUser(user), triggerUid: '' };
    this.run('onOpen', [event], { authMode: 'LIMITED', ui: id, user, activeUser: user, label: 'onOpen' });
  }

  /** Someone edits by hand (types into the sheet, changes the form): `work` uses the fakes as that person. */
  byHand<T>(work: () => T, user: string = this.user): T {
    return this.runtime.within(work, { user, activeUser: user, label: `${user} by hand` });
  }

  /**
   * Runs `work` while another execution holds the script lock (a long job, a slow submission), e.g.
   * to see what a trigger does when the lock never comes free (with `lockTimeouts`).
   */
  whileLocked<T>(work: () => T): T {
    return this.runtime.within(
      () => {
        if (!this.runtime.tryAcquire('script')) throw new FakeHarnessError('the script lock is already held');
        return work();
      },
      { label: 'another execution holding the lock' },
    );
  }

  /** The menus the script added to the bound spreadsheet. */
  menus(): MenuRecord[] {
    return this.ui.menus.get(this.requireContainer()) ?? [];
  }

  /** Someone clicks a menu item, e.g. clickMenu('Online safety', 'Add an action'). */
  clickMenu(menu: string, item: string, user: string = this.user): unknown {
    const found = this.menus()
      .find((m) => m.caption === menu)
      ?.entries.find((e) => e.kind === 'item' && e.caption === item);
    if (!found || found.kind !== 'item') throw new FakeHarnessError(`no menu item ${menu} > ${item}`);
    return this.run(found.functionName, [], { ui: this.requireContainer(), user, activeUser: user, label: item });
  }

  /** A dialog calls a server function through google.script.run. */
  callFromDialog(functionName: string, args: readonly unknown[] = [], user: string = this.user): unknown {
    return this.run(functionName, args, { ui: this.requireContainer(), user, activeUser: user, label: functionName });
  }

  // --- looking at the world (tests) -----------------------------------------------------------

  spreadsheet(id: string): FakeSpreadsheet {
    const found = this.spreadsheets.get(id);
    if (!found) throw new FakeHarnessError(`no spreadsheet ${id}`);
    return found;
  }

  container(): FakeSpreadsheet {
    return this.spreadsheet(this.requireContainer());
  }

  form(id: string): FakeForm {
    const found = this.forms.get(id);
    if (!found) throw new FakeHarnessError(`no form ${id}`);
    return found;
  }

  scriptProperties(): FakeProperties {
    return this.services.PropertiesService.script;
  }

  // --- internals ----------------------------------------------------------------------------

  private clockFrom(now: Date | string | (() => number)): () => number {
    if (typeof now === 'function') return now;
    const fixed = new Date(now).getTime();
    return () => fixed;
  }

  private enqueueTrigger(handler: string, event: object, owner: string, uid: string, kind: string): Execution {
    return this.runtime.enqueue(handler, [event], {
      user: owner,
      activeUser: '',
      triggerUid: uid,
      label: `${handler} (${kind}) #${this.runtime.pending.length + this.runtime.finished.length + 1}`,
    });
  }

  private requireContainer(): string {
    if (this.containerId === undefined) throw new FakeHarnessError('this script is not bound to a spreadsheet');
    return this.containerId;
  }

  private display(value: unknown): string {
    return value instanceof Date ? formatDate(value, this.scriptTimeZone, 'dd/MM/yyyy HH:mm:ss') : String(value);
  }

  private options(): ExecutionOptions {
    return this.runtime.requireCurrent().options;
  }

  private effectiveUser(): string {
    return (this.options().user ?? this.user).toLowerCase();
  }

  private requireFull(what: string, needed: readonly string[]): void {
    if (this.options().authMode === 'LIMITED') {
      throw new AppsScriptError(`You do not have permission to call ${what}. Required permissions: ${needed[0]}`);
    }
    checkScopes(this.oauthScopes, needed, what);
  }

  private createServices(dailyQuota: number): Services {
    const files = this.files;
    const effectiveUser = () => this.effectiveUser();
    const containerId = () => this.containerId;
    const now = () => this.now();
    const spreadsheetApp: FakeSpreadsheetApp = new FakeSpreadsheetApp({
      files,
      spreadsheets: this.spreadsheets,
      ui: this.ui,
      effectiveUser,
      containerId,
      uiId: () => {
        const id = this.options().ui;
        if (id !== undefined) checkScopes(this.oauthScopes, NEEDS.container, 'SpreadsheetApp.getUi');
        return id;
      },
      requireFull: (what) => this.requireFull(what, NEEDS.spreadsheets),
      checkDialogScope: (what) => checkScopes(this.oauthScopes, NEEDS.dialogs, what),
      scriptTimeZone: () => this.scriptTimeZone,
      flush: () => {
        this.runtime.requireCurrent().unflushedWrites = 0;
      },
    });
    const formApp = new FakeFormApp({
      files,
      forms: this.forms,
      effectiveUser,
      requireFull: (what) => this.requireFull(what, NEEDS.forms),
      openSpreadsheet: (id) => spreadsheetApp.openById(id),
      nextItemId: () => {
        this.counter += 1;
        return 100000000 + this.counter;
      },
    });
    const lockHost = {
      runtime: this.runtime,
      lockTimesOut: () => this.lockTimeouts,
      warn: (message: string) => this.warnings.push(message),
      containerId,
      effectiveUser,
    };
    return {
      SpreadsheetApp: spreadsheetApp,
      FormApp: formApp,
      ScriptApp: new FakeScriptApp({
        store: this.triggers,
        owner: effectiveUser,
        now,
        scriptId: '1FAKESCRIPTID',
        requireFull: (what) => this.requireFull(what, NEEDS.triggers),
        idOf: (fileOrId, kind) => {
          if (typeof fileOrId === 'string') return fileOrId;
          const id = (fileOrId as { getId?: () => string }).getId?.();
          if (typeof id !== 'string') throw new AppsScriptError(`Invalid argument: ${kind}`);
          return id;
        },
      }),
      LockService: new FakeLockService(lockHost),
      PropertiesService: new FakePropertiesService({ effectiveUser, containerId }),
      MailApp: new FakeMailApp({
        effectiveUser,
        now,
        executionLabel: () => this.runtime.requireCurrent().label,
        requireFull: (what) => this.requireFull(what, NEEDS.mail),
        sent: this.sent,
        quota: this.quota,
        dailyQuota,
      }),
      Session: new FakeSession({
        effectiveUser: () => {
          checkScopes(this.oauthScopes, NEEDS.email, 'Session.getEffectiveUser');
          return effectiveUser();
        },
        activeUser: () => {
          checkScopes(this.oauthScopes, NEEDS.email, 'Session.getActiveUser');
          return (this.options().activeUser ?? this.effectiveUser()).toLowerCase();
        },
        scriptTimeZone: () => this.scriptTimeZone,
      }),
      Utilities: new FakeUtilities({
        nextUuid: () => {
          this.counter += 1;
          const hex = this.counter.toString(16).padStart(12, '0');
          return `00000000-0000-4000-8000-${hex}`;
        },
        sleep: (ms) => this.advance(ms),
      }),
      HtmlService: new FakeHtmlService(() => this.projectFiles),
      DriveApp: new FakeDriveApp({
        files,
        effectiveUser,
        requireFull: (what) => this.requireFull(what, NEEDS.drive),
      }),
      UrlFetchApp: new FakeUrlFetchApp({
        handler: () => this.http,
        requireFull: (what) => this.requireFull(what, NEEDS.external),
        effectiveUser,
        latencyMs: () => this.fetchLatencyMs,
        advance: (ms) => this.advance(ms),
        now,
        fetches: this.fetches,
        dailyQuota: 100_000,
      }),
      GmailApp: new FakeGmailApp({
        store: this.gmail,
        effectiveUser,
        now,
        advance: (ms) => this.advance(ms),
        requireFull: (what) => this.requireFull(what, GMAIL_SCOPES),
      }),
      Logger: new FakeLogger(this.logs),
      console: new FakeConsole(this.logs),
    };
  }
}
