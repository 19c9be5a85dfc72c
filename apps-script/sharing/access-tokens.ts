/**
 * Access tokens that act as one user of the school. Apps Script cannot act as another user by itself,
 * so the audit uses a service account with domain-wide delegation (the same grant as `sos audit
 * google`): for each user it signs a JWT naming them (`sub`) with Utilities.computeRsaSha256Signature
 * and exchanges it at the token endpoint (RFC 7523), as googleworkspace/apps-script-oauth2's service
 * account flow does. Tokens live for an hour and are kept in memory for the execution, which is far
 * shorter. For tests, SOS_ACCESS_TOKEN ('test:{user}') replaces all of this (CONTRACTS §5).
 */
import { z } from 'zod';
import { base64UrlBytes, base64UrlText } from './base64url';
import { googleJson, type RetryOptions } from './google-http';
import { AUDIT_PROPERTY, readAuditProperty, tokenUrl } from './settings';

/** What the service account's domain-wide delegation must grant (docs/google-sharing-audit-apps-script.md). */
export const DELEGATED_SCOPES = {
  /** Directory users.list: who the school's accounts are and their org units. */
  directory: 'https://www.googleapis.com/auth/admin.directory.user.readonly',
  /** Drive files.list / drives.list / permissions.list, read only (drives.list takes no narrower scope). */
  drive: 'https://www.googleapis.com/auth/drive.readonly',
} as const;

export interface AccessTokens {
  /** A bearer token acting as `user` with `scopes`. */
  tokenFor(user: string, scopes: readonly string[], retry: RetryOptions): string;
  /** For messages: never the key or a token. */
  readonly describe: string;
}

export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

const serviceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.string().includes('@'),
  client_id: z.string().optional(),
  private_key: z.string().includes('PRIVATE KEY'),
});
type ServiceAccountKey = z.infer<typeof serviceAccountKey>;

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });

/** True when the script has some way to sign in (setup only installs the trigger then). */
export function credentialsConfigured(): boolean {
  return (
    readAuditProperty(AUDIT_PROPERTY.accessToken) !== undefined ||
    readAuditProperty(AUDIT_PROPERTY.serviceAccountKey) !== undefined
  );
}

export function accessTokens(): AccessTokens {
  const fixed = readAuditProperty(AUDIT_PROPERTY.accessToken);
  if (fixed !== undefined) {
    return {
      tokenFor: (user) => fixed.split('{user}').join(user),
      describe: `the access token in script property ${AUDIT_PROPERTY.accessToken}`,
    };
  }
  const key = parseKey(readAuditProperty(AUDIT_PROPERTY.serviceAccountKey));
  return serviceAccountTokens(key, tokenUrl());
}

function parseKey(text: string | undefined): ServiceAccountKey {
  const where = `script property ${AUDIT_PROPERTY.serviceAccountKey}`;
  if (text === undefined) {
    throw new CredentialsError(
      `${where} is not set: paste the service account's JSON key there (see docs/google-sharing-audit-apps-script.md)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${where} is not JSON: paste the whole key file, from { to }`);
  }
  const parsed = serviceAccountKey.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'type';
    throw new CredentialsError(
      `${where} is not a service account key (field "${field}" missing or wrong): download a JSON key for the ` +
        'service account from Google Cloud console',
    );
  }
  return parsed.data;
}

function serviceAccountTokens(key: ServiceAccountKey, audience: string): AccessTokens {
  const cache = new Map<string, { token: string; expires: number }>();
  return {
    describe: `service account ${key.client_email}`,
    tokenFor(user, scopes, retry) {
      const scope = [...scopes].sort().join(' ');
      const cacheKey = `${user.toLowerCase()} ${scope}`;
      const now = retry.clock.now();
      const cached = cache.get(cacheKey);
      if (cached && cached.expires > now) return cached.token;
      const assertion = signedJwt(key, user, scope, audience, now);
      let answer: unknown;
      try {
        answer = googleJson(
          {
            what: `token for ${user}`,
            method: 'post',
            url: audience,
            form: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion },
          },
          retry,
        );
      } catch (error) {
        throw explainTokenError(error, key, scope);
      }
      const parsed = tokenAnswer.safeParse(answer);
      if (!parsed.success) throw new CredentialsError(`the token endpoint gave no access token for ${user}`);
      const lifetime = (parsed.data.expires_in ?? 3600) * 1000;
      // A minute's margin: a token must not expire between being handed out and being used.
      cache.set(cacheKey, { token: parsed.data.access_token, expires: now + lifetime - 60_000 });
      return parsed.data.access_token;
    },
  };
}

function signedJwt(key: ServiceAccountKey, user: string, scope: string, audience: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const header = base64UrlText(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64UrlText(
    JSON.stringify({ iss: key.client_email, sub: user, scope, aud: audience, iat, exp: iat + 3600 }),
  );
  const unsigned = `${header}.${claims}`;
  let signature: GoogleAppsScript.Byte[];
  try {
    signature = Utilities.computeRsaSha256Signature(unsigned, key.private_key);
  } catch {
    throw new CredentialsError(
      `script property ${AUDIT_PROPERTY.serviceAccountKey}: its private_key cannot sign (paste the key file unchanged)`,
    );
  }
  return `${unsigned}.${base64UrlBytes(signature)}`;
}

/** unauthorized_client is the classic sign that domain-wide delegation is missing or lacks a scope. */
function explainTokenError(error: unknown, key: ServiceAccountKey, scope: string): unknown {
  if (!(error instanceof Error) || !/unauthorized_client|access_denied/.test(error.message)) return error;
  const client = key.client_id ?? key.client_email;
  return new CredentialsError(
    `domain-wide delegation does not allow service account ${client} the scopes ${scope}: add them in the Admin ` +
      'console (Security > Access and data control > API controls > Domain-wide delegation)',
  );
}
