/**
 * Base of every fake service object. The boundary (runtime/boundary.ts) hands scripts a Proxy of each
 * instance rather than the instance itself, so a script only ever reaches fakes through the calls Apps
 * Script has; `fakeService` tells the boundary which service a mutation belongs to (spreadsheet writes
 * are tracked for flush()).
 */
export abstract class FakeObject {
  readonly fakeService: string = 'base';
}

export function isFakeObject(value: unknown): value is FakeObject {
  return value instanceof FakeObject;
}
