import { parseProfile } from '../../../core/policy';
import { sharingPolicy } from '../../../core/sharing/policy';
import { anyoneLink, anyonePublic, domainGrant, item, NOW, userGrant } from './helpers';

function profile(sharing: Record<string, unknown> = {}) {
  const result = parseProfile({
    school: { name: 'Oakfield', timezone: 'Europe/London' },
    domains: { staff: ['oakfield.sch.uk'], pupils: ['pupils.oakfield.sch.uk'] },
    mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
    sharing,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.profile;
}

describe('sharingPolicy', () => {
  const folders = { web: { name: 'Website', parents: [] }, news: { name: 'Newsletters', parents: ['web'] } };

  it('judges exposures from the profile’s domains and partners', () => {
    const policy = sharingPolicy(profile({ allowedExternalDomains: ['trust.org.uk'] }), {
      now: () => NOW,
      scanContent: false,
    });
    const judged = policy.judge(
      item({
        grants: [
          userGrant('x@trust.org.uk'),
          userGrant('pupil@pupils.oakfield.sch.uk'),
          domainGrant('oakfield.sch.uk'),
          userGrant('x@gmail.com'),
        ],
      }),
      {},
    );
    expect(judged.exposures).toEqual(['domain-link', 'external-user']);
    expect(judged.causes[1]?.grants.map((g) => g.emailAddress)).toEqual(['x@gmail.com']);
    expect(judged.allowedPublic).toBe(false);
  });

  it('applies allowed public folders but still reports external shares there', () => {
    const policy = sharingPolicy(profile({ allowedPublicFolders: ['Website/Newsletters'] }), {
      now: () => NOW,
      scanContent: false,
    });
    const judged = policy.judge(
      item({ parents: ['news'], grants: [anyonePublic(), userGrant('x@gmail.com')] }),
      folders,
    );
    expect(judged).toMatchObject({ exposures: ['external-user'], allowedPublic: true });
    expect(policy.judge(item({ parents: ['news'], grants: [anyonePublic()] }), folders).exposures).toEqual([]);
  });

  it('does not report files owned outside the school, except on shared drives', () => {
    const policy = sharingPolicy(profile(), { now: () => NOW, scanContent: false });
    const outside = item({ owner: 'someone@gmail.com', grants: [anyoneLink()] });
    expect(policy.judge(outside, {})).toMatchObject({ exposures: [], ownedOutside: true });
    expect(policy.judge({ ...outside, driveId: 'd1' }, {}).exposures).toEqual(['anyone-with-link']);
    expect(policy.judge({ ...outside, owner: '' }, {}).exposures).toEqual(['anyone-with-link']);
    expect(policy.judge({ ...outside, owner: 'x@oakfie1d.sch.uk' }, {}).ownedOutside).toBe(true);
  });

  it('reads the clock on every judgement, for link expiry', () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const policy = sharingPolicy(profile(), { now: () => now, scanContent: false });
    const expiring = item({ grants: [anyoneLink('l', { expiresAt: '2025-02-01T00:00:00Z' })] });
    expect(policy.judge(expiring, {}).exposures).toEqual(['anyone-with-link']);
    now = new Date('2025-02-01T00:00:00Z');
    expect(policy.judge(expiring, {}).exposures).toEqual([]);
  });

  it('treats [] as "not scanned" unless content scanning is on', () => {
    const unscanned = sharingPolicy(profile(), { now: () => NOW, scanContent: false });
    const scanned = sharingPolicy(profile(), { now: () => NOW, scanContent: true });
    expect(unscanned.risk(['anyone-public'], [])).toBe('high');
    expect(scanned.risk(['anyone-public'], [])).toBe('medium');
    expect(scanned.risk(['anyone-public'], [], false)).toBe('high');
    expect(scanned.risk(['anyone-with-link'], ['sen'])).toBe('critical');
  });
});
