/**
 * What `--fix` would remove, worked out before anything is touched (the dry run prints this plan).
 *
 * - Anyone links (public or by link) are removed; "anyone in the school" links only when the profile's
 *   `sharing.fixDomainLinks` (or the command's option) says so; shares with outside accounts never:
 *   they may be a partner's work and are reported for a person to decide.
 * - Only a grant set on the item itself can be removed. An inherited one is removed on the folder it
 *   comes from (Drive refuses the deletion on a shared-drive item, and on My Drive it would come back),
 *   so the plan follows `inheritedFrom` up to that folder. A folder the audit did not list cannot be
 *   fixed from here: `notFixable` says so, with the reason.
 * - Each removal keeps the grant exactly as it was, so `--undo` can put it back.
 */
import { compareText, type ExposureCause } from './exposures';
import { compareRiskDescending, isAtLeast, maxRisk } from './risk';
import type { ExposureFinding, ExposureId, RiskLevel, SharedItem, SharingGrant } from './types';

export interface FixCandidate {
  readonly item: SharedItem;
  readonly finding: ExposureFinding;
  /** The exposures after the profile's allowances, with their grants (exposures.ts, allowances.ts). */
  readonly causes: readonly ExposureCause[];
  /** The item is in an allowed public folder: its anyone and domain links stay. */
  readonly allowedPublic?: boolean;
}

export interface FixOptions {
  /** Only findings at this risk or worse are fixed. */
  readonly minRisk: RiskLevel;
  /** Also remove "anyone in the organisation with the link" links. */
  readonly fixDomainLinks: boolean;
}

export interface GrantRemoval {
  /** The item the grant is set on (the folder, for a link its files inherit). */
  readonly item: SharedItem;
  /** The grant as it was before removal: what `--undo` restores. */
  readonly grant: SharingGrant;
  readonly exposure: ExposureId;
  /** The worst risk among the findings this removal fixes. */
  readonly risk: RiskLevel;
  /** Ids of the reported items this removal fixes (the item itself and/or files that inherit it), sorted. */
  readonly fixes: readonly string[];
}

export interface NotFixable {
  readonly itemId: string;
  readonly itemName: string;
  readonly grantId: string;
  readonly exposure: ExposureId;
  readonly inheritedFrom?: string;
  readonly reason: string;
}

export interface FixPlan {
  readonly removals: readonly GrantRemoval[];
  readonly notFixable: readonly NotFixable[];
}

const ANYONE: ReadonlySet<ExposureId> = new Set(['anyone-public', 'anyone-with-link']);

function fixable(exposure: ExposureId, options: FixOptions): boolean {
  return ANYONE.has(exposure) || (exposure === 'domain-link' && options.fixDomainLinks);
}

/** The same link on the folder it is inherited from: by id, else the folder's own link of the same kind. */
function sourceGrant(source: SharedItem, grant: SharingGrant): SharingGrant | undefined {
  const direct = source.grants.filter((candidate) => candidate.id === grant.id);
  if (direct.length > 0) return direct.find((candidate) => candidate.inheritedFrom === undefined) ?? direct[0];
  if (grant.kind !== 'anyone' && grant.kind !== 'domain') return undefined;
  const sameDomain = (candidate: SharingGrant) =>
    grant.kind === 'anyone' || (candidate.domain ?? '').toLowerCase() === (grant.domain ?? '').toLowerCase();
  return source.grants.find(
    (candidate) =>
      candidate.kind === grant.kind &&
      candidate.deleted !== true &&
      (candidate.discoverable === true) === (grant.discoverable === true) &&
      sameDomain(candidate),
  );
}

interface Draft {
  item: SharedItem;
  grant: SharingGrant;
  exposure: ExposureId;
  risks: RiskLevel[];
  fixes: Set<string>;
}

export function planFixes(candidates: readonly FixCandidate[], options: FixOptions): FixPlan {
  const byId = new Map<string, FixCandidate>();
  for (const candidate of candidates) byId.set(`${candidate.item.provider}\u0000${candidate.item.id}`, candidate);

  const drafts = new Map<string, Draft>();
  const notFixable = new Map<string, NotFixable>();

  const refuse = (item: SharedItem, grant: SharingGrant, exposure: ExposureId, reason: string) => {
    const key = `${item.id}\u0000${grant.id}\u0000${reason}`;
    if (notFixable.has(key)) return;
    notFixable.set(key, {
      itemId: item.id,
      itemName: item.name,
      grantId: grant.id,
      exposure,
      ...(grant.inheritedFrom !== undefined ? { inheritedFrom: grant.inheritedFrom } : {}),
      reason,
    });
  };

  const request = (
    target: FixCandidate,
    grant: SharingGrant,
    exposure: ExposureId,
    risk: RiskLevel,
    reportedId: string,
    visited: ReadonlySet<string>,
  ): void => {
    if (target.allowedPublic === true) {
      refuse(
        target.item,
        grant,
        exposure,
        'the link is set on an allowed public folder (sharing.allowedPublicFolders)',
      );
      return;
    }
    if (grant.inheritedFrom === undefined) {
      const key = `${target.item.provider}\u0000${target.item.id}\u0000${grant.id}`;
      const draft = drafts.get(key) ?? { item: target.item, grant, exposure, risks: [], fixes: new Set<string>() };
      draft.risks.push(risk);
      draft.fixes.add(reportedId);
      drafts.set(key, draft);
      return;
    }
    const from = grant.inheritedFrom;
    const source = byId.get(`${target.item.provider}\u0000${from}`);
    if (!source || visited.has(from)) {
      refuse(
        target.item,
        grant,
        exposure,
        `the link is inherited from folder ${from}, which this audit did not list: remove the link on that folder`,
      );
      return;
    }
    const onSource = sourceGrant(source.item, grant);
    if (!onSource) {
      refuse(
        target.item,
        grant,
        exposure,
        `the link is inherited from folder ${from}, which no longer shows it: audit again to see where it comes from`,
      );
      return;
    }
    request(source, onSource, exposure, risk, reportedId, new Set(visited).add(from));
  };

  for (const candidate of candidates) {
    if (!isAtLeast(candidate.finding.risk, options.minRisk)) continue;
    for (const cause of candidate.causes) {
      if (!fixable(cause.exposure, options)) continue;
      for (const grant of cause.grants) {
        request(
          candidate,
          grant,
          cause.exposure,
          candidate.finding.risk,
          candidate.item.id,
          new Set([candidate.item.id]),
        );
      }
    }
  }

  const removals: GrantRemoval[] = [...drafts.values()].map((draft) => ({
    item: draft.item,
    grant: draft.grant,
    exposure: draft.exposure,
    risk: maxRisk(draft.risks),
    fixes: [...draft.fixes].sort(compareText),
  }));
  removals.sort(
    (a, b) =>
      compareRiskDescending(a.risk, b.risk) ||
      compareText(a.item.provider, b.item.provider) ||
      compareText(a.item.id, b.item.id) ||
      compareText(a.grant.id, b.grant.id),
  );
  const refused = [...notFixable.values()].sort(
    (a, b) => compareText(a.itemId, b.itemId) || compareText(a.grantId, b.grantId) || compareText(a.reason, b.reason),
  );
  return { removals, notFixable: refused };
}
