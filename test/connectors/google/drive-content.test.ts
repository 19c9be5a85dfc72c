import path from 'node:path';
import { extractBuffer } from '../../../connectors/files';
import type { AuditScope } from '../../../core/sharing/ports';
import type { SharedItem } from '../../../core/sharing/types';
import { SMALL_SCHOOL_UPNS } from '../../emulators/google';
import { listAll, startHarness, type Harness } from './harness';

const SMITH: AuditScope = { kind: 'user', email: 'j.smith@oakfield.sch.uk' };
const KHAN: AuditScope = { kind: 'user', email: 'a.khan@oakfield.sch.uk' };
const PASTORAL: AuditScope = { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' };
const MB = 1024 * 1024;

async function text(bytes: Uint8Array, fileName: string): Promise<string> {
  let out = '';
  for await (const segment of extractBuffer(Buffer.from(bytes), path.extname(fileName))) out += segment;
  return out;
}

describe('fetchContent', () => {
  let h: Harness;
  let items: Map<string, SharedItem>;
  beforeEach(async () => {
    h = await startHarness();
    items = new Map();
    for (const scope of [SMITH, KHAN, PASTORAL]) {
      for (const item of await listAll(h.inventory, scope)) items.set(item.id, item);
    }
    h.emu.log.clear();
  });
  afterEach(async () => {
    await h.emu.close();
  });
  const item = (id: string) => items.get(id) as SharedItem;

  it('exports a Google Doc as text the extractor reads', async () => {
    const got = await h.inventory.fetchContent(SMITH, item('f-trip-consent'), MB);
    if (!('bytes' in got)) throw new Error(`skipped: ${got.skipped}`);
    expect(got.fileName).toBe('Trip consent list.txt');
    expect(await text(got.bytes, got.fileName)).toContain(SMALL_SCHOOL_UPNS[0]);
    const [req] = h.emu.log.entries;
    expect(req?.path).toBe('/drive/v3/files/f-trip-consent/export');
    expect(req?.query).toContain('mimeType=text%2Fplain');
  });

  it('exports a Sheet as CSV, and reads a shared-drive file as the drive’s member', async () => {
    const sheet = await h.inventory.fetchContent(KHAN, item('f-progress-tracker'), MB);
    expect(sheet).toMatchObject({ fileName: 'Pupil progress tracker.csv' });
    if ('bytes' in sheet) expect(await text(sheet.bytes, sheet.fileName)).toContain(SMALL_SCHOOL_UPNS[0]);

    h.emu.tenant.addFile({
      id: 'sd-letter',
      name: 'Letter.txt',
      mimeType: 'text/plain',
      driveId: 'sd-pastoral',
      parents: ['sd-referrals'],
      content: `About UPN ${SMALL_SCHOOL_UPNS[1]}`,
    });
    const letter = (await listAll(h.inventory, PASTORAL)).find((i) => i.id === 'sd-letter') as SharedItem;
    h.emu.log.clear();
    const got = await h.inventory.fetchContent(PASTORAL, letter, MB);
    if (!('bytes' in got)) throw new Error(`skipped: ${got.skipped}`);
    expect(Buffer.from(got.bytes).toString('utf8')).toContain(SMALL_SCHOOL_UPNS[1]);
    // Read as the member the drive is listed as (the administrator, an organiser here).
    expect(h.emu.log.entries.map((e) => [e.path, e.authorization])).toEqual([
      ['/drive/v3/files/sd-letter', 'Bearer test:it.admin@oakfield.sch.uk'],
    ]);
  });

  it('downloads other files as they are, keeping a name the extractor knows', async () => {
    const register = await h.inventory.fetchContent(KHAN, item('f-private-register'), MB);
    expect(register).toMatchObject({ fileName: 'Register.csv' });
    if ('bytes' in register) expect(Buffer.from(register.bytes).toString('utf8')).toContain(SMALL_SCHOOL_UPNS[1]);
    const pdf = await h.inventory.fetchContent(SMITH, item('f-trip-itinerary'), MB);
    expect(pdf).toMatchObject({ fileName: 'Itinerary.pdf' });
    expect(h.emu.log.entries.map((e) => e.query)).toEqual([
      'alt=media&supportsAllDrives=true',
      'alt=media&supportsAllDrives=true',
    ]);
  });

  it('skips what it cannot or need not read, without a request where the listing says enough', async () => {
    expect(await h.inventory.fetchContent(SMITH, item('f-trip-folder'), MB)).toEqual({ skipped: 'folder' });
    expect(await h.inventory.fetchContent(KHAN, item('f-private-register'), 10)).toEqual({
      skipped: 'larger than 10 bytes',
    });
    const binary = { ...item('f-private-register'), id: 'x', name: 'photo.heic', mimeType: 'image/heic' };
    expect(await h.inventory.fetchContent(KHAN, binary, MB)).toEqual({ skipped: 'unsupported file type' });
    const form = { ...item('f-private-register'), mimeType: 'application/vnd.google-apps.form' };
    expect(await h.inventory.fetchContent(KHAN, form, MB)).toEqual({ skipped: 'Google type with no text export' });
    expect(h.emu.log.entries).toEqual([]);
  });

  it('stops reading at the cap: text keeps its start, a cut binary is skipped', async () => {
    const { size: _size, ...unsized } = item('f-private-register');
    const cut = await h.inventory.fetchContent(KHAN, unsized, 8);
    if (!('bytes' in cut)) throw new Error(`skipped: ${cut.skipped}`);
    expect(Buffer.from(cut.bytes).toString('utf8')).toBe('name,upn');

    const { size: _pdfSize, ...unsizedPdf } = item('f-trip-itinerary');
    expect(await h.inventory.fetchContent(SMITH, unsizedPdf, 5)).toEqual({ skipped: 'larger than 5 bytes' });

    const doc = await h.inventory.fetchContent(SMITH, item('f-trip-consent'), 12);
    if (!('bytes' in doc)) throw new Error(`skipped: ${doc.skipped}`);
    expect(doc.bytes.length).toBe(12);
  });

  it('skips a Google file too large for Drive to export', async () => {
    h.emu.tenant.addFile({
      id: 'f-huge',
      name: 'Huge doc',
      mimeType: 'application/vnd.google-apps.document',
      owner: 'j.smith@oakfield.sch.uk',
      size: 11 * MB,
      content: 'x',
    });
    const huge = (await listAll(h.inventory, SMITH)).find((i) => i.id === 'f-huge') as SharedItem;
    expect(await h.inventory.fetchContent(SMITH, huge, MB)).toEqual({ skipped: 'Google export larger than 10 MB' });
    expect(h.limiter.stats().retries).toBe(0);
  });
});
