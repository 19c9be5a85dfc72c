/**
 * The tenant the emulator serves: sites with lists (columns, items), users and the mail they were asked
 * to send. Tests seed it from a fixture and read it back to check what the code under test wrote.
 */

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

export class GraphTenant {
  readonly sharePointHost: string;
  readonly sites: EmuSite[] = [];
  readonly users: EmuUser[] = [];
  readonly sentMail: SentMail[] = [];
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

export function itemETag(_list: EmuList, item: EmuItem): string {
  return `"${item.guid},${item.version}"`;
}
