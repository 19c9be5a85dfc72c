/**
 * The profile's sharing rules as the audit job's `AuditPolicy`: which grants are exposures (domains,
 * partner domains), which folders may be public, and the risk matrix.
 */
import type { AuditPolicy } from '../jobs/sharing-audit-ports';
import type { ResolvedProfile } from '../policy/schema';
import type { SensitiveType } from '../sensitive/types';
import { isInAllowedFolder, placeItem, withoutAllowed, type FolderNames } from './allowances';
import { exposuresOf, isSchoolAccount, type ExposureCause, type ExposureContext } from './exposures';
import { exposureRisk } from './risk';
import type { ExposureId, RiskLevel, SharedItem } from './types';

export interface SharingPolicyOptions {
  /** The clock links' expiry is judged against. */
  readonly now: () => Date;
  /** `--scan-content`: without it, [] means "not scanned" rather than "nothing found". */
  readonly scanContent: boolean;
  /** School accounts' aliases on domains the profile does not list (from the directory). */
  readonly schoolAddresses?: readonly string[];
}

export interface SharingJudgement {
  /** Exposures outside the policy, after allowances; empty when the item is not reported. */
  readonly exposures: readonly ExposureId[];
  readonly causes: readonly ExposureCause[];
  /** The item is in an allowed public folder. */
  readonly allowedPublic: boolean;
  /** Not reported because the owner is outside the school (CONTRACTS §5). */
  readonly ownedOutside: boolean;
}

export interface SharingPolicy extends AuditPolicy {
  judge(item: SharedItem, folders: FolderNames): SharingJudgement;
  /** `scanned` overrides `scanContent` for one item (a scan that failed is "not scanned"). */
  risk(exposures: readonly ExposureId[], sensitive: readonly SensitiveType[], scanned?: boolean): RiskLevel;
  context(): ExposureContext;
}

export type SharingProfile = Pick<ResolvedProfile, 'domains' | 'sharing'>;

export function exposureContext(
  profile: SharingProfile,
  now: Date,
  schoolAddresses: readonly string[] = [],
): ExposureContext {
  return {
    schoolDomains: [...profile.domains.staff, ...profile.domains.pupils, ...profile.domains.parents],
    allowedExternalDomains: profile.sharing.allowedExternalDomains,
    schoolAddresses,
    now,
  };
}

export function sharingPolicy(profile: SharingProfile, options: SharingPolicyOptions): SharingPolicy {
  const context = () => exposureContext(profile, options.now(), options.schoolAddresses);
  return {
    context,
    judge(item, folders) {
      const ctx = context();
      // Shared-drive items belong to the drive, which is the school's: the owner field is who was asked.
      // An owner the connector could not name is not known to be outside, so the item is still judged.
      const owner = item.owner.trim();
      if (item.driveId === undefined && owner.includes('@') && !isSchoolAccount(owner, ctx)) {
        return { exposures: [], causes: [], allowedPublic: false, ownedOutside: true };
      }
      const raw = exposuresOf(item, ctx);
      if (raw.exposures.length === 0) return { ...raw, allowedPublic: false, ownedOutside: false };
      const allowedPublic = isInAllowedFolder(item, placeItem(item, folders), profile.sharing.allowedPublicFolders);
      return { ...withoutAllowed(raw, allowedPublic), allowedPublic, ownedOutside: false };
    },
    risk(exposures, sensitive, scanned = options.scanContent) {
      return exposureRisk(exposures, scanned ? sensitive : undefined);
    },
  };
}
