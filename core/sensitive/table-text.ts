/**
 * Tables (CSV, sheets, document tables) become one line per row, each cell labelled by its column header:
 * `UPN: B801200005001 | DOB: 14/02/2011 | Name: Alex Brown`. The scanner then sees a column header as
 * nearby context for every cell in its column (as Google DLP's column hotwords do), and a row stays one
 * passage, so a name and a health note in the same row belong together.
 */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return '';
  const first = nonEmpty[0]!;
  const header = looksLikeHeader(first, nonEmpty.slice(1)) ? first.map((h) => h.trim()) : null;
  const body = header ? nonEmpty.slice(1) : nonEmpty;
  const lines: string[] = [];
  if (header) lines.push(header.filter((h) => h !== '').join(' | '));
  for (const row of body) {
    const cells: string[] = [];
    row.forEach((cell, i) => {
      const v = cell.trim();
      if (v === '') return;
      const h = header?.[i];
      cells.push(h ? `${h}: ${v}` : v);
    });
    lines.push(cells.join(' | '));
  }
  return lines.join('\n') + '\n';
}

const NUMERIC = /^[\s\d.,:/\-+£$%()]+$/;

/** A first row is a header when its cells are short labels rather than data, unlike the rows below it. */
export function looksLikeHeader(first: readonly string[], rest: readonly (readonly string[])[]): boolean {
  const cells = first.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 2) return false;
  if (cells.some((c) => c.length > 40 || NUMERIC.test(c) || c.includes('@'))) return false;
  if (new Set(cells.map((c) => c.toLowerCase())).size !== cells.length) return false;
  // If the next rows repeat the first row's values, it is data, not a header.
  const next = rest[0];
  if (next && next.some((c, i) => c.trim() !== '' && c.trim() === first[i]?.trim())) return false;
  return true;
}
