import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSupported } from './extract';

export interface WalkedFile {
  /** Path to open. */
  path: string;
  /** The path as reached from the PATH given (`../shared/eval/docs/files/a.csv`): what reports show. */
  display: string;
  size: number;
  /** Lower-case extension with its dot (`.csv`), or '' for none. */
  ext: string;
  supported: boolean;
  /** Set when this file or folder could not be read; the walk goes on. */
  error?: string;
}

/**
 * Files under the given paths, depth first, each folder's entries in byte order of their names, so two
 * scans of the same tree list it the same way. Symlinked files are followed; symlinked folders are not
 * (a link back up the tree would loop), except where a given path is itself a link.
 */
export async function* walkFiles(paths: readonly string[]): AsyncIterable<WalkedFile> {
  for (const given of paths) {
    let st: Stats;
    try {
      st = await stat(given);
    } catch (e) {
      yield failed(given, given, reasonOf(e, 'cannot read'));
      continue;
    }
    if (st.isDirectory()) yield* walkDir(given, given);
    else yield fileEntry(given, given, st);
  }
}

async function* walkDir(dir: string, display: string): AsyncIterable<WalkedFile> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield failed(dir, display, reasonOf(e, 'cannot read folder'));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const shown = joinDisplay(display, entry.name);
    if (entry.isDirectory()) {
      yield* walkDir(full, shown);
      continue;
    }
    let st: Stats;
    try {
      st = entry.isSymbolicLink() ? await stat(full) : await lstat(full);
    } catch (e) {
      // A dangling link is not a file anyone can scan; anything else unreadable is reported.
      if (entry.isSymbolicLink()) continue;
      yield failed(full, shown, reasonOf(e, 'cannot read'));
      continue;
    }
    if (st.isDirectory()) continue; // a symlinked folder
    yield fileEntry(full, shown, st);
  }
}

function fileEntry(file: string, display: string, st: Stats): WalkedFile {
  const ext = path.extname(file).toLowerCase();
  const regular = st.isFile();
  const entry: WalkedFile = { path: file, display, size: st.size, ext, supported: regular && isSupported(ext) };
  if (!regular) entry.error = 'not a regular file';
  return entry;
}

function failed(file: string, display: string, error: string): WalkedFile {
  return { path: file, display, size: 0, ext: path.extname(file).toLowerCase(), supported: false, error };
}

/** Keeps the given spelling (`./`, `../`) and adds the names below it. */
function joinDisplay(base: string, name: string): string {
  return base.endsWith('/') || base.endsWith(path.sep) ? base + name : `${base}/${name}`;
}

function reasonOf(e: unknown, what: string): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return `${what}: permission denied`;
  if (code === 'ELOOP') return `${what}: too many symbolic links`;
  return what;
}
