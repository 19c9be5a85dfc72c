import path from 'node:path/posix';
import type { GuardedZip } from '../zip/guarded-zip';
import { walkXml } from './xml-stream';

export interface Relationship {
  id: string;
  type: string;
  /** Part name inside the zip, resolved against the source part's folder. */
  target: string;
}

/** The relationships of a part (`word/document.xml` -> `word/_rels/document.xml.rels`); none if absent. */
export async function readRels(zip: GuardedZip, part: string): Promise<Relationship[]> {
  const dir = path.dirname(part);
  const relsName = path.join(dir === '.' ? '' : dir, '_rels', `${path.basename(part)}.rels`);
  if (!zip.has(relsName)) return [];
  const rels: Relationship[] = [];
  await walkXml(
    zip.read(relsName),
    (name, a) => {
      if (localName(name) !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
      const target = a.Target.startsWith('/')
        ? a.Target.slice(1)
        : path.normalize(path.join(dir === '.' ? '' : dir, a.Target));
      rels.push({ id: a.Id ?? '', type: a.Type ?? '', target });
    },
    'relationships',
  );
  return rels;
}

/** The package's main part (`word/document.xml`, `xl/workbook.xml`...), by `_rels/.rels` or the usual name. */
export async function mainPart(zip: GuardedZip, usual: string): Promise<string> {
  if (zip.has(usual)) return usual;
  const rels = await readRels(zip, '');
  const main = rels.find((r) => r.type.endsWith('/officeDocument') && zip.has(r.target));
  return main?.target ?? usual;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Numeric order of parts such as slide2.xml before slide10.xml. */
export function byNumber(a: string, b: string): number {
  const na = Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0);
  const nb = Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}
