/**
 * Which of the directory's pupils a text names in full ("Rohan Campbell"). Sending one pupil's data to
 * that pupil's family is ordinary school business; a list of several pupils going outside is not.
 * Word pairs are looked up in a set, so the cost grows with the text, not with the size of the school.
 */
import type { DirectoryEntry } from '../people';
import { foldAccents, nameKey } from './names';

export interface PupilNameFinder {
  /** The pupils named in full in `text`, each once. */
  find(text: string): DirectoryEntry[];
}

export function createPupilNameFinder(entries: readonly DirectoryEntry[]): PupilNameFinder {
  const byPair = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    if (entry.role !== 'pupil') continue;
    const words = nameKey(entry.name).split(' ');
    if (words.length < 2) continue;
    const pair = `${words[0]} ${words[words.length - 1]}`;
    const list = byPair.get(pair) ?? [];
    list.push(entry);
    byPair.set(pair, list);
  }
  return {
    find(text) {
      if (byPair.size === 0) return [];
      const words = foldAccents(text.toLowerCase())
        .replace(/['\u2019]/g, '')
        .split(/[^a-z]+/);
      const found: DirectoryEntry[] = [];
      for (let i = 0; i + 1 < words.length; i++) {
        const first = words[i]!;
        if (first.length < 2) continue;
        // A middle name may sit between: "Rohan James Campbell".
        for (const j of [i + 1, i + 2]) {
          const last = words[j];
          if (last === undefined || last.length < 2) continue;
          const list = byPair.get(`${first} ${last}`);
          if (list) for (const e of list) if (!found.includes(e)) found.push(e);
        }
      }
      return found;
    },
  };
}
