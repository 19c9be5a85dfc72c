export { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from './server';
export { fetchTrusting } from './https-fetch';
export { defaultTenantFixture, GraphTenant, type TenantFixture, type SentMail } from './tenant';
export type { FaultSpec } from './faults';
export type { LoggedRequest } from './request-log';
