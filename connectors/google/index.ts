/** Google Workspace connector: sign-in, the shared request limiter, Directory and the Drive sharing inventory. */
export { googleConnection, GoogleCredentialsError, GOOGLE_SCOPES, type GoogleConnection } from './auth';
export {
  createGoogleLimiter,
  GOOGLE_LIMIT_DEFAULTS,
  type GoogleLimiter,
  type GoogleLimiterOptions,
  type LimiterClock,
  type LimiterStats,
  type RetryEvent,
} from './limiter';
export { GoogleApiError, backoffDelay, classifyFailure, parseRetryAfter } from './retry';
export { googleClients, googleServiceOptions, type GoogleClients } from './clients';
export { listDirectoryUsers, inDomains } from './directory';
export { googleSharingInventory, type GoogleInventoryOptions } from './drive-inventory';
export { DRIVE_ACTIVITY_LAG_MARGIN_MS, DriveActivityRangeError, driveActivityScopes } from './drive-activity';
