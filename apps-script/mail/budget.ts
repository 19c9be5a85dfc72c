/**
 * The time budget of one slice. Apps Script stops an execution at 6 minutes; a slice stops starting
 * new work at 4.5, which leaves time to record what it found, label the thread and save the cursor.
 */
import type { TimeBudget } from '../../core/jobs/ports';

export const SLICE_BUDGET_MS = 4.5 * 60 * 1000;

export function deadlineBudget(now: () => number, budgetMs: number = SLICE_BUDGET_MS): TimeBudget {
  const deadline = now() + budgetMs;
  return { hasTimeLeft: () => now() < deadline };
}
