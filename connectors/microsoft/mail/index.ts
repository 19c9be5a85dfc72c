/** Staff Sent Items through Microsoft Graph (message delta), as a LiveMailSource. */
export {
  graphMailSource,
  graphFailure,
  deltaCursorKey,
  seenCursorKey,
  DEFAULT_LOOKBACK_DAYS,
  type GraphMailSourceOptions,
} from './graph-mail-source';
export { pupilRecipientTest } from './delta-item';
