import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { GraphCredentialsError, tokenProviderFromEnv } from '../../../connectors/microsoft/credentials';

/**
 * Entra ID as msal sees it, through msal's own network-module seam: instance discovery, the tenant's
 * OpenID configuration and the token endpoint. Records the token requests.
 */
function fakeEntra(tenant: string) {
  const tokenRequests: URLSearchParams[] = [];
  const authority = `https://login.microsoftonline.com/${tenant}`;
  const json = <T>(body: unknown, status = 200) => Promise.resolve({ headers: {}, body: body as T, status });
  const networkClient = {
    sendGetRequestAsync<T>(url: string) {
      if (url.includes('/discovery/instance')) {
        return json<T>({
          tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'],
            },
          ],
        });
      }
      if (url.includes('openid-configuration')) {
        return json<T>({
          token_endpoint: `${authority}/oauth2/v2.0/token`,
          authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
          issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
          jwks_uri: `${authority}/discovery/v2.0/keys`,
        });
      }
      return json<T>({ error: 'not_found' }, 404);
    },
    sendPostRequestAsync<T>(url: string, options?: { body?: string }) {
      if (!url.startsWith(`${authority}/oauth2/v2.0/token`)) return json<T>({ error: 'not_found' }, 404);
      tokenRequests.push(new URLSearchParams(options?.body ?? ''));
      return json<T>({
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: `msal-token-${tokenRequests.length}`,
      });
    },
  };
  return { networkClient, tokenRequests };
}

const TENANT = '44444444-4444-4444-8444-444444444444';
const CLIENT = '55555555-5555-4555-8555-555555555555';

describe('tokenProviderFromEnv', () => {
  it('prefers SOS_ACCESS_TOKEN and needs nothing else', async () => {
    await expect(tokenProviderFromEnv({ SOS_ACCESS_TOKEN: ' abc ' })()).resolves.toBe('abc');
  });

  it('names the missing settings, never values', () => {
    const secret = 'super-secret-value';
    let message = '';
    try {
      tokenProviderFromEnv({ SOS_CLIENT_SECRET: secret });
    } catch (err) {
      expect(err).toBeInstanceOf(GraphCredentialsError);
      message = (err as Error).message;
    }
    expect(message).toContain('SOS_TENANT_ID');
    expect(message).toContain('SOS_CLIENT_ID');
    expect(message).not.toContain('SOS_CLIENT_SECRET or');
    expect(message).not.toContain(secret);
  });

  it('signs in with client credentials (secret) for the Graph scope, and caches the token', async () => {
    const entra = fakeEntra(TENANT);
    const provider = tokenProviderFromEnv(
      { SOS_TENANT_ID: TENANT, SOS_CLIENT_ID: CLIENT, SOS_CLIENT_SECRET: 's3cret' },
      { networkClient: entra.networkClient },
    );
    await expect(provider()).resolves.toBe('msal-token-1');
    await expect(provider()).resolves.toBe('msal-token-1');
    expect(entra.tokenRequests).toHaveLength(1);
    const body = entra.tokenRequests[0]!;
    expect(body.get('grant_type')).toBe('client_credentials');
    expect(body.get('client_id')).toBe(CLIENT);
    expect(body.get('client_secret')).toBe('s3cret');
    expect(body.get('scope')).toContain('https://graph.microsoft.com/.default');
  });

  it('signs in with a certificate: a signed client assertion instead of a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-cert-'));
    try {
      const pems = await generate([{ name: 'commonName', value: 'sos app' }], { keySize: 2048, algorithm: 'sha256' });
      const file = join(dir, 'app.pem');
      writeFileSync(file, `${pems.private}\n${pems.cert}\n`);
      const entra = fakeEntra(TENANT);
      const provider = tokenProviderFromEnv(
        { AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, SOS_CLIENT_CERTIFICATE_PATH: file },
        { networkClient: entra.networkClient },
      );
      await expect(provider()).resolves.toBe('msal-token-1');
      const body = entra.tokenRequests[0]!;
      expect(body.get('client_secret')).toBeNull();
      expect(body.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      const header = JSON.parse(Buffer.from(body.get('client_assertion')!.split('.')[0]!, 'base64url').toString()) as {
        'x5t#S256'?: string;
      };
      expect(header['x5t#S256']).toBeTruthy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a sign-in failure into a message without the secret', async () => {
    const entra = fakeEntra(TENANT);
    entra.networkClient.sendPostRequestAsync = <T>() =>
      Promise.resolve({
        headers: {},
        status: 401,
        body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } as T,
      });
    const provider = tokenProviderFromEnv(
      { SOS_TENANT_ID: TENANT, SOS_CLIENT_ID: CLIENT, SOS_CLIENT_SECRET: 'wrong-secret' },
      { networkClient: entra.networkClient },
    );
    const error = (await provider().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(GraphCredentialsError);
    expect(error.message).toContain('invalid_client');
    expect(error.message).not.toContain('wrong-secret');
  });

  it('says when the certificate file lacks the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-cert-'));
    try {
      const file = join(dir, 'cert-only.pem');
      writeFileSync(file, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
      expect(() =>
        tokenProviderFromEnv({ SOS_TENANT_ID: TENANT, SOS_CLIENT_ID: CLIENT, SOS_CLIENT_CERTIFICATE_PATH: file }),
      ).toThrow(/private key and the certificate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
