/**
 * GmailApp over in-memory mailboxes, one per account: threads of messages, user labels, and the part
 * of Gmail's search language the scripts use. Labels are kept per message, as Gmail keeps them: a
 * thread labelled once does not label a reply that arrives later, and a search matches a thread when
 * any one of its messages matches (so `-label:x` finds a labelled thread with a new reply).
 * A search term the fake does not understand is a harness mistake rather than a silent no-match.
 */
import { AppsScriptError, FakeHarnessError } from './errors';
import { FakeObject } from './fake-object';

/** Every GmailApp method Apps Script documents needs the full Gmail scope. */
export const GMAIL_SCOPES = ['https://mail.google.com/'] as const;

/** Apps Script refuses a search page larger than this. */
const MAX_PAGE = 500;

export interface AttachmentSpec {
  readonly name: string;
  readonly contentType: string;
  /** The attachment's content as text (binary types may hold anything). */
  readonly data: string;
  readonly inline?: boolean;
}

/** A message as a test delivers it to a mailbox. */
export interface MessageSpec {
  readonly from: string;
  readonly to?: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly replyTo?: string;
  readonly subject?: string;
  readonly body?: string;
  readonly htmlBody?: string;
  readonly date: Date | string;
  /** Header values by name; Message-ID defaults to a unique one, `null` leaves it out. */
  readonly headers?: Readonly<Record<string, string | null>>;
  readonly attachments?: readonly AttachmentSpec[];
  /** Joins the thread with this id (a reply); by default a new thread starts. */
  readonly threadId?: string;
  /** Where it is: the inbox (default), sent mail, spam, trash or a chat. */
  readonly folder?: 'inbox' | 'archive' | 'sent' | 'spam' | 'trash' | 'chats' | 'drafts';
}

export interface MessageRecord {
  readonly id: string;
  readonly threadId: string;
  readonly spec: MessageSpec;
  readonly date: Date;
  readonly labels: Set<string>;
  folder: NonNullable<MessageSpec['folder']>;
  unread: boolean;
  /** Makes a read of this message fail, as a message Gmail cannot render does. */
  broken?: string;
}

export interface ThreadRecord {
  readonly id: string;
  readonly messages: MessageRecord[];
}

export interface Mailbox {
  readonly threads: Map<string, ThreadRecord>;
  readonly labels: Set<string>;
}

/** Everyone's mail. Tests deliver messages here and read back labels. */
export class GmailStore {
  readonly mailboxes = new Map<string, Mailbox>();
  /** Every search a script made: account and query. */
  readonly searches: { readonly user: string; readonly query: string; readonly start: number; readonly max: number }[] =
    [];
  /** World time reading one message body takes: lets a test run a slice out of time after k messages. */
  readLatencyMs = 0;
  /** Runs just before a thread is labelled: a test delivers a message "while" the script works. */
  beforeLabel: ((threadId: string, label: string) => void) | undefined;
  private counter = 0;

  mailbox(user: string): Mailbox {
    const key = user.toLowerCase();
    let found = this.mailboxes.get(key);
    if (!found) {
      found = { threads: new Map(), labels: new Set() };
      this.mailboxes.set(key, found);
    }
    return found;
  }

  /** Delivers a message to `user`'s mailbox; returns its record (id, thread id). */
  deliver(user: string, spec: MessageSpec): MessageRecord {
    const box = this.mailbox(user);
    this.counter += 1;
    const id = `18f${this.counter.toString(16).padStart(13, '0')}`;
    let thread = spec.threadId === undefined ? undefined : box.threads.get(spec.threadId);
    if (spec.threadId !== undefined && !thread) throw new FakeHarnessError(`no thread ${spec.threadId} for ${user}`);
    if (!thread) {
      thread = { id, messages: [] };
      box.threads.set(id, thread);
    }
    const date = new Date(spec.date);
    if (Number.isNaN(date.getTime())) throw new FakeHarnessError(`bad date ${String(spec.date)}`);
    const headers: Record<string, string | null> = { 'Message-ID': `<fake-${this.counter}@mail.example>` };
    for (const [name, value] of Object.entries(spec.headers ?? {})) {
      for (const known of Object.keys(headers)) if (known.toLowerCase() === name.toLowerCase()) delete headers[known];
      headers[name] = value;
    }
    const record: MessageRecord = {
      id,
      threadId: thread.id,
      spec: { ...spec, headers },
      date,
      labels: new Set(),
      folder: spec.folder ?? 'inbox',
      unread: true,
    };
    thread.messages.push(record);
    return record;
  }

  /** The user labels of one message. */
  labelsOf(user: string, messageId: string): string[] {
    for (const thread of this.mailbox(user).threads.values()) {
      const message = thread.messages.find((m) => m.id === messageId);
      if (message) return [...message.labels].sort();
    }
    throw new FakeHarnessError(`no message ${messageId} for ${user}`);
  }

  message(user: string, messageId: string): MessageRecord {
    for (const thread of this.mailbox(user).threads.values()) {
      const message = thread.messages.find((m) => m.id === messageId);
      if (message) return message;
    }
    throw new FakeHarnessError(`no message ${messageId} for ${user}`);
  }
}

export interface GmailHost {
  readonly store: GmailStore;
  effectiveUser(): string;
  now(): Date;
  advance(milliseconds: number): void;
  requireFull(what: string): void;
}

// --- search -------------------------------------------------------------------------------------

interface Term {
  readonly negated: boolean;
  /** Set for `in:<folder>`: asking for spam or trash brings them into the search. */
  readonly folder?: string;
  readonly test: (message: MessageRecord, now: Date) => boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const FOLDERS = ['inbox', 'sent', 'spam', 'trash', 'chats', 'drafts'];

function parseTerm(raw: string): Term {
  const negated = raw.startsWith('-');
  const text = (negated ? raw.slice(1) : raw).toLowerCase();
  const colon = text.indexOf(':');
  const [operator, value] = colon < 0 ? ['', text] : [text.slice(0, colon), text.slice(colon + 1)];
  switch (operator) {
    case 'label':
      return { negated, test: (m) => m.labels.has(value) };
    case 'in':
      if (value === 'anywhere' && !negated) return { negated, folder: value, test: () => true };
      if (FOLDERS.includes(value)) return { negated, folder: value, test: (m) => m.folder === value };
      break;
    case 'is':
      if (value === 'unread') return { negated, test: (m) => m.unread };
      break;
    case 'newer_than': {
      const days = /^(\d+)d$/.exec(value);
      if (days) return { negated, test: (m, now) => m.date.getTime() > now.getTime() - Number(days[1]) * DAY_MS };
      break;
    }
    case 'after':
      // Gmail takes seconds since the epoch as well as dates.
      if (/^\d+$/.test(value)) return { negated, test: (m) => m.date.getTime() > Number(value) * 1000 };
      break;
  }
  throw new FakeHarnessError(`the fake GmailApp does not understand the search term "${raw}"`);
}

function matches(message: MessageRecord, terms: readonly Term[], now: Date): boolean {
  // Gmail leaves spam and trash out of a search unless the query asks for them (or for in:anywhere).
  const asked = (folder: string) => terms.some((t) => !t.negated && t.folder === folder);
  if ((message.folder === 'spam' || message.folder === 'trash') && !asked('anywhere') && !asked(message.folder)) {
    return false;
  }
  return terms.every((t) => t.test(message, now) !== t.negated);
}

function lastDate(thread: ThreadRecord): number {
  return Math.max(...thread.messages.map((m) => m.date.getTime()));
}

// --- the service ----------------------------------------------------------------------------------

export class FakeGmailAttachment extends FakeObject {
  override readonly fakeService = 'gmail';

  constructor(private readonly spec: AttachmentSpec) {
    super();
  }

  getName(): string {
    return this.spec.name;
  }

  getContentType(): string {
    return this.spec.contentType;
  }

  getSize(): number {
    return new TextEncoder().encode(this.spec.data).length;
  }

  getDataAsString(_charset?: string): string {
    return this.spec.data;
  }
}

export class FakeGmailMessage extends FakeObject {
  override readonly fakeService = 'gmail';

  constructor(
    private readonly host: GmailHost,
    private readonly record: MessageRecord,
  ) {
    super();
  }

  private read<T>(what: string, value: () => T): T {
    this.host.requireFull(`GmailMessage.${what}`);
    if (this.record.broken !== undefined) throw new AppsScriptError(this.record.broken);
    return value();
  }

  /** Gmail always knows a message's id, even when it cannot render the message. */
  getId(): string {
    return this.record.id;
  }

  getThread(): FakeGmailThread {
    const thread = this.host.store.mailbox(this.host.effectiveUser()).threads.get(this.record.threadId);
    if (!thread) throw new AppsScriptError('Thread not found');
    return new FakeGmailThread(this.host, thread);
  }

  getFrom(): string {
    return this.read('getFrom', () => this.record.spec.from);
  }

  getTo(): string {
    return this.read('getTo', () => this.record.spec.to ?? '');
  }

  getCc(): string {
    return this.read('getCc', () => this.record.spec.cc ?? '');
  }

  getBcc(): string {
    return this.read('getBcc', () => this.record.spec.bcc ?? '');
  }

  getReplyTo(): string {
    return this.read('getReplyTo', () => this.record.spec.replyTo ?? '');
  }

  getDate(): Date {
    return this.read('getDate', () => new Date(this.record.date.getTime()));
  }

  getSubject(): string {
    return this.read('getSubject', () => this.record.spec.subject ?? '');
  }

  getPlainBody(): string {
    return this.read('getPlainBody', () => {
      if (this.host.store.readLatencyMs > 0) this.host.advance(this.host.store.readLatencyMs);
      return this.record.spec.body ?? '';
    });
  }

  getBody(): string {
    return this.read('getBody', () => this.record.spec.htmlBody ?? this.record.spec.body ?? '');
  }

  /** An empty string when the header is missing, as in Apps Script. */
  getHeader(name: string): string {
    return this.read('getHeader', () => {
      const headers = this.record.spec.headers ?? {};
      const key = Object.keys(headers).find((k) => k.toLowerCase() === String(name).toLowerCase());
      return key === undefined ? '' : (headers[key] ?? '');
    });
  }

  getAttachments(options?: { includeInlineImages?: boolean; includeAttachments?: boolean }): FakeGmailAttachment[] {
    return this.read('getAttachments', () =>
      (this.record.spec.attachments ?? [])
        .filter((a) => (a.inline ? options?.includeInlineImages !== false : options?.includeAttachments !== false))
        .map((a) => new FakeGmailAttachment(a)),
    );
  }

  isInInbox(): boolean {
    return this.record.folder === 'inbox';
  }

  isUnread(): boolean {
    return this.record.unread;
  }

  markRead(): this {
    this.host.requireFull('GmailMessage.markRead');
    this.record.unread = false;
    return this;
  }
}

export class FakeGmailThread extends FakeObject {
  override readonly fakeService = 'gmail';

  constructor(
    private readonly host: GmailHost,
    private readonly record: ThreadRecord,
  ) {
    super();
  }

  getId(): string {
    return this.record.id;
  }

  getMessages(): FakeGmailMessage[] {
    this.host.requireFull('GmailThread.getMessages');
    return this.record.messages.map((m) => new FakeGmailMessage(this.host, m));
  }

  getMessageCount(): number {
    return this.record.messages.length;
  }

  getFirstMessageSubject(): string {
    return this.record.messages[0]?.spec.subject ?? '';
  }

  getLastMessageDate(): Date {
    return new Date(lastDate(this.record));
  }

  /** The user labels any message of the thread has, as Gmail shows a thread's labels. */
  getLabels(): FakeGmailLabel[] {
    const names = new Set(this.record.messages.flatMap((m) => [...m.labels]));
    return [...names].sort().map((name) => new FakeGmailLabel(this.host, name));
  }

  /** Labels the messages the thread has now; a later reply is not labelled. */
  addLabel(label: FakeGmailLabel): this {
    this.host.requireFull('GmailThread.addLabel');
    const name = label.getName();
    this.host.store.beforeLabel?.(this.record.id, name);
    if (!this.host.store.mailbox(this.host.effectiveUser()).labels.has(name)) {
      throw new AppsScriptError(`Label not found: ${name}`);
    }
    for (const message of this.record.messages) message.labels.add(name);
    return this;
  }

  removeLabel(label: FakeGmailLabel): this {
    this.host.requireFull('GmailThread.removeLabel');
    for (const message of this.record.messages) message.labels.delete(label.getName());
    return this;
  }

  refresh(): this {
    return this;
  }

  isInInbox(): boolean {
    return this.record.messages.some((m) => m.folder === 'inbox');
  }

  moveToArchive(): this {
    this.host.requireFull('GmailThread.moveToArchive');
    for (const message of this.record.messages) if (message.folder === 'inbox') message.folder = 'archive';
    return this;
  }
}

export class FakeGmailLabel extends FakeObject {
  override readonly fakeService = 'gmail';

  constructor(
    private readonly host: GmailHost,
    private readonly name: string,
  ) {
    super();
  }

  getName(): string {
    return this.name;
  }

  addToThread(thread: FakeGmailThread): this {
    thread.addLabel(this);
    return this;
  }

  addToThreads(threads: FakeGmailThread[]): this {
    if (threads.length > 100) throw new AppsScriptError('Invalid argument: too many threads (100 at most)');
    for (const thread of threads) thread.addLabel(this);
    return this;
  }

  getThreads(start = 0, max = MAX_PAGE): FakeGmailThread[] {
    this.host.requireFull('GmailLabel.getThreads');
    return new FakeGmailApp(this.host).search(`label:${this.name}`, start, max);
  }
}

export class FakeGmailApp extends FakeObject {
  override readonly fakeService = 'gmail';

  constructor(private readonly host: GmailHost) {
    super();
  }

  private box(): Mailbox {
    return this.host.store.mailbox(this.host.effectiveUser());
  }

  search(query: string, start = 0, max = MAX_PAGE): FakeGmailThread[] {
    this.host.requireFull('GmailApp.search');
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(max) || max < 1 || max > MAX_PAGE) {
      throw new AppsScriptError(`Invalid argument: start ${String(start)}, max ${String(max)}`);
    }
    this.host.store.searches.push({ user: this.host.effectiveUser(), query: String(query), start, max });
    const terms = String(query).trim().split(/\s+/).filter(Boolean).map(parseTerm);
    const now = this.host.now();
    return [...this.box().threads.values()]
      .filter((thread) => thread.messages.some((m) => matches(m, terms, now)))
      .sort((a, b) => lastDate(b) - lastDate(a))
      .slice(start, start + max)
      .map((thread) => new FakeGmailThread(this.host, thread));
  }

  getUserLabelByName(name: string): FakeGmailLabel | null {
    this.host.requireFull('GmailApp.getUserLabelByName');
    return this.box().labels.has(String(name)) ? new FakeGmailLabel(this.host, String(name)) : null;
  }

  createLabel(name: string): FakeGmailLabel {
    this.host.requireFull('GmailApp.createLabel');
    // Apps Script returns the existing label when one of that name exists.
    this.box().labels.add(String(name));
    return new FakeGmailLabel(this.host, String(name));
  }

  getThreadById(id: string): FakeGmailThread | null {
    this.host.requireFull('GmailApp.getThreadById');
    const thread = this.box().threads.get(String(id));
    return thread ? new FakeGmailThread(this.host, thread) : null;
  }

  getMessageById(id: string): FakeGmailMessage | null {
    this.host.requireFull('GmailApp.getMessageById');
    for (const thread of this.box().threads.values()) {
      const message = thread.messages.find((m) => m.id === String(id));
      if (message) return new FakeGmailMessage(this.host, message);
    }
    return null;
  }
}

// Compile-time check, as api-names.ts does for the other services: no method Apps Script lacks.
type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Extra<Fake, Real> = Exclude<Methods<Fake>, keyof Real>;
type None<T extends never> = T;
import G = GoogleAppsScript.Gmail;
export type GmailApiNameChecks = [
  None<Extra<FakeGmailApp, G.GmailApp>>,
  None<Extra<FakeGmailThread, G.GmailThread>>,
  None<Extra<FakeGmailMessage, G.GmailMessage>>,
  None<Extra<FakeGmailLabel, G.GmailLabel>>,
  None<Extra<FakeGmailAttachment, G.GmailAttachment>>,
];
