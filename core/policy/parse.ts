import { defaultMessage, issuesToErrors, type ProfileError } from './errors';
import { JsoncSyntaxError, parseJsonc } from './jsonc';
import { profileSchema, type ResolvedProfile } from './schema';

export type ParseResult = { ok: true; profile: ResolvedProfile } | { ok: false; errors: ProfileError[] };

/** Validates an already-parsed profile and fills in the defaults. */
export function parseProfile(json: unknown): ParseResult {
  const result = profileSchema.safeParse(json, { error: defaultMessage });
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: issuesToErrors(profileSchema, json, result.error.issues) };
}

/** The profile file's text (JSON with comments): syntax errors come back as one error at the file level. */
export function parseProfileText(text: string): ParseResult {
  let json: unknown;
  try {
    json = parseJsonc(text);
  } catch (error) {
    if (error instanceof JsoncSyntaxError) return { ok: false, errors: [{ path: '', message: error.message }] };
    throw error;
  }
  return parseProfile(json);
}
