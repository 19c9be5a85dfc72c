/**
 * Which of an item's grants put it outside the policy, and as which exposure (CONTRACTS §5). Only the
 * domains the profile lists exactly are the school's: a subdomain or a look-alike
 * (oakfie1d.sch.uk, oakfield.sch.uk.evil.com) is outside, so a grant to it is an external share.
 */
import { EXPOSURE_IDS, type ExposureId, type SharedItem, type SharingGrant } from './types';

export interface ExposureContext {
  /** Staff, pupil and parent domains of the profile. */
  readonly schoolDomains: readonly string[];
  /** Partner domains (`sharing.allowedExternalDomains`): sharing with them is allowed, not an exposure. */
  readonly allowedExternalDomains: readonly string[];
  /** School accounts' addresses on domains the profile does not list (directory aliases): inside. */
  readonly schoolAddresses?: readonly string[];
  readonly now: Date;
}

/** One exposure of an item and the grants that cause it, in grant-id order. */
export interface ExposureCause {
  readonly exposure: ExposureId;
  readonly grants: readonly SharingGrant[];
}

export interface ItemExposures {
  /** In the contract's order: anyone-public, anyone-with-link, domain-link, external-user. */
  readonly exposures: readonly ExposureId[];
  /** Same order as `exposures`. */
  readonly causes: readonly ExposureCause[];
}

/** Lower-cased, trimmed, without a trailing dot, so "Oakfield.SCH.uk." and "oakfield.sch.uk" are one domain. */
export function normaliseDomainName(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.+$/, '');
}

function domainOfAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  return normaliseDomainName(address.slice(at + 1));
}

interface Lookup {
  readonly school: ReadonlySet<string>;
  readonly partners: ReadonlySet<string>;
  readonly addresses: ReadonlySet<string>;
  readonly nowMs: number;
}

function lookupOf(context: ExposureContext): Lookup {
  return {
    school: new Set(context.schoolDomains.map(normaliseDomainName)),
    partners: new Set(context.allowedExternalDomains.map(normaliseDomainName)),
    addresses: new Set((context.schoolAddresses ?? []).map((address) => address.trim().toLowerCase())),
    nowMs: context.now.getTime(),
  };
}

/** A grant that no longer gives anyone access: expired, to a deleted account, or the owner's own. */
function isInert(grant: SharingGrant, nowMs: number): boolean {
  if (grant.deleted === true || grant.role.toLowerCase() === 'owner') return true;
  if (grant.expiresAt === undefined) return false;
  const expires = Date.parse(grant.expiresAt);
  // An unreadable expiry is treated as no expiry: the link may still work.
  return !Number.isNaN(expires) && expires <= nowMs;
}

function classify(grant: SharingGrant, lookup: Lookup): ExposureId | undefined {
  if (isInert(grant, lookup.nowMs)) return undefined;
  switch (grant.kind) {
    case 'anyone':
      return grant.discoverable === true ? 'anyone-public' : 'anyone-with-link';
    case 'domain': {
      // A Graph "organization" link names no domain: it is the tenant's own.
      if (grant.domain === undefined || grant.domain.trim() === '') return 'domain-link';
      const domain = normaliseDomainName(grant.domain);
      if (lookup.school.has(domain)) return 'domain-link';
      return lookup.partners.has(domain) ? undefined : 'external-user';
    }
    case 'user':
    case 'group': {
      const address = grant.emailAddress?.trim().toLowerCase() ?? '';
      if (lookup.addresses.has(address)) return undefined;
      const domain = domainOfAddress(address);
      // A person or group the provider does not name cannot be shown to be inside, so it is reported.
      if (domain === undefined) return 'external-user';
      if (lookup.school.has(domain) || lookup.partners.has(domain)) return undefined;
      return 'external-user';
    }
  }
}

/** The exposure one grant causes, or undefined when it is inside the policy or gives no access. */
export function grantExposure(grant: SharingGrant, context: ExposureContext): ExposureId | undefined {
  return classify(grant, lookupOf(context));
}

/** True when the address is on one of the school's domains or is a known school account. */
export function isSchoolAccount(address: string, context: ExposureContext): boolean {
  const lookup = lookupOf(context);
  const normalised = address.trim().toLowerCase();
  if (lookup.addresses.has(normalised)) return true;
  const domain = domainOfAddress(normalised);
  return domain !== undefined && lookup.school.has(domain);
}

/**
 * The item's exposures with the grants causing each. A trashed item exposes nothing (CONTRACTS §5:
 * not reported); whether the owner is the school's is for the caller (`isSchoolAccount`), since
 * shared-drive items have no owner of their own.
 */
export function exposuresOf(item: SharedItem, context: ExposureContext): ItemExposures {
  if (item.trashed) return { exposures: [], causes: [] };
  const lookup = lookupOf(context);
  const byExposure = new Map<ExposureId, Map<string, SharingGrant>>();
  for (const grant of item.grants) {
    if (isSchoolDriveMembership(item, grant, lookup.school)) continue;
    const exposure = classify(grant, lookup);
    if (exposure === undefined) continue;
    const grants = byExposure.get(exposure) ?? new Map<string, SharingGrant>();
    if (!grants.has(grant.id)) grants.set(grant.id, grant);
    byExposure.set(exposure, grants);
  }
  const causes: ExposureCause[] = [];
  for (const exposure of EXPOSURE_IDS) {
    const grants = byExposure.get(exposure);
    if (!grants) continue;
    causes.push({ exposure, grants: [...grants.values()].sort((a, b) => compareText(a.id, b.id)) });
  }
  return { exposures: causes.map((cause) => cause.exposure), causes };
}

/**
 * The school's own domain as a member of a shared drive is how a staff drive is meant to work: access by
 * membership, not a link anyone can pass on. Reporting every file of every such drive would bury the real
 * findings, so it is not an exposure (a domain link set on one of the drive's files still is).
 */
function isSchoolDriveMembership(item: SharedItem, grant: SharingGrant, school: ReadonlySet<string>): boolean {
  return (
    grant.kind === 'domain' &&
    item.driveId !== undefined &&
    grant.inheritedFrom === item.driveId &&
    grant.domain !== undefined &&
    school.has(normaliseDomainName(grant.domain))
  );
}

/** Exposure ids, unique, in the contract's order. */
export function sortExposures(exposures: Iterable<ExposureId>): ExposureId[] {
  const present = new Set(exposures);
  return EXPOSURE_IDS.filter((id) => present.has(id));
}

/** Code-unit order: the same in Node and Apps Script, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
