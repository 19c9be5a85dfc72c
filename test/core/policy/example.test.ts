import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProfile } from '../../../connectors/files/profile-loader';
import { parseJsonc, parseProfile, profileSchema } from '../../../core/policy';
import { knownKeysAt } from '../../../core/policy/known-keys';

const EXAMPLE = path.join(__dirname, '../../../examples/school-profile.jsonc');

/** Every field path the schema accepts that the example leaves out. */
function missingFields(value: unknown, at: Array<string | number> = []): string[] {
  const missing: string[] = [];
  for (const key of knownKeysAt(profileSchema, at).filter((k) => k !== '$schema')) {
    const child = (value as Record<string, unknown>)[key];
    const childPath = [...at, key];
    if (child === undefined) missing.push(childPath.join('.'));
    else if (Array.isArray(child) && typeof child[0] === 'object')
      missing.push(...missingFields(child[0], [...childPath, 0]));
    else if (typeof child === 'object' && child !== null && !Array.isArray(child))
      missing.push(...missingFields(child, childPath));
  }
  return missing;
}

describe('examples/school-profile.jsonc', () => {
  it('loads and validates through the file loader', async () => {
    const profile = await loadProfile(EXAMPLE);
    expect(profile.school.timezone).toBe('Europe/London');
    expect(profile.mail.staffPupilEmail).toBe('allowed');
    expect(profile.calendar.terms.map((t) => t.name)).toEqual(['Autumn 2025', 'Spring 2026', 'Summer 2026']);
  });

  it('shows every option the schema accepts', async () => {
    const json = parseJsonc(await fs.readFile(EXAMPLE, 'utf8'));
    expect(parseProfile(json).ok).toBe(true);
    expect(missingFields(json)).toEqual([]);
  });

  it('explains every option with a comment that gives its default or says it is required', async () => {
    const lines = (await fs.readFile(EXAMPLE, 'utf8')).split('\n');
    const unexplained: string[] = [];
    lines.forEach((line, index) => {
      const field = /^\s*"(\w+)":/.exec(line)?.[1];
      // Section headings are explained by their fields' comments.
      if (!field || /:\s*\{\s*$/.test(line)) return;
      let above = index - 1;
      while (above >= 0 && /^\s*\/\//.test(lines[above] as string)) above--;
      const comment = lines.slice(above + 1, index).join(' ');
      if (!/Default|Required|No default|Optional/.test(comment)) unexplained.push(field);
    });
    expect(unexplained).toEqual([]);
  });
});

describe('loadProfile', () => {
  it('names the file and the field when the profile is invalid', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sos-profile-'));
    const file = path.join(dir, 'school-profile.json');
    await fs.writeFile(
      file,
      JSON.stringify({
        school: { name: 'X', timezone: 'Europe/London' },
        domains: { staff: ['example.sch.uk'], pupils: [] },
        mail: { staffPupilEmail: 'sometimes', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
      }),
    );
    await expect(loadProfile(file)).rejects.toMatchObject({
      exitCode: 2,
      message: `${file}: mail.staffPupilEmail: must be "allowed" or "forbidden" (got "sometimes")`,
    });
    await expect(loadProfile(path.join(dir, 'missing.json'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('cannot read the file (it does not exist)'),
    });
    await fs.rm(dir, { recursive: true });
  });
});
