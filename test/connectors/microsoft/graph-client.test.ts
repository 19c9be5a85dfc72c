import { GraphError } from '@microsoft/microsoft-graph-client';
import { createGraph, createGraphFromEnv, parseGraphBaseUrl } from '../../../connectors/microsoft/graph-client';
import { GraphCredentialsError } from '../../../connectors/microsoft/credentials';
import { graphPages, pathOnBase } from '../../../connectors/microsoft/paging';
import { createListItem, ensureList, listItems } from '../../../connectors/microsoft/sharepoint-list';
import { defaultTenantFixture, fetchTrusting, startGraphEmulator, type GraphEmulator } from '../../emulators/graph';
import { graphFor, TEST_TOKEN } from './graph-test-client';

const SITE = defaultTenantFixture.sites[0]!.id!;
let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await startGraphEmulator({ token: TEST_TOKEN });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.log.clear();
  emulator.faults.clear();
});

async function listWithItems(name: string, count: number): Promise<string> {
  const graph = graphFor(emulator);
  const { list } = await ensureList(graph, SITE, {
    displayName: name,
    description: '',
    columns: [{ name: 'n', displayName: 'N', kind: 'text' }],
  });
  for (let i = 1; i <= count; i++) await createListItem(graph, SITE, list.id, { Title: `item ${i}`, n: String(i) });
  emulator.log.clear();
  return list.id;
}

describe('paging', () => {
  it('follows absolute nextLinks on the configured host, with the token, until the last page', async () => {
    const listId = await listWithItems('Paged', 5);
    const seen: string[] = [];
    for await (const item of listItems(graphFor(emulator), SITE, listId, { pageSize: 2 }))
      seen.push(String(item.fields.n));

    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    const gets = emulator.log.find('GET', `/lists/${listId}/items`);
    expect(gets).toHaveLength(3);
    expect(gets[0]!.query).not.toContain('skiptoken');
    expect(gets[1]!.query).toContain('%24skiptoken=');
    expect(gets.every((g) => g.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
    // Options of the first request travel in the nextLink: the page size stays 2.
    expect(gets.every((g) => new URLSearchParams(g.query).get('$top') === '2')).toBe(true);
  });

  it('returns each page with its nextLink as the server sent it', async () => {
    const listId = await listWithItems('Pages', 3);
    const graph = graphFor(emulator);
    const links: Array<string | undefined> = [];
    for await (const page of graphPages(graph, `/sites/${SITE}/lists/${listId}/items?$top=2`))
      links.push(page.nextLink);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(new RegExp(`^${emulator.baseUrl.replace(/[.]/g, '\\.')}/sites/`));
    expect(links[1]).toBeUndefined();
  });

  it('refuses a link to another host instead of sending it the token', () => {
    const base = 'https://127.0.0.1:8443/v1.0';
    expect(pathOnBase('https://127.0.0.1:8443/v1.0/users?$skiptoken=x', base)).toBe('/users?$skiptoken=x');
    expect(() => pathOnBase('https://127.0.0.1:9443/v1.0/users', base)).toThrow(/outside/);
    expect(() => pathOnBase('https://evil.example/v1.0/users', base)).toThrow(/outside/);
    expect(() => pathOnBase('https://127.0.0.1:8443/beta/users', base)).toThrow(/outside/);
  });
});

describe('bearer token', () => {
  it('is sent to the configured origin but not to another origin named by an absolute URL', async () => {
    const other = await startGraphEmulator();
    try {
      const graph = graphFor(emulator);
      await graph.client.api('/users').get();
      expect(emulator.log.entries[0]!.authorization).toBe(`Bearer ${TEST_TOKEN}`);
      // Same host, other port: the SDK's own check ignores ports; ours does not.
      const call = createGraph({
        baseUrl: emulator.baseUrl,
        accessToken: () => Promise.resolve(TEST_TOKEN),
        fetch: fetchTrusting(other.caPem),
      });
      await expect(call.client.api(`${other.baseUrl}/users`).get()).rejects.toMatchObject({ statusCode: 401 });
      expect(other.log.entries[0]!.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('a wrong token gets the emulator’s 401', async () => {
    const graph = createGraph({
      baseUrl: emulator.baseUrl,
      accessToken: () => Promise.resolve('wrong'),
      fetch: fetchTrusting(emulator.caPem),
    });
    await expect(graph.client.api('/users').get()).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationToken',
    });
  });
});

describe('retries', () => {
  it('retries a 429 after the Retry-After it was given, through the SDK RetryHandler', async () => {
    const listId = await listWithItems('Throttled', 0);
    emulator.faults.add({ method: 'POST', path: `/lists/${listId}/items`, status: 429, retryAfter: 1 });

    const item = await createListItem(graphFor(emulator), SITE, listId, { Title: 'after throttling', n: 'x' });

    expect(item.fields.Title).toBe('after throttling');
    const posts = emulator.log.find('POST', `/lists/${listId}/items`);
    expect(posts.map((p) => p.status)).toEqual([429, 201]);
    expect(posts[1]!.headers['retry-attempt']).toBe('1');
    expect(posts[1]!.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    // The handler slept for Retry-After (1 s) before trying again; allow for timer granularity.
    expect(posts[1]!.receivedAt - posts[0]!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(emulator.tenant.list(SITE, 'Throttled')!.items).toHaveLength(1);
  });

  it('retries 503 and 504, and gives up after maxRetries with the last error', async () => {
    emulator.faults.add({ path: '/users', status: 503, retryAfter: 0 });
    emulator.faults.add({ path: '/users', status: 504, retryAfter: 0 });
    await graphFor(emulator).client.api('/users').get();
    expect(emulator.log.entries.map((e) => e.status)).toEqual([503, 504, 200]);

    emulator.log.clear();
    emulator.faults.add({ path: '/users', status: 429, retryAfter: 0, times: 5 });
    const error = await graphFor(emulator, { maxRetries: 2 })
      .client.api('/users')
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).statusCode).toBe(429);
    expect(emulator.log.entries).toHaveLength(3);
  });

  it('does not retry a 500', async () => {
    emulator.faults.add({ path: '/users', status: 500 });
    await expect(graphFor(emulator).client.api('/users').get()).rejects.toMatchObject({ statusCode: 500 });
    expect(emulator.log.entries).toHaveLength(1);
  });

  it('waits out a slow response', async () => {
    emulator.faults.add({ path: '/users', delayMs: 300 });
    const body = (await graphFor(emulator).client.api('/users').get()) as { value: unknown[] };
    expect(body.value.length).toBeGreaterThan(0);
  });
});

describe('configuration', () => {
  it('takes SOS_GRAPH_BASE_URL as an https URL with a version', () => {
    expect(parseGraphBaseUrl('https://127.0.0.1:8443/v1.0/')).toBe('https://127.0.0.1:8443/v1.0');
    expect(() => parseGraphBaseUrl('http://127.0.0.1:8443/v1.0')).toThrow(/https/);
    expect(() => parseGraphBaseUrl('https://127.0.0.1:8443')).toThrow(/version/);
    expect(() => parseGraphBaseUrl('not a url')).toThrow(GraphCredentialsError);
  });

  it('uses SOS_ACCESS_TOKEN for every call when it is set', async () => {
    const graph = createGraphFromEnv(
      { SOS_GRAPH_BASE_URL: emulator.baseUrl, SOS_ACCESS_TOKEN: TEST_TOKEN },
      { fetch: fetchTrusting(emulator.caPem) },
    );
    expect(graph.baseUrl).toBe(emulator.baseUrl);
    await graph.client.api('/users').get();
    expect(emulator.log.entries[0]!.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('defaults to the public Graph endpoint', () => {
    expect(createGraphFromEnv({ SOS_ACCESS_TOKEN: 't' }).baseUrl).toBe('https://graph.microsoft.com/v1.0');
  });
});
