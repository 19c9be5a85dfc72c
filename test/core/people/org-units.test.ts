import { orgUnitRole } from '../../../core/people/org-units';

const profile = (staff: string[], pupils: string[]) => ({ domains: { orgUnits: { staff, pupils } } });

describe('orgUnitRole', () => {
  const p = profile(['/Staff'], ['/Pupils', '/Staff/Student Teachers/Pupil Accounts']);

  it.each([
    ['/Staff', 'staff'],
    ['/Staff/Teachers', 'staff'],
    ['/staff/teachers/', 'staff'],
    ['/Pupils/Year 7', 'pupil'],
    ['/Staff/Student Teachers/Pupil Accounts/2025', 'pupil'],
    ['/StaffRoom', undefined],
    ['/Pupils-Archive', undefined],
    ['/', undefined],
  ])('%s is %s', (path, role) => {
    expect(orgUnitRole(p, path)).toBe(role);
  });

  it('gives no role to a unit listed for both', () => {
    expect(orgUnitRole(profile(['/Everyone'], ['/Everyone']), '/Everyone/A')).toBeUndefined();
  });
});
