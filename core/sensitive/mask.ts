/**
 * Masking keeps the shape of a value and a few characters an owner can recognise, never the whole value:
 * `943 *** **19`, `A8********003`. Separators (spaces, dashes, slashes) are kept so the format stays readable.
 */
export function maskKeep(value: string, keepStart: number, keepEnd: number): string {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (isAlnum(value.charCodeAt(i))) n++;
  // Never reveal more than half of the significant characters, whatever was asked.
  let a = keepStart;
  let b = keepEnd;
  while (a + b > Math.floor(n / 2) && (a > 0 || b > 0)) {
    if (a >= b && a > 0) a--;
    else b--;
  }
  let out = '';
  let k = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isAlnum(c)) {
      out += value[i];
      continue;
    }
    out += k < a || k >= n - b ? value[i] : '*';
    k++;
  }
  return out;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A phrase (a health note, a disclosure) is shown by its first letters only: `epi*****`. */
export function maskPhrase(phrase: string, keep = 3): string {
  const p = phrase.trim().replace(/\s+/g, ' ');
  if (p.length <= keep + 1) return p.slice(0, 1) + '*'.repeat(Math.max(1, p.length - 1));
  return p.slice(0, keep) + p.slice(keep).replace(/[^\s]/g, '*');
}
