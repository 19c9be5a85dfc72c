import zlib from 'node:zlib';

export interface PdfContent {
  /** Each page is its lines of text, top to bottom; tabs split a line into table columns. */
  pages: string[][];
  /** FlateDecode the page content streams. */
  compress?: boolean;
}

/** WinAnsiEncoding codes for the characters outside latin1 that UK documents use. */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
};

/** A PDF 1.4 of Helvetica text lines on A4 pages, with a correct cross-reference table. */
export function writePdf(content: PdfContent): Buffer {
  const objects: Buffer[] = [];
  const pageIds = content.pages.map((_, i) => 4 + i * 2);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'));
  objects.push(
    Buffer.from(
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
      'latin1',
    ),
  );
  objects.push(
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'),
  );
  content.pages.forEach((lines, i) => {
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
        'latin1',
      ),
    );
    const ops = pageOps(lines);
    const data = content.compress ? zlib.deflateSync(ops) : ops;
    const dict = `<< /Length ${data.length}${content.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`;
    objects.push(Buffer.concat([Buffer.from(dict, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  });

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const FONT_SIZE = 11;
const LEADING = 14;
const LEFT = 56;
const TOP = 786;
/** Helvetica's average advance is about half the font size; columns get that per character plus a gap. */
const CHAR_WIDTH = FONT_SIZE * 0.55;
const COLUMN_GAP = 18;

/** Text operators placing each line (and each tab-separated cell at its column) absolutely. */
function pageOps(lines: string[]): Buffer {
  const widths: number[] = [];
  for (const line of lines) {
    line.split('\t').forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length * CHAR_WIDTH + COLUMN_GAP);
    });
  }
  const ops: Buffer[] = [Buffer.from(`BT\n/F1 ${FONT_SIZE} Tf\n`, 'latin1')];
  lines.forEach((line, n) => {
    const y = TOP - n * LEADING;
    let x = LEFT;
    line.split('\t').forEach((cell, i) => {
      if (cell)
        ops.push(
          Buffer.from(`1 0 0 1 ${x.toFixed(1)} ${y} Tm (`, 'latin1'),
          pdfString(cell),
          Buffer.from(') Tj\n', 'latin1'),
        );
      x += widths[i]!;
    });
  });
  ops.push(Buffer.from('ET\n', 'latin1'));
  return Buffer.concat(ops);
}

/** A literal string's bytes in WinAnsi, with \, ( and ) escaped; characters it lacks become '?'. */
function pdfString(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    const b = WIN_ANSI[ch] ?? (printable ? code : 0x3f);
    if (b === 0x5c || b === 0x28 || b === 0x29) bytes.push(0x5c);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}
