import { z } from 'zod';

/** Defaults for `sos scan` and the content scan of exposed files. */
export const scanSection = z.strictObject({
  /** Findings below this confidence are not reported. */
  minConfidence: z.enum(['low', 'medium', 'high']).default('medium'),
  /** Larger files are reported as skipped, not read. */
  maxFileMb: z
    .number({ error: 'must be a number of megabytes, like 100' })
    .positive({ error: 'must be more than 0' })
    .max(2048, { error: 'must be at most 2048' })
    .default(100),
});
