import { Agent, request } from 'node:https';

/**
 * A `fetch` that trusts one extra CA, for code under test in this same process. Node reads
 * NODE_EXTRA_CA_CERTS only when a process starts, and the global fetch takes no `ca`, so in-process
 * tests hand this to the Graph connector (`createGraph({fetch})`); a child process (`sos ...`) gets
 * NODE_EXTRA_CA_CERTS=<emulator.writeCaFile(dir)> instead and uses the global fetch unchanged.
 */
export function fetchTrusting(caPem: string): typeof fetch {
  const agent = new Agent({ ca: caPem, keepAlive: true });
  return async (input, init) => {
    const req = new Request(input, init);
    const body = req.body === null ? undefined : Buffer.from(await req.arrayBuffer());
    const headers: Record<string, string> = {};
    req.headers.forEach((value, key) => (headers[key] = value));
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(req.url, { method: req.method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 500;
          const responseHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) responseHeaders.set(k, Array.isArray(v) ? v.join(', ') : v);
          }
          const nullBody = status === 204 || status === 205 || status === 304;
          resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}
