/**
 * The sharing audit's script properties. The service account key and the endpoints are set by the
 * school (docs/google-sharing-audit-apps-script.md); the cursor and the audit spreadsheet's id are the
 * audit's own. Endpoints and the token can be replaced as for `sos audit google` (CONTRACTS §5), which
 * is how the tests point the script at the loopback emulator.
 */
export const AUDIT_PROPERTY = {
  /** The service account's JSON key, pasted whole (about 2.4 KB: well under the 9 KB a value may hold). */
  serviceAccountKey: 'SOS_SERVICE_ACCOUNT_KEY',
  /** Test or private-cloud root for Drive and Directory, e.g. http://127.0.0.1:8080/. */
  apiRoot: 'SOS_GOOGLE_API_ROOT',
  /** Token endpoint for the service account's JWT; default Google's. */
  tokenUrl: 'SOS_GOOGLE_TOKEN_URL',
  /** A bearer token used instead of the service account; `{user}` becomes the impersonated address. */
  accessToken: 'SOS_ACCESS_TOKEN',
  /** The audit's position (JSON, see audit-cursor.ts). */
  cursor: 'SOS_AUDIT_CURSOR',
  spreadsheetId: 'SOS_AUDIT_SPREADSHEET_ID',
  /** Epoch ms until which a slice is running: another one started meanwhile leaves at once. */
  lease: 'SOS_AUDIT_LEASE',
} as const;

export type AuditPropertyKey = (typeof AUDIT_PROPERTY)[keyof typeof AUDIT_PROPERTY];

export const GOOGLE_API_ROOT = 'https://www.googleapis.com/';
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function readAuditProperty(key: AuditPropertyKey): string | undefined {
  const value = store().getProperty(key);
  return value === null || value.trim() === '' ? undefined : value;
}

export function writeAuditProperty(key: AuditPropertyKey, value: string): void {
  store().setProperty(key, value);
}

export function deleteAuditProperty(key: AuditPropertyKey): void {
  store().deleteProperty(key);
}

/** The API root with a trailing slash; a value that is not an http(s) URL is refused by name. */
export function apiRoot(): string {
  return endpoint(AUDIT_PROPERTY.apiRoot, GOOGLE_API_ROOT, true);
}

export function tokenUrl(): string {
  return endpoint(AUDIT_PROPERTY.tokenUrl, GOOGLE_TOKEN_URL, false);
}

function endpoint(key: AuditPropertyKey, fallback: string, slash: boolean): string {
  const value = readAuditProperty(key)?.trim();
  if (value === undefined) return fallback;
  if (!/^https?:\/\/[^/\s]+/i.test(value)) {
    throw new Error(`script property ${key} "${value}" is not an http(s) URL (e.g. http://127.0.0.1:8080/)`);
  }
  return slash && !value.endsWith('/') ? `${value}/` : value;
}
