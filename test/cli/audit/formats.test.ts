import { renderAudit } from '../../../cli/audit/formatter';
import type { SharingReport, SharingReportRow } from '../../../core/report/sharing-report';

const row = (over: Partial<SharingReportRow>): SharingReportRow => ({
  provider: 'google',
  fileId: 'f1',
  name: 'Year 9 trip',
  owner: 'a.teacher@school.sch.uk',
  exposure: ['anyone-with-link'],
  sensitive: [],
  risk: 'medium',
  ownerGroup: 'staff',
  firstSeen: '2026-11-01T01:00:00.000Z',
  lastSeen: '2026-11-02T01:00:00.000Z',
  isNew: false,
  ...over,
});

const report = (rows: SharingReportRow[], over: Partial<SharingReport> = {}): SharingReport => ({
  provider: 'google',
  generatedAt: '2 November 2026, 01:00',
  mode: 'incremental',
  complete: true,
  scopesAudited: 12,
  scanContent: true,
  rows,
  fixedSinceLastRun: [{ fileId: 'old', name: 'Old list', owner: 'b@school.sch.uk', fixedAt: '2026-11-02T01:00:00Z' }],
  trend: [
    { runId: 1, at: '2026-11-01T01:00:00Z', mode: 'full', open: 3 },
    { runId: 2, at: '2026-11-02T01:00:00Z', mode: 'incremental', open: 2 },
  ],
  failures: [{ scope: 'user:broken@school.sch.uk', error: 'HTTP 500' }],
  contentErrors: 0,
  ...over,
});

const rows = [
  row({ fileId: 'low', risk: 'low', exposure: ['domain-link'], name: 'Staff handbook' }),
  row({ fileId: 'crit', risk: 'critical', sensitive: ['health', 'upn'], name: 'Medical needs', isNew: true }),
  row({ fileId: 'evil', name: '=HYPERLINK("http://x")<img src=x onerror=alert(1)>', risk: 'high' }),
];

it('jsonl: one line per item, worst first, exactly the contract fields', () => {
  const lines = renderAudit('jsonl', report(rows))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.map((l) => l.fileId)).toEqual(['crit', 'evil', 'low']);
  for (const l of lines)
    expect(Object.keys(l)).toEqual(['provider', 'fileId', 'name', 'owner', 'exposure', 'sensitive', 'risk']);
});

it('csv: a name crafted as a formula stays text', () => {
  const csv = renderAudit('csv', report(rows));
  expect(csv.split('\r\n')[0]).toContain('risk,provider,fileId,name,owner');
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
});

it('html: leads with what to do first, draws the charts, escapes names, lists failures and fixes', () => {
  const page = renderAudit('html', report(rows));
  expect(page.indexOf('What to do first')).toBeLessThan(page.indexOf('Exposure by type'));
  expect(page).toContain('Medical needs');
  expect(page).toContain('Health / medical information');
  expect(page).toContain('Trend across runs');
  expect(page).toContain('Exposure by owner group');
  expect(page).not.toContain('<img src=x');
  expect(page).toContain('&lt;img src=x');
  expect(page).toContain('broken@school.sch.uk');
  expect(page).toContain('Old list');
  expect(page).toContain("default-src 'none'");
});

it('html without a content scan says so instead of "none found"', () => {
  const page = renderAudit('html', report(rows, { scanContent: false }));
  expect(page).toContain('not scanned');
  expect(page).toContain('--scan-content');
});

it('table: a dry-run fix says nothing was changed', () => {
  const text = renderAudit(
    'table',
    report(rows, {
      fix: {
        dryRun: true,
        minRisk: 'high',
        rows: [
          {
            fileId: 'crit',
            name: 'Medical needs',
            owner: 'a@school.sch.uk',
            risk: 'critical',
            removed: 'anyone with the link (reader)',
            outcome: 'planned',
          },
        ],
        notFixable: [],
        ownersNotified: 0,
      },
    }),
  );
  expect(text).toContain('would remove (dry run: add --yes)');
  expect(text).toContain('planned');
});
