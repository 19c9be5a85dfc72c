/** MailApp: every message is recorded, recipients count against the sender's daily quota as in Apps Script. */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';

export interface SentMail {
  readonly from: string;
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly replyTo: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly noReply: boolean;
  readonly at: Date;
  readonly execution: string;
}

export interface MailHost {
  effectiveUser(): string;
  now(): Date;
  executionLabel(): string;
  requireFull(what: string): void;
  readonly sent: SentMail[];
  readonly quota: Map<string, number>;
  readonly dailyQuota: number;
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  const parts = String(list)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) if (!ADDRESS.test(part)) throw new AppsScriptError(`Invalid email: ${part}`);
  return parts;
}

interface Message {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
}

export class FakeMailApp extends FakeObject {
  override readonly fakeService = 'mail';

  constructor(private readonly host: MailHost) {
    super();
  }

  getRemainingDailyQuota(): number {
    return this.host.dailyQuota - (this.host.quota.get(this.host.effectiveUser()) ?? 0);
  }

  sendEmail(first: string | Message, second?: string, third?: string, fourth?: string | Message): void {
    this.host.requireFull('MailApp.sendEmail');
    let message: Message;
    if (typeof first === 'object' && first !== null) message = first;
    else if (typeof fourth === 'string') message = { to: first, replyTo: second, subject: third, body: fourth };
    else message = { ...(fourth ?? {}), to: first, subject: second, body: third };
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new AppsScriptError('Failed to send email: no recipient');
    if (message.subject === undefined || message.body === undefined)
      throw new AppsScriptError('Invalid argument: subject and body');
    if (count > this.getRemainingDailyQuota())
      throw new AppsScriptError('Service invoked too many times for one day: email.');
    const from = this.host.effectiveUser();
    this.host.quota.set(from, (this.host.quota.get(from) ?? 0) + count);
    this.host.sent.push({
      from,
      to,
      cc,
      bcc,
      replyTo: message.replyTo ?? '',
      subject: String(message.subject),
      body: String(message.body),
      htmlBody: message.htmlBody === undefined ? '' : String(message.htmlBody),
      name: message.name ?? '',
      noReply: message.noReply === true,
      at: this.host.now(),
      execution: this.host.executionLabel(),
    });
  }
}
