/**
 * How sos signs in to Google: a service account with domain-wide delegation impersonating one user at a
 * time (JSON key file, or Application Default Credentials holding a service-account key), or, for tests
 * and private clouds, a fixed bearer token from SOS_ACCESS_TOKEN in which `{user}` stands for the
 * impersonated address (CONTRACTS §5). SOS_GOOGLE_API_ROOT replaces the API root for every service.
 */
import { readFileSync } from 'node:fs';
import { google } from 'googleapis';
import { z } from 'zod';

type AuthClient = InstanceType<typeof google.auth.OAuth2> | InstanceType<typeof google.auth.JWT>;
type ClientFor = (user: string, scopes: readonly string[]) => AuthClient;

export interface GoogleConnection {
  /** The auth client acting as `user` with `scopes`. Clients are cached per user and scope set. */
  clientFor(user: string, scopes: readonly string[]): AuthClient;
  /** Root URL given to googleapis (with a trailing slash), or undefined for Google's own. */
  readonly rootUrl?: string;
  /** How it signs in, for messages: never the key or the token. */
  readonly describe: string;
}

const serviceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.string().email(),
  private_key: z.string().min(1),
});

export interface GoogleConnectionOptions {
  /** Path of the service account's JSON key; else GOOGLE_APPLICATION_CREDENTIALS. */
  readonly keyFile?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Thrown for a missing or unusable credential; the message names the file or variable, never its contents. */
export class GoogleCredentialsError extends Error {
  override readonly name = 'GoogleCredentialsError';
}

export function googleConnection(options: GoogleConnectionOptions = {}): GoogleConnection {
  const env = options.env ?? process.env;
  const rootUrl = apiRoot(env.SOS_GOOGLE_API_ROOT);
  const token = env.SOS_ACCESS_TOKEN;
  if (token !== undefined && token !== '') {
    return cached(
      (user) => {
        const client = new google.auth.OAuth2();
        client.setCredentials({ access_token: token.split('{user}').join(user) });
        return client;
      },
      rootUrl,
      'the access token in SOS_ACCESS_TOKEN',
    );
  }
  const keyFile = options.keyFile ?? env.GOOGLE_APPLICATION_CREDENTIALS;
  if (keyFile === undefined || keyFile === '') {
    throw new GoogleCredentialsError(
      'no Google credentials: give the service account key with --key FILE (or GOOGLE_APPLICATION_CREDENTIALS); ' +
        'see README "Google: service account with domain-wide delegation"',
    );
  }
  const key = readKey(keyFile);
  return cached(
    (user, scopes) =>
      new google.auth.JWT({ email: key.client_email, key: key.private_key, scopes: [...scopes], subject: user }),
    rootUrl,
    `service account ${key.client_email}`,
  );
}

function readKey(file: string): z.infer<typeof serviceAccountKey> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unreadable';
    throw new GoogleCredentialsError(`service account key ${file}: cannot read it (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GoogleCredentialsError(`service account key ${file}: not JSON`);
  }
  const parsed = serviceAccountKey.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new GoogleCredentialsError(
      `service account key ${file}: not a service account key (field "${field}" missing or wrong); ` +
        'download a JSON key for the service account from Google Cloud console',
    );
  }
  return parsed.data;
}

function apiRoot(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GoogleCredentialsError(`SOS_GOOGLE_API_ROOT "${value}" is not a URL (e.g. http://127.0.0.1:8080/)`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function cached(make: ClientFor, rootUrl: string | undefined, describe: string): GoogleConnection {
  const clients = new Map<string, AuthClient>();
  return {
    rootUrl,
    describe,
    clientFor(user, scopes) {
      const key = `${user.toLowerCase()} ${[...scopes].sort().join(' ')}`;
      let client = clients.get(key);
      if (!client) {
        client = make(user, scopes);
        clients.set(key, client);
      }
      return client;
    },
  };
}

/** The least-privilege scopes each part of sos asks for (listed in the README). */
export const GOOGLE_SCOPES = {
  directoryUsers: 'https://www.googleapis.com/auth/admin.directory.user.readonly',
  /** Incremental audits: which users and shared drives had Drive activity (Reports API). */
  reportsAudit: 'https://www.googleapis.com/auth/admin.reports.audit.readonly',
  driveRead: 'https://www.googleapis.com/auth/drive.readonly',
  /** Only for `--fix`: removing and restoring permissions. */
  driveWrite: 'https://www.googleapis.com/auth/drive',
  gmailRead: 'https://www.googleapis.com/auth/gmail.readonly',
  /** Only for `--fix --yes`: the plain-English note to each owner whose links were removed. */
  gmailSend: 'https://www.googleapis.com/auth/gmail.send',
} as const;
