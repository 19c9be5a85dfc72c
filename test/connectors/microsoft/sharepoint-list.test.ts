import {
  columnPayload,
  createListItem,
  ensureList,
  getListItem,
  ListItemConflictError,
  listItems,
  updateListItem,
} from '../../../connectors/microsoft/sharepoint-list';
import { sendMail } from '../../../connectors/microsoft/send-mail';
import { defaultTenantFixture, startGraphEmulator, type GraphEmulator } from '../../emulators/graph';
import { graphFor, TEST_TOKEN } from './graph-test-client';

const SITE = defaultTenantFixture.sites[0]!.id!;
let emulator: GraphEmulator;
beforeAll(async () => (emulator = await startGraphEmulator({ token: TEST_TOKEN })));
afterAll(() => emulator.close());

const definition = {
  displayName: 'Register',
  description: 'test',
  columns: [
    { name: 'code', displayName: 'Code', kind: 'text' as const, indexed: true },
    { name: 'notes', displayName: 'Notes', kind: 'note' as const },
    { name: 'state', displayName: 'State', kind: 'choice' as const, choices: ['open', 'closed'] },
    { name: 'done', displayName: 'Done', kind: 'boolean' as const },
  ],
};

describe('SharePoint lists', () => {
  it('ensureList creates once, then adopts', async () => {
    const graph = graphFor(emulator);
    const first = await ensureList(graph, SITE, definition);
    const second = await ensureList(graph, SITE, definition);
    expect(first.created).toBe(true);
    expect(second).toEqual({ list: first.list, created: false, columnsAdded: [] });
    expect(emulator.tenant.site(SITE)!.lists.filter((l) => l.displayName === 'Register')).toHaveLength(1);
  });

  it('maps column kinds to Graph facets', () => {
    expect(columnPayload(definition.columns[0]!)).toMatchObject({ text: { allowMultipleLines: false }, indexed: true });
    expect(columnPayload(definition.columns[1]!)).toMatchObject({ text: { allowMultipleLines: true } });
    expect(columnPayload(definition.columns[2]!)).toMatchObject({ choice: { choices: ['open', 'closed'] } });
  });

  it('updates with If-Match, and reports a stale eTag as a conflict', async () => {
    const graph = graphFor(emulator);
    const { list } = await ensureList(graph, SITE, definition);
    const item = await createListItem(graph, SITE, list.id, { Title: 't', code: 'A1', state: 'open' });
    const { eTag } = await updateListItem(graph, SITE, list.id, item.id, { state: 'closed' }, { ifMatch: item.eTag });
    expect(eTag).not.toBe(item.eTag);
    await expect(
      updateListItem(graph, SITE, list.id, item.id, { done: true }, { ifMatch: item.eTag }),
    ).rejects.toBeInstanceOf(ListItemConflictError);
    expect((await getListItem(graph, SITE, list.id, item.id)).fields).toMatchObject({ state: 'closed', code: 'A1' });
  });

  it('finds items by an indexed field, with a value needing OData quoting', async () => {
    const graph = graphFor(emulator);
    const { list } = await ensureList(graph, SITE, definition);
    await createListItem(graph, SITE, list.id, { Title: 'q', code: "O'Neil & Co" });
    const found: string[] = [];
    for await (const i of listItems(graph, SITE, list.id, { where: { field: 'code', value: "O'Neil & Co" } }))
      found.push(i.id);
    expect(found).toHaveLength(1);
  });
});

describe('sendMail', () => {
  it('sends as the mailbox, HTML when given, saved to Sent Items', async () => {
    await sendMail(graphFor(emulator), 'safeguarding@example.sch.uk', {
      to: ['dsl@example.sch.uk'],
      cc: ['deputy@example.sch.uk'],
      subject: 'Subject',
      text: 'plain',
      html: '<p>rich</p>',
    });
    const sent = emulator.tenant.sentMail.at(-1)!;
    expect(sent.mailbox).toBe('safeguarding@example.sch.uk');
    expect(sent.saveToSentItems).toBe(true);
    expect(sent.message).toMatchObject({
      subject: 'Subject',
      body: { contentType: 'HTML', content: '<p>rich</p>' },
      toRecipients: [{ emailAddress: { address: 'dsl@example.sch.uk' } }],
      ccRecipients: [{ emailAddress: { address: 'deputy@example.sch.uk' } }],
    });
  });
});
