/**
 * A generated mail export for the mail benchmark: the sample school's mailbox (ordinary mail and the
 * planted warning signs, about 7 % of messages) repeated with fresh Message-IDs and dates, each message
 * made the size real school mail is: a quoted thread under most replies, an HTML alternative part, and
 * now and then an attachment (a photo, which is skipped, or a CSV register, whose text is checked).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '../../connectors/sample-school/random';
import { sampleMailbox, type SampleMail } from '../../connectors/sample-school/mailbox';
import { samplePeople } from '../../connectors/sample-school/sample-people';

/** Bump when the generator changes, so a kept 1 GB file is rebuilt. */
const VERSION = 'mail-2';
/** Share of messages with a photo attached (skipped by the checker, but read and decoded), and with a CSV. */
const PHOTO = 0.03;
const CSV = 0.04;

const THREAD = [
  'Thanks for getting back to me so quickly. I have spoken to the department and we are happy with the plan.',
  'Please find the details below. Let me know if anything needs changing before Friday.',
  'Just a reminder that the deadline for coursework drafts is the end of next week.',
  'I have attached the updated version with the changes we talked about in the meeting.',
  'Could you confirm the numbers for the trip by Wednesday so the office can book the coach?',
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function quotedThread(rng: Random, m: SampleMail): string {
  const lines: string[] = [];
  const depth = rng.int(1, 4);
  for (let d = 0; d < depth; d++) {
    const prefix = '>'.repeat(d + 1) + ' ';
    lines.push(`${prefix}On ${m.date.toUTCString()}, ${m.to[0]?.name ?? 'someone'} wrote:`);
    for (let i = 0; i < rng.int(3, 10); i++) lines.push(prefix + rng.pick(THREAD));
  }
  return lines.join('\n');
}

function base64Lines(data: Buffer): string {
  return (
    data
      .toString('base64')
      .match(/.{1,76}/g)
      ?.join('\n') ?? ''
  );
}

/** One message of the benchmark export, as mbox bytes. */
function benchMessage(rng: Random, m: SampleMail, n: number): string {
  // The sample's own date: moving it would make ordinary mail out of hours.
  const d = m.date;
  const id = `bench-${n}.${d.getTime().toString(36)}@oakfield.example.sch.uk`;
  const body = m.expect.length === 0 && rng.chance(0.6) ? `${m.text}\n\n${quotedThread(rng, m)}` : m.text;
  const boundary = `b${n}x`;
  const alt = `a${n}x`;
  const parts = [
    `--${alt}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${body.replace(/^(>*From )/gm, '>$1')}\n`,
    `--${alt}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n<html><body><div>${escapeHtml(
      body,
    )
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</div></body></html>\n`,
    `--${alt}--\n`,
  ].join('');
  let attachments = '';
  const roll = rng.next();
  if (roll < PHOTO) {
    const size = rng.int(40_000, 150_000);
    const photo = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4) photo.writeUInt32LE((rng.next() * 0xffffffff) >>> 0, Math.min(i, size - 4));
    attachments = `--${boundary}\nContent-Type: image/jpeg; name="IMG_${n}.jpg"\nContent-Disposition: attachment; filename="IMG_${n}.jpg"\nContent-Transfer-Encoding: base64\n\n${base64Lines(photo)}\n`;
  } else if (roll < PHOTO + CSV) {
    const rows = ['Name,Form,Homework,Effort'];
    for (let i = 0; i < rng.int(20, 120); i++)
      rows.push(`Pupil ${i + 1},${rng.int(7, 11)}K,${rng.int(1, 9)},${rng.pick(['A', 'B', 'C'])}`);
    attachments = `--${boundary}\nContent-Type: text/csv; name="marks.csv"\nContent-Disposition: attachment; filename="marks.csv"\nContent-Transfer-Encoding: base64\n\n${base64Lines(Buffer.from(rows.join('\r\n')))}\n`;
  }
  const addr = (w: { name: string; address: string }) => `"${w.name}" <${w.address}>`;
  const headers = [
    `From: ${addr(m.from)}`,
    `To: ${m.to.map(addr).join(', ')}`,
    `Subject: ${m.subject}`,
    `Date: ${d.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${id}>`,
    ...(m.listId !== undefined ? [`List-Id: ${m.listId}`, 'Precedence: list'] : []),
    'MIME-Version: 1.0',
  ];
  const content =
    attachments === ''
      ? `Content-Type: multipart/alternative; boundary="${alt}"\n\n${parts}`
      : `Content-Type: multipart/mixed; boundary="${boundary}"\n\n--${boundary}\nContent-Type: multipart/alternative; boundary="${alt}"\n\n${parts}\n${attachments}--${boundary}--\n`;
  const envelope = `From ${m.from.address} ${d.toUTCString().slice(0, 3)} ${d.toUTCString().slice(8, 11)} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()}`;
  return `${envelope}\n${headers.join('\n')}\n${content}\n`;
}

export interface MailCorpus {
  readonly path: string;
  readonly bytes: number;
  readonly messages: number;
  readonly reused: boolean;
}

/** Writes (or reuses) an mbox of about `targetBytes` in the system temp folder. */
export function ensureMailbox(targetBytes: number, log: (line: string) => void): MailCorpus {
  const key = createHash('sha256').update(`${VERSION}:${targetBytes}`).digest('hex').slice(0, 12);
  const path = join(tmpdir(), `sos-bench-mail-${key}.mbox`);
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { bytes: number; messages: number };
    return { path, ...m, reused: true };
  }
  log(`  generating ${(targetBytes / 1e6).toFixed(0)} MB of mail in ${path}`);
  const sample = sampleMailbox(samplePeople()).messages;
  const rng = new Random(20250903, `bench-mail-${VERSION}`);
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let bytes = 0;
  let messages = 0;
  try {
    while (bytes < targetBytes) {
      const text = benchMessage(rng, sample[messages % sample.length]!, messages);
      const buf = Buffer.from(text, 'utf8');
      writeSync(fd, buf);
      bytes += buf.length;
      messages += 1;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  writeFileSync(meta, JSON.stringify({ bytes, messages }));
  return { path, bytes, messages, reused: false };
}
