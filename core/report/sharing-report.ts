/**
 * What a sharing audit report shows: the open findings with their history, what was fixed since the
 * last run, the trend across runs and what a fix did or would do. Built by the command from the
 * history store; rendered as jsonl/csv/table/html.
 */
import type { ExposureFinding, ExposureId, RiskLevel } from '../sharing/types';

export type OwnerGroup = 'staff' | 'pupil' | 'shared drive' | 'other';

export interface SharingReportRow extends ExposureFinding {
  readonly ownerGroup: OwnerGroup;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** new: first seen in this run. */
  readonly isNew: boolean;
  /** A link to open the item (Drive web view). */
  readonly link?: string;
}

export interface FixedRow {
  readonly fileId: string;
  readonly name: string;
  readonly owner: string;
  readonly fixedAt: string;
}

export interface TrendPoint {
  readonly runId: number;
  readonly at: string;
  readonly mode: 'full' | 'incremental';
  readonly open: number;
}

export interface FixRow {
  readonly fileId: string;
  readonly name: string;
  readonly owner: string;
  readonly risk: RiskLevel;
  /** Plain words: "anyone with the link (reader)". */
  readonly removed: string;
  readonly outcome: 'planned' | 'removed' | 'failed';
  readonly error?: string;
}

export interface SharingReport {
  readonly provider: 'google' | 'microsoft';
  readonly generatedAt: string;
  readonly mode: 'full' | 'incremental';
  readonly complete: boolean;
  readonly scopesAudited: number;
  readonly scanContent: boolean;
  readonly rows: readonly SharingReportRow[];
  readonly fixedSinceLastRun: readonly FixedRow[];
  readonly trend: readonly TrendPoint[];
  readonly failures: ReadonlyArray<{ readonly scope: string; readonly error: string }>;
  readonly contentErrors: number;
  readonly fix?: {
    readonly dryRun: boolean;
    readonly minRisk: RiskLevel;
    readonly rows: readonly FixRow[];
    readonly notFixable: ReadonlyArray<{ readonly fileId: string; readonly name: string; readonly reason: string }>;
    readonly ownersNotified: number;
  };
}

export const RISK_ORDER: Record<RiskLevel, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Most urgent first: risk, then new before old, then owner and name for a stable order. */
export function sortRows<T extends SharingReportRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
      Number(b.isNew) - Number(a.isNew) ||
      a.owner.localeCompare(b.owner) ||
      a.name.localeCompare(b.name) ||
      a.fileId.localeCompare(b.fileId),
  );
}

export const EXPOSURE_LABELS: Record<ExposureId, string> = {
  'anyone-public': 'Public on the web',
  'anyone-with-link': 'Anyone with the link',
  'domain-link': 'Anyone in the school with the link',
  'external-user': 'Shared with people outside the school',
};

export function countBy<T, K extends string>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
