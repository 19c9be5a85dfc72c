export { parseAddress, parseAddressList, normaliseAddress, domainOf, mailboxKey, type ParsedAddress } from './address';
export { parseCsv, parseCsvRows, type CsvRow } from './csv';
export {
  parseDirectory,
  formatDirectoryErrors,
  type DirectoryEntry,
  type DirectoryError,
  type DirectoryResult,
} from './directory';
export { createPeople, type People, type PeopleProfile, type Identity } from './people';
export { orgUnitRole } from './org-units';
export { ROLES, isRole, type Role, type AddressRole } from './roles';
