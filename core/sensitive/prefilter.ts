/**
 * Cheap tests that let a detector skip a whole segment. `indexOf` runs far faster than any regex, so a
 * detector whose findings all need a keyword first asks whether any spelling of that keyword is there.
 */
export function containsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.indexOf(w) !== -1) return true;
  return false;
}

/** The word in lower case, Capitalised and UPPER CASE: how labels and headers spell it. */
export function spellings(...words: string[]): string[] {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
}
