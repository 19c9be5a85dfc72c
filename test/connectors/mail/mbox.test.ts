import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { writeEml } from '../../../connectors/files/write';
import { isEnvelopeLine, MboxSplitter, readMbox, type MboxItem } from '../../../connectors/mail';

const dir = mkdtempSync(join(tmpdir(), 'sos-mbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENVELOPE = 'From 1589370123456789012@xxx Wed May 13 12:34:56 +0000 2020';

function eml(n: number, text = `Message number ${n}.`): Buffer {
  return writeEml({
    from: `Teacher ${n} <t${n}@example.sch.uk>`,
    to: `p${n}@pupils.example.sch.uk`,
    subject: `Homework ${n}`,
    date: new Date(Date.UTC(2025, 0, 6, 9, n % 60, 0)),
    text,
  });
}

/** An mboxrd file as Google's exports write it: envelope line, message, blank line. */
function mbox(messages: Buffer[], eol = '\n'): Buffer {
  return Buffer.concat(messages.flatMap((m) => [Buffer.from(ENVELOPE + eol), m, Buffer.from(eol)]));
}

async function collect(path: string, options?: Parameters<typeof readMbox>[1]): Promise<MboxItem[]> {
  const out: MboxItem[] = [];
  for await (const item of readMbox(path, options)) out.push(item);
  return out;
}

function splitInChunks(data: Buffer, cuts: number[], max?: number): MboxItem[] {
  const s = new MboxSplitter(max);
  const out: MboxItem[] = [];
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...s.push(data.subarray(pos, cut)));
    pos = cut;
  }
  out.push(...s.push(data.subarray(pos)));
  out.push(...s.end());
  return out;
}

const raws = (items: MboxItem[]) => items.map((i) => ('raw' in i ? i.raw.toString('latin1') : `ERROR ${i.error}`));

describe('readMbox', () => {
  it('splits at envelope lines and gives back each message byte for byte, with index, offset and envelope', async () => {
    const messages = [eml(1), eml(2), eml(3)];
    const data = mbox(messages);
    const file = join(dir, 'three.mbox');
    writeFileSync(file, data);
    const items = await collect(file);
    expect(raws(items)).toEqual(messages.map((m) => m.toString('latin1')));
    expect(items.map((i) => i.index)).toEqual([1, 2, 3]);
    for (const item of items) {
      expect(data.subarray(item.offset, item.offset + ENVELOPE.length).toString()).toBe(ENVELOPE);
      expect('envelope' in item && item.envelope).toBe(ENVELOPE.slice('From '.length));
    }
  });

  it('unescapes mboxrd ">From " lines and does not split at them', async () => {
    const body = 'Hello,\nFrom the head teacher: well done.\n>From a quoted reply\nThanks';
    const escaped = Buffer.from(
      eml(1, body)
        .toString('latin1')
        .replace(/\nFrom /g, '\n>From ')
        .replace(/\n>From a/g, '\n>>From a'),
      'latin1',
    );
    // The quoted-printable writer keeps "From " at the start of a line, so the escape is really exercised.
    expect(escaped.toString('latin1')).toContain('\r\n>From the head');
    const file = join(dir, 'escaped.mbox');
    writeFileSync(file, mbox([escaped, eml(2)]));
    const items = await collect(file);
    expect(items).toHaveLength(2);
    const first = raws(items)[0]!;
    expect(first).toContain('\r\nFrom the head teacher');
    expect(first).toContain('\r\n>From a quoted reply');
    expect(first).not.toContain('>>From');
  });

  it('does not split at an unescaped "From " line that is not an envelope', async () => {
    const body = 'Pitch news\r\nFrom 3:30 the pitch is closed for repairs.\r\nFrom now on, bring boots.';
    const file = join(dir, 'unescaped.mbox');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${ENVELOPE}\nSubject: a\nFrom: x@y.uk\n\n${body}\n\n`), mbox([eml(2)])]),
    );
    const items = await collect(file);
    expect(items).toHaveLength(2);
    expect(raws(items)[0]).toContain('From now on, bring boots.');
  });

  it('reads CRLF mbox files', async () => {
    const messages = [eml(1), eml(2)];
    const file = join(dir, 'crlf.mbox');
    writeFileSync(file, mbox(messages, '\r\n'));
    expect(raws(await collect(file))).toEqual(messages.map((m) => m.toString('latin1')));
  });

  it('passes a truncated last message on as it is', async () => {
    const whole = mbox([eml(1), eml(2)]);
    const cut = whole.subarray(0, whole.length - 40);
    const file = join(dir, 'truncated.mbox');
    writeFileSync(file, cut);
    const items = await collect(file);
    expect(items).toHaveLength(2);
    const last = raws(items)[1]!;
    expect(eml(2).toString('latin1').startsWith(last)).toBe(true);
    expect(last.length).toBeGreaterThan(eml(2).length - 45);
  });

  it('reports a message over the size cap and goes on with the next', async () => {
    const huge = Buffer.concat([eml(2), Buffer.from('x'.repeat(200_000) + '\n')]);
    const file = join(dir, 'huge.mbox');
    writeFileSync(file, mbox([eml(1), huge, eml(3)]));
    const items = await collect(file, { maxMessageBytes: 50_000, chunkBytes: 4096 });
    expect(items.map((i) => ('error' in i ? 'error' : 'raw'))).toEqual(['raw', 'error', 'raw']);
    expect(items[1]).toEqual({ error: 'message larger than 48.8 KB; skipped', index: 2, offset: expect.any(Number) });
    expect(raws(items)[2]).toBe(eml(3).toString('latin1'));
  });

  it('reads a file that holds one message without an envelope line (an .eml named .mbox)', async () => {
    const file = join(dir, 'single.mbox');
    writeFileSync(file, Buffer.concat([Buffer.from('\n'), eml(7)]));
    const items = await collect(file);
    expect(items).toHaveLength(1);
    expect(raws(items)[0]).toContain('Subject: Homework 7');
  });

  it('yields messages while the file is still being written, so it never holds the whole export', async () => {
    // A named pipe cannot be read ahead: if the reader waited for the end, the writer (blocked on the pipe's
    // 64 KB buffer) would never finish and the first message would never come.
    const fifo = join(dir, 'stream.fifo');
    execFileSync('mkfifo', [fifo]);
    const total = 10_000;
    let written = 0;
    const writer = (async () => {
      const out = createWriteStream(fifo);
      for (let n = 1; n <= total; n++) {
        if (!out.write(Buffer.concat([Buffer.from(ENVELOPE + '\n'), eml(n), Buffer.from('\n')]))) {
          await new Promise<void>((r) => out.once('drain', () => r()));
        }
        written = n;
      }
      await new Promise<void>((r) => out.end(() => r()));
    })();
    let writtenAtFirst = -1;
    let count = 0;
    let lastIndex = 0;
    for await (const item of readMbox(fifo, { chunkBytes: 16 * 1024 })) {
      if (count === 0) writtenAtFirst = written;
      count += 1;
      expect('raw' in item).toBe(true);
      lastIndex = item.index;
    }
    await writer;
    expect(writtenAtFirst).toBeLessThan(total / 2);
    expect(count).toBe(total);
    expect(lastIndex).toBe(total);
  });
});

describe('MboxSplitter', () => {
  const messages = [
    eml(1, 'From the office:\nFrom the office again'),
    eml(2),
    Buffer.from('Subject: tiny\r\n\r\nx'),
    eml(3),
  ];
  const escaped = messages.map((m) => Buffer.from(m.toString('latin1').replace(/\nFrom /g, '\n>From '), 'latin1'));
  const data = mbox(escaped);
  const expected = raws(splitInChunks(data, []));

  it('splits the whole file as expected in one chunk', () => {
    expect(expected).toEqual(messages.map((m) => m.toString('latin1')));
  });

  it('gives the same messages wherever the chunk boundaries fall', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: data.length }), { maxLength: 40 }), (cuts) => {
        expect(raws(splitInChunks(data, cuts))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    // Byte by byte: every "From " is cut at every position.
    expect(
      raws(
        splitInChunks(
          data,
          Array.from({ length: data.length }, (_, i) => i),
        ),
      ),
    ).toEqual(expected);
  });

  it('drops an oversize message without keeping its bytes and reports its position', () => {
    const big = Buffer.concat([eml(9), Buffer.alloc(30_000, 0x61)]);
    const file = mbox([eml(1), big, eml(2)]);
    const items = splitInChunks(
      file,
      Array.from({ length: 40 }, (_, i) => i * 1000),
      10_000,
    );
    expect(items.map((i) => ('error' in i ? i.index : -i.index))).toEqual([-1, 2, -3]);
    const err = items[1] as { offset: number };
    expect(file.subarray(err.offset, err.offset + 5).toString()).toBe('From ');
  });
});

describe('isEnvelopeLine', () => {
  it.each([
    ENVELOPE,
    'From MAILER-DAEMON Fri Jul  8 12:08:34 2011',
    'From - Mon Jan 01 00:00:00 2024',
    'From j.smith@example.sch.uk Tue Oct 18 13:25:12 2022',
  ])('accepts %s', (line) => expect(isEnvelopeLine(line)).toBe(true));

  it.each(['From 3:30 the pitch is closed', 'From now on, bring boots.', 'From: someone@example.com', 'From the head'])(
    'rejects %s',
    (line) => expect(isEnvelopeLine(line)).toBe(false),
  );
});
