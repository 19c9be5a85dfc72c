/**
 * `sos demo`'s sample school: Oakfield Academy's profile, people directory and a shared drive of
 * documents, some holding personal data. The same seed always gives the same bytes, so a demo report,
 * a screenshot in the docs and a test all see the same school.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SensitiveType } from '../../core/sensitive/types';
import { SENSITIVE_TYPES } from '../../core/sensitive/types';
import { adminDocuments } from './documents/admin';
import { examDocuments } from './documents/exams';
import { financeDocuments } from './documents/finance';
import { governorDocuments } from './documents/governors';
import { lessonDocuments } from './documents/lessons';
import { newsletterDocuments } from './documents/newsletters';
import { pastoralDocuments } from './documents/pastoral';
import { policyDocuments } from './documents/policies';
import { problemFiles } from './documents/problems';
import { sendDocuments } from './documents/send';
import { staffDocuments } from './documents/staff';
import { tripDocuments } from './documents/trips';
import type { FamilyContext } from './documents/context';
import { type Kind, type PlannedFile, type Problem, formatOf } from './documents/doc';
import { asFormat, render } from './documents/render';
import { createPeople, directoryCsv, type SchoolPeople } from './people';
import { sampleProfile } from './profile';
import { Random } from './random';

export const DEFAULT_SEED = 20250903;

/** One file under documents/ and what was planted in it. */
export interface ManifestEntry {
  /** Relative to the sample school's folder, with forward slashes: `documents/admin/...`. */
  readonly file: string;
  readonly kind: Kind;
  /** Personal-data types planted (CONTRACTS §3 ids, in that table's order); empty when none. */
  readonly types: readonly SensitiveType[];
  /** For problem files: what is wrong with it. */
  readonly problem?: Problem;
  readonly bytes: number;
}

export interface SampleSchoolSummary {
  readonly root: string;
  readonly profilePath: string;
  readonly directoryPath: string;
  readonly documentsPath: string;
  readonly counts: {
    readonly staff: number;
    readonly pupils: number;
    readonly parents: number;
    readonly otherAccounts: number;
    readonly documents: number;
    readonly personal: number;
    readonly ordinary: number;
    readonly problem: number;
    readonly bytes: number;
  };
  /** Files per extension (with its dot), problem files included. */
  readonly byExtension: Readonly<Record<string, number>>;
  /** Documents holding each type. */
  readonly byType: Readonly<Record<SensitiveType, number>>;
  readonly manifest: readonly ManifestEntry[];
}

const FAMILIES: readonly [string, (ctx: FamilyContext) => PlannedFile[]][] = [
  ['admin', adminDocuments],
  ['pastoral', pastoralDocuments],
  ['send', sendDocuments],
  ['finance', financeDocuments],
  ['trips', tripDocuments],
  ['exams', examDocuments],
  ['staff', staffDocuments],
  ['governors', governorDocuments],
  ['policies', policyDocuments],
  ['newsletters', newsletterDocuments],
  ['lessons', lessonDocuments],
  ['problems', problemFiles],
];

export interface SampleSchoolFiles {
  readonly people: SchoolPeople;
  /** Relative path (forward slashes) to bytes, in writing order. */
  readonly files: readonly { readonly file: string; readonly data: Buffer; readonly entry?: ManifestEntry }[];
}

/** The whole sample school in memory: nothing is written. */
export function buildSampleSchool(seed = DEFAULT_SEED): SampleSchoolFiles {
  const rng = new Random(seed);
  const people = createPeople(rng.fork('people'));
  const profile = JSON.stringify(sampleProfile(people), null, 2) + '\n';
  const files: { file: string; data: Buffer; entry?: ManifestEntry }[] = [
    { file: 'school-profile.json', data: Buffer.from(profile, 'utf8') },
    { file: 'directory.csv', data: Buffer.from(directoryCsv(people), 'utf8') },
  ];
  const seen = new Set<string>();
  for (const [name, family] of FAMILIES) {
    for (const planned of family({ rng: rng.fork(name), people })) {
      const file = `documents/${planned.path}`;
      if (seen.has(file.toLowerCase())) throw new Error(`two documents at ${file}`);
      seen.add(file.toLowerCase());
      const data = Buffer.isBuffer(planned.content)
        ? planned.content
        : render(planned.content, asFormat(planned.path), planned.mail);
      const types = SENSITIVE_TYPES.filter((t) => planned.types.includes(t));
      if (types.length !== new Set(planned.types).size) throw new Error(`unknown type planted in ${file}`);
      files.push({
        file,
        data,
        entry: {
          file,
          kind: planned.kind,
          types,
          ...(planned.problem ? { problem: planned.problem } : {}),
          bytes: data.length,
        },
      });
    }
  }
  return { people, files };
}

/** Writes the sample school under `dir` (created if needed; files already there with the same names are replaced). */
export async function writeSampleSchool(dir: string, options: { seed?: number } = {}): Promise<SampleSchoolSummary> {
  const root = path.resolve(dir);
  const { people, files } = buildSampleSchool(options.seed ?? DEFAULT_SEED);
  const folders = new Set(files.map((f) => path.dirname(path.join(root, f.file))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(root, f.file), f.data)));

  const manifest = files.flatMap((f) => (f.entry ? [f.entry] : []));
  const byExtension: Record<string, number> = {};
  for (const m of manifest) byExtension[formatOf(m.file)] = (byExtension[formatOf(m.file)] ?? 0) + 1;
  const byType = Object.fromEntries(
    SENSITIVE_TYPES.map((t) => [t, manifest.filter((m) => m.types.includes(t)).length]),
  ) as Record<SensitiveType, number>;
  const count = (kind: Kind) => manifest.filter((m) => m.kind === kind).length;
  return {
    root,
    profilePath: path.join(root, 'school-profile.json'),
    directoryPath: path.join(root, 'directory.csv'),
    documentsPath: path.join(root, 'documents'),
    counts: {
      staff: people.staff.length,
      pupils: people.pupils.length,
      parents: people.directoryParents.length,
      otherAccounts: people.sharedMailboxes.length,
      documents: manifest.length,
      personal: count('personal'),
      ordinary: count('ordinary'),
      problem: count('problem'),
      bytes: files.reduce((n, f) => n + f.data.length, 0),
    },
    byExtension,
    byType,
    manifest,
  };
}
