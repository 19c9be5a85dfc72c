import { parseProfile } from '../../../core/policy';
import { EXPOSURE_IDS } from '../../../core/sharing/types';
import { smallSchoolExpectedFindings, smallSchoolFixture, smallSchoolProfile, SMALL_SCHOOL_UPNS } from './fixture';
import { GoogleTenant } from './tenant';

describe('small school fixture', () => {
  const fixture = smallSchoolFixture();
  const tenant = new GoogleTenant(fixture);

  it('loads, and its profile is valid', () => {
    expect(tenant.fileCount).toBe(fixture.files.length);
    expect(parseProfile(smallSchoolProfile()).ok).toBe(true);
  });

  it('expects findings only for live files owned inside the school, in contract order', () => {
    for (const finding of smallSchoolExpectedFindings) {
      const f = tenant.file(finding.fileId);
      expect(f).toBeDefined();
      expect(f?.trashed).toBe(false);
      const owner = f?.owner;
      if (owner !== undefined) expect(fixture.domains).toContain(owner.split('@')[1]);
      const order = finding.exposure.map((e) => EXPOSURE_IDS.indexOf(e));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const ids = smallSchoolExpectedFindings.map((f) => f.fileId);
    for (const notExposed of ['f-partner-share', 'f-expired-link', 'f-trashed-exposed', 'f-external-owned']) {
      expect(ids).not.toContain(notExposed);
    }
  });

  it('holds valid-format UPNs in content', () => {
    expect(SMALL_SCHOOL_UPNS.every((u) => /^[A-Z]\d{12}$/.test(u))).toBe(true);
    expect(tenant.file('f-trip-consent')?.content.toString()).toContain(SMALL_SCHOOL_UPNS[0]);
  });
});
