/** Writes a Doc in one of the supported formats, through the project's own document writers. */
import {
  writeDocx,
  writeEml,
  writeOdp,
  writeOds,
  writeOdt,
  writePdf,
  writePptx,
  writeXlsx,
  type XlsxCell,
} from '../../files/write';
import { isoDay, ukDate } from '../identifiers';
import { type Block, type Cell, type Doc, type Format, FORMATS, formatOf, type MailMeta } from './doc';

type Table = Extract<Block, { kind: 'table' }>;

const text = (c: Cell): string => (c instanceof Date ? ukDate(c) : String(c));
const tablesOf = (doc: Doc): Table[] => doc.blocks.filter((b): b is Table => b.kind === 'table');

export function render(doc: Doc, format: Format, mail?: MailMeta): Buffer {
  switch (format) {
    case '.txt':
      return Buffer.from(plainText(doc), 'utf8');
    case '.md':
      return Buffer.from(markdown(doc), 'utf8');
    case '.html':
      return Buffer.from(html(doc), 'utf8');
    case '.csv':
      return Buffer.from(delimited(doc, ','), 'utf8');
    case '.tsv':
      return Buffer.from(delimited(doc, '\t'), 'utf8');
    case '.json':
      return Buffer.from(JSON.stringify(jsonOf(doc), null, 2) + '\n', 'utf8');
    case '.docx':
      return writeDocx(wordContent(doc));
    case '.odt':
      return writeOdt(wordContent(doc));
    case '.xlsx':
      return writeXlsx(sheetContent(doc));
    case '.ods':
      return writeOds(sheetContent(doc));
    case '.pptx':
      return writePptx({ slides: slides(doc) });
    case '.odp':
      return writeOdp({ slides: slides(doc) });
    case '.pdf':
      return writePdf({ pages: pages(doc), compress: true });
    case '.eml':
      if (!mail) throw new Error(`an .eml needs mail headers: ${doc.title}`);
      return email(doc, mail);
  }
}

export function asFormat(path: string): Format {
  const ext = formatOf(path);
  const found = FORMATS.find((f) => f === ext);
  if (!found) throw new Error(`not a document format: ${path}`);
  return found;
}

/** Paragraphs as they are; tables as tab-separated lines, which is what pasting from a spreadsheet gives. */
function plainText(doc: Doc): string {
  const out = [doc.title, '='.repeat(Math.min(doc.title.length, 72)), ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(b.text, '-'.repeat(Math.min(b.text.length, 72)), '');
    else if (b.kind === 'paragraph') out.push(b.text, '');
    else out.push(...b.rows.map((r) => r.map(text).join('\t')), '');
  }
  return out.join('\n');
}

function markdown(doc: Doc): string {
  const out = [`# ${doc.title}`, ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`## ${b.text}`, '');
    else if (b.kind === 'paragraph') out.push(b.text, '');
    else {
      const [head = [], ...rest] = b.rows;
      const row = (r: readonly Cell[]) => `| ${r.map((c) => text(c).replace(/\|/g, '\\|')).join(' | ')} |`;
      out.push(row(head), `|${head.map(() => ' --- |').join('')}`, ...rest.map(row), '');
    }
  }
  return out.join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlBody(doc: Doc): string {
  const parts = [`<h1>${escapeHtml(doc.title)}</h1>`];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') parts.push(`<h2>${escapeHtml(b.text)}</h2>`);
    else if (b.kind === 'paragraph') parts.push(`<p>${escapeHtml(b.text)}</p>`);
    else {
      const [head = [], ...rest] = b.rows;
      const cells = (r: readonly Cell[], tag: string) =>
        r.map((c) => `<${tag}>${escapeHtml(text(c))}</${tag}>`).join('');
      parts.push(
        '<table>',
        `<thead><tr>${cells(head, 'th')}</tr></thead>`,
        '<tbody>',
        ...rest.map((r) => `<tr>${cells(r, 'td')}</tr>`),
        '</tbody>',
        '</table>',
      );
    }
  }
  return parts.join('\n');
}

function html(doc: Doc): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '<style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>',
    '</head>',
    '<body>',
    htmlBody(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A CSV or TSV holds one table; a family that plants data elsewhere in the doc would be lying in its manifest. */
function delimited(doc: Doc, sep: ',' | '\t'): string {
  const [only, ...more] = tablesOf(doc);
  if (!only || more.length > 0 || doc.blocks.length !== 1) {
    throw new Error(`a ${sep === ',' ? 'CSV' : 'TSV'} holds exactly one table: ${doc.title}`);
  }
  const cell = (c: Cell) => {
    const s = text(c);
    if (sep === '\t') return s.replace(/[\t\n]/g, ' ');
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return only.rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** Like an MIS or app export: tables become arrays of records keyed by their column headers. */
function jsonOf(doc: Doc): unknown {
  const out: Record<string, unknown> = { title: doc.title };
  const notes: string[] = [];
  const tables: Record<string, unknown>[] = [];
  let section: string | undefined;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') section = b.text;
    else if (b.kind === 'paragraph') notes.push(b.text);
    else {
      const [head = [], ...rest] = b.rows;
      const keys = head.map(text);
      const records = rest.map((r) =>
        Object.fromEntries(keys.map((k, i) => [k, r[i] instanceof Date ? isoDay(r[i]) : (r[i] ?? '')])),
      );
      tables.push({ name: b.name ?? section ?? 'records', records });
    }
  }
  if (notes.length > 0) out.notes = notes;
  if (tables.length === 1) out.records = (tables[0] as { records: unknown }).records;
  else if (tables.length > 1) out.tables = tables;
  return out;
}

function wordContent(doc: Doc): { paragraphs: string[]; tables: string[][][] } {
  // The writers put every table after the paragraphs, so a doc meant for Word keeps its tables last.
  const paragraphs = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') paragraphs.push(b.text);
  }
  return { paragraphs, tables: tablesOf(doc).map((t) => t.rows.map((r) => r.map(text))) };
}

function sheetContent(doc: Doc): { sheets: { name: string; rows: XlsxCell[][] }[] } {
  const tables = tablesOf(doc);
  const words = doc.blocks.filter((b) => b.kind !== 'table').map((b) => [b.text]);
  const sheets = tables.map((t, i) => ({
    name: (t.name ?? (tables.length === 1 ? 'Sheet1' : `Sheet${i + 1}`)).slice(0, 31),
    rows: t.rows.map((r) => [...r]),
  }));
  if (words.length > 0) sheets.push({ name: 'Notes', rows: [[doc.title], ...words] });
  return { sheets };
}

/** A table row as one line of labelled cells, the way a person reads it off a slide or a printed form. */
function labelledRows(t: Table): string[] {
  const [head = [], ...rest] = t.rows;
  return rest.map((r) =>
    r
      .map((c, i) => `${text(head[i] ?? '')}: ${text(c)}`)
      .filter((s) => !s.endsWith(': '))
      .join(' | '),
  );
}

function slides(doc: Doc): string[][] {
  const out: string[][] = [[doc.title]];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push([b.text]);
    else if (b.kind === 'paragraph') out[out.length - 1]!.push(b.text);
    else out[out.length - 1]!.push(...labelledRows(b));
  }
  return out;
}

const PAGE_LINES = 48;
const LINE_CHARS = 96;

function wrap(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > LINE_CHARS) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

/** A long table row breaks between cells, never inside one, as a PDF printed from a wide table does. */
function wrapCells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const cell of row.split(' | ')) {
    if (current !== '' && current.length + 3 + cell.length > LINE_CHARS) {
      out.push(current);
      current = cell;
    } else current = current === '' ? cell : `${current} | ${cell}`;
  }
  out.push(current);
  return out;
}

function pages(doc: Doc): string[][] {
  const lines = [doc.title, ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') lines.push(b.text, '');
    else if (b.kind === 'paragraph') lines.push(...wrap(b.text), '');
    else lines.push(...labelledRows(b).flatMap(wrapCells), '');
  }
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += PAGE_LINES) out.push(lines.slice(i, i + PAGE_LINES));
  return out;
}

function email(doc: Doc, mail: MailMeta): Buffer {
  const body: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') body.push(b.text, '');
    else if (b.kind === 'paragraph') body.push(b.text, '');
    else body.push(...b.rows.map((r) => r.map(text).join('\t')), '');
  }
  return writeEml({
    from: mail.from,
    to: [...(typeof mail.to === 'string' ? [mail.to] : mail.to)],
    ...(mail.cc ? { cc: [...mail.cc] } : {}),
    subject: doc.title,
    date: mail.date,
    text: body.join('\n'),
    ...(mail.attachments
      ? {
          attachments: mail.attachments.map((a) => {
            const format = asFormat(a.filename);
            return { filename: a.filename, contentType: CONTENT_TYPES[format], data: render(a.doc, format) };
          }),
        }
      : {}),
  });
}

const CONTENT_TYPES: Record<Format, string> = {
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.json': 'application/json',
  '.eml': 'message/rfc822',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.pdf': 'application/pdf',
};
