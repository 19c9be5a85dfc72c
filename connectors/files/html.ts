import { renderRows } from './table-blocks';

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br caption dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tbody td tfoot th thead title tr ul'
  ).split(' '),
);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

interface TableCtx {
  rows: string[][];
  row: string[] | null;
  cell: string | null;
}

/**
 * HTML to text: scripts, styles and comments dropped, block elements on their own lines, entities
 * decoded, and tables rendered as header-labelled rows. A single linear scan, no DOM.
 */
export function htmlToText(html: string): string {
  let out = '';
  const tables: TableCtx[] = [];
  const write = (text: string) => {
    const t = tables[tables.length - 1];
    if (!t) out += text;
    else if (t.cell !== null) t.cell += text;
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      write(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) write(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
      } else {
        write('<');
        i = lt + 1;
      }
      continue;
    }
    const end = tagEnd(html, lt + m[0].length);
    i = end < 0 ? n : end + 1;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && RAW_TEXT_TAGS.has(name)) {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = i;
      const close = closer.exec(html);
      const closeEnd = close ? tagEnd(html, close.index + close[0].length) : -1;
      i = closeEnd < 0 ? n : closeEnd + 1;
      continue;
    }
    if (name === 'table') {
      if (!closing) tables.push({ rows: [], row: null, cell: null });
      else if (tables.length > 0) {
        const t = tables.pop()!;
        endCell(t);
        endRow(t);
        const text = renderRows(t.rows);
        const parent = tables[tables.length - 1];
        if (parent) write(text.replace(/\n+/g, ' / '));
        else out += '\n' + text;
      }
      continue;
    }
    const t = tables[tables.length - 1];
    if (t && name === 'tr') {
      endCell(t);
      endRow(t);
      if (!closing) t.row = [];
      continue;
    }
    if (t && (name === 'td' || name === 'th')) {
      endCell(t);
      if (!closing) {
        t.row ??= [];
        t.cell = '';
      }
      continue;
    }
    write(BLOCK_TAGS.has(name) ? '\n' : ' ');
  }
  return tidy(out);
}

function endCell(t: TableCtx): void {
  if (t.cell === null) return;
  t.row ??= [];
  t.row.push(t.cell.replace(/\s+/g, ' ').trim());
  t.cell = null;
}

function endRow(t: TableCtx): void {
  if (t.row) t.rows.push(t.row);
  t.row = null;
}

/** Index of the `>` closing a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function tidy(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const l of lines) if (l !== '' || (out.length > 0 && out[out.length - 1] !== '')) out.push(l);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length > 0 ? out.join('\n') + '\n' : '';
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  pound: '£',
  euro: '€',
  cent: '¢',
  yen: '¥',
  sect: '§',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  shy: '',
  zwnj: '',
  zwj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  agrave: 'à',
  egrave: 'è',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  yuml: 'ÿ',
  atilde: 'ã',
  ntilde: 'ñ',
  otilde: 'õ',
  ccedil: 'ç',
  aring: 'å',
  aelig: 'æ',
  oslash: 'ø',
  szlig: 'ß',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Agrave: 'À',
  Egrave: 'È',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
  Aring: 'Å',
  AElig: 'Æ',
  Oslash: 'Ø',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[ent] ?? NAMED[ent.toLowerCase()] ?? whole;
  });
}
