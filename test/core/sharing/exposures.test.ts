import {
  exposuresOf,
  grantExposure,
  isSchoolAccount,
  normaliseDomainName,
  sortExposures,
} from '../../../core/sharing/exposures';
import type { SharingGrant } from '../../../core/sharing/types';
import { anyoneLink, anyonePublic, CONTEXT, domainGrant, grant, item, NOW, ownerGrant, userGrant } from './helpers';

const exposure = (g: SharingGrant) => grantExposure(g, CONTEXT);

describe('grantExposure', () => {
  it('tells public, anyone-with-link and organisation links apart', () => {
    expect(exposure(anyonePublic())).toBe('anyone-public');
    expect(exposure(anyoneLink())).toBe('anyone-with-link');
    expect(exposure(grant({ id: 'a', kind: 'anyone' }))).toBe('anyone-with-link');
    expect(exposure(domainGrant('oakfield.sch.uk'))).toBe('domain-link');
    expect(exposure(domainGrant('oakfield.sch.uk', 'd', { discoverable: true }))).toBe('domain-link');
    expect(exposure(domainGrant('pupils.oakfield.sch.uk'))).toBe('domain-link');
  });

  it('treats an organisation link that names no domain as the school’s own', () => {
    expect(exposure(grant({ id: 'org', kind: 'domain' }))).toBe('domain-link');
    expect(exposure(grant({ id: 'org', kind: 'domain', domain: '  ' }))).toBe('domain-link');
  });

  it('compares domains and addresses case-insensitively, ignoring a trailing dot', () => {
    expect(exposure(domainGrant('OakField.SCH.uk.'))).toBe('domain-link');
    expect(exposure(userGrant('A.Brown@OAKFIELD.sch.UK'))).toBeUndefined();
    expect(exposure(userGrant('  a.brown@oakfield.sch.uk  '))).toBeUndefined();
    expect(normaliseDomainName(' Example.COM. ')).toBe('example.com');
  });

  it.each([
    ['a look-alike with a digit', 'x@oakfie1d.sch.uk'],
    ['the school domain with a suffix', 'x@oakfield.sch.uk.evil.com'],
    ['an unlisted subdomain', 'x@staff.oakfield.sch.uk'],
    ['a hyphenated look-alike', 'x@oakfield-sch.uk'],
    ['a personal address', 'jane.smith1984@gmail.com'],
  ])('reports %s as an external user', (_label, address) => {
    expect(exposure(userGrant(address))).toBe('external-user');
    expect(exposure(grant({ id: 'g', kind: 'group', emailAddress: address }))).toBe('external-user');
  });

  it('reports an organisation link to another domain as an external share', () => {
    expect(exposure(domainGrant('otherschool.sch.uk'))).toBe('external-user');
    expect(exposure(domainGrant('oakfield.sch.uk.evil.com'))).toBe('external-user');
  });

  it('allows partner domains for people, groups and domain grants', () => {
    expect(exposure(userGrant('head@OakfieldTrust.org.uk'))).toBeUndefined();
    expect(exposure(grant({ id: 'g', kind: 'group', emailAddress: 'staff@oakfieldtrust.org.uk' }))).toBeUndefined();
    expect(exposure(domainGrant('oakfieldtrust.org.uk'))).toBeUndefined();
    // but not their subdomains or look-alikes
    expect(exposure(userGrant('x@mail.oakfieldtrust.org.uk'))).toBe('external-user');
  });

  it('does not let a partner domain excuse an anyone link', () => {
    expect(exposure(anyoneLink('a', { domain: 'oakfieldtrust.org.uk' }))).toBe('anyone-with-link');
  });

  it('reports a person or group the provider does not name', () => {
    expect(exposure(grant({ id: 'u', kind: 'user' }))).toBe('external-user');
    expect(exposure(grant({ id: 'u', kind: 'user', emailAddress: 'not-an-address' }))).toBe('external-user');
    expect(exposure(grant({ id: 'u', kind: 'user', emailAddress: 'x@' }))).toBe('external-user');
  });

  it('counts known school accounts on unlisted domains as inside', () => {
    const context = { ...CONTEXT, schoolAddresses: ['Head@Oakfield-Academy.org.uk'] };
    expect(grantExposure(userGrant('head@oakfield-academy.org.uk'), context)).toBeUndefined();
    expect(grantExposure(userGrant('other@oakfield-academy.org.uk'), context)).toBe('external-user');
  });

  it('ignores owner, deleted and expired grants', () => {
    expect(exposure(ownerGrant('someone@gmail.com'))).toBeUndefined();
    expect(exposure(userGrant('x@gmail.com', 'u', { deleted: true }))).toBeUndefined();
    expect(exposure(anyoneLink('a', { expiresAt: NOW.toISOString() }))).toBeUndefined();
    expect(exposure(anyoneLink('a', { expiresAt: '2025-03-10T11:59:59Z' }))).toBeUndefined();
    expect(exposure(anyoneLink('a', { expiresAt: '2025-03-10T12:00:01Z' }))).toBe('anyone-with-link');
    expect(exposure(userGrant('x@gmail.com', 'u', { expiresAt: '2024-01-01T00:00:00Z' }))).toBeUndefined();
  });

  it('treats an unreadable expiry as no expiry', () => {
    expect(exposure(anyoneLink('a', { expiresAt: 'soon' }))).toBe('anyone-with-link');
  });
});

describe('exposuresOf', () => {
  it('lists every exposure in the contract’s order with the grants causing it', () => {
    const shared = item({
      grants: [
        ownerGrant(),
        userGrant('z@gmail.com', 'u2'),
        domainGrant('oakfield.sch.uk', 'd1'),
        userGrant('a@hotmail.com', 'u1'),
        anyoneLink('link'),
        anyonePublic('pub'),
        userGrant('colleague@oakfield.sch.uk', 'u3'),
      ],
    });
    const result = exposuresOf(shared, CONTEXT);
    expect(result.exposures).toEqual(['anyone-public', 'anyone-with-link', 'domain-link', 'external-user']);
    expect(result.causes.map((cause) => [cause.exposure, cause.grants.map((g) => g.id)])).toEqual([
      ['anyone-public', ['pub']],
      ['anyone-with-link', ['link']],
      ['domain-link', ['d1']],
      ['external-user', ['u1', 'u2']],
    ]);
  });

  it('gives nothing for an item shared only inside the school or with partners', () => {
    const result = exposuresOf(
      item({ grants: [ownerGrant(), userGrant('a@oakfield.sch.uk'), userGrant('b@oakfieldtrust.org.uk')] }),
      CONTEXT,
    );
    expect(result).toEqual({ exposures: [], causes: [] });
  });

  it('gives nothing for a trashed item', () => {
    expect(exposuresOf(item({ trashed: true, grants: [anyonePublic()] }), CONTEXT).exposures).toEqual([]);
  });

  it('keeps a grant listed twice once', () => {
    const result = exposuresOf(item({ grants: [anyoneLink('a'), anyoneLink('a')] }), CONTEXT);
    expect(result.causes[0]?.grants).toHaveLength(1);
  });

  it('reports inherited grants too (a file inherits its folder’s exposure)', () => {
    const result = exposuresOf(item({ grants: [anyoneLink('a', { inheritedFrom: 'folder-1' })] }), CONTEXT);
    expect(result.exposures).toEqual(['anyone-with-link']);
  });
});

describe('isSchoolAccount and sortExposures', () => {
  it('recognises school accounts exactly', () => {
    expect(isSchoolAccount('J.Smith@Oakfield.sch.uk', CONTEXT)).toBe(true);
    expect(isSchoolAccount('j.smith@oakfie1d.sch.uk', CONTEXT)).toBe(false);
    expect(isSchoolAccount('partner@oakfieldtrust.org.uk', CONTEXT)).toBe(false);
    expect(isSchoolAccount('', CONTEXT)).toBe(false);
  });

  it('sorts and de-duplicates exposure ids', () => {
    expect(sortExposures(['external-user', 'anyone-public', 'external-user', 'domain-link'])).toEqual([
      'anyone-public',
      'domain-link',
      'external-user',
    ]);
  });
});

describe('shared-drive membership', () => {
  const drive = (grants: SharingGrant[]) => item({ driveId: 'drv1', parents: ['drv1'], owner: '', grants });

  it('the school domain as a member of the drive is membership, not a domain link', () => {
    const member = grant({ id: 'd1', kind: 'domain', domain: 'Oakfield.sch.uk', inheritedFrom: 'drv1' });
    expect(exposuresOf(drive([member]), CONTEXT).exposures).toEqual([]);
  });

  it('a domain link set on a file of the drive is still reported, and so is an outside domain as a member', () => {
    const onFile = grant({ id: 'd2', kind: 'domain', domain: 'oakfield.sch.uk' });
    const outside = grant({ id: 'd3', kind: 'domain', domain: 'other-school.sch.uk', inheritedFrom: 'drv1' });
    expect(exposuresOf(drive([onFile]), CONTEXT).exposures).toEqual(['domain-link']);
    expect(exposuresOf(drive([outside]), CONTEXT).exposures).toEqual(['external-user']);
  });
});
