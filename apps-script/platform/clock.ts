import type { Clock } from '../../core/incidents';

/** Apps Script's clock. A port so core never calls `new Date()` itself. */
export const systemClock: Clock = { now: () => new Date() };
