import { closestKey, editDistance } from '../../../core/policy/suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['staffpupilemial', 'staffpupilemail', 1],
    ['ab', 'ba', 1],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestKey', () => {
  const keys = ['staffPupilEmail', 'allowedHours', 'officialAccounts', 'requireColleagueCopy'];
  it('ignores case, underscores and hyphens', () => {
    expect(closestKey('Staff_Pupil_Email', keys)).toBe('staffPupilEmail');
    expect(closestKey('allowed-hours', keys)).toBe('allowedHours');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(closestKey('colour', keys)).toBeUndefined();
    expect(closestKey('x', keys)).toBeUndefined();
  });
});

describe('closestKey: containment', () => {
  it('suggests a key contained in the unknown one', () => {
    expect(closestKey('telephone', ['name', 'phone', 'email'])).toBe('phone');
    expect(closestKey('tel', ['name', 'phone', 'email'])).toBeUndefined();
  });
});
