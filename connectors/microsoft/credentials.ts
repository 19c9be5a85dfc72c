/**
 * Where the Graph bearer token comes from: SOS_ACCESS_TOKEN when set (tests, private clouds; CONTRACTS §5),
 * otherwise an Entra app registration signing in with client credentials through msal-node, with a
 * client secret or a certificate. Settings come from the environment (the CLI's shell or a Function
 * app's settings); secret values are never put into messages or logs.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';

/** Returns a bearer token for Graph; called before every request (msal answers from its cache). */
export type AccessTokenProvider = () => Promise<string>;

export type Env = Readonly<Record<string, string | undefined>>;

/** A setting is missing or unusable; the message names the setting, never its value. */
export class GraphCredentialsError extends Error {
  override name = 'GraphCredentialsError';
}

/** Each setting and the standard Azure SDK name also accepted for it. */
const SETTING_NAMES = {
  tenantId: ['SOS_TENANT_ID', 'AZURE_TENANT_ID'],
  clientId: ['SOS_CLIENT_ID', 'AZURE_CLIENT_ID'],
  clientSecret: ['SOS_CLIENT_SECRET', 'AZURE_CLIENT_SECRET'],
  certificatePath: ['SOS_CLIENT_CERTIFICATE_PATH', 'AZURE_CLIENT_CERTIFICATE_PATH'],
} as const;

function setting(env: Env, key: keyof typeof SETTING_NAMES): string | undefined {
  for (const name of SETTING_NAMES[key]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

export interface TokenProviderOptions {
  /** Where tokens are for, e.g. `https://graph.microsoft.com/.default` (national clouds differ). */
  readonly scope?: string;
  /** Entra sign-in host; default login.microsoftonline.com (national clouds differ). */
  readonly authorityHost?: string;
  /** msal's network module, replaceable in tests. */
  readonly networkClient?: NonNullable<Configuration['system']>['networkClient'];
}

/** The token provider the environment describes, or an error naming what is missing. */
export function tokenProviderFromEnv(env: Env, options: TokenProviderOptions = {}): AccessTokenProvider {
  const staticToken = env.SOS_ACCESS_TOKEN?.trim();
  if (staticToken) return () => Promise.resolve(staticToken);

  const tenantId = setting(env, 'tenantId');
  const clientId = setting(env, 'clientId');
  const clientSecret = setting(env, 'clientSecret');
  const certificatePath = setting(env, 'certificatePath');
  const missing = [
    tenantId ? undefined : SETTING_NAMES.tenantId[0],
    clientId ? undefined : SETTING_NAMES.clientId[0],
    clientSecret || certificatePath
      ? undefined
      : `${SETTING_NAMES.clientSecret[0]} or ${SETTING_NAMES.certificatePath[0]}`,
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) {
    throw new GraphCredentialsError(
      `Microsoft Graph sign-in is not configured: set ${missing.join(', ')} (or SOS_ACCESS_TOKEN)`,
    );
  }
  if (!/^[A-Za-z0-9.-]+$/.test(tenantId!)) {
    throw new GraphCredentialsError('SOS_TENANT_ID must be a tenant id (GUID) or domain, like example.onmicrosoft.com');
  }

  const authorityHost = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: clientId!,
      authority: `${authorityHost}/${tenantId}`,
      ...(clientSecret ? { clientSecret } : { clientCertificate: readCertificate(certificatePath!) }),
    },
    system: options.networkClient ? { networkClient: options.networkClient } : {},
  });
  const scopes = [options.scope ?? 'https://graph.microsoft.com/.default'];

  // One application per provider: msal caches the token in it until shortly before it expires.
  return async () => {
    let result;
    try {
      result = await app.acquireTokenByClientCredential({ scopes });
    } catch (err) {
      // msal's codes (invalid_client, unauthorized_client...) say what to fix and carry no secret.
      const code = (err as { errorCode?: unknown }).errorCode;
      throw new GraphCredentialsError(
        `Microsoft Graph sign-in failed${typeof code === 'string' && code !== '' ? ` (${code})` : ''}: check the tenant id, client id and secret or certificate`,
      );
    }
    if (!result?.accessToken) throw new GraphCredentialsError('Microsoft Graph sign-in returned no access token');
    return result.accessToken;
  };
}

/**
 * A PEM file holding the private key and the certificate uploaded to the app registration; msal wants
 * the certificate's SHA-256 thumbprint (hex) alongside the key.
 */
function readCertificate(path: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GraphCredentialsError(
      `SOS_CLIENT_CERTIFICATE_PATH: cannot read the certificate file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!key || !cert) {
    throw new GraphCredentialsError(
      'SOS_CLIENT_CERTIFICATE_PATH: the file must hold both the private key and the certificate, in PEM',
    );
  }
  const thumbprintSha256 = new X509Certificate(cert).fingerprint256.replace(/:/g, '').toLowerCase();
  return { thumbprintSha256, privateKey: key, x5c: cert };
}
