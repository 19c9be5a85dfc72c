export { startGoogleEmulator, type GoogleEmulator, type GoogleEmulatorOptions } from './server';
export type { CoreRequest, CoreResponse } from './core';
export { GoogleFaults, type GoogleFaultSpec, type RandomFaults } from './faults';
export {
  DOC_MIME,
  FOLDER_MIME,
  SHEET_MIME,
  SLIDES_MIME,
  SMALL_SCHOOL_UPNS,
  smallSchoolExpectedFindings,
  smallSchoolFixture,
  smallSchoolProfile,
  type ExpectedFinding,
  type FileFixture,
  type GoogleTenantFixture,
  type PermissionFixture,
  type SharedDriveFixture,
  type UserFixture,
} from './fixture';
export { GoogleTenant, permissionIdFor, type EmuFile, type EmuPermission, type FileUpdate } from './tenant';
export { RequestLog, type LoggedRequest } from '../graph/request-log';
