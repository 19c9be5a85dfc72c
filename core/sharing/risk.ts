/**
 * How bad an exposure is: who can reach the item × what it holds. The matrix is written out in full so
 * that a DSL or IT lead can read (and challenge) every cell:
 *
 * | exposure \ content  | nothing found | not scanned | personal | identifiers | special category |
 * |---------------------|---------------|-------------|----------|-------------|------------------|
 * | domain-link         | low           | low         | low      | medium      | high             |
 * | external-user       | low           | medium      | medium   | high        | high             |
 * | anyone-with-link    | low           | medium      | high     | critical    | critical         |
 * | anyone-public       | medium        | high        | high     | critical    | critical         |
 *
 * - special category: health, sen, safeguarding (UK GDPR Art. 9 and KCSIE).
 * - identifiers: pupil and personal record numbers (upn, uln, nhs_number, ni_number, passport,
 *   driving licence) and financial ones (payment card, bank account, IBAN).
 * - personal: date of birth, postal address, phone number, email address.
 * - "not scanned" sits between "nothing found" and "personal": an unread file may hold anything.
 *
 * Rows and columns are ordered by increasing exposure and sensitivity, and no cell is lower than the one
 * above it or to its left, so more exposure or more sensitivity never lowers the risk. A domain link to a
 * safeguarding note is high: in most schools "the organisation" includes every pupil.
 */
import type { SensitiveType } from '../sensitive/types';
import { RISK_LEVELS, type ExposureId, type RiskLevel } from './types';

export const SENSITIVITY_CLASSES = ['none', 'unscanned', 'personal', 'identifier', 'special'] as const;
export type SensitivityClass = (typeof SENSITIVITY_CLASSES)[number];

/** Least to most exposing. */
export const EXPOSURE_SEVERITY_ORDER: readonly ExposureId[] = [
  'domain-link',
  'external-user',
  'anyone-with-link',
  'anyone-public',
];

export const TYPE_CLASSES: Readonly<Record<SensitiveType, Exclude<SensitivityClass, 'none' | 'unscanned'>>> = {
  safeguarding: 'special',
  health: 'special',
  sen: 'special',
  upn: 'identifier',
  uln: 'identifier',
  nhs_number: 'identifier',
  ni_number: 'identifier',
  passport_number: 'identifier',
  driving_licence: 'identifier',
  payment_card: 'identifier',
  bank_account: 'identifier',
  iban: 'identifier',
  date_of_birth: 'personal',
  postal_address: 'personal',
  phone_number: 'personal',
  email_address: 'personal',
};

export const RISK_MATRIX: Readonly<Record<ExposureId, Readonly<Record<SensitivityClass, RiskLevel>>>> = {
  'domain-link': { none: 'low', unscanned: 'low', personal: 'low', identifier: 'medium', special: 'high' },
  'external-user': { none: 'low', unscanned: 'medium', personal: 'medium', identifier: 'high', special: 'high' },
  'anyone-with-link': {
    none: 'low',
    unscanned: 'medium',
    personal: 'high',
    identifier: 'critical',
    special: 'critical',
  },
  'anyone-public': { none: 'medium', unscanned: 'high', personal: 'high', identifier: 'critical', special: 'critical' },
};

/** 0 = low … 3 = critical. */
export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);
}

/** True when `level` is `threshold` or worse. */
export function isAtLeast(level: RiskLevel, threshold: RiskLevel): boolean {
  return riskRank(level) >= riskRank(threshold);
}

export function maxRisk(levels: Iterable<RiskLevel>): RiskLevel {
  let best: RiskLevel = 'low';
  for (const level of levels) if (riskRank(level) > riskRank(best)) best = level;
  return best;
}

/** Worst first, for sorting findings. */
export function compareRiskDescending(a: RiskLevel, b: RiskLevel): number {
  return riskRank(b) - riskRank(a);
}

/** The most sensitive class among the types found; `undefined` means the content was not scanned. */
export function sensitivityClass(sensitive: readonly SensitiveType[] | undefined): SensitivityClass {
  if (sensitive === undefined) return 'unscanned';
  let best: SensitivityClass = 'none';
  for (const type of sensitive) {
    const cls = TYPE_CLASSES[type];
    if (SENSITIVITY_CLASSES.indexOf(cls) > SENSITIVITY_CLASSES.indexOf(best)) best = cls;
  }
  return best;
}

/**
 * The item's risk: the worst cell over its exposures. `sensitive` undefined = not scanned (or the scan
 * failed); [] = scanned and nothing found. No exposure at all is low (and is not reported anyway).
 */
export function exposureRisk(
  exposures: readonly ExposureId[],
  sensitive: readonly SensitiveType[] | undefined,
): RiskLevel {
  const cls = sensitivityClass(sensitive);
  return maxRisk(exposures.map((exposure) => RISK_MATRIX[exposure][cls]));
}
