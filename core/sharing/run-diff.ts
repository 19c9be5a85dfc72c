/**
 * What a run changed, for the report: exposures it opened, those already open, and those it closed.
 * Records are the history's, so a renamed file is the same finding.
 */
import { compareText } from './exposures';
import type { AuditRunRecord, ExposureRecord } from './history';
import { compareRiskDescending } from './risk';
import type { ExposureFinding } from './types';

function byRiskThenId(a: ExposureFinding, b: ExposureFinding): number {
  return (
    compareRiskDescending(a.risk, b.risk) || compareText(a.provider, b.provider) || compareText(a.fileId, b.fileId)
  );
}

export interface RunClassification {
  /** Opened in this run (first seen, or exposed again after a fix). */
  readonly newlyFound: readonly ExposureRecord[];
  /** Open, and already open before this run. */
  readonly stillOpen: readonly ExposureRecord[];
  /** Resolved during this run. */
  readonly fixed: readonly ExposureRecord[];
}

function recordOrder(a: ExposureRecord, b: ExposureRecord): number {
  return byRiskThenId(a.finding, b.finding);
}

/** The history's records sorted into the run's three lists; records outside all three are left out. */
export function classifyRun(records: readonly ExposureRecord[], run: AuditRunRecord): RunClassification {
  const started = Date.parse(run.startedAt);
  const finished = run.finishedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(run.finishedAt);
  const newlyFound: ExposureRecord[] = [];
  const stillOpen: ExposureRecord[] = [];
  const fixed: ExposureRecord[] = [];
  for (const record of records) {
    if (record.fixedAt === undefined) {
      if (record.openedRun === run.id) newlyFound.push(record);
      else if (record.openedRun < run.id) stillOpen.push(record);
      continue;
    }
    const at = Date.parse(record.fixedAt);
    if (at >= started && at <= finished) fixed.push(record);
  }
  return {
    newlyFound: newlyFound.sort(recordOrder),
    stillOpen: stillOpen.sort(recordOrder),
    fixed: fixed.sort(recordOrder),
  };
}
