/**
 * Who an address belongs to. The directory is asked first (a school address, or a personal address
 * the directory lists for someone); then the profile's domains. Only domains listed exactly count, so
 * a look-alike (example-sch.uk, example.sch.uk.evil.com) or an unlisted subdomain is outside.
 */
import type { ResolvedProfile } from '../policy/schema';
import { domainOf, mailboxKey, parseAddress } from './address';
import type { DirectoryEntry } from './directory';
import type { AddressRole, Role } from './roles';

/** The parts of the profile that decide who is who. */
export interface PeopleProfile {
  readonly domains: Pick<ResolvedProfile['domains'], 'staff' | 'pupils' | 'parents'>;
  readonly mail: Pick<ResolvedProfile['mail'], 'officialAccounts'>;
}

export interface Identity {
  /** The lower-cased address; empty when the value held no address. */
  readonly address: string;
  readonly role: AddressRole;
  /** What decided the role. */
  readonly source: 'directory' | 'personal-address' | 'domain' | 'none';
  /** The directory entry of the person, when the directory knows them. */
  readonly person?: DirectoryEntry;
  /** The address is one of the person's personal (non-school) addresses. */
  readonly viaPersonalAddress: boolean;
  /** The address's domain is one of the school's (staff, pupil or parent domains). */
  readonly school: boolean;
  /** One of the school's own accounts listed in `mail.officialAccounts`. */
  readonly official: boolean;
  /**
   * When the address is one person's main address and also listed as another's personal address
   * (a member of staff who is also a pupil's parent), the other person.
   */
  readonly personalAddressOf?: DirectoryEntry;
}

export interface People {
  identify(address: string): Identity;
  roleOf(address: string): AddressRole;
  personOf(address: string): DirectoryEntry | undefined;
  isSchoolAddress(address: string): boolean;
  isOfficial(address: string): boolean;
  readonly entries: readonly DirectoryEntry[];
}

export function createPeople(profile: PeopleProfile, directory: readonly DirectoryEntry[] = []): People {
  const domainRoles = new Map<string, Set<Role>>();
  const addDomains = (domains: readonly string[], role: Role) => {
    for (const domain of domains) {
      const key = domain.toLowerCase();
      const roles = domainRoles.get(key) ?? new Set<Role>();
      roles.add(role);
      domainRoles.set(key, roles);
    }
  };
  addDomains(profile.domains.staff, 'staff');
  addDomains(profile.domains.pupils, 'pupil');
  addDomains(profile.domains.parents, 'parent');

  const official = new Set(profile.mail.officialAccounts.map(mailboxKey));
  const byEmail = new Map<string, DirectoryEntry>();
  const byPersonal = new Map<string, DirectoryEntry>();
  for (const entry of directory) {
    const key = mailboxKey(entry.email);
    if (!byEmail.has(key)) byEmail.set(key, entry);
  }
  for (const entry of directory) {
    for (const personal of entry.personalEmails) {
      const key = mailboxKey(personal);
      if (!byPersonal.has(key)) byPersonal.set(key, entry);
    }
  }

  const identify = (raw: string): Identity => {
    const address = parseAddress(raw)?.address;
    if (address === undefined) {
      return {
        address: '',
        role: 'unknown',
        source: 'none',
        viaPersonalAddress: false,
        school: false,
        official: false,
      };
    }
    const key = mailboxKey(address);
    const roles = domainRoles.get(domainOf(address));
    const common = { address, school: roles !== undefined, official: official.has(key) };

    const person = byEmail.get(key);
    if (person) {
      const other = byPersonal.get(key);
      return {
        ...common,
        role: person.role,
        source: 'directory',
        person,
        viaPersonalAddress: false,
        ...(other && other !== person ? { personalAddressOf: other } : {}),
      };
    }
    const owner = byPersonal.get(key);
    if (owner)
      return { ...common, role: owner.role, source: 'personal-address', person: owner, viaPersonalAddress: true };
    if (roles && roles.size === 1) {
      const [role] = [...roles] as [Role];
      return { ...common, role, source: 'domain', viaPersonalAddress: false };
    }
    return { ...common, role: 'unknown', source: 'none', viaPersonalAddress: false };
  };

  return {
    identify,
    roleOf: (address) => identify(address).role,
    personOf: (address) => identify(address).person,
    isSchoolAddress: (address) => identify(address).school,
    isOfficial: (address) => identify(address).official,
    entries: directory,
  };
}
