/** Spreadsheet cell values as the text a person sees: dates as dd/mm/yyyy, numbers without exponents. */

export type DateKind = 'date' | 'datetime' | 'time';

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, plus the East Asian date ids). */
const BUILTIN: Record<number, DateKind> = {
  14: 'date',
  15: 'date',
  16: 'date',
  17: 'date',
  18: 'time',
  19: 'time',
  20: 'time',
  21: 'time',
  22: 'datetime',
  27: 'date',
  28: 'date',
  29: 'date',
  30: 'date',
  31: 'date',
  32: 'time',
  33: 'time',
  34: 'time',
  35: 'time',
  36: 'date',
  45: 'time',
  46: 'time',
  47: 'time',
  50: 'date',
  51: 'date',
  52: 'date',
  53: 'date',
  54: 'date',
  55: 'date',
  56: 'date',
  57: 'date',
  58: 'date',
};

/** Whether a number format shows a date: d/m/y codes outside quotes and brackets, not only h/m/s. */
export function dateKind(numFmtId: number, code: string | undefined): DateKind | null {
  if (code === undefined) return BUILTIN[numFmtId] ?? null;
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h') // elapsed time: [h]:mm, [mm]:ss
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  const hasDate = /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
  const hasTime = /[hs]/.test(bare);
  if (hasDate) return hasTime ? 'datetime' : 'date';
  if (hasTime) return 'time';
  return null;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0 once the phantom 29/02/1900 is accounted for
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial day number as dd/mm/yyyy. The 1900 system counts a 29 February 1900 that never was
 * (Lotus 1-2-3's leap-year bug), so serials 1-59 are one day off from a plain epoch and 60 is that day.
 */
export function serialToText(serial: number, date1904: boolean, kind: DateKind): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return formatNumber(String(serial));
  const time = timeOfDay(serial);
  if (kind === 'time') return time;
  const day = Math.floor(serial + 1e-9);
  let date: string;
  if (!date1904 && day === 60) date = '29/02/1900';
  else if (!date1904 && day === 0) date = '00/01/1900';
  else {
    const ms = date1904 ? EPOCH_1904 + day * DAY_MS : EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS;
    date = ddmmyyyy(new Date(ms));
  }
  return kind === 'datetime' && time !== '00:00' ? `${date} ${time}` : date;
}

function timeOfDay(serial: number): string {
  const secs = Math.round((serial - Math.floor(serial)) * 86400) % 86400;
  const hh = Math.floor(secs / 3600);
  const mm = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  const base = `${pad(hh)}:${pad(mm)}`;
  return ss ? `${base}:${pad(ss)}` : base;
}

export function ddmmyyyy(d: Date): string {
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** An ISO date or date-time (ODF office:date-value, xlsx t="d") as dd/mm/yyyy. */
export function isoToText(iso: string): string {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!m) return iso;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] && (m[4] !== '00' || m[5] !== '00') ? `${date} ${m[4]}:${m[5]}` : date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A stored number as text, never in exponent form: 1.2345678901234E+17 reads 123456789012340000.
 * Whole numbers stay exactly as stored (a 16-digit card number typed by a generator stays whole);
 * exponents and float noise (1.1000000000000001) round to Excel's 15 significant digits.
 */
export function formatNumber(raw: string): string {
  const s = raw.trim();
  const digits = s.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
  if (!/[eE]/.test(s) && (!s.includes('.') || digits <= 15)) return s;
  const n = Number(s);
  if (!Number.isFinite(n)) return s;
  const rounded = Number(n.toPrecision(15));
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
