/**
 * Signing in as each user through the service account's domain-wide delegation: the script signs a JWT
 * per user with Utilities.computeRsaSha256Signature and exchanges it at the token endpoint. Here the
 * token endpoint is a test double that checks the JWT as Google would (RS256 signature against the
 * key's public half, issuer, subject, audience, lifetime, scopes the delegation allows) and hands out
 * the emulator's `test:<user>` tokens.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { smallSchoolExpectedFindings, type GoogleEmulator } from '../emulators/google';
import type { HttpAnswer, HttpRequest } from '../fakes';
import { auditHarness, findingsOf, type AuditHarness } from './sharing-harness';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY = {
  type: 'service_account',
  project_id: 'oakfield-audit',
  private_key_id: 'abc123',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  client_email: 'sos-audit@oakfield-audit.iam.gserviceaccount.com',
  client_id: '109876543210987654321',
  token_uri: 'https://oauth2.googleapis.com/token',
};
const GRANTED = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  'https://www.googleapis.com/auth/drive.readonly',
];

interface Claims {
  iss: string;
  sub: string;
  scope: string;
  aud: string;
  iat: number;
  exp: number;
}

function json(status: number, body: unknown): HttpAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode(JSON.stringify(body)),
  };
}

function tokenEndpoint(emulator: GoogleEmulator, granted: readonly string[], exchanges: Claims[]) {
  const tokenUrl = `${emulator.rootUrl}token`;
  return (request: HttpRequest): HttpAnswer => {
    if (!request.url.startsWith(tokenUrl)) return emulator.handle(request);
    expect(request.method).toBe('POST');
    expect(request.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const form = new Map(
      (request.body ?? '').split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
    );
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const [header, payload, signature] = (form.get('assertion') ?? '').split('.') as [string, string, string];
    const verified = createVerify('RSA-SHA256')
      .update(`${header}.${payload}`)
      .verify(publicKey, Buffer.from(signature, 'base64url'));
    if (!verified) return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Claims;
    exchanges.push(claims);
    if (claims.iss !== KEY.client_email || claims.aud !== tokenUrl || claims.exp - claims.iat !== 3600) {
      return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT.' });
    }
    if (!claims.scope.split(' ').every((scope) => granted.includes(scope))) {
      return json(401, {
        error: 'unauthorized_client',
        error_description: 'Client is unauthorized to retrieve access tokens using this method.',
      });
    }
    return json(200, { access_token: `test:${claims.sub}`, expires_in: 3599, token_type: 'Bearer' });
  };
}

let harness: AuditHarness;

afterEach(async () => {
  await harness.close();
});

function withKey(granted: readonly string[], exchanges: Claims[], key: unknown = KEY): Promise<AuditHarness> {
  return auditHarness({
    properties: (emulator) => ({
      SOS_SERVICE_ACCOUNT_KEY: JSON.stringify(key),
      SOS_GOOGLE_API_ROOT: emulator.rootUrl,
      SOS_GOOGLE_TOKEN_URL: `${emulator.rootUrl}token`,
    }),
    http: (emulator) => tokenEndpoint(emulator, granted, exchanges),
  });
}

describe('the service account with domain-wide delegation', () => {
  it('audits every user as that user, one token per user and scope for the whole slice', async () => {
    const exchanges: Claims[] = [];
    harness = await withKey(GRANTED, exchanges);
    // Setup checked the access with a token of its own; the slice starts with none in memory.
    expect(exchanges).toHaveLength(1);
    exchanges.length = 0;
    const outcome = harness.slice();
    expect(outcome).toMatchObject({ completedPass: true });
    expect(findingsOf(harness.audit()).map((f) => f.fileId)).toEqual(
      smallSchoolExpectedFindings.map((f) => f.fileId).sort((a, b) => a.localeCompare(b)),
    );
    const asked = exchanges.map((claims) => `${claims.sub} ${claims.scope}`);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toContain('it.admin@oakfield.sch.uk https://www.googleapis.com/auth/admin.directory.user.readonly');
    expect(asked).toContain('j.smith@oakfield.sch.uk https://www.googleapis.com/auth/drive.readonly');
    expect(asked).toContain('m.ali@pupils.oakfield.sch.uk https://www.googleapis.com/auth/drive.readonly');
    // Drive calls were made with the user's own token, never the key.
    const drive = harness.emulator.log.entries.filter((entry) => entry.path === '/drive/v3/files');
    expect(drive.some((entry) => entry.authorization === 'Bearer test:j.smith@oakfield.sch.uk')).toBe(true);
    expect(JSON.stringify(harness.emulator.log.entries)).not.toContain('PRIVATE KEY');
  });

  it('says at setup when the delegation lacks a scope, naming the client id and where to add it', async () => {
    harness = await withKey([GRANTED[1]!], []);
    const warning = harness.setup.warnings.find((w) => w.includes('cannot read the Directory'));
    expect(warning).toMatch(/109876543210987654321/);
    expect(warning).toMatch(/Domain-wide delegation/);
    expect(warning).not.toMatch(/PRIVATE KEY|test:/);
  });

  it('refuses a key that is not a service account key, naming the property and the field', async () => {
    harness = await withKey(GRANTED, [], { ...KEY, type: 'authorized_user' });
    expect(() => harness.slice()).toThrow(/SOS_SERVICE_ACCOUNT_KEY is not a service account key \(field "type"/);
  });
});
