/**
 * What changed since the last audit, for the report: new exposures first, then those still open, then
 * those fixed. Items are matched by provider and id, so a renamed file is the same finding.
 */
import { compareText } from './exposures';
import type { AuditRunRecord, ExposureRecord } from './history';
import { compareRiskDescending, riskRank } from './risk';
import type { ExposureFinding } from './types';

export interface FindingsDiff {
  /** Exposed now and not in the previous run. */
  readonly newlyFound: readonly ExposureFinding[];
  /** Exposed in both (as seen now). */
  readonly stillOpen: readonly ExposureFinding[];
  /** Still open and riskier than before (a subset of `stillOpen`). */
  readonly worsened: readonly ExposureFinding[];
  /** Exposed before and not now (as last seen). */
  readonly fixed: readonly ExposureFinding[];
}

const keyOf = (finding: ExposureFinding) => `${finding.provider}\u0000${finding.fileId}`;

function byRiskThenId(a: ExposureFinding, b: ExposureFinding): number {
  return (
    compareRiskDescending(a.risk, b.risk) || compareText(a.provider, b.provider) || compareText(a.fileId, b.fileId)
  );
}

/** Two runs' findings compared. */
export function diffFindings(previous: readonly ExposureFinding[], current: readonly ExposureFinding[]): FindingsDiff {
  const before = new Map(previous.map((finding) => [keyOf(finding), finding]));
  const now = new Map(current.map((finding) => [keyOf(finding), finding]));
  const newlyFound: ExposureFinding[] = [];
  const stillOpen: ExposureFinding[] = [];
  const worsened: ExposureFinding[] = [];
  for (const [key, finding] of now) {
    const was = before.get(key);
    if (!was) {
      newlyFound.push(finding);
      continue;
    }
    stillOpen.push(finding);
    if (riskRank(finding.risk) > riskRank(was.risk)) worsened.push(finding);
  }
  const fixed = [...before].filter(([key]) => !now.has(key)).map(([, finding]) => finding);
  return {
    newlyFound: newlyFound.sort(byRiskThenId),
    stillOpen: stillOpen.sort(byRiskThenId),
    worsened: worsened.sort(byRiskThenId),
    fixed: fixed.sort(byRiskThenId),
  };
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
