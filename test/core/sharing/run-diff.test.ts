import type { ExposureRecord } from '../../../core/sharing/history';
import { classifyRun } from '../../../core/sharing/run-diff';
import type { ExposureFinding, RiskLevel } from '../../../core/sharing/types';

function finding(
  fileId: string,
  risk: RiskLevel = 'medium',
  provider: 'google' | 'microsoft' = 'google',
): ExposureFinding {
  return {
    provider,
    fileId,
    name: fileId,
    owner: 'a@oakfield.sch.uk',
    exposure: ['anyone-with-link'],
    sensitive: [],
    risk,
  };
}

describe('classifyRun', () => {
  const record = (fileId: string, openedRun: number, fixedAt?: string, risk: RiskLevel = 'low'): ExposureRecord => ({
    finding: finding(fileId, risk),
    scopeKey: 'user:a@oakfield.sch.uk',
    signature: 's',
    scanned: false,
    firstSeen: '2025-01-01T00:00:00.000Z',
    lastSeen: '2025-01-02T00:00:00.000Z',
    openedRun,
    lastRun: openedRun,
    ...(fixedAt ? { fixedAt } : {}),
  });
  const run = {
    id: 3,
    mode: 'full' as const,
    startedAt: '2025-03-01T08:00:00.000Z',
    finishedAt: '2025-03-01T09:00:00.000Z',
  };

  it('uses the run the open period began in, and the fix time', () => {
    const result = classifyRun(
      [
        record('new', 3),
        record('open', 1, undefined, 'high'),
        record('open2', 2),
        record('fixed-now', 1, '2025-03-01T08:30:00.000Z'),
        record('fixed-before', 1, '2025-02-01T08:30:00.000Z'),
        record('fixed-after', 1, '2025-03-02T08:30:00.000Z'),
        record('later-run', 4),
      ],
      run,
    );
    expect(result.newlyFound.map((r) => r.finding.fileId)).toEqual(['new']);
    expect(result.stillOpen.map((r) => r.finding.fileId)).toEqual(['open', 'open2']);
    expect(result.fixed.map((r) => r.finding.fileId)).toEqual(['fixed-now']);
  });

  it('counts fixes up to now for a run that has not finished', () => {
    const { finishedAt: _finished, ...running } = run;
    const result = classifyRun([record('fixed-after', 1, '2025-03-02T08:30:00.000Z')], running);
    expect(result.fixed).toHaveLength(1);
  });
});
