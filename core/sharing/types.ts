/**
 * The provider-neutral sharing model. Connectors (Drive, Graph) turn what their API returns into these
 * shapes; `core/sharing` decides what is exposed, how risky it is and what a fix would remove.
 */
import type { SensitiveType } from '../sensitive/types';

/** The exposure ids of CONTRACTS §5, exactly. */
export const EXPOSURE_IDS = ['anyone-public', 'anyone-with-link', 'domain-link', 'external-user'] as const;
export type ExposureId = (typeof EXPOSURE_IDS)[number];

export type Provider = 'google' | 'microsoft';

export type RiskLevel = 'critical' | 'high' | 'medium' | 'low';
export const RISK_LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** One grant on an item, as the provider reports it (Drive permission, Graph permission). */
export interface SharingGrant {
  /** The provider's permission id: what a fix deletes. */
  readonly id: string;
  /** anyone = a link for anyone (Drive `anyone`, Graph anonymous link); domain = the whole organisation. */
  readonly kind: 'anyone' | 'domain' | 'user' | 'group';
  readonly role: string;
  /** user/group: the address. */
  readonly emailAddress?: string;
  /** domain grants: the domain; anyone grants: absent. */
  readonly domain?: string;
  /** Drive `allowFileDiscovery`: true = findable by search (public on the web / in the domain). */
  readonly discoverable?: boolean;
  /** ISO 8601; a grant past it is no exposure. */
  readonly expiresAt?: string;
  /** Drive marks grants of deleted accounts. */
  readonly deleted?: boolean;
  /** Set when the grant comes from a parent folder or the shared drive, not the item itself. */
  readonly inheritedFrom?: string;
}

/** A file or folder with its grants, as listed from a user's drive or a shared drive. */
export interface SharedItem {
  readonly provider: Provider;
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly isFolder: boolean;
  /** Owner's address (My Drive); for shared-drive items, the drive's organiser or the audited admin. */
  readonly owner: string;
  /** Shared drive id when the item lives on one. */
  readonly driveId?: string;
  readonly parents: readonly string[];
  /** Path of folder names from the drive root when the connector knows it ("Website/Newsletters"). */
  readonly path?: string;
  readonly trashed: boolean;
  readonly modifiedTime?: string;
  readonly size?: number;
  readonly grants: readonly SharingGrant[];
}

/** What an audit reports for one item whose sharing is outside the policy (CONTRACTS §5 jsonl line). */
export interface ExposureFinding {
  readonly provider: Provider;
  readonly fileId: string;
  readonly name: string;
  readonly owner: string;
  readonly exposure: readonly ExposureId[];
  /** Filled only when content was scanned. */
  readonly sensitive: readonly SensitiveType[];
  readonly risk: RiskLevel;
}
