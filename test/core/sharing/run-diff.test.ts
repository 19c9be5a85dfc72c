import type { ExposureRecord } from '../../../core/sharing/history';
import { classifyRun, diffFindings } from '../../../core/sharing/run-diff';
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

describe('diffFindings', () => {
  it('sorts findings into new, still open, worsened and fixed', () => {
    const diff = diffFindings(
      [finding('kept'), finding('gone', 'high'), finding('worse', 'low')],
      [finding('kept'), finding('worse', 'critical'), finding('new', 'low'), finding('new2', 'high')],
    );
    expect(diff.newlyFound.map((f) => f.fileId)).toEqual(['new2', 'new']);
    expect(diff.stillOpen.map((f) => f.fileId)).toEqual(['worse', 'kept']);
    expect(diff.worsened.map((f) => f.fileId)).toEqual(['worse']);
    expect(diff.fixed.map((f) => f.fileId)).toEqual(['gone']);
    expect(diff.fixed[0]?.risk).toBe('high');
  });

  it('tells providers apart', () => {
    const diff = diffFindings([finding('x', 'low', 'google')], [finding('x', 'low', 'microsoft')]);
    expect(diff.newlyFound).toHaveLength(1);
    expect(diff.fixed).toHaveLength(1);
  });

  it('matches a renamed file as the same finding', () => {
    const diff = diffFindings([finding('x')], [{ ...finding('x'), name: 'renamed' }]);
    expect(diff.stillOpen[0]?.name).toBe('renamed');
  });
});

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
