/**
 * What the sharing audit job needs besides the cloud (core/sharing/ports.ts SharingInventory):
 * a history of exposed items, the policy's judgement of one item, and the content scanner.
 */
import type { SensitiveType } from '../sensitive/types';
import type { ExposureFinding, ExposureId, RiskLevel, SharedItem } from '../sharing/types';

type Awaitable<T> = T | Promise<T>;

export type AuditMode = 'full' | 'incremental';

/** Exposed items across runs: first seen, last seen, fixed at. Every write is idempotent. */
export interface AuditHistory {
  beginRun(mode: AuditMode, at: Date): Awaitable<number>;
  /** `scanned`: `finding.sensitive` comes from a content scan at this signature. */
  upsert(
    runId: number,
    finding: ExposureFinding,
    scopeKey: string,
    signature: string,
    at: Date,
    scanned?: boolean,
  ): Awaitable<void>;
  /**
   * The item is no longer exposed (fixed, trashed, deleted, now private). With `scopeKey`, only if it was
   * last seen in that scope: a user's change feed also reports files they merely lost access to.
   */
  resolve(itemId: string, at: Date, scopeKey?: string): Awaitable<void>;
  /** After a complete full pass of a scope: its open items not seen in this run are resolved. */
  completeScope(runId: number, scopeKey: string, at: Date): Awaitable<void>;
  finishRun(runId: number, at: Date): Awaitable<void>;
  /** Sensitive types found last time, if the item's signature (modified time) is unchanged. */
  cachedSensitive(itemId: string, signature: string): Awaitable<readonly SensitiveType[] | undefined>;
}

/** Folder names and parents of one scope, to tell an item's path and ancestors (allowed public folders). */
export type FolderMap = Record<
  string,
  {
    readonly name: string;
    readonly parents: readonly string[];
    /** The folder's grants in a stable form: when they change, every item below may change with them. */
    readonly grants: string;
  }
>;

export interface ItemJudgement {
  /** Exposures outside the policy, after the profile's allowances; empty when the item is fine. */
  readonly exposures: readonly ExposureId[];
}

export interface AuditPolicy {
  judge(item: SharedItem, folders: FolderMap): ItemJudgement;
  /** `scanned` false: the content was not (or could not be) scanned, so [] means "unknown". */
  risk(exposures: readonly ExposureId[], sensitive: readonly SensitiveType[], scanned?: boolean): RiskLevel;
}

/** Text of an item -> sensitive types found (connectors: fetch, extract, scan). */
export type ContentScanner = (
  item: SharedItem,
) => Promise<{ readonly types: readonly SensitiveType[] } | { readonly error: string }>;
