/**
 * The sample school's people without writing the school: drawn from the same seed and the same stream
 * as `buildSampleSchool`, so a pupil named in a demo incident is a pupil in the demo's directory.csv.
 */
import { DEFAULT_SEED } from './generate';
import { createPeople, type SchoolPeople } from './people';
import { Random } from './random';

export function samplePeople(seed = DEFAULT_SEED): SchoolPeople {
  return createPeople(new Random(seed).fork('people'));
}
