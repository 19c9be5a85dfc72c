/**
 * Installable triggers: the builders, the per-user list, Apps Script's limit of 20 triggers per user
 * per script, and the checks the real builders make (a clock needs a recurrence; atHour needs days).
 */
import { AppsScriptError, FakeHarnessError } from './errors';
import { FakeObject } from './fake-object';

export type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSource = 'SPREADSHEETS' | 'FORMS' | 'CLOCK' | 'DOCUMENTS';

export interface ClockSpec {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  timeZone?: string;
  at?: Date;
}

export class FakeTrigger extends FakeObject {
  override readonly fakeService = 'script';

  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: EventType,
    readonly source: TriggerSource,
    readonly sourceId: string,
    readonly owner: string,
    readonly clock: Readonly<ClockSpec> | undefined,
  ) {
    super();
  }

  getUniqueId(): string {
    return this.uid;
  }

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): EventType {
    return this.eventType;
  }

  getTriggerSource(): TriggerSource {
    return this.source;
  }

  getTriggerSourceId(): string {
    return this.sourceId;
  }
}

const MAX_TRIGGERS = 20;

export class TriggerStore {
  readonly all: FakeTrigger[] = [];
  private counter = 0;

  add(spec: Omit<FakeTrigger, 'uid' | keyof FakeObject | `get${string}`>): FakeTrigger {
    if (this.all.filter((t) => t.owner === spec.owner).length >= MAX_TRIGGERS) {
      throw new AppsScriptError(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    this.counter += 1;
    const trigger = new FakeTrigger(
      String(4000000 + this.counter),
      spec.handler,
      spec.eventType,
      spec.source,
      spec.sourceId,
      spec.owner,
      spec.clock,
    );
    this.all.push(trigger);
    return trigger;
  }

  remove(uid: string): void {
    const index = this.all.findIndex((t) => t.uid === uid);
    if (index >= 0) this.all.splice(index, 1);
  }

  /** Triggers that fire for an event on a file. */
  firing(source: TriggerSource, sourceId: string, eventType: EventType): FakeTrigger[] {
    return this.all.filter((t) => t.source === source && t.sourceId === sourceId && t.eventType === eventType);
  }
}

interface BuilderHost {
  readonly store: TriggerStore;
  owner(): string;
  now(): Date;
  idOf(fileOrId: unknown, kind: 'form' | 'spreadsheet'): string;
}

class SourceTriggerBuilder extends FakeObject {
  override readonly fakeService = 'builder';
  private eventType: EventType | undefined;

  constructor(
    private readonly host: BuilderHost,
    private readonly handler: string,
    private readonly source: TriggerSource,
    private readonly sourceId: string,
  ) {
    super();
  }

  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): this {
    if (this.source !== 'SPREADSHEETS') throw new AppsScriptError('onEdit is only for spreadsheets.');
    this.eventType = 'ON_EDIT';
    return this;
  }

  onChange(): this {
    if (this.source !== 'SPREADSHEETS') throw new AppsScriptError('onChange is only for spreadsheets.');
    this.eventType = 'ON_CHANGE';
    return this;
  }

  create(): FakeTrigger {
    if (!this.eventType) throw new AppsScriptError('Trigger type not specified.');
    return this.host.store.add({
      handler: this.handler,
      eventType: this.eventType,
      source: this.source,
      sourceId: this.sourceId,
      owner: this.host.owner(),
      clock: undefined,
    });
  }
}

const MINUTES = new Set([1, 5, 10, 15, 30]);

class ClockTriggerBuilder extends FakeObject {
  override readonly fakeService = 'builder';
  private readonly spec: ClockSpec = {};

  constructor(
    private readonly host: BuilderHost,
    private readonly handler: string,
  ) {
    super();
  }

  everyMinutes(n: number): this {
    if (!MINUTES.has(n)) throw new AppsScriptError('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.spec.everyMinutes = n;
    return this;
  }

  everyHours(n: number): this {
    this.spec.everyHours = n;
    return this;
  }

  everyDays(n: number): this {
    this.spec.everyDays = n;
    return this;
  }

  everyWeeks(n: number): this {
    this.spec.everyWeeks = n;
    return this;
  }

  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new AppsScriptError('Invalid argument: hour');
    this.spec.atHour = hour;
    return this;
  }

  nearMinute(minute: number): this {
    this.spec.nearMinute = minute;
    return this;
  }

  onWeekDay(day: string): this {
    this.spec.onWeekDay = String(day);
    return this;
  }

  onMonthDay(day: number): this {
    this.spec.onMonthDay = day;
    return this;
  }

  inTimezone(timeZone: string): this {
    this.spec.timeZone = timeZone;
    return this;
  }

  at(date: Date): this {
    this.spec.at = date;
    return this;
  }

  after(milliseconds: number): this {
    this.spec.at = new Date(this.host.now().getTime() + milliseconds);
    return this;
  }

  create(): FakeTrigger {
    const s = this.spec;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.onMonthDay].some(
      (v) => v !== undefined,
    );
    if (!recurring && !s.at) throw new AppsScriptError('The trigger needs a schedule: everyDays, everyHours, at...');
    if (
      s.atHour !== undefined &&
      s.everyDays === undefined &&
      s.everyWeeks === undefined &&
      s.onMonthDay === undefined
    ) {
      throw new AppsScriptError('atHour can only be used with daily, weekly or monthly triggers.');
    }
    return this.host.store.add({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      owner: this.host.owner(),
      clock: { ...s },
    });
  }
}

class TriggerBuilder extends FakeObject {
  override readonly fakeService = 'builder';

  constructor(
    private readonly host: BuilderHost,
    private readonly handler: string,
  ) {
    super();
  }

  forForm(form: unknown): SourceTriggerBuilder {
    return new SourceTriggerBuilder(this.host, this.handler, 'FORMS', this.host.idOf(form, 'form'));
  }

  forSpreadsheet(spreadsheet: unknown): SourceTriggerBuilder {
    return new SourceTriggerBuilder(
      this.host,
      this.handler,
      'SPREADSHEETS',
      this.host.idOf(spreadsheet, 'spreadsheet'),
    );
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.host, this.handler);
  }
}

export class FakeScriptApp extends FakeObject {
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    ON_CHANGE: 'ON_CHANGE',
  };
  readonly TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', FORMS: 'FORMS', CLOCK: 'CLOCK', DOCUMENTS: 'DOCUMENTS' };
  readonly AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
  readonly WeekDay = {
    SUNDAY: 'SUNDAY',
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
  };

  constructor(private readonly host: BuilderHost & { requireFull(what: string): void; scriptId: string }) {
    super();
  }

  newTrigger(functionName: string): TriggerBuilder {
    this.host.requireFull('ScriptApp.newTrigger');
    if (typeof functionName !== 'string' || functionName === '')
      throw new AppsScriptError('Invalid argument: functionName');
    return new TriggerBuilder(this.host, functionName);
  }

  getProjectTriggers(): FakeTrigger[] {
    this.host.requireFull('ScriptApp.getProjectTriggers');
    const owner = this.host.owner();
    return this.host.store.all.filter((t) => t.owner === owner);
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.host.requireFull('ScriptApp.deleteTrigger');
    if (!(trigger instanceof FakeTrigger)) throw new FakeHarnessError('deleteTrigger needs a Trigger');
    if (trigger.owner !== this.host.owner())
      throw new AppsScriptError('You do not have permission to delete this trigger.');
    this.host.store.remove(trigger.uid);
  }

  getScriptId(): string {
    return this.host.scriptId;
  }
}
