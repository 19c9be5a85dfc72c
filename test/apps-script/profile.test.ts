/** The profile in the SOS_PROFILE script property: validated on the way in and on every load. */
import { ProfileError, loadProfile, storeProfile } from '../../apps-script/platform/profile';
import { moduleWorld } from './modules';
import { PROFILE } from './school';

describe('the stored profile', () => {
  it('is stored as given once valid, and loaded with defaults filled in', () => {
    const world = moduleWorld();
    world.byHand(() => storeProfile(JSON.stringify(PROFILE)));
    expect(JSON.parse(world.scriptProperties().getProperty('SOS_PROFILE')!)).toEqual(PROFILE);
    expect(world.byHand(() => loadProfile()).scan.minConfidence).toBe('medium');
  });

  it('is refused with the field named, and nothing stored, when invalid', () => {
    const world = moduleWorld();
    const bad = { ...PROFILE, mail: { ...PROFILE.mail, staffPupilEmail: 'sometimes' } };
    expect(() => world.byHand(() => storeProfile(bad))).toThrow(/SOS_PROFILE: mail\.staffPupilEmail/);
    expect(world.scriptProperties().getProperty('SOS_PROFILE')).toBeNull();
  });

  it('says where to put it when there is none', () => {
    const world = moduleWorld();
    expect(() => world.byHand(() => loadProfile())).toThrow(ProfileError);
    expect(() => world.byHand(() => storeProfile(undefined))).toThrow(/Script properties/);
  });
});
