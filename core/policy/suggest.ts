/**
 * "Did you mean ...?" for unknown keys. Case, "_" and "-" are ignored first, so "Staff_Pupil_Email"
 * finds "staffPupilEmail"; then the nearest key within a small edit distance wins, or failing that
 * a key contained in the other.
 */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  const target = fold(unknown);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of known) {
    const distance = editDistance(target, fold(key));
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(target.length / 3));
  if (bestDistance <= allowed) return best;
  // "telephone" for "phone", "timezoneName" for "timezone": one name inside the other.
  return known.find((key) => {
    const folded = fold(key);
    const [shorter, longer] = folded.length < target.length ? [folded, target] : [target, folded];
    return shorter.length >= 4 && longer.includes(shorter);
  });
}

function fold(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = value;
    }
  }
  return d[rows - 1]![cols - 1]!;
}
