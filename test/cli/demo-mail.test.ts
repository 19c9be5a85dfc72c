import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext } from '../../cli/command-context';
import { runMailDemo } from '../../cli/mail/demo-mail';
import { writeSampleSchool } from '../../connectors/sample-school/generate';
import { openStateDb } from '../../connectors/state/database';
import { sqliteReviewQueue } from '../../connectors/state/review-queue';
import { MAIL_RULE_IDS } from '../../core/mail/message';
import { tempDir } from './run-cli';

describe("sos demo's mail step", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('checks the sample mailbox into a review queue and writes its review report and digest', async () => {
    const school = await writeSampleSchool(join(dir, 'school'));
    let stderr = '';
    const ctx: CommandContext = {
      io: {
        stdout: { write: () => true },
        stderr: { write: (s: string) => ((stderr += s), true) },
        stdoutIsTTY: false,
        stderrIsTTY: false,
        cwd: dir,
      },
      setExitCode: () => undefined,
    };
    const out = join(dir, 'out');
    const first = await runMailDemo(school, out, ctx, true);
    expect(existsSync(first.mbox)).toBe(true);
    expect(first.messages).toBeGreaterThan(180);
    expect(stderr).toMatch(/mail check: \d+ messages checked, \d+ flagged, 0 could not be read/);

    const db = openStateDb(join(out, 'demo-state.sqlite'));
    const entries = sqliteReviewQueue(db).list();
    db.close();
    expect(entries).toHaveLength(first.flagged);
    const rules = new Set(entries.flatMap((e) => e.flag.rules));
    // The sample profile allows staff–pupil email, so staff-pupil-direct cannot fire there.
    expect(MAIL_RULE_IDS.filter((r) => r !== 'staff-pupil-direct' && !rules.has(r))).toEqual([]);
    expect(entries.filter((e) => e.status === 'no-concern').length).toBeGreaterThan(0);

    const html = readFileSync(join(out, 'mail-review.html'), 'utf8');
    expect(html).toContain('Staff–pupil email review queue');
    expect(html).toContain('reminded of the allowed hours');
    const digest = readFileSync(join(out, 'mail-digest.txt'), 'utf8');
    expect(digest).toContain('To: d.wright@oakfield.example.sch.uk');
    expect(digest).toContain('To: dsl@oakfield.example.sch.uk');

    // A second run starts from a fresh queue and gives the same result.
    const second = await runMailDemo(school, out, ctx, true);
    expect(second.flagged).toBe(first.flagged);
  });
});
