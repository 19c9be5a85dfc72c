export { parseJsonc, JsoncSyntaxError } from './jsonc';
export { profileSchema, type Profile, type ResolvedProfile, type Term } from './schema';
export { parseProfile, parseProfileText, type ParseResult } from './parse';
export { formatProfileErrors, type ProfileError } from './errors';
export { minutesOfDay, normaliseDomain } from './sections/fields';
