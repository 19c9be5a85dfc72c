import { HEALTH_TERMS } from './health-terms';
import { SAFEGUARDING_CODES, SAFEGUARDING_TERMS } from './safeguarding-terms';
import { SEN_CODES, SEN_TERMS } from './sen-terms';
import { createSpecialCategoryScanner } from './special-category';

/** Health, SEN and safeguarding, found together in one pass. */
export const specialCategoryScanner = createSpecialCategoryScanner([
  { type: 'health', terms: HEALTH_TERMS, codes: [] },
  { type: 'sen', terms: SEN_TERMS, codes: SEN_CODES },
  { type: 'safeguarding', terms: SAFEGUARDING_TERMS, codes: SAFEGUARDING_CODES },
]);
