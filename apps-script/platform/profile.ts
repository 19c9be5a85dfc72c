/**
 * The school profile lives in the script property SOS_PROFILE as the JSON a technician checked with
 * `sos policy check`. It is validated on every run (a property edited by hand must not switch a rule
 * off silently) with the same parser as the command line, so the messages name the same fields.
 */
import { formatProfileErrors, parseJsonc, parseProfile, type ResolvedProfile } from '../../core/policy';
import { PROPERTY, readProperty, writeProperty } from './properties';

const WHERE = 'script property SOS_PROFILE';

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

function validate(json: unknown): ResolvedProfile {
  const result = parseProfile(json);
  if (!result.ok) throw new ProfileError(formatProfileErrors(result.errors, WHERE));
  return result.profile;
}

function parseText(text: string): unknown {
  try {
    return parseJsonc(text);
  } catch (error) {
    throw new ProfileError(`${WHERE}: ${error instanceof Error ? error.message : 'is not valid JSON'}`);
  }
}

/** The profile for this run. */
export function loadProfile(): ResolvedProfile {
  const text = readProperty(PROPERTY.profile);
  if (text === undefined) {
    throw new ProfileError(
      `${WHERE} is not set: add it under Project Settings > Script properties (the profile JSON), then run setup again`,
    );
  }
  return validate(parseText(text));
}

/**
 * Validates a profile given to setup (an object or JSON text) and keeps it; with none given, the stored
 * one is used. What is stored is what was given (defaults are filled in at every load, so a later
 * release's new defaults apply).
 */
export function storeProfile(given: unknown): ResolvedProfile {
  if (given === undefined || given === null || given === '') return loadProfile();
  const json = typeof given === 'string' ? parseText(given) : given;
  const profile = validate(json);
  writeProperty(PROPERTY.profile, JSON.stringify(json));
  return profile;
}
