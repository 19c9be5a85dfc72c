import fc from 'fast-check';
import { SENSITIVE_TYPES, type SensitiveType } from '../../../core/sensitive/types';
import {
  EXPOSURE_SEVERITY_ORDER,
  exposureRisk,
  isAtLeast,
  maxRisk,
  RISK_MATRIX,
  riskRank,
  SENSITIVITY_CLASSES,
  sensitivityClass,
  TYPE_CLASSES,
  type SensitivityClass,
} from '../../../core/sharing/risk';
import { EXPOSURE_IDS, type ExposureId, type RiskLevel } from '../../../core/sharing/types';

/** One representative input per sensitivity class. */
const SAMPLE: Record<SensitivityClass, readonly SensitiveType[] | undefined> = {
  none: [],
  unscanned: undefined,
  personal: ['phone_number'],
  identifier: ['upn'],
  special: ['safeguarding'],
};

describe('the risk matrix, cell by cell', () => {
  it.each<[ExposureId, SensitivityClass, RiskLevel]>([
    ['domain-link', 'none', 'low'],
    ['domain-link', 'unscanned', 'low'],
    ['domain-link', 'personal', 'low'],
    ['domain-link', 'identifier', 'medium'],
    ['domain-link', 'special', 'high'],
    ['external-user', 'none', 'low'],
    ['external-user', 'unscanned', 'medium'],
    ['external-user', 'personal', 'medium'],
    ['external-user', 'identifier', 'high'],
    ['external-user', 'special', 'high'],
    ['anyone-with-link', 'none', 'low'],
    ['anyone-with-link', 'unscanned', 'medium'],
    ['anyone-with-link', 'personal', 'high'],
    ['anyone-with-link', 'identifier', 'critical'],
    ['anyone-with-link', 'special', 'critical'],
    ['anyone-public', 'none', 'medium'],
    ['anyone-public', 'unscanned', 'high'],
    ['anyone-public', 'personal', 'high'],
    ['anyone-public', 'identifier', 'critical'],
    ['anyone-public', 'special', 'critical'],
  ])('%s with %s content is %s', (exposure, cls, level) => {
    expect(RISK_MATRIX[exposure][cls]).toBe(level);
    expect(exposureRisk([exposure], SAMPLE[cls])).toBe(level);
  });

  it('has exactly the cells tested above', () => {
    expect(Object.keys(RISK_MATRIX).sort()).toEqual([...EXPOSURE_IDS].sort());
    for (const row of Object.values(RISK_MATRIX))
      expect(Object.keys(row).sort()).toEqual([...SENSITIVITY_CLASSES].sort());
  });
});

describe('sensitivityClass', () => {
  it('classes every type', () => {
    for (const type of SENSITIVE_TYPES) expect(TYPE_CLASSES[type]).toBeDefined();
    expect(['health', 'sen', 'safeguarding'].map((t) => TYPE_CLASSES[t as SensitiveType])).toEqual([
      'special',
      'special',
      'special',
    ]);
    expect(
      ['upn', 'uln', 'nhs_number', 'ni_number'].every((t) => TYPE_CLASSES[t as SensitiveType] === 'identifier'),
    ).toBe(true);
  });

  it('takes the most sensitive type found', () => {
    expect(sensitivityClass(undefined)).toBe('unscanned');
    expect(sensitivityClass([])).toBe('none');
    expect(sensitivityClass(['email_address', 'date_of_birth'])).toBe('personal');
    expect(sensitivityClass(['email_address', 'nhs_number'])).toBe('identifier');
    expect(sensitivityClass(['upn', 'health', 'phone_number'])).toBe('special');
  });
});

describe('exposureRisk', () => {
  it('takes the worst exposure of an item', () => {
    expect(exposureRisk(['domain-link', 'anyone-public'], [])).toBe('medium');
    expect(exposureRisk(['domain-link', 'external-user'], ['upn'])).toBe('high');
    expect(exposureRisk([], ['safeguarding'])).toBe('low');
  });

  const exposuresArb = fc.subarray([...EXPOSURE_IDS], { minLength: 1 });
  const typesArb = fc.subarray([...SENSITIVE_TYPES]);
  const maybeTypes = fc.option(typesArb, { nil: undefined });

  it('never falls when an exposure is added (property)', () => {
    fc.assert(
      fc.property(exposuresArb, fc.constantFrom(...EXPOSURE_IDS), maybeTypes, (exposures, extra, types) => {
        expect(riskRank(exposureRisk([...exposures, extra], types))).toBeGreaterThanOrEqual(
          riskRank(exposureRisk(exposures, types)),
        );
      }),
    );
  });

  it('never falls when a sensitive type is added, or when scanning finds anything (property)', () => {
    fc.assert(
      fc.property(exposuresArb, typesArb, fc.constantFrom(...SENSITIVE_TYPES), (exposures, types, extra) => {
        const base = riskRank(exposureRisk(exposures, types));
        expect(riskRank(exposureRisk(exposures, [...types, extra]))).toBeGreaterThanOrEqual(base);
        if (types.length > 0) {
          expect(base).toBeGreaterThanOrEqual(riskRank(exposureRisk(exposures, undefined)));
        } else {
          expect(base).toBeLessThanOrEqual(riskRank(exposureRisk(exposures, undefined)));
        }
      }),
    );
  });

  it('is monotonic along both axes of the matrix (property)', () => {
    const index = fc.nat({ max: EXPOSURE_SEVERITY_ORDER.length - 1 });
    const cls = fc.nat({ max: SENSITIVITY_CLASSES.length - 1 });
    fc.assert(
      fc.property(index, index, cls, cls, (e1, e2, c1, c2) => {
        const [lowE, highE] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const [lowC, highC] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const at = (e: number, c: number) =>
          riskRank(RISK_MATRIX[EXPOSURE_SEVERITY_ORDER[e] as ExposureId][SENSITIVITY_CLASSES[c] as SensitivityClass]);
        expect(at(highE, highC)).toBeGreaterThanOrEqual(at(lowE, lowC));
        expect(at(highE, lowC)).toBeGreaterThanOrEqual(at(lowE, lowC));
        expect(at(lowE, highC)).toBeGreaterThanOrEqual(at(lowE, lowC));
      }),
    );
  });
});

describe('risk level helpers', () => {
  it('ranks and compares levels', () => {
    expect(['low', 'medium', 'high', 'critical'].map((l) => riskRank(l as RiskLevel))).toEqual([0, 1, 2, 3]);
    expect(isAtLeast('high', 'medium')).toBe(true);
    expect(isAtLeast('medium', 'medium')).toBe(true);
    expect(isAtLeast('low', 'medium')).toBe(false);
    expect(maxRisk(['low', 'critical', 'medium'])).toBe('critical');
    expect(maxRisk([])).toBe('low');
  });
});
