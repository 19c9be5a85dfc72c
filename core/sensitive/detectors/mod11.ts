/** Σ digit × weight with weights 10, 9, … over the first `count` digits (NHS and ULN share this sum). */
export function weightedSum(digits: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  return sum;
}

/**
 * Words that say a long number is something else: an order line, an ISBN, an exam candidate, a phone.
 * Checked just before the number, where a label would stand.
 */
export const OTHER_NUMBER_LABELS =
  /\b(isbn|issn|order|invoice|inv|po|ref|reference|receipt|transaction|txn|candidate|uci|centre|tel|phone|mobile|fax|barcode|product|sku|item|serial|account|acc|a\/c|policy no)\b[^|\n\d,;]{0,24}$/i;

/** Another kind of number's label is nearest before the value, and the value's own label is not. */
export function labelledAsOther(label: string, own: RegExp): boolean {
  const other = OTHER_NUMBER_LABELS.exec(label);
  if (!other) return false;
  return !own.test(label.slice(other.index));
}
