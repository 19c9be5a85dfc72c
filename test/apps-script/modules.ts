/** For tests of the apps-script modules themselves: the fakes on globalThis, code run as one execution. */
import { FakeWorld, useModules, type WorldOptions } from '../fakes';
import { DSL } from './school';

export function moduleWorld(options: WorldOptions = {}): FakeWorld {
  const world = new FakeWorld({ user: DSL, now: '2026-03-10T09:00:00Z', ...options });
  useModules(world, {});
  return world;
}
