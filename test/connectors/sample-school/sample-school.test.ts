import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, ExtractionError, SUPPORTED_EXTENSIONS } from '../../../connectors/files';
import { closePdfReader } from '../../../connectors/files/pdf/extract-pdf';
import {
  buildSampleSchool,
  type SampleSchoolSummary,
  writeSampleSchool,
} from '../../../connectors/sample-school/generate';
import { PUPIL_DOMAIN, STAFF_DOMAIN } from '../../../connectors/sample-school/people';
import { parseDirectory } from '../../../core/people';
import { parseProfile } from '../../../core/policy';
import { createFileScanner } from '../../../core/sensitive/scanner';
import { SENSITIVE_TYPES } from '../../../core/sensitive/types';

const CONTRACT_FORMATS = [
  '.txt',
  '.csv',
  '.tsv',
  '.md',
  '.html',
  '.json',
  '.eml',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.pdf',
];

/** Every file under `root`, relative path -> sha256. */
function hashTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(
          path.relative(root, full).split(path.sep).join('/'),
          createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(root);
  return out;
}

async function textOf(file: string): Promise<string> {
  let text = '';
  for await (const segment of extractText(file)) text += segment;
  return text;
}

describe('writeSampleSchool', () => {
  let tmp: string;
  let first: SampleSchoolSummary;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'sos-sample-school-'));
    first = await writeSampleSchool(path.join(tmp, 'a'));
  });
  afterAll(async () => {
    await closePdfReader();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('writes byte-identical trees on two runs, and a different school for another seed', async () => {
    const again = await writeSampleSchool(path.join(tmp, 'b'));
    const a = hashTree(first.root);
    const b = hashTree(again.root);
    expect(a.size).toBeGreaterThan(200);
    expect([...b.entries()]).toEqual([...a.entries()]);
    expect(again.manifest).toEqual(first.manifest);

    const other = await writeSampleSchool(path.join(tmp, 'c'), { seed: 7 });
    const c = hashTree(other.root);
    expect(c.get('directory.csv')).not.toBe(a.get('directory.csv'));
  });

  it('writes a profile that parseProfile accepts', () => {
    const result = parseProfile(JSON.parse(readFileSync(first.profilePath, 'utf8')));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.profile.school).toMatchObject({ name: 'Oakfield Academy', timezone: 'Europe/London' });
    expect(result.profile.domains.staff).toEqual([STAFF_DOMAIN]);
    expect(result.profile.domains.pupils).toEqual([PUPIL_DOMAIN]);
    expect(result.profile.calendar.terms.map((t) => t.start)).toEqual(['2025-09-03', '2026-01-05', '2026-04-13']);
  });

  it('writes a directory that parses without errors, with the counts in the summary', () => {
    const { entries, errors } = parseDirectory(readFileSync(first.directoryPath, 'utf8'));
    expect(errors).toEqual([]);
    const byRole = (role: string) => entries.filter((e) => e.role === role);
    expect(byRole('staff')).toHaveLength(first.counts.staff);
    expect(byRole('pupil')).toHaveLength(first.counts.pupils);
    expect(byRole('parent')).toHaveLength(first.counts.parents);
    expect(first.counts).toMatchObject({ staff: 40, pupils: 300, parents: 20 });
    expect(byRole('staff').every((e) => e.email.endsWith(`@${STAFF_DOMAIN}`))).toBe(true);
    // Pupil addresses start with the two-digit year of entry: 25 for Year 7 down to 21 for Year 11.
    const intakes = new Set(byRole('pupil').map((e) => e.email.slice(0, 2)));
    expect([...intakes].sort()).toEqual(['21', '22', '23', '24', '25']);
    expect(byRole('pupil').every((e) => e.email.endsWith(`@${PUPIL_DOMAIN}`))).toBe(true);
    const withPersonal = byRole('staff').filter((e) => e.personalEmails.length > 0);
    expect(withPersonal.length).toBeGreaterThanOrEqual(5);
    expect(withPersonal.flatMap((e) => e.personalEmails).every((a) => !a.endsWith('.sch.uk'))).toBe(true);
  });

  it('has a manifest that matches the files on disk', () => {
    for (const entry of first.manifest) {
      expect(statSync(path.join(first.root, entry.file)).size).toBe(entry.bytes);
    }
    const onDisk = [...hashTree(first.documentsPath).keys()].map((f) => `documents/${f}`).sort();
    expect(first.manifest.map((m) => m.file).sort()).toEqual(onDisk);
  });

  it('holds about 200 documents, a third with personal data, every type planted, under 10 MB', () => {
    expect(first.counts.documents).toBeGreaterThanOrEqual(180);
    expect(first.counts.documents).toBeLessThanOrEqual(240);
    const share = first.counts.personal / (first.counts.personal + first.counts.ordinary);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
    for (const type of SENSITIVE_TYPES) expect([type, first.byType[type]]).toEqual([type, expect.any(Number)]);
    expect(SENSITIVE_TYPES.filter((t) => first.byType[t] === 0)).toEqual([]);
    expect(first.counts.bytes).toBeLessThan(10 * 1024 * 1024);
    expect(first.manifest.filter((m) => m.kind !== 'personal').every((m) => m.types.length === 0)).toBe(true);
    expect(first.manifest.filter((m) => m.kind === 'personal').every((m) => m.types.length > 0)).toBe(true);
  });

  it('has every supported format, among personal and ordinary documents alike', () => {
    for (const kind of ['personal', 'ordinary'] as const) {
      const formats = new Set(
        first.manifest.filter((m) => m.kind === kind).map((m) => path.extname(m.file).toLowerCase()),
      );
      expect(CONTRACT_FORMATS.filter((f) => !formats.has(f))).toEqual([]);
    }
    for (const f of CONTRACT_FORMATS) expect(SUPPORTED_EXTENSIONS).toContain(f);
  });

  it('uses the shared-drive folders a school has', () => {
    const folders = new Set(
      first.manifest.map((m) => m.file.split('/').slice(1, -1).join('/')).map((f) => f.split('/')[0]),
    );
    for (const f of [
      'admin',
      'pastoral',
      'send',
      'finance',
      'trips',
      'exams',
      'staff',
      'policies',
      'newsletters',
      'lessons',
      'governors',
    ]) {
      expect(folders).toContain(f);
    }
    expect(first.manifest.some((m) => m.file.startsWith('documents/staff/hr/'))).toBe(true);
  });

  it('includes the problem files a real drive has, and the scanner reads them as such', async () => {
    const problems = first.manifest.filter((m) => m.kind === 'problem');
    const of = (p: string) => problems.filter((m) => m.problem === p);
    expect(of('empty').map((m) => m.bytes)).toEqual([0]);
    const [corrupt] = of('corrupt');
    expect(corrupt?.file).toMatch(/\.docx$/);
    await expect(textOf(path.join(first.root, corrupt!.file))).rejects.toBeInstanceOf(ExtractionError);
    const [encrypted] = of('encrypted');
    expect(encrypted?.file).toMatch(/\.xlsx$/);
    const head = readFileSync(path.join(first.root, encrypted!.file)).subarray(0, 8);
    expect(head.toString('hex')).toBe('d0cf11e0a1b11ae1');
    await expect(textOf(path.join(first.root, encrypted!.file))).rejects.toBeInstanceOf(ExtractionError);
    const unsupported = of('unsupported').map((m) => path.extname(m.file));
    expect(unsupported.sort()).toEqual(['.mp4', '.png']);
    for (const ext of unsupported) expect(SUPPORTED_EXTENSIONS).not.toContain(ext);
  });

  it('keeps ordinary documents free of the people and identifiers it generated', async () => {
    const { people } = buildSampleSchool();
    const needles = [
      ...people.pupils.flatMap((p) => [
        p.name,
        p.upn,
        p.nhs,
        p.email,
        p.parent.email,
        p.parent.phone,
        p.address.postcode,
        ...(p.uln ? [p.uln] : []),
      ]),
      ...people.staff.flatMap((s) => [s.ni, s.mobile, s.account, s.address.postcode, ...s.personalEmails]),
    ];
    const leaks: string[] = [];
    for (const m of first.manifest.filter((x) => x.kind === 'ordinary')) {
      const text = await textOf(path.join(first.root, m.file));
      const hit = needles.find((n) => text.includes(n));
      if (hit) leaks.push(m.file);
    }
    expect(leaks).toEqual([]);
  });

  it('lets the scanner find at least 90% of the planted (file, type) pairs at medium or high confidence', async () => {
    const recall = new Map<string, { found: number; planted: number }>();
    const misses: string[] = [];
    for (const m of first.manifest.filter((x) => x.kind === 'personal')) {
      const scanner = createFileScanner();
      for await (const segment of extractText(path.join(first.root, m.file))) scanner.add(segment);
      const found = new Set(
        scanner
          .findings()
          .filter((f) => f.confidence !== 'low')
          .map((f) => f.type),
      );
      for (const type of m.types) {
        const r = recall.get(type) ?? { found: 0, planted: 0 };
        r.planted++;
        if (found.has(type)) r.found++;
        else misses.push(`${m.file}: ${type}`);
        recall.set(type, r);
      }
    }
    const planted = [...recall.values()].reduce((n, r) => n + r.planted, 0);
    const found = [...recall.values()].reduce((n, r) => n + r.found, 0);
    const summary = [...recall].map(([t, r]) => `${t} ${r.found}/${r.planted}`).join(', ');
    expect({ recall: found / planted >= 0.9, summary, misses }).toEqual({ recall: true, summary, misses });
  }, 120_000);
});
