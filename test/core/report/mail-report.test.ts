import type { MailFlag } from '../../../core/mail/message';
import { mailReportHtml } from '../../../core/report/html/mail-report';
import {
  flagsBySeverity,
  flagsByStaff,
  flagsPerRule,
  schoolTime,
  type MailReport,
  type ReviewFlag,
} from '../../../core/report/html/mail-report-model';

const flag = (over: Partial<MailFlag>): MailFlag => ({
  messageId: 'id@x',
  rules: ['secrecy'],
  severity: 'high',
  from: 'j.smith@example.sch.uk',
  to: ['23abrown@pupils.example.sch.uk'],
  date: '2025-01-14T21:40:00.000Z',
  evidence: ['keep this be***** us'],
  ...over,
});

const jane = { address: 'j.smith@example.sch.uk', name: 'Jane Smith' };
const alex = { address: '23abrown@pupils.example.sch.uk', name: 'Alex Brown' };

const rows: ReviewFlag[] = [
  {
    flag: flag({ messageId: 'low-1', severity: 'low', rules: ['out-of-hours'] }),
    staff: jane,
    pupils: [alex],
    location: 'a.mbox, message 1',
  },
  {
    flag: flag({
      messageId: 'crit-1',
      severity: 'critical',
      rules: ['staff-personal-account', 'secrecy'],
      from: 'jane.smith1984@gmail.com',
      date: '2025-07-01T22:15:00.000Z',
      evidence: ['<script>alert(1)</script> delete th** ******'],
    }),
    staff: { address: 'jane.smith1984@gmail.com', name: 'Jane Smith', personal: true, schoolAddress: jane.address },
    pupils: [alex],
    location: 'a.mbox, message 2',
  },
  {
    flag: flag({ messageId: 'high-1', from: 'b.jones@example.sch.uk', date: '2025-01-10T10:00:00.000Z' }),
    staff: { address: 'b.jones@example.sch.uk' },
    pupils: [alex],
    location: 'a.mbox, message 3',
  },
  {
    flag: flag({
      messageId: 'abuse-1',
      severity: 'medium',
      rules: ['abusive-language'],
      from: alex.address,
      to: ['x@pupils.example.sch.uk'],
    }),
    pupils: [alex, { address: 'x@pupils.example.sch.uk' }],
    location: 'b.eml',
  },
];

const report: MailReport = {
  flags: rows,
  errors: [{ source: 'a.mbox', index: 4, offset: 12345, error: 'broken MIME: boundary not found' }],
  errorsNotListed: 2,
  summary: {
    schoolName: 'Example <School>',
    timeZone: 'Europe/London',
    policy: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
    sources: ['a.mbox', 'b.eml'],
    messagesChecked: 120,
    flagged: 4,
    errors: 3,
    skippedFiles: 1,
    generatedAt: '1 August 2025, 09:00',
  },
};

describe('mail report model', () => {
  it('groups by severity, most severe first, oldest first within a group', () => {
    expect(flagsBySeverity(rows).map((g) => [g.severity, g.flags.map((f) => f.flag.messageId)])).toEqual([
      ['critical', ['crit-1']],
      ['high', ['high-1']],
      ['medium', ['abuse-1']],
      ['low', ['low-1']],
    ]);
  });

  it('groups by member of staff, a personal address under the school address, unidentified last', () => {
    const groups = flagsByStaff(rows);
    expect(groups.map((g) => [g.staff?.address, g.flags.length, g.highest, g.rules])).toEqual([
      ['j.smith@example.sch.uk', 2, 'critical', ['staff-personal-account', 'secrecy', 'out-of-hours']],
      ['b.jones@example.sch.uk', 1, 'high', ['secrecy']],
      [undefined, 1, 'medium', ['abusive-language']],
    ]);
    expect(groups[0]!.counts).toEqual({ low: 1, medium: 0, high: 0, critical: 1 });
  });

  it('counts flagged messages per rule, most first', () => {
    expect(flagsPerRule(rows)).toEqual([
      { rule: 'secrecy', messages: 2 },
      { rule: 'staff-personal-account', messages: 1 },
      { rule: 'out-of-hours', messages: 1 },
      { rule: 'abusive-language', messages: 1 },
    ]);
  });

  it('shows times on the school clock, daylight saving included', () => {
    expect(schoolTime('2025-01-14T21:40:00.000Z', 'Europe/London')).toBe('Tue 14 Jan 2025 21:40');
    expect(schoolTime('2025-07-01T22:15:00.000Z', 'Europe/London')).toBe('Tue 1 Jul 2025 23:15');
    expect(schoolTime('', 'Europe/London')).toBe('date unknown');
  });
});

describe('mailReportHtml', () => {
  const page = mailReportHtml(report);

  it('is one self-contained page that loads nothing', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|src="http|href="http/i);
  });

  it('escapes everything that came from mail', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; delete th** ******');
    expect(page).toContain('Example &lt;School&gt;');
  });

  it('lists critical flags before high, medium and low', () => {
    const at = (id: string) => page.indexOf(`Message-ID ${id}`);
    expect(at('crit-1')).toBeGreaterThan(0);
    expect(at('crit-1')).toBeLessThan(at('high-1'));
    expect(at('high-1')).toBeLessThan(at('abuse-1'));
    expect(at('abuse-1')).toBeLessThan(at('low-1'));
  });

  it('shows each flag with school time, parties in full, the policy clause and the masked evidence', () => {
    expect(page).toContain('Tue 1 Jul 2025 23:15');
    expect(page).toContain('jane.smith1984@gmail.com');
    expect(page).toContain('personal address');
    expect(page).toContain('23abrown@pupils.example.sch.uk');
    expect(page).toContain('Staff must not contact pupils using a personal email address');
    expect(page).toContain('between 07:30 and 18:00 on weekdays');
    expect(page).toContain('keep this be***** us');
  });

  it('has the chart of flags by rule, the by-staff view, the errors and the data protection notice', () => {
    expect(page).toContain('Number of flagged messages for each rule');
    expect(page).toContain('By member of staff');
    expect(page).toContain('No member of staff identified');
    expect(page).toContain('broken MIME: boundary not found');
    expect(page).toContain('12345');
    expect(page).toContain('and 2 more not listed here');
    expect(page).toContain('Nothing has been sent, blocked or reported automatically');
  });

  it('says so when nothing was flagged', () => {
    const empty = mailReportHtml({ ...report, flags: [], errors: [], errorsNotListed: 0 });
    expect(empty).toContain('No message was flagged by any rule.');
    expect(empty).not.toContain('By member of staff');
  });
});
