import { createHash } from 'node:crypto';

export interface EmlAttachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface EmlContent {
  from: string;
  to: string | string[];
  cc?: string | string[];
  subject: string;
  date: Date;
  text: string;
  html?: string;
  attachments?: EmlAttachment[];
  /** Without angle brackets; derived from the content when absent, so output stays deterministic. */
  messageId?: string;
}

/** An RFC 5322 message: quoted-printable UTF-8 text (and HTML alternative), base64 attachments, CRLF lines. */
export function writeEml(m: EmlContent): Buffer {
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]).map(encodeAddress).join(', ');
  const id =
    m.messageId ??
    `${createHash('sha1')
      .update(`${m.from}\n${String(m.to)}\n${m.subject}\n${m.date.toISOString()}\n${m.text}`)
      .digest('hex')
      .slice(0, 24)}@sos.invalid`;
  const headers = [
    `From: ${encodeAddress(m.from)}`,
    `To: ${list(m.to)}`,
    ...(m.cc ? [`Cc: ${list(m.cc)}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: <${id}>`,
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    encodeQuotedPrintable(m.text),
  ];
  let body: string[] = textPart;
  if (m.html !== undefined) {
    const htmlPart = [
      'Content-Type: text/html; charset="UTF-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      encodeQuotedPrintable(m.html),
    ];
    body = multipart('alternative', '=_sos_alt', [textPart, htmlPart]);
  }
  if (m.attachments && m.attachments.length > 0) {
    const files = m.attachments.map((a) => [
      `Content-Type: ${a.contentType}; name="${a.filename.replace(/["\\\r\n]/g, '_')}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; ${filenameParam(a.filename)}`,
      '',
      ...(a.data.toString('base64').match(/.{1,76}/g) ?? []),
    ]);
    body = multipart('mixed', '=_sos_mixed', [body, ...files]);
  }
  return Buffer.from([...headers, ...body].join('\r\n') + '\r\n', 'utf8');
}

/** Boundaries start with "=_", which neither quoted-printable nor base64 output can contain. */
function multipart(subtype: string, boundary: string, parts: string[][]): string[] {
  return [
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((p) => [`--${boundary}`, ...p]),
    `--${boundary}--`,
  ];
}

function encodeAddress(addr: string): string {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(addr);
  if (!m || isAscii(m[1]!)) return addr;
  return `${encodeWord(m[1]!)} <${m[2]}>`;
}

function encodeWord(text: string): string {
  return isAscii(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function filenameParam(name: string): string {
  if (isAscii(name)) return `filename="${name.replace(/["\\\r\n]/g, '_')}"`;
  return `filename*=UTF-8''${encodeURIComponent(name)}`;
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** Quoted-printable (RFC 2045): lines of at most 76 characters, soft breaks, trailing spaces encoded. */
export function encodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => {
      let out = '';
      let lineLen = 0;
      const bytes = Buffer.from(line, 'utf8');
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const token = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (lineLen + token.length > 75) {
          out += '=\r\n';
          lineLen = 0;
        }
        out += token;
        lineLen += token.length;
      });
      return out;
    })
    .join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Wed, 23 Jul 2025 10:03:34 +0000`: in UTC, so the same Date always writes the same header. */
export function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}
