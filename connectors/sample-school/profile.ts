/** The sample school's policy profile (CONTRACTS §1): the shape `parseProfile` accepts. */
import type { Profile } from '../../core/policy';
import { PUPIL_DOMAIN, STAFF_DOMAIN, staffByRole, type SchoolPeople } from './people';

export const SCHOOL_NAME = 'Oakfield Academy';

/** Term dates of the 2025/26 academic year. */
export const TERMS = [
  { name: 'Autumn 2025', start: '2025-09-03', end: '2025-12-19' },
  { name: 'Spring 2026', start: '2026-01-05', end: '2026-03-27' },
  { name: 'Summer 2026', start: '2026-04-13', end: '2026-07-22' },
] as const;

export function sampleProfile(people: SchoolPeople): Profile {
  const head = staffByRole(people, 'Headteacher');
  const deputyDsl = staffByRole(people, 'Assistant Headteacher (Pastoral)');
  const it = staffByRole(people, 'IT Technician');
  return {
    school: {
      name: SCHOOL_NAME,
      timezone: 'Europe/London',
      urn: '199412',
      website: `https://www.${STAFF_DOMAIN}`,
    },
    domains: {
      staff: [STAFF_DOMAIN],
      pupils: [PUPIL_DOMAIN],
      parents: [],
      orgUnits: { staff: ['/Staff'], pupils: ['/Pupils'] },
    },
    contacts: {
      dsl: `dsl@${STAFF_DOMAIN}`,
      deputyDsl: [deputyDsl.email],
      headteacher: head.email,
      // Concerns about staff (the mail review digest) go to the head as case manager.
      caseManager: head.email,
      chairOfGovernors: `chair.governors@${STAFF_DOMAIN}`,
      dpo: `dpo@${STAFF_DOMAIN}`,
      it: [it.email],
      office: [`office@${STAFF_DOMAIN}`],
      governors: [`chair.governors@${STAFF_DOMAIN}`, `clerk@${STAFF_DOMAIN}`],
      // Ofcom keeps 0161 496 0000–0999 for drama and examples, so this number rings no one.
      lado: {
        name: 'Local Authority Designated Officer',
        phone: '0161 496 0999',
        email: 'lado@council.example.gov.uk',
      },
      googleAdmin: `admin@${STAFF_DOMAIN}`,
    },
    calendar: {
      academicYearStart: '09-01',
      terms: TERMS.map((t) => ({ ...t })),
    },
    mail: {
      staffPupilEmail: 'allowed',
      allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
      officialAccounts: [`office@${STAFF_DOMAIN}`, `no-reply@${STAFF_DOMAIN}`],
      requireColleagueCopy: false,
    },
    sharing: {
      allowedExternalDomains: ['oakfield-trust.example.org.uk'],
      allowedPublicFolders: ['Website/Newsletters'],
      fixDomainLinks: false,
    },
    scan: { minConfidence: 'medium', maxFileMb: 100 },
  };
}
