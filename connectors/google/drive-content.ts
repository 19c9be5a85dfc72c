/**
 * An item's content for the sensitive-data scanner, never more than the caller's byte cap: Google Docs,
 * Sheets and Slides exported to text (Drive exports at most 10 MB), other files downloaded and cut off at
 * the cap. The file name returned carries an extension connectors/files `extractBuffer` understands.
 */
import path from 'node:path';
import type { SharedItem } from '../../core/sharing/types';
import { isSupported } from '../files';
import type { DriveDeps } from './drive-deps';
import { FOLDER_MIME, SHORTCUT_MIME } from './drive-model';
import { GoogleApiError } from './retry';

export type FetchedContent = { readonly bytes: Uint8Array; readonly fileName: string } | { readonly skipped: string };

/** Google types with a text export: what to ask for and the extension of the result. */
const EXPORTS: Readonly<Record<string, { readonly mimeType: string; readonly ext: string }>> = {
  'application/vnd.google-apps.document': { mimeType: 'text/plain', ext: '.txt' },
  // First sheet only (research google.md §1); the Sheets API would be needed for the others.
  'application/vnd.google-apps.spreadsheet': { mimeType: 'text/csv', ext: '.csv' },
  'application/vnd.google-apps.presentation': { mimeType: 'text/plain', ext: '.txt' },
};

const EXT_BY_MIME: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'text/markdown': '.md',
  'text/html': '.html',
  'application/json': '.json',
  'message/rfc822': '.eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'application/vnd.oasis.opendocument.presentation': '.odp',
};

/** Formats whose first N bytes are still worth scanning; a cut zip or PDF is unreadable. */
const PREFIX_READABLE = new Set(['.txt', '.csv', '.tsv', '.md']);

export async function fetchItemContent(
  deps: DriveDeps,
  actAs: string,
  item: SharedItem,
  maxBytes: number,
): Promise<FetchedContent> {
  if (item.isFolder || item.mimeType === FOLDER_MIME) return { skipped: 'folder' };
  if (item.mimeType === SHORTCUT_MIME) return { skipped: 'shortcut' };
  const drive = deps.clients.drive(actAs);
  const exported = EXPORTS[item.mimeType];
  if (exported) {
    try {
      const { bytes } = await deps.limiter.run(actAs, 'drive.files.export', async () => {
        const res = await drive.files.export(
          { fileId: item.id, mimeType: exported.mimeType },
          { responseType: 'stream' },
        );
        return readCapped(res.data, maxBytes);
      });
      // Exported text cut at the cap is still text: scan what fits.
      return { bytes, fileName: fileNameFor(item.name, exported.ext) };
    } catch (err) {
      if (err instanceof GoogleApiError && err.reason === 'exportSizeLimitExceeded') {
        return { skipped: 'Google export larger than 10 MB' };
      }
      throw err;
    }
  }
  if (item.mimeType.startsWith('application/vnd.google-apps.')) return { skipped: 'Google type with no text export' };
  const ext = extensionFor(item);
  if (ext === undefined) return { skipped: 'unsupported file type' };
  if (item.size !== undefined && item.size > maxBytes) return { skipped: `larger than ${maxBytes} bytes` };
  const { bytes, truncated } = await deps.limiter.run(actAs, 'drive.files.get(media)', async () => {
    const res = await drive.files.get(
      { fileId: item.id, alt: 'media', supportsAllDrives: true },
      { responseType: 'stream' },
    );
    return readCapped(res.data, maxBytes);
  });
  if (truncated && !PREFIX_READABLE.has(ext)) return { skipped: `larger than ${maxBytes} bytes` };
  return { bytes, fileName: fileNameFor(item.name, ext) };
}

/** Reads a response body up to `cap` bytes and then stops reading (the rest is never downloaded). */
async function readCapped(body: unknown, cap: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    const buf =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (total + buf.length > cap) {
      chunks.push(buf.subarray(0, cap - total));
      total = cap;
      truncated = true;
      // Leaving the loop cancels the stream, which closes the connection.
      break;
    }
    chunks.push(buf);
    total += buf.length;
  }
  return { bytes: Buffer.concat(chunks, total), truncated };
}

function extensionFor(item: SharedItem): string | undefined {
  const byMime = EXT_BY_MIME[item.mimeType.split(';')[0]?.trim().toLowerCase() ?? ''];
  if (byMime !== undefined) return byMime;
  const own = path.extname(item.name).toLowerCase();
  return own !== '' && isSupported(own) ? own : undefined;
}

function fileNameFor(name: string, ext: string): string {
  const safe = (name.replace(/[/\\]/g, '_').trim() || 'untitled').slice(0, 200);
  return safe.toLowerCase().endsWith(ext) ? safe : `${safe}${ext}`;
}
