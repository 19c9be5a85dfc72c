import type { Confidence, Finding, SensitiveType } from '../sensitive/types';

/**
 * How much harm one exposed occurrence of a type could do. Special-category and safeguarding data
 * (UK GDPR Art. 9, KCSIE) weigh most; identifiers that unlock records (UPN, NHS, NI, bank) come next;
 * contact details, which schools publish routinely, weigh least.
 */
export const TYPE_WEIGHTS: Record<SensitiveType, number> = {
  safeguarding: 20,
  health: 16,
  sen: 16,
  nhs_number: 8,
  payment_card: 8,
  upn: 6,
  uln: 6,
  ni_number: 6,
  passport_number: 6,
  driving_licence: 6,
  bank_account: 6,
  iban: 6,
  date_of_birth: 4,
  postal_address: 3,
  phone_number: 1,
  email_address: 1,
};

/** A low-confidence match is more often a false positive, so it counts for less. */
export const CONFIDENCE_FACTORS: Record<Confidence, number> = { low: 0.25, medium: 0.6, high: 1 };

export type RiskBand = 'high' | 'medium' | 'low';

/**
 * weight × confidence × count, with the count dampened (1 + log2 count) so that a staff list with 300
 * email addresses does not outrank a single child-protection note.
 */
export function findingRisk(finding: Pick<Finding, 'type' | 'confidence' | 'count'>): number {
  const count = Math.max(1, finding.count);
  return TYPE_WEIGHTS[finding.type] * CONFIDENCE_FACTORS[finding.confidence] * (1 + Math.log2(count));
}

/** A file's score: the sum over its findings, rounded to one decimal for display and stable sorting. */
export function fileRisk(findings: readonly Pick<Finding, 'type' | 'confidence' | 'count'>[]): number {
  const total = findings.reduce((sum, f) => sum + findingRisk(f), 0);
  return Math.round(total * 10) / 10;
}

/**
 * Bands chosen so that one confident special-category finding, or a few pupils' identifiers together,
 * is high; one identifier alone is medium; contact details alone are low.
 */
export function riskBand(score: number): RiskBand {
  if (score >= 14) return 'high';
  if (score >= 6) return 'medium';
  return 'low';
}
