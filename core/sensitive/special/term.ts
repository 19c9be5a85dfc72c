/** A lexicon phrase: a regex source (matched case-insensitively, whole words), with explicit triggers if needed. */
export type Term = string | { readonly source: string; readonly triggers: readonly string[] };

/** For a phrase with no literal run of 3+ characters outside its groups, the literals that must occur in it. */
export function withTriggers(source: string, ...triggers: string[]): Term {
  return { source, triggers };
}

export const termSource = (t: Term): string => (typeof t === 'string' ? t : t.source);
export const termTriggers = (t: Term): readonly string[] | undefined =>
  typeof t === 'string' ? undefined : t.triggers;
