export { startGmailEmulator, type GmailEmulator, type GmailEmulatorOptions } from './server';
export { GmailDomain, type DeliverOptions } from './domain';
export type { FaultSpec } from './faults';
export type { LoggedRequest } from './request-log';
