/**
 * The emulated Workspace domain's mailboxes: messages, labels and each mailbox's history. History ids
 * grow with every change to a mailbox, by uneven steps as Gmail's do (a client must not assume +1), and
 * history before `oldestHistoryId` is gone: asking for it is Gmail's 404.
 */
import { envelopeOf, readHeaders, searchableText, type MessageHeader } from './headers';
import type { Searchable } from './query';

export interface StoredMessage extends Searchable {
  readonly id: string;
  readonly threadId: string;
  readonly raw: Buffer;
  readonly headers: readonly MessageHeader[];
  labelIds: string[];
  /** The history id of the change that added it. */
  readonly historyId: number;
}

export type HistoryRecord =
  | { readonly id: number; readonly type: 'messageAdded' | 'messageDeleted'; readonly message: StoredMessage }
  | {
      readonly id: number;
      readonly type: 'labelAdded';
      readonly message: StoredMessage;
      readonly labelIds: readonly string[];
    };

export interface Mailbox {
  readonly address: string;
  historyId: number;
  /** History ids below this are no longer kept. */
  oldestHistoryId: number;
  readonly messages: Map<string, StoredMessage>;
  history: HistoryRecord[];
}

export interface DeliverOptions {
  /** Mailboxes given a copy; default: the sender's (labelled SENT) and each recipient's here (INBOX). */
  readonly mailboxes?: readonly string[];
  /** Labels for every copy instead of SENT/INBOX (e.g. `['TRASH']`, `['CHAT']`). */
  readonly labelIds?: readonly string[];
  /** When Gmail received it (what after:/newer_than: compare); default the emulator's clock. */
  readonly internalDate?: Date;
}

const FIRST_HISTORY_ID = 4000;

export class GmailDomain {
  private readonly boxes = new Map<string, Mailbox>();
  private messageCount = 0;
  private changeCount = 0;

  constructor(readonly now: () => number) {}

  addMailbox(address: string): void {
    const key = address.toLowerCase();
    if (this.boxes.has(key)) return;
    this.boxes.set(key, {
      address: key,
      historyId: FIRST_HISTORY_ID,
      oldestHistoryId: FIRST_HISTORY_ID,
      messages: new Map(),
      history: [],
    });
  }

  mailbox(address: string): Mailbox | undefined {
    return this.boxes.get(address.toLowerCase());
  }

  /** A message arrives (or is sent): one copy per mailbox, each with its own id. Returns mailbox → id. */
  deliver(raw: Buffer | string, options: DeliverOptions = {}): Record<string, string> {
    const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const headers = readHeaders(bytes);
    const envelope = envelopeOf(headers);
    const labelsFor = new Map<string, Set<string>>();
    const give = (address: string, label: string) => {
      const key = address.toLowerCase();
      if (!this.boxes.has(key)) return;
      const set = labelsFor.get(key) ?? new Set<string>();
      set.add(label);
      labelsFor.set(key, set);
    };
    if (options.mailboxes) {
      for (const m of options.mailboxes) {
        if (!this.boxes.has(m.toLowerCase())) throw new Error(`no mailbox ${m} in the emulator`);
        give(m, envelope.from.includes(m.toLowerCase()) ? 'SENT' : 'INBOX');
      }
    } else {
      for (const a of envelope.from) give(a, 'SENT');
      for (const a of [...envelope.to, ...envelope.cc, ...envelope.bcc]) give(a, 'INBOX');
    }
    const internalDate = options.internalDate?.getTime() ?? this.now();
    const subject = headers.find((h) => h.name.toLowerCase() === 'subject')?.value ?? '';
    const messageIdHeader = (headers.find((h) => h.name.toLowerCase() === 'message-id')?.value ?? '')
      .replace(/^\s*<|>\s*$/g, '')
      .toLowerCase();
    const ids: Record<string, string> = {};
    for (const [address, labels] of labelsFor) {
      const box = this.boxes.get(address)!;
      const id = this.nextMessageId();
      const historyId = this.advance(box);
      const message: StoredMessage = {
        id,
        threadId: id,
        raw: bytes,
        headers,
        envelope,
        labelIds: options.labelIds ? [...options.labelIds] : [...labels],
        internalDate,
        subject,
        messageIdHeader,
        text: searchableText(bytes),
        historyId,
      };
      box.messages.set(id, message);
      box.history.push({ id: historyId, type: 'messageAdded', message });
      ids[address] = id;
    }
    return ids;
  }

  /** A label change: history gets a `labelAdded` record, which a messageAdded-only reader must skip. */
  addLabels(address: string, id: string, labelIds: readonly string[]): void {
    const box = this.required(address);
    const message = box.messages.get(id);
    if (!message) throw new Error(`no message ${id} in ${address}`);
    message.labelIds = [...new Set([...message.labelIds, ...labelIds])];
    box.history.push({ id: this.advance(box), type: 'labelAdded', message, labelIds });
  }

  /** Permanently deleted: messages.get answers 404 from now on, though history still lists its adding. */
  deleteMessage(address: string, id: string): void {
    const box = this.required(address);
    const message = box.messages.get(id);
    if (!message) throw new Error(`no message ${id} in ${address}`);
    box.messages.delete(id);
    box.history.push({ id: this.advance(box), type: 'messageDeleted', message });
  }

  /**
   * Gmail keeps history for a limited time: records before `historyId` are dropped, and a startHistoryId
   * below it is a 404 (the mailbox's current id always stays valid).
   */
  expireHistoryBefore(address: string, historyId: string | number): void {
    const box = this.required(address);
    const cut = Number(historyId);
    box.history = box.history.filter((r) => r.id >= cut);
    box.oldestHistoryId = Math.max(box.oldestHistoryId, cut);
  }

  /** All history before the mailbox's current id is expired: every older saved cursor is now stale. */
  expireAllHistory(address: string): void {
    this.expireHistoryBefore(address, this.required(address).historyId);
  }

  historyId(address: string): string {
    return String(this.required(address).historyId);
  }

  messageIds(address: string): string[] {
    return [...this.required(address).messages.keys()];
  }

  private required(address: string): Mailbox {
    const box = this.mailbox(address);
    if (!box) throw new Error(`no mailbox ${address} in the emulator`);
    return box;
  }

  private advance(box: Mailbox): number {
    this.changeCount += 1;
    box.historyId += 1 + (this.changeCount % 4);
    return box.historyId;
  }

  private nextMessageId(): string {
    this.messageCount += 1;
    return (0x18c2a000000 + this.messageCount * 0x1d).toString(16).padStart(16, '0');
  }
}
