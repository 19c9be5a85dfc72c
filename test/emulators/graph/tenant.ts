/**
 * The tenant the emulator serves: sites with lists (columns, items), users and the mail they were asked
 * to send, and mailboxes whose folders hold messages (read through delta). Tests seed it from a fixture
 * and read it back to check what the code under test wrote.
 */
import { writeEml, type EmlContent } from '../../../connectors/files/write/eml';

export interface TenantFixture {
  /** SharePoint host of the tenant, e.g. `example.sharepoint.com`. */
  readonly sharePointHost: string;
  readonly sites: ReadonlyArray<{ readonly id?: string; readonly name: string; readonly displayName: string }>;
  readonly users: ReadonlyArray<{
    readonly id?: string;
    readonly userPrincipalName: string;
    readonly displayName: string;
  }>;
}

export const defaultTenantFixture: TenantFixture = {
  sharePointHost: 'example.sharepoint.com',
  sites: [
    {
      id: 'example.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222',
      name: 'safeguarding',
      displayName: 'Safeguarding',
    },
  ],
  users: [
    {
      id: '33333333-3333-4333-8333-333333333333',
      userPrincipalName: 'safeguarding@example.sch.uk',
      displayName: 'Safeguarding mailbox',
    },
    { userPrincipalName: 'dsl@example.sch.uk', displayName: 'Designated Safeguarding Lead' },
  ],
};

export interface EmuColumn {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly readOnly: boolean;
  readonly indexed: boolean;
  /** The definition as posted (`text`, `number`, `choice`... facets), returned as given. */
  readonly definition: Readonly<Record<string, unknown>>;
}

export interface EmuItem {
  readonly id: string;
  /** SharePoint's unique id of the item, the first half of its eTag. */
  readonly guid: string;
  fields: Record<string, unknown>;
  /** Bumped on every write; part of the eTag, so If-Match catches a concurrent writer. */
  version: number;
  readonly created: string;
  modified: string;
}

export interface EmuList {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: string;
  readonly created: string;
  readonly columns: EmuColumn[];
  readonly items: EmuItem[];
  nextItemId: number;
}

export interface EmuSite {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly webUrl: string;
  readonly lists: EmuList[];
}

export interface EmuUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mail: string;
}

export interface SentMail {
  /** The user the request was addressed to (`/users/{id}/sendMail`), as resolved to its UPN. */
  readonly mailbox: string;
  readonly message: Record<string, unknown>;
  readonly saveToSentItems: boolean;
}

/** The well-known mail folders the emulator keeps. */
export const MAIL_FOLDERS = ['sentitems', 'inbox'] as const;
export type MailFolderName = (typeof MAIL_FOLDERS)[number];

/** A message in a mailbox folder; the sequence numbers say when it changed, for delta. */
export interface EmuMessage {
  readonly id: string;
  /** UPN of the mailbox holding it. */
  readonly mailbox: string;
  readonly folder: MailFolderName;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly sentDateTime: string;
  readonly receivedDateTime: string;
  readonly text: string;
  /** What `$value` returns: the RFC 5322 message. */
  readonly mime: Buffer;
  readonly createdSeq: number;
  updatedSeq: number;
  deletedSeq?: number;
}

/** What a test delivers: sent items get `sentDateTime` = `receivedDateTime` = `date`, as Exchange records them. */
export interface MessageSpec extends Omit<EmlContent, 'date' | 'to'> {
  readonly to: readonly string[];
  readonly bcc?: readonly string[];
  readonly date: Date;
  /** Replaces the MIME built from the fields (a broken message, say). */
  readonly raw?: Buffer;
}

/** Server-side state behind a `$skiptoken` or `$deltatoken`. */
export interface MailDeltaState {
  readonly serial: number;
  readonly mailbox: string;
  readonly folder: MailFolderName;
  readonly select: string | null;
  readonly since?: { readonly op: 'ge' | 'gt'; readonly iso: string };
  readonly pageSize: number;
  /** `$deltatoken`: changes after this sequence number are new to the client. */
  readonly seq: number;
  /** `$skiptoken`: the rest of a round, already worked out, from `offset`. */
  readonly round?: { readonly entries: ReadonlyArray<{ id: string; removed: boolean }>; readonly offset: number };
}

export class GraphTenant {
  readonly sharePointHost: string;
  readonly sites: EmuSite[] = [];
  readonly users: EmuUser[] = [];
  readonly sentMail: SentMail[] = [];
  readonly messages: EmuMessage[] = [];
  /** Bumped by every change to any message; delta tokens remember it. */
  mailSeq = 0;
  /** Delta and skip tokens by their text; a token at or below `expiredThrough` answers 410. */
  readonly mailDeltaStates = new Map<string, MailDeltaState>();
  mailTokenSerial = 0;
  mailExpiredThrough = 0;
  mailExpiryCode: 'SyncStateNotFound' | 'resyncRequired' = 'SyncStateNotFound';
  /**
   * RBAC for Applications: when set, only these mailboxes (UPNs) may be read; others answer 403, as
   * Exchange does for a mailbox outside the app's management scope.
   */
  mailAccessScope: Set<string> | undefined;
  private counter = 0;

  constructor(fixture: TenantFixture = defaultTenantFixture) {
    this.sharePointHost = fixture.sharePointHost;
    for (const s of fixture.sites) {
      this.sites.push({
        id: s.id ?? `${fixture.sharePointHost},${this.newGuid()},${this.newGuid()}`,
        name: s.name,
        displayName: s.displayName,
        webUrl: `https://${fixture.sharePointHost}/sites/${s.name}`,
        lists: [],
      });
    }
    for (const u of fixture.users) {
      const upn = u.userPrincipalName.toLowerCase();
      this.users.push({ id: u.id ?? this.newGuid(), userPrincipalName: upn, displayName: u.displayName, mail: upn });
    }
  }

  /** Deterministic ids keep failures reproducible. */
  newGuid(): string {
    this.counter += 1;
    return `00000000-0000-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }

  site(id: string): EmuSite | undefined {
    return this.sites.find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  /** By id or by title, as Graph accepts either in `/lists/{list-id}`. */
  list(siteId: string, idOrTitle: string): EmuList | undefined {
    const key = idOrTitle.toLowerCase();
    return this.site(siteId)?.lists.find((l) => l.id === key || l.displayName.toLowerCase() === key);
  }

  user(idOrUpn: string): EmuUser | undefined {
    const key = idOrUpn.toLowerCase();
    return this.users.find((u) => u.id === key || u.userPrincipalName === key);
  }

  /** Test mutator: a message lands in a folder (sent by the mailbox's owner, or delivered to it). */
  deliverMessage(mailbox: string, folder: MailFolderName, spec: MessageSpec): EmuMessage {
    const user = this.user(mailbox);
    if (!user) throw new Error(`no user ${mailbox} in the emulated tenant`);
    this.mailSeq += 1;
    const id = `AAMkAG${Buffer.from(this.newGuid()).toString('base64url')}=`;
    const internetMessageId = spec.messageId ?? `${id.slice(6, 30)}@emulator.invalid`;
    const iso = spec.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const message: EmuMessage = {
      id,
      mailbox: user.userPrincipalName,
      folder,
      internetMessageId,
      subject: spec.subject,
      from: spec.from,
      to: [...spec.to],
      cc: typeof spec.cc === 'string' ? [spec.cc] : [...(spec.cc ?? [])],
      bcc: [...(spec.bcc ?? [])],
      sentDateTime: iso,
      receivedDateTime: iso,
      text: spec.text,
      mime: spec.raw ?? withBcc(writeEml({ ...spec, to: [...spec.to], messageId: internetMessageId }), spec.bcc),
      createdSeq: this.mailSeq,
      updatedSeq: this.mailSeq,
    };
    this.messages.push(message);
    return message;
  }

  /** Test mutator: the message is deleted (delta reports it `@removed`). */
  deleteMessage(id: string): void {
    const message = this.message(id);
    if (!message) throw new Error(`no message ${id}`);
    this.mailSeq += 1;
    message.deletedSeq = this.mailSeq;
  }

  /** Test mutator: the message changes (read, flagged, categorised): delta returns it again. */
  touchMessage(id: string): void {
    const message = this.message(id);
    if (!message) throw new Error(`no message ${id}`);
    this.mailSeq += 1;
    message.updatedSeq = this.mailSeq;
  }

  /** Test mutator: every delta and skip token issued so far answers 410 Gone from now on. */
  expireMailDeltaTokens(code: 'SyncStateNotFound' | 'resyncRequired' = 'SyncStateNotFound'): void {
    this.mailExpiredThrough = this.mailTokenSerial;
    this.mailExpiryCode = code;
  }

  /** A message not deleted, by id. */
  message(id: string): EmuMessage | undefined {
    return this.messages.find((m) => m.id === id && m.deletedSeq === undefined);
  }

  /** Test helper: the field values of every item of a list, in creation order. */
  itemFields(siteId: string, listTitle: string): Array<Record<string, unknown>> {
    return (this.list(siteId, listTitle)?.items ?? []).map((i) => ({ ...i.fields }));
  }
}

/** The built-in columns of a generic list; only Title may be written. */
export function builtInColumns(tenant: GraphTenant): EmuColumn[] {
  const column = (name: string, readOnly: boolean, definition: Record<string, unknown>): EmuColumn => ({
    id: tenant.newGuid(),
    name,
    displayName: name,
    readOnly,
    indexed: name === 'ID',
    definition,
  });
  return [
    column('Title', false, { text: { allowMultipleLines: false, maxLength: 255 }, required: true }),
    column('ID', true, { number: {} }),
    column('Created', true, { dateTime: {} }),
    column('Modified', true, { dateTime: {} }),
  ];
}

/** A sent item's MIME keeps its Bcc header (the sender knows whom they blind-copied). */
function withBcc(mime: Buffer, bcc: readonly string[] | undefined): Buffer {
  if (!bcc || bcc.length === 0) return mime;
  return Buffer.concat([Buffer.from(`Bcc: ${bcc.join(', ')}\r\n`), mime]);
}

export function itemETag(_list: EmuList, item: EmuItem): string {
  return `"${item.guid},${item.version}"`;
}
