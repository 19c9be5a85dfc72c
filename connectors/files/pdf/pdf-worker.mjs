// Runs pdf.js (ESM only) off the main thread, so a hostile PDF can be stopped by terminating this
// worker (time or memory), which no in-thread parser allows. The worker stays up between files (loading
// pdf.js takes longer than reading most PDFs). Protocol, one page at a time so the text never piles up
// faster than the scanner reads it:
//   parent -> { type: 'open', path } | { type: 'open', data }
//   parent -> { type: 'next' }            worker -> { type: 'page', text } | { type: 'done' } | { type: 'error', reason }
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';

const port = parentPort;
const inbox = [];
let wake = null;
port.on('message', (msg) => {
  inbox.push(msg);
  if (wake) {
    const w = wake;
    wake = null;
    w();
  }
});
/** The next message from the parent of the given type. */
async function request(type) {
  for (;;) {
    const i = inbox.findIndex((m) => m && m.type === type);
    if (i !== -1) return inbox.splice(i, 1)[0];
    await new Promise((resolve) => (wake = resolve));
  }
}
const nextRequest = () => request('next');

/** pdf.js exception names mapped to reasons that quote nothing from the file. */
function reasonOf(err) {
  const name = err && typeof err === 'object' ? err.name : '';
  if (name === 'PasswordException') return 'encrypted PDF';
  if (name === 'InvalidPDFException') return 'corrupt PDF';
  if (name === 'MissingPDFException') return 'file not found';
  if (err && (err.code === 'EACCES' || err.code === 'EPERM')) return 'permission denied';
  if (err && err.code === 'ENOENT') return 'file not found';
  return 'corrupt PDF';
}

/**
 * Items joined into lines: pdf.js marks line ends (hasEOL) and a change of baseline starts a new line.
 * A horizontal gap of about a character height or more between items is a column gap in a table, and
 * becomes a tab, so table rows come out as tab-separated fields.
 */
function pageText(content) {
  let text = '';
  let last = null;
  let fontHeight = 10;
  const newline = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  for (const item of content.items) {
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const width = item.width || 0;
    const blank = item.str.trim() === '';
    if (!blank && item.height > 0) fontHeight = item.height;
    const columnGap = Math.max(4, 0.8 * fontHeight);
    if (last && Math.abs(y - last.y) > 1) newline();
    else if (last && !text.endsWith('\n')) {
      const gap = x - (last.x + last.width);
      if (blank && width >= columnGap) {
        if (!text.endsWith('\t')) text += '\t';
        last = { x, y, width };
        if (item.hasEOL) newline();
        continue;
      }
      if (!blank && gap >= columnGap && !text.endsWith('\t')) text += '\t';
    }
    text += item.str;
    if (item.hasEOL) newline();
    last = { x, y, width };
  }
  return text.endsWith('\n') || text === '' ? text : text + '\n';
}

let pdfjs = null;

async function main() {
  for (;;) {
    const open = await request('open');
    await nextRequest();
    await readOne(open);
  }
}

async function readOne(open) {
  let doc;
  try {
    if (!pdfjs) {
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    }
    const data = open.path ? new Uint8Array(await readFile(open.path)) : new Uint8Array(open.data);
    doc = await pdfjs.getDocument({
      data,
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    port.postMessage({ type: 'error', reason: reasonOf(err) });
    return;
  }
  let failed = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    let text = '';
    try {
      const page = await doc.getPage(n);
      text = pageText(await page.getTextContent());
      page.cleanup();
    } catch {
      failed++;
    }
    if (text) {
      port.postMessage({ type: 'page', text });
      await nextRequest();
    }
  }
  await doc.destroy();
  if (doc.numPages > 0 && failed === doc.numPages) port.postMessage({ type: 'error', reason: 'corrupt PDF' });
  else port.postMessage({ type: 'done' });
}

main().catch((err) => port.postMessage({ type: 'error', reason: reasonOf(err) }));
