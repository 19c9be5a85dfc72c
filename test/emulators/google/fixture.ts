/**
 * The tenant a Google emulator serves, and one small hand-written school whose correct audit result is
 * known in advance (`smallSchoolExpectedFindings`), so connector and CLI tests can compare against it.
 */
import { upn } from '../../../connectors/sample-school/identifiers';
import type { Profile } from '../../../core/policy';
import type { ExposureId } from '../../../core/sharing/types';

export type PermissionType = 'user' | 'group' | 'domain' | 'anyone';
export type PermissionRole = 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';

export interface PermissionFixture {
  /** Default: stable per grantee (as Drive keeps one id per user, domain or link type). */
  id?: string;
  type: PermissionType;
  role: PermissionRole;
  emailAddress?: string;
  domain?: string;
  allowFileDiscovery?: boolean;
  expirationTime?: string;
  deleted?: boolean;
}

export interface FileFixture {
  id: string;
  name: string;
  /** 'application/vnd.google-apps.folder' for folders. */
  mimeType: string;
  /** My Drive owner (address); may be outside the school's domains. */
  owner?: string;
  /** Shared-drive item. */
  driveId?: string;
  /** Folder ids, or the drive id for a shared drive's top level. */
  parents?: string[];
  trashed?: boolean;
  size?: number;
  modifiedTime?: string;
  /** Text for Google Docs/Sheets (csv)/Slides exports, or the bytes of an upload (utf8). */
  content?: string;
  /** Binary uploads (docx, pdf...). */
  contentBase64?: string;
  /** Direct grants; the owner's grant is implicit. */
  permissions?: PermissionFixture[];
}

export interface UserFixture {
  primaryEmail: string;
  orgUnitPath?: string;
  suspended?: boolean;
  archived?: boolean;
  aliases?: string[];
  fullName?: string;
}

export interface SharedDriveFixture {
  id: string;
  name: string;
  members: PermissionFixture[];
}

export interface GoogleTenantFixture {
  /** The school's domains, e.g. ['oakfield.sch.uk', 'pupils.oakfield.sch.uk']. */
  readonly domains: readonly string[];
  /** Super admin address. */
  readonly admin: string;
  readonly users: readonly UserFixture[];
  readonly sharedDrives?: readonly SharedDriveFixture[];
  readonly files: readonly FileFixture[];
}

/** What a correct audit of a fixture reports for one file. */
export interface ExpectedFinding {
  readonly fileId: string;
  /** In CONTRACTS §5 order: anyone-public, anyone-with-link, domain-link, external-user. */
  readonly exposure: readonly ExposureId[];
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const SLIDES_MIME = 'application/vnd.google-apps.presentation';

const STAFF = 'oakfield.sch.uk';
const PUPILS = 'pupils.oakfield.sch.uk';

/** Made-up UPNs with valid check letters: content the scanner must recognise as pupil identifiers. */
export const SMALL_SCHOOL_UPNS: readonly string[] = [upn('873', '4021', 19, 7), upn('873', '4021', 20, 42)];

const anyoneLink = (extra: Partial<PermissionFixture> = {}): PermissionFixture => ({
  type: 'anyone',
  role: 'reader',
  allowFileDiscovery: false,
  ...extra,
});
const user = (emailAddress: string, role: PermissionRole = 'reader'): PermissionFixture => ({
  type: 'user',
  role,
  emailAddress,
});

/**
 * Oakfield: two domains, eight accounts (one suspended), My Drive files covering every exposure kind and
 * every "not a finding" rule of CONTRACTS §5, and two shared drives (one with an external member).
 */
export function smallSchoolFixture(): GoogleTenantFixture {
  const [upnA, upnB] = SMALL_SCHOOL_UPNS as [string, string];
  return {
    domains: [STAFF, PUPILS],
    admin: `it.admin@${STAFF}`,
    users: [
      { primaryEmail: `it.admin@${STAFF}`, orgUnitPath: '/Staff/IT', fullName: 'Ian Admin' },
      {
        primaryEmail: `head@${STAFF}`,
        orgUnitPath: '/Staff',
        fullName: 'Helen Head',
        aliases: [`headteacher@${STAFF}`],
      },
      { primaryEmail: `j.smith@${STAFF}`, orgUnitPath: '/Staff/Teachers', fullName: 'John Smith' },
      { primaryEmail: `a.khan@${STAFF}`, orgUnitPath: '/Staff/Teachers', fullName: 'Aisha Khan' },
      { primaryEmail: `office@${STAFF}`, orgUnitPath: '/Staff/Office', fullName: 'School Office' },
      {
        primaryEmail: `former.teacher@${STAFF}`,
        orgUnitPath: '/Staff/Leavers',
        fullName: 'Fred Former',
        suspended: true,
      },
      { primaryEmail: `p.jones@${PUPILS}`, orgUnitPath: '/Pupils/Year 9', fullName: 'Poppy Jones' },
      { primaryEmail: `m.ali@${PUPILS}`, orgUnitPath: '/Pupils/Year 10', fullName: 'Musa Ali' },
    ],
    sharedDrives: [
      {
        id: 'sd-pastoral',
        name: 'Pastoral Team',
        members: [
          { type: 'user', role: 'organizer', emailAddress: `head@${STAFF}` },
          { type: 'user', role: 'organizer', emailAddress: `it.admin@${STAFF}` },
          { type: 'user', role: 'writer', emailAddress: `a.khan@${STAFF}` },
          { type: 'user', role: 'reader', emailAddress: 'consultant@edpsych-partners.co.uk' },
        ],
      },
      {
        id: 'sd-staffroom',
        name: 'Staffroom',
        members: [
          { type: 'user', role: 'organizer', emailAddress: `it.admin@${STAFF}` },
          { type: 'group', role: 'reader', emailAddress: `staff@${STAFF}` },
        ],
      },
    ],
    files: [
      // Anyone-with-link folder: the folder and both children it passes the link to.
      {
        id: 'f-trip-folder',
        name: 'Year 9 Trip',
        mimeType: FOLDER_MIME,
        owner: `j.smith@${STAFF}`,
        permissions: [anyoneLink()],
      },
      {
        id: 'f-trip-consent',
        name: 'Trip consent list',
        mimeType: DOC_MIME,
        owner: `j.smith@${STAFF}`,
        parents: ['f-trip-folder'],
        content: `Consent received\nPoppy Jones, UPN ${upnA}\nMusa Ali, UPN ${upnB}\n`,
      },
      {
        id: 'f-trip-itinerary',
        name: 'Itinerary.pdf',
        mimeType: 'application/pdf',
        owner: `j.smith@${STAFF}`,
        parents: ['f-trip-folder'],
        content: 'Coach leaves at 08:00.',
      },
      {
        id: 'f-newsletter',
        name: 'Summer newsletter',
        mimeType: DOC_MIME,
        owner: `office@${STAFF}`,
        permissions: [anyoneLink({ allowFileDiscovery: true })],
        content: 'Sports day is on 3 July.',
      },
      {
        id: 'f-staff-handbook',
        name: 'Staff handbook',
        mimeType: DOC_MIME,
        owner: `head@${STAFF}`,
        permissions: [{ type: 'domain', role: 'reader', domain: STAFF, allowFileDiscovery: false }],
        content: 'Arrive by 08:15.',
      },
      {
        id: 'f-pupil-domain-link',
        name: 'Group project',
        mimeType: SLIDES_MIME,
        owner: `m.ali@${PUPILS}`,
        permissions: [{ type: 'domain', role: 'writer', domain: PUPILS, allowFileDiscovery: false }],
        content: 'Volcanoes',
      },
      {
        id: 'f-progress-tracker',
        name: 'Pupil progress tracker',
        mimeType: SHEET_MIME,
        owner: `a.khan@${STAFF}`,
        permissions: [user('tutor.jane@gmail.com', 'writer')],
        content: `name,upn,grade\nPoppy Jones,${upnA},6\n`,
      },
      {
        id: 'f-lookalike',
        name: 'Behaviour log',
        mimeType: DOC_MIME,
        owner: `a.khan@${STAFF}`,
        // A look-alike of the school's domain (digit one for the letter l) is outside the school.
        permissions: [user('head@oakfie1d.sch.uk')],
        content: 'Incidents this term.',
      },
      {
        id: 'f-partner-share',
        name: 'Trust moderation samples',
        mimeType: DOC_MIME,
        owner: `j.smith@${STAFF}`,
        permissions: [user('moderator@trust.org.uk', 'commenter')],
        content: 'Samples for moderation.',
      },
      {
        id: 'f-expired-link',
        name: 'Parents evening slots 2023',
        mimeType: SHEET_MIME,
        owner: `office@${STAFF}`,
        permissions: [anyoneLink({ expirationTime: '2024-01-01T00:00:00.000Z' })],
        content: 'slot,family\n16:00,Jones\n',
      },
      {
        id: 'f-trashed-exposed',
        name: 'Old class list',
        mimeType: SHEET_MIME,
        owner: `j.smith@${STAFF}`,
        trashed: true,
        permissions: [anyoneLink()],
        content: `name,upn\nPoppy Jones,${upnA}\n`,
      },
      {
        id: 'f-external-owned',
        name: 'Educational psychology report',
        mimeType: DOC_MIME,
        owner: 'consultant@edpsych-partners.co.uk',
        permissions: [user(`j.smith@${STAFF}`, 'writer'), anyoneLink()],
        content: 'Observations.',
      },
      {
        id: 'f-group-share',
        name: 'Department meeting notes',
        mimeType: DOC_MIME,
        owner: `j.smith@${STAFF}`,
        permissions: [{ type: 'group', role: 'writer', emailAddress: `staff@${STAFF}` }, user(`A.Khan@${STAFF}`)],
        content: 'Agenda.',
      },
      {
        id: 'f-alias-share',
        name: 'Governors report draft',
        mimeType: DOC_MIME,
        owner: `office@${STAFF}`,
        permissions: [user(`headteacher@${STAFF}`, 'writer')],
        content: 'Draft.',
      },
      {
        id: 'f-pupil-to-teacher',
        name: 'My homework',
        mimeType: DOC_MIME,
        owner: `p.jones@${PUPILS}`,
        permissions: [user(`j.smith@${STAFF}`, 'commenter')],
        content: 'Homework answers.',
      },
      {
        id: 'f-private-lesson',
        name: 'Lesson plan',
        mimeType: DOC_MIME,
        owner: `j.smith@${STAFF}`,
        content: 'Fractions.',
      },
      {
        id: 'f-private-register',
        name: 'Register.csv',
        mimeType: 'text/csv',
        owner: `a.khan@${STAFF}`,
        content: `name,upn\nMusa Ali,${upnB}\n`,
      },
      {
        id: 'f-suspended-private',
        name: 'Handover notes',
        mimeType: DOC_MIME,
        owner: `former.teacher@${STAFF}`,
        content: 'Handover.',
      },
      // Shared drive with an external member: every item inherits the external grant.
      {
        id: 'sd-referrals',
        name: 'Referrals',
        mimeType: FOLDER_MIME,
        driveId: 'sd-pastoral',
        parents: ['sd-pastoral'],
      },
      {
        id: 'sd-referral-a',
        name: 'Referral - pupil A',
        mimeType: DOC_MIME,
        driveId: 'sd-pastoral',
        parents: ['sd-referrals'],
        content: `Referral for pupil UPN ${upnB}.`,
      },
      {
        id: 'sd-minutes',
        name: 'Pastoral meeting minutes',
        mimeType: DOC_MIME,
        driveId: 'sd-pastoral',
        parents: ['sd-pastoral'],
        // Augmented: a grant on the item itself, visible only through permissions.list.
        permissions: [anyoneLink()],
        content: 'Minutes.',
      },
      {
        id: 'sd-staffroom-rota',
        name: 'Duty rota',
        mimeType: SHEET_MIME,
        driveId: 'sd-staffroom',
        parents: ['sd-staffroom'],
        permissions: [user(`office@${STAFF}`, 'writer')],
        content: 'day,staff\nMon,J Smith\n',
      },
    ],
  };
}

/** The findings a correct `sos audit google` of `smallSchoolFixture()` under `smallSchoolProfile()` reports. */
export const smallSchoolExpectedFindings: readonly ExpectedFinding[] = [
  { fileId: 'f-trip-folder', exposure: ['anyone-with-link'] },
  { fileId: 'f-trip-consent', exposure: ['anyone-with-link'] },
  { fileId: 'f-trip-itinerary', exposure: ['anyone-with-link'] },
  { fileId: 'f-newsletter', exposure: ['anyone-public'] },
  { fileId: 'f-staff-handbook', exposure: ['domain-link'] },
  { fileId: 'f-pupil-domain-link', exposure: ['domain-link'] },
  { fileId: 'f-progress-tracker', exposure: ['external-user'] },
  { fileId: 'f-lookalike', exposure: ['external-user'] },
  { fileId: 'sd-referrals', exposure: ['external-user'] },
  { fileId: 'sd-referral-a', exposure: ['external-user'] },
  { fileId: 'sd-minutes', exposure: ['anyone-with-link', 'external-user'] },
];

/** The policy profile (CONTRACTS §1) the expected findings assume: trust.org.uk is an allowed partner. */
export function smallSchoolProfile(): Profile {
  return {
    school: { name: 'Oakfield School', timezone: 'Europe/London' },
    domains: { staff: [STAFF], pupils: [PUPILS] },
    contacts: { googleAdmin: `it.admin@${STAFF}` },
    mail: {
      staffPupilEmail: 'allowed',
      allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
    },
    sharing: { allowedExternalDomains: ['trust.org.uk'] },
  };
}
