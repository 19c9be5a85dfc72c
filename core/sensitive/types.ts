/** The type ids of CONTRACTS §3, exactly. */
export const SENSITIVE_TYPES = [
  'upn',
  'uln',
  'nhs_number',
  'ni_number',
  'passport_number',
  'driving_licence',
  'payment_card',
  'bank_account',
  'iban',
  'date_of_birth',
  'phone_number',
  'email_address',
  'postal_address',
  'health',
  'sen',
  'safeguarding',
] as const;
export type SensitiveType = (typeof SENSITIVE_TYPES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** One occurrence found in a text. `masked` is safe to show; the raw value never leaves the scanner. */
export interface Match {
  readonly type: SensitiveType;
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  readonly masked: string;
}

/** What the scanner reports for one (text, type): a count and a few masked examples. */
export interface Finding {
  readonly type: SensitiveType;
  readonly confidence: Confidence;
  readonly count: number;
  readonly examples: readonly string[];
}
