/**
 * Cheap tests that let a detector skip a whole segment. `indexOf` runs far faster than any regex, so a
 * detector whose findings all need a keyword first asks whether any spelling of that keyword is there.
 */
export function containsAny(text: string, words: readonly string[]): boolean {
  // One pass of a literal alternation beats one indexOf per word when none is there (the common case).
  if (words.length === 0) return false;
  let re = cache.get(words);
  if (!re) cache.set(words, (re = new RegExp(words.map(escape).join('|'))));
  return re.test(text);
}

const cache = new WeakMap<readonly string[], RegExp>();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The word in lower case, Capitalised and UPPER CASE: how labels and headers spell it. */
export function spellings(...words: string[]): string[] {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
}
