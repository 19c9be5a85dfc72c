/**
 * The field names a strict object accepts at a path of the profile, for "did you mean" and "allowed
 * here" hints. Walks zod's schema definitions, looking through wrappers (optional, default, pipes).
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, Walkable>;
  innerType?: Walkable;
  in?: Walkable;
  element?: Walkable;
}
interface Walkable {
  _zod: { def: Def };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: Walkable): Walkable {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

export function knownKeysAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: Walkable | undefined = unwrap(root as unknown as Walkable);
  for (const segment of path) {
    const def: Def = current._zod.def;
    if (def.type === 'object' && def.shape && typeof segment === 'string') current = def.shape[segment];
    else if (def.type === 'array' && def.element && typeof segment === 'number') current = def.element;
    else return [];
    if (current === undefined) return [];
    current = unwrap(current);
  }
  const shape = current._zod.def.shape;
  return shape ? Object.keys(shape) : [];
}
