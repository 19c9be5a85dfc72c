/**
 * zod issues turned into messages for a school IT technician: the field's path as written in the file
 * ("mail.allowedHours.start"), what it must be, and a short quote of what it was.
 */
import type { z } from 'zod';
import { knownKeysAt } from './known-keys';
import { closestKey } from './suggest';

export interface ProfileError {
  /** Dotted path to the field, with list positions in brackets: "calendar.terms[1].end". Empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

const QUOTE_LIMIT = 40;

/** Quotes a value for a message, never at length: profiles are short, but a pasted blob is not. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quoteValue(String(segment))}]`;
  }
  return out;
}

/** Default wording for issues whose schema has no message of its own (passed to safeParse). */
export function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
    case 'invalid_value':
      return `must be ${orList(issue.values.map((v) => JSON.stringify(v)))}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text in double quotes',
  number: 'must be a number',
  boolean: 'must be true or false (without quotes)',
  array: 'must be a list in square brackets [ ]',
  object: 'must be an object in curly brackets { }',
};

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

export function issuesToErrors(schema: z.ZodType, input: unknown, issues: readonly z.core.$ZodIssue[]): ProfileError[] {
  const errors: ProfileError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path).filter((key) => key !== '$schema');
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), message: unknownFieldMessage(key, known) });
      }
      continue;
    }
    const value = valueAt(input, issue.path);
    let message = issue.message;
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      message = 'the profile must be a JSON object { ... }';
    } else if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      // Whatever the field's own wording, a field that is not there at all is simply missing.
      message = 'is required';
    } else if (value !== undefined && !message.includes('(got ')) {
      const primitive = value === null || typeof value !== 'object';
      if (primitive || issue.code === 'invalid_type') message += ` (got ${quoteValue(value)})`;
    }
    errors.push({ path: formatPath(issue.path), message });
  }
  return dedupe(errors);
}

function unknownFieldMessage(key: string, known: string[]): string {
  const shown = quoteValue(key).slice(1, -1);
  const suggestion = closestKey(key, known);
  if (suggestion) return `unknown field '${shown}' (did you mean '${suggestion}'?)`;
  if (known.length > 0) return `unknown field '${shown}' (allowed here: ${known.join(', ')})`;
  return `unknown field '${shown}'`;
}

function dedupe(errors: ProfileError[]): ProfileError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const id = `${error.path}\u0000${error.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** `school-profile.json: mail.staffPupilEmail: must be "allowed" or "forbidden" (got "sometimes")`, one per line. */
export function formatProfileErrors(errors: readonly ProfileError[], file: string): string {
  return errors
    .map((error) => (error.path ? `${file}: ${error.path}: ${error.message}` : `${file}: ${error.message}`))
    .join('\n');
}
