import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTenantFixture, fetchTrusting, startGraphEmulator, type GraphEmulator } from '.';

const SITE = defaultTenantFixture.sites[0]!.id!;
let emulator: GraphEmulator;
let call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

beforeAll(async () => {
  emulator = await startGraphEmulator({ token: 'right' });
  const trusted = fetchTrusting(emulator.caPem);
  call = (method, path, body, headers = {}) =>
    trusted(`${emulator.baseUrl}${path}`, {
      method,
      headers: { authorization: 'Bearer right', 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.faults.clear());

const json = async (r: Response) => (await r.json()) as Record<string, unknown>;

describe('graph emulator', () => {
  it('checks the bearer token', async () => {
    const none = await fetchTrusting(emulator.caPem)(`${emulator.baseUrl}/users`);
    expect(none.status).toBe(401);
    expect((await json(none)).error).toMatchObject({ code: 'InvalidAuthenticationToken' });
    expect((await call('GET', '/users', undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('creates a list once, finds it by displayName, and 404s an unknown site', async () => {
    const body = { displayName: "Pupils' Log", columns: [{ name: 'note', text: { allowMultipleLines: true } }] };
    expect((await call('POST', `/sites/${SITE}/lists`, body)).status).toBe(201);
    expect((await call('POST', `/sites/${SITE}/lists`, body)).status).toBe(409);
    const found = await json(
      await call('GET', `/sites/${SITE}/lists?$filter=${encodeURIComponent("displayName eq 'Pupils'' Log'")}`),
    );
    expect((found.value as unknown[]).length).toBe(1);
    expect((await call('GET', '/sites/nope/lists')).status).toBe(404);
  });

  it('behaves like SharePoint on items: types, 255-character lines, filters, If-Match', async () => {
    const list = await json(
      await call('POST', `/sites/${SITE}/lists`, {
        displayName: 'Items',
        columns: [
          { name: 'code', text: {} },
          { name: 'n', number: {} },
        ],
      }),
    );
    const items = `/sites/${SITE}/lists/${String(list.id)}/items`;
    expect((await call('POST', items, { fields: { Title: 'a', code: 'x'.repeat(256) } })).status).toBe(400);
    expect((await call('POST', items, { fields: { Title: 'a', n: 'seven' } })).status).toBe(400);
    expect((await call('POST', items, { fields: { Title: 'a', unknown: 'x' } })).status).toBe(400);
    const item = await json(await call('POST', items, { fields: { Title: 'a', code: 'c1', n: 7 } }));

    const filter = `?expand=fields&$filter=${encodeURIComponent("fields/code eq 'c1'")}`;
    expect((await call('GET', `${items}${filter}`)).status).toBe(400);
    const hit = await json(
      await call('GET', `${items}${filter}`, undefined, { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' }),
    );
    expect(hit.value).toHaveLength(1);

    const fields = `${items}/${String(item.id)}/fields`;
    expect((await call('PATCH', fields, { n: 8 }, { 'if-match': String(item.eTag) })).status).toBe(200);
    expect((await call('PATCH', fields, { n: 9 }, { 'if-match': String(item.eTag) })).status).toBe(412);
    expect(emulator.tenant.itemFields(SITE, 'Items')[0]).toMatchObject({ n: 8 });
  });

  it('records sendMail (202) and refuses an unknown mailbox', async () => {
    const message = {
      subject: 's',
      body: { contentType: 'Text', content: 'b' },
      toRecipients: [{ emailAddress: { address: 'dsl@example.sch.uk' } }],
    };
    expect((await call('POST', '/users/safeguarding@example.sch.uk/sendMail', { message })).status).toBe(202);
    expect(emulator.tenant.sentMail.at(-1)).toMatchObject({
      mailbox: 'safeguarding@example.sch.uk',
      saveToSentItems: true,
    });
    expect((await call('POST', '/users/nobody@example.sch.uk/sendMail', { message })).status).toBe(404);
  });

  it('injects faults by path and count: throttling with Retry-After, then normal service', async () => {
    emulator.faults.add({ path: /^\/users$/, status: 429, retryAfter: 7, times: 2 });
    const first = await call('GET', '/users');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await call('GET', '/users')).status).toBe(429);
    expect((await call('GET', '/users')).status).toBe(200);
    emulator.faults.add({ path: '/users', drop: true });
    await expect(call('GET', '/users')).rejects.toThrow();
  });

  it('is trusted by the global fetch of a child process through NODE_EXTRA_CA_CERTS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-ca-'));
    try {
      const caFile = emulator.writeCaFile(dir);
      const script =
        "fetch(process.argv[1] + '/users', { headers: { authorization: 'Bearer right' } })" +
        '.then((r) => console.log(r.status), (e) => console.log(e.cause && e.cause.code))';
      const run = (env: NodeJS.ProcessEnv) =>
        new Promise<string>((resolve) =>
          execFile(process.execPath, ['-e', script, emulator.baseUrl], { env }, (_err, out) => resolve(out.trim())),
        );
      const { NODE_EXTRA_CA_CERTS: _ignored, ...env } = process.env;
      expect(await run(env)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect(await run({ ...env, NODE_EXTRA_CA_CERTS: caFile })).toBe('200');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
