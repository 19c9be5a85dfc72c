/**
 * Google org units decide staff or pupil where a school keeps both on one domain (research/google.md:
 * trust the OU, not the address pattern). A listed path includes its sub-units: "/Pupils" covers
 * "/Pupils/Year 7" but not "/Pupils-Archive". The deepest listed path wins; a unit
 * listed under both gives no role.
 */
import type { ResolvedProfile } from '../policy/schema';

export function orgUnitRole(
  profile: { readonly domains: Pick<ResolvedProfile['domains'], 'orgUnits'> },
  orgUnitPath: string,
): 'staff' | 'pupil' | undefined {
  const path = orgUnitPath
    .trim()
    .toLowerCase()
    .replace(/(.)\/+$/, '$1');
  let best: { role: 'staff' | 'pupil' | undefined; depth: number } = { role: undefined, depth: -1 };
  const consider = (listed: readonly string[], role: 'staff' | 'pupil') => {
    for (const unit of listed) {
      const prefix = unit.toLowerCase();
      const inside = prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
      if (!inside) continue;
      if (prefix.length > best.depth) best = { role, depth: prefix.length };
      // The same unit listed for both: the profile does not say, so neither is assumed.
      else if (prefix.length === best.depth && best.role !== role) best = { role: undefined, depth: prefix.length };
    }
  };
  consider(profile.domains.orgUnits.staff, 'staff');
  consider(profile.domains.orgUnits.pupils, 'pupil');
  return best.role;
}
