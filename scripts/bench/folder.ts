/**
 * A ~1 GB "shared drive" for the memory check: many small .txt and .csv files of corpus text, plus a
 * 200 MB .txt and a 100 MB .csv. Built once and kept in the system temp folder, keyed by a version.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '../../connectors/sample-school/random';
import { csvExport } from './csv-export';

/** Bump when the layout or the CSV generator changes; corpus changes change the key by themselves. */
const LAYOUT_VERSION = 'layout-2';
const SMALL_TXT_BYTES = 620e6;
const SMALL_CSV_BYTES = 110e6;
const BIG_TXT_BYTES = 200e6;
const BIG_CSV_BYTES = 100e6;

export interface Folder {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly reused: boolean;
}

const FOLDERS = [
  'Admin/Letters home/2022-23',
  'Admin/Letters home/2023-24',
  'Admin/Trips',
  'Admin/Finance',
  'HR/Recruitment',
  'Governors/Minutes',
  'Policies',
  'Curriculum/English',
  'Curriculum/Maths',
  'Curriculum/Science',
  'Curriculum/Humanities',
  'SEN/Reviews',
  'Pastoral/Logs',
  'Staff/Email archive',
  'Newsletters',
  'Safeguarding/Team minutes',
];

export function ensureFolder(corpus: string, log: (line: string) => void): Folder {
  const root = join(tmpdir(), 'sos-bench-1gb');
  const key = `${LAYOUT_VERSION}-${createHash('sha256').update(corpus).digest('hex').slice(0, 12)}`;
  // The marker sits beside the drive, not in it: `sos scan` reads .json files.
  const dir = join(root, key, 'drive');
  const marker = join(root, key, 'complete.json');
  if (existsSync(marker)) {
    const m = JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
    log(`  reusing ${dir}`);
    return { dir, files: m.files, bytes: m.bytes, reused: true };
  }
  // Older versions are not kept: a gigabyte each.
  if (existsSync(root)) for (const old of readdirSync(root)) rmSync(join(root, old), { recursive: true, force: true });
  log(`  writing ${dir} (once; later runs reuse it)`);
  mkdirSync(dir, { recursive: true });
  const rng = new Random(0, `folder:${key}`);
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string) => {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  // Small text files: slices of the corpus cut at line ends, sizes spread log-uniformly from 2 KB to 3 MB.
  let cursor = 0;
  let n = 0;
  const startBytes = bytes;
  while (bytes - startBytes < SMALL_TXT_BYTES) {
    const want = Math.round(Math.exp(Math.log(2e3) + rng.next() * (Math.log(3e6) - Math.log(2e3))));
    if (cursor + want >= corpus.length) cursor = 0;
    let end = corpus.indexOf('\n', cursor + want);
    if (end < 0) end = corpus.length;
    write(`${rng.pick(FOLDERS)}/document-${String(++n).padStart(5, '0')}.txt`, corpus.slice(cursor, end + 1));
    cursor = end + 1;
  }
  const csvStart = bytes;
  while (bytes - csvStart < SMALL_CSV_BYTES) {
    const want = Math.round(Math.exp(Math.log(5e3) + rng.next() * (Math.log(2e6) - Math.log(5e3))));
    write(`Admin/MIS exports/export-${String(++n).padStart(5, '0')}.csv`, csvExport(rng, want));
  }
  // The big text file is the corpus over and over, written piece by piece.
  const bigTxt = join(dir, 'Archive/all-letters-2015-2024.txt');
  mkdirSync(join(bigTxt, '..'), { recursive: true });
  const fd = openSync(bigTxt, 'w');
  const chunk = Buffer.from(corpus);
  let written = 0;
  while (written < BIG_TXT_BYTES) written += writeSync(fd, chunk, 0, Math.min(chunk.length, BIG_TXT_BYTES - written));
  closeSync(fd);
  files++;
  bytes += written;
  const bigCsv = join(dir, 'Archive/mis-full-export.csv');
  const csvFd = openSync(bigCsv, 'w');
  let csvBytes = 0;
  while (csvBytes < BIG_CSV_BYTES) {
    const part = csvExport(rng, 5e6);
    // Only the first part keeps its header: one table, as an MIS writes it.
    csvBytes += writeSync(csvFd, csvBytes === 0 ? part : part.slice(part.indexOf('\n') + 1));
  }
  closeSync(csvFd);
  files++;
  bytes += csvBytes;
  writeFileSync(marker, JSON.stringify({ files, bytes }));
  return { dir, files, bytes, reused: false };
}
