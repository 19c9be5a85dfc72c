/**
 * People's names as a key: a display name on an outside address ("Jane Smith", "Smith, Jane",
 * "Mrs Jane Smith (home)") is matched against the directory to recognise a member of staff writing from
 * an address the directory does not list.
 */
import type { DirectoryEntry } from '../people';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'revd']);

/** Lower-case words of a name, titles and bracketed notes removed, "Surname, Forename" turned round. */
export function nameKey(raw: string | undefined): string {
  if (!raw) return '';
  let name = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const comma = name.indexOf(',');
  if (comma > 0 && name.indexOf(',', comma + 1) === -1) name = `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  const words = foldAccents(name.toLowerCase())
    .replace(/['\u2019]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0 && !TITLES.has(w));
  return words.length >= 2 ? words.join(' ') : '';
}

/** Letters without their accents: "zoë" to "zoe". */
export function foldAccents(value: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(value) ? value.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : value;
}

export interface NameIndex {
  /** Every directory entry whose name has this key. */
  lookup(key: string): readonly DirectoryEntry[];
  /** Every directory entry with this first initial and surname ("d jones"). */
  lookupInitial(initial: string, surname: string): readonly DirectoryEntry[];
  /** Every directory entry with this surname. */
  withSurname(surname: string): readonly DirectoryEntry[];
  /** The people whose full name (letters only, e.g. "janesmith") appears in an address's local part. */
  inLocalPart(local: string): readonly DirectoryEntry[];
}

export function createNameIndex(entries: readonly DirectoryEntry[]): NameIndex {
  const byKey = new Map<string, DirectoryEntry[]>();
  const byJoined = new Map<string, DirectoryEntry[]>();
  const byInitial = new Map<string, DirectoryEntry[]>();
  const bySurname = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    const key = nameKey(entry.name);
    if (key === '') continue;
    push(byKey, key, entry);
    const words = key.split(' ');
    const first = words[0]!;
    const last = words[words.length - 1]!;
    push(byInitial, `${first[0]} ${last}`, entry);
    push(bySurname, last, entry);
    // Both orders: "janesmith" and "smithjane".
    push(byJoined, first + last, entry);
    push(byJoined, last + first, entry);
  }
  const joinedKeys = [...byJoined.keys()];
  return {
    lookup: (key) => byKey.get(key) ?? [],
    lookupInitial: (initial, surname) => byInitial.get(`${initial} ${surname}`) ?? [],
    withSurname: (surname) => bySurname.get(surname) ?? [],
    inLocalPart(local) {
      const letters = local.toLowerCase().replace(/[^a-z]/g, '');
      if (letters.length < 6) return [];
      const found: DirectoryEntry[] = [];
      for (const joined of joinedKeys) {
        if (letters.includes(joined)) for (const e of byJoined.get(joined)!) if (!found.includes(e)) found.push(e);
      }
      return found;
    },
  };
}

function push(map: Map<string, DirectoryEntry[]>, key: string, entry: DirectoryEntry): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(entry)) list.push(entry);
  } else map.set(key, [entry]);
}
