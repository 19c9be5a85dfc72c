/**
 * The Function app's settings (Azure app settings, or local.settings.json when run locally), validated
 * once at startup. A problem names the setting and what it must be, never the value: these settings sit
 * next to secrets.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isSiteId, SITE_ID_HINT } from '../../connectors/microsoft/site-id';
import { formatProfileErrors, parseProfileText, type ResolvedProfile } from '../../core/policy';

export type Env = Readonly<Record<string, string | undefined>>;

export interface IncidentIntakeSettings {
  /** The SharePoint site holding the incident lists (`sos setup microsoft incidents --site`). */
  readonly siteId: string;
  /** The mailbox alerts are sent from (UPN or object id); Mail.Send should be scoped to it. */
  readonly mailbox: string;
  readonly profile: ResolvedProfile;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: IncidentIntakeSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

const envSchema = z.object({
  SOS_SITE_ID: z
    .string({ error: 'is not set: give the SharePoint site id, e.g. contoso.sharepoint.com,<guid>,<guid>' })
    .trim()
    .refine(isSiteId, { error: `must be ${SITE_ID_HINT}` }),
  SOS_MAILBOX: z
    .string({ error: 'is not set: give the mailbox alerts are sent from, e.g. safeguarding@example.sch.uk' })
    .trim()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$|^[0-9a-f-]{36}$/i, { error: 'must be a mailbox address or user id' }),
  SOS_PROFILE_JSON: z.string().optional(),
  SOS_PROFILE_PATH: z.string().optional(),
});

export function loadSettings(
  env: Env,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): SettingsResult {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  let profile: ResolvedProfile | undefined;
  const json = env.SOS_PROFILE_JSON?.trim();
  const path = env.SOS_PROFILE_PATH?.trim();
  if (json && path) problems.push('SOS_PROFILE_JSON, SOS_PROFILE_PATH: set one of them, not both');
  else if (!json && !path)
    problems.push('SOS_PROFILE_JSON: is not set: give the school profile as JSON (or SOS_PROFILE_PATH)');
  else {
    let text: string | undefined = json;
    const name = json ? 'SOS_PROFILE_JSON' : 'SOS_PROFILE_PATH';
    if (!json) {
      try {
        text = readText(path!);
      } catch (err) {
        problems.push(`SOS_PROFILE_PATH: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    if (text !== undefined) {
      const result = parseProfileText(text);
      if (result.ok) profile = result.profile;
      else
        problems.push(
          ...formatProfileErrors(result.errors, name)
            .split('\n')
            .filter((l) => l.trim() !== ''),
        );
    }
  }

  if (problems.length > 0 || !parsed.success || !profile) return { ok: false, problems };
  return { ok: true, settings: { siteId: parsed.data.SOS_SITE_ID, mailbox: parsed.data.SOS_MAILBOX, profile } };
}
