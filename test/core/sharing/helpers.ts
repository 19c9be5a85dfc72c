import type { SharedItem, SharingGrant } from '../../../core/sharing/types';
import type { ExposureContext } from '../../../core/sharing/exposures';

export const NOW = new Date('2025-03-10T12:00:00Z');

export const CONTEXT: ExposureContext = {
  schoolDomains: ['oakfield.sch.uk', 'pupils.oakfield.sch.uk'],
  allowedExternalDomains: ['oakfieldtrust.org.uk'],
  now: NOW,
};

export function grant(overrides: Partial<SharingGrant> & Pick<SharingGrant, 'id' | 'kind'>): SharingGrant {
  return { role: 'reader', ...overrides };
}

export const anyoneLink = (id = 'anyoneWithLink', extra: Partial<SharingGrant> = {}) =>
  grant({ id, kind: 'anyone', discoverable: false, ...extra });
export const anyonePublic = (id = 'anyone', extra: Partial<SharingGrant> = {}) =>
  grant({ id, kind: 'anyone', discoverable: true, ...extra });
export const domainGrant = (domain: string, id = `d-${domain}`, extra: Partial<SharingGrant> = {}) =>
  grant({ id, kind: 'domain', domain, ...extra });
export const userGrant = (emailAddress: string, id = `u-${emailAddress}`, extra: Partial<SharingGrant> = {}) =>
  grant({ id, kind: 'user', emailAddress, ...extra });
export const ownerGrant = (emailAddress = 'j.smith@oakfield.sch.uk') =>
  grant({ id: 'owner', kind: 'user', role: 'owner', emailAddress });

export function item(overrides: Partial<SharedItem> & { id?: string } = {}): SharedItem {
  return {
    provider: 'google',
    id: 'file-1',
    name: 'Class list.xlsx',
    mimeType: 'application/vnd.google-apps.spreadsheet',
    isFolder: false,
    owner: 'J.Smith@Oakfield.sch.uk',
    parents: [],
    trashed: false,
    grants: [ownerGrant()],
    ...overrides,
  };
}

export function folder(id: string, name: string, grants: SharingGrant[], extra: Partial<SharedItem> = {}): SharedItem {
  return item({
    id,
    name,
    isFolder: true,
    mimeType: 'application/vnd.google-apps.folder',
    grants: [ownerGrant(), ...grants],
    ...extra,
  });
}
