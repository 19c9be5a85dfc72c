/**
 * Masking keeps the shape of a value and a few characters an owner can recognise, never the whole value:
 * `943 *** **19`, `A8********003`. Separators (spaces, dashes, slashes) are kept so the format stays readable.
 */
export function maskKeep(value: string, keepStart: number, keepEnd: number): string {
  const positions: number[] = [];
  for (let i = 0; i < value.length; i++) if (/[A-Za-z0-9]/.test(value[i]!)) positions.push(i);
  const n = positions.length;
  // Never reveal more than half of the significant characters, whatever was asked.
  let a = keepStart;
  let b = keepEnd;
  while (a + b > Math.floor(n / 2) && (a > 0 || b > 0)) {
    if (a >= b && a > 0) a--;
    else b--;
  }
  const hidden = new Set(positions.slice(a, n - b));
  let out = '';
  for (let i = 0; i < value.length; i++) out += hidden.has(i) ? '*' : value[i];
  return out;
}

/** A phrase (a health note, a disclosure) is shown by its first letters only: `epi*****`. */
export function maskPhrase(phrase: string, keep = 3): string {
  const p = phrase.trim().replace(/\s+/g, ' ');
  if (p.length <= keep + 1) return p.slice(0, 1) + '*'.repeat(Math.max(1, p.length - 1));
  return p.slice(0, keep) + p.slice(keep).replace(/[^\s]/g, '*');
}
