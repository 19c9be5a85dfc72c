/**
 * Where a redactor's labels came from. Redactors return text with values replaced by labels
 * (PHONE_NUMBER, EMAIL_ADDRESS...); walking the output against the input recovers the replaced spans,
 * so a label is credited only where it covers a value of the matching type.
 */
export interface RedactedSpan {
  readonly start: number;
  readonly end: number;
  /** Labels of the replacement (several when replacements touch). */
  readonly labels: readonly string[];
}

/** The replaced spans of `input`, or null when the output cannot be walked back onto the input. */
export function redactedSpans(input: string, output: string, labels: readonly string[]): RedactedSpan[] | null {
  const re = new RegExp([...labels].sort((a, b) => b.length - a.length).join('|'), 'g');
  const spans: RedactedSpan[] = [];
  let inPos = 0;
  let outPos = 0;
  let pending: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(output)) !== null) {
    const literal = output.slice(outPos, m.index);
    if (pending.length === 0) {
      if (!input.startsWith(literal, inPos)) return null;
      inPos += literal.length;
    } else if (literal.length > 0) {
      // A replacement covers at least one character, so the text after it starts further on.
      const at = input.indexOf(literal, inPos + 1);
      if (at < 0) return null;
      spans.push({ start: inPos, end: at, labels: pending });
      pending = [];
      inPos = at + literal.length;
    }
    pending.push(m[0]);
    outPos = m.index + m[0].length;
  }
  const tail = output.slice(outPos);
  if (pending.length === 0) return input.slice(inPos) === tail ? spans : null;
  const end = input.length - tail.length;
  if (end <= inPos || !input.endsWith(tail)) return null;
  spans.push({ start: inPos, end, labels: pending });
  return spans;
}
