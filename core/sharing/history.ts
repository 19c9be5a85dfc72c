/**
 * The shapes of the audit history (connectors/state/sharing-history.ts keeps it in SQLite): one record
 * per exposed item across runs, and one per run for the trend chart.
 */
import type { AuditMode } from '../jobs/sharing-audit-ports';
import type { ExposureFinding, Provider, RiskLevel } from './types';

export interface ExposureRecord {
  /** The finding as last seen (`sensitive` is [] when the content was never scanned). */
  readonly finding: ExposureFinding;
  /** Which scope (user's drive, shared drive) the item was last seen in. */
  readonly scopeKey: string;
  /** What the content scan is cached against (the modified time). */
  readonly signature: string;
  /** The content was scanned at this signature. */
  readonly scanned: boolean;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** The run in which the current open period began: the first sighting, or the reopening after a fix. */
  readonly openedRun: number;
  readonly lastRun: number;
  /** When the item stopped being exposed; absent while open. */
  readonly fixedAt?: string;
}

export interface RunCounts {
  /** Open findings by risk when the run finished. */
  readonly open: Readonly<Record<RiskLevel, number>>;
  /** Opened (or reopened) in this run. */
  readonly newlyFound: number;
  /** Resolved between the run's start and finish. */
  readonly fixed: number;
  /** Seen (upserted) in this run. */
  readonly seen: number;
}

export interface AuditRunRecord {
  readonly id: number;
  readonly provider?: Provider;
  readonly mode: AuditMode;
  readonly startedAt: string;
  /** Absent for a run that was killed or is still going. */
  readonly finishedAt?: string;
  readonly counts?: RunCounts;
}
