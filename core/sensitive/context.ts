/**
 * Corroborating words near a match raise confidence, as Purview's keyword proximity and Presidio's context
 * enhancer do. Windows stop at a table-row boundary (newline) when `sameLine` is set, so a header in one
 * row never vouches for a value in another.
 */
export function hasNearby(
  text: string,
  start: number,
  end: number,
  keywords: RegExp,
  before: number,
  after = 0,
  sameLine = false,
): boolean {
  let from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  if (sameLine) {
    const nl = text.lastIndexOf('\n', start - 1);
    if (nl >= from) from = nl + 1;
    const nr = text.indexOf('\n', end);
    if (nr !== -1 && nr < to) to = nr;
  }
  const window = text.slice(from, start) + ' ' + text.slice(end, to);
  keywords.lastIndex = 0;
  return keywords.test(window);
}

/**
 * The label of a value in a rendered table row (`Header: value`) or a form line (`DOB: 01/02/2013`):
 * the text between the previous `|`, newline or start of passage and the value, when it is short.
 */
export function labelBefore(text: string, start: number, maxLen = 48): string {
  let i = start - 1;
  const stop = Math.max(0, start - maxLen);
  while (i >= stop) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 124 /* | */ || c === 9 /* \t */) break;
    i--;
  }
  return text.slice(i + 1, start);
}

/** Every match of a global regex, without allocating arrays per match where possible. */
export function* matchAll(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

export const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * Matches of a digit-led pattern that do not continue a longer number: the character before must not be
 * a digit (nor one of `alsoNot`). Checked by hand, because a leading look-behind in the pattern would run
 * at every position of the text.
 */
export function* digitRuns(text: string, re: RegExp, alsoNot = '-'): Generator<RegExpExecArray> {
  for (const m of matchAll(text, re)) {
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if ((before >= 48 && before <= 57) || (before !== 0 && alsoNot.includes(text[m.index - 1]!))) continue;
    yield m;
  }
}
