import { readMbox } from '../../../connectors/mail';
import { toMessage } from '../../../connectors/mail';
import { buildSampleSchool } from '../../../connectors/sample-school/generate';
import { sampleMailbox } from '../../../connectors/sample-school/mailbox';
import { createMailChecker } from '../../../core/mail';
import { MAIL_RULE_IDS, type MailFlag, type MailRuleId } from '../../../core/mail/message';
import { createPeople, parseDirectory } from '../../../core/people';
import { parseProfile, type Profile } from '../../../core/policy';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const school = buildSampleSchool();
const file = (name: string) => school.files.find((f) => f.file === name)!.data.toString('utf8');
const directory = parseDirectory(file('directory.csv')).entries;
const box = sampleMailbox(school.people);

/** Every message as the mail check reads it from the .mbox bytes, with the checker's flag under `profile`. */
async function checkAll(profileJson: Profile): Promise<Map<string, MailFlag | null>> {
  const parsed = parseProfile(profileJson);
  if (!parsed.ok) throw new Error('sample profile does not parse');
  const checker = createMailChecker(parsed.profile, createPeople(parsed.profile, directory));
  const dir = mkdtempSync(join(tmpdir(), 'sos-mailbox-'));
  const flags = new Map<string, MailFlag | null>();
  try {
    const path = join(dir, 'box.mbox');
    writeFileSync(path, box.mbox);
    for await (const item of readMbox(path)) {
      if ('error' in item) throw new Error(item.error);
      const msg = await toMessage(item.raw, item.envelope !== undefined ? { envelope: item.envelope } : {});
      flags.set(msg.messageId, checker.check(msg));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return flags;
}

const profile = JSON.parse(file('school-profile.json')) as Profile;

describe('the sample mailbox', () => {
  it('is about 200 messages, the same bytes every time', () => {
    expect(box.messages.length).toBeGreaterThanOrEqual(180);
    expect(box.messages.length).toBeLessThanOrEqual(220);
    expect(sampleMailbox(buildSampleSchool().people).mbox.equals(box.mbox)).toBe(true);
    expect(new Set(box.messages.map((m) => m.messageId)).size).toBe(box.messages.length);
  });

  it('flags no ordinary message and every planted one with the rules it was written for', async () => {
    const flags = await checkAll(profile);
    expect(flags.size).toBe(box.messages.length);
    const wrong: string[] = [];
    for (const m of box.messages) {
      const rules: readonly MailRuleId[] = flags.get(m.messageId)?.rules ?? [];
      if (m.expect.length === 0 && rules.length > 0) wrong.push(`${m.subject}: flagged ${rules.join(', ')}`);
      for (const rule of m.expect) if (!rules.includes(rule)) wrong.push(`${m.subject}: ${rule} not raised`);
    }
    expect(wrong).toEqual([]);
    const fired = new Set([...flags.values()].flatMap((f) => f?.rules ?? []));
    // staff-pupil-direct only exists where the policy forbids staff–pupil email (next test).
    expect(MAIL_RULE_IDS.filter((r) => r !== 'staff-pupil-direct' && !fired.has(r))).toEqual([]);
  });

  it('raises staff-pupil-direct on staff-to-pupil mail when the policy forbids it', async () => {
    const flags = await checkAll({ ...profile, mail: { ...profile.mail, staffPupilEmail: 'forbidden' } });
    const direct = box.messages.filter((m) => flags.get(m.messageId)?.rules.includes('staff-pupil-direct'));
    expect(direct.length).toBeGreaterThan(10);
    // Homework feedback from a teacher's school account to one pupil is among them.
    expect(direct.some((m) => m.expect.length === 0 && m.subject.includes('homework'))).toBe(true);
  });
});
