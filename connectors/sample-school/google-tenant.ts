/**
 * The sample school as a Google Workspace tenant for the emulator: every staff member and pupil as an
 * account, thousands of files with a realistic mix of sharing (mostly private or shared inside the
 * school, some links, a few public files, shares to parents and partner schools, folders whose links
 * every file inside inherits) and some exposed files that hold pupils' data. The expected audit result
 * is worked out here, from how each file was shared, independently of the audit code.
 */
import type {
  ExpectedFinding,
  FileFixture,
  GoogleTenantFixture,
  PermissionFixture,
  SharedDriveFixture,
  UserFixture,
} from '../../test/emulators/google/fixture';
import type { SensitiveType } from '../../core/sensitive/types';
import type { ExposureId } from '../../core/sharing/types';
import { DEFAULT_SEED } from './generate';
import { PUPIL_DOMAIN, STAFF_DOMAIN, type Pupil, type SchoolPeople } from './people';
import { Random } from './random';
import { samplePeople } from './sample-people';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const SHEET = 'application/vnd.google-apps.spreadsheet';
const SLIDES = 'application/vnd.google-apps.presentation';
const PDF = 'application/pdf';
const CSV = 'text/csv';

export const PARTNER_DOMAIN = 'oakfield-trust.example.org.uk';
const OUTSIDE = ['gmail.com', 'outlook.com', 'hillside-primary.example.sch.uk', 'photoprint.example.com'];
const LOOK_ALIKE = 'oakfie1d.example.sch.uk';

export interface SampleTenantOptions {
  readonly seed?: number;
  /** Files across all drives (default 20,000). */
  readonly files?: number;
}

export interface ExpectedSampleFinding extends ExpectedFinding {
  /** Types planted in the file's content (what --scan-content should find). */
  readonly sensitive: readonly SensitiveType[];
}

export interface SampleTenant {
  readonly fixture: GoogleTenantFixture;
  readonly expected: readonly ExpectedSampleFinding[];
  readonly admin: string;
}

type Share = 'private' | 'internal' | 'domain' | 'link' | 'public' | 'external' | 'partner' | 'lookalike';

const SHARE_MIX: readonly (readonly [Share, number])[] = [
  ['private', 80],
  ['internal', 12],
  ['domain', 2.5],
  ['link', 1.8],
  ['public', 0.2],
  ['external', 1.2],
  ['partner', 0.8],
  ['lookalike', 0.05],
];

const ORDER: readonly ExposureId[] = ['anyone-public', 'anyone-with-link', 'domain-link', 'external-user'];

export function sampleGoogleTenant(options: SampleTenantOptions = {}): SampleTenant {
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.files ?? 20_000;
  const rng = new Random(seed, 'google-tenant');
  const people = samplePeople(seed);
  const admin = `admin@${STAFF_DOMAIN}`;
  const users = tenantUsers(people, admin);
  // Suspended and archived accounts cannot be impersonated, so their files are not audited: none here.
  const active = users.filter((u) => !u.suspended && !u.archived);
  const staff = active.filter((u) => u.orgUnitPath?.startsWith('/Staff')).map((u) => u.primaryEmail);
  const pupils = active.filter((u) => u.orgUnitPath?.startsWith('/Pupils')).map((u) => u.primaryEmail);

  const files: FileFixture[] = [];
  const expected = new Map<string, { exposure: Set<ExposureId>; sensitive: SensitiveType[] }>();
  let n = 0;
  const nextId = (prefix: string) => `${prefix}${(++n).toString(36).padStart(6, '0')}`;
  const expose = (id: string, exposures: readonly ExposureId[], sensitive: readonly SensitiveType[] = []) => {
    if (exposures.length === 0) return;
    const e = expected.get(id) ?? { exposure: new Set<ExposureId>(), sensitive: [] };
    exposures.forEach((x) => e.exposure.add(x));
    e.sensitive = [...new Set([...e.sensitive, ...sensitive])];
    expected.set(id, e);
  };

  // The website folder: public on purpose (the profile's allowedPublicFolders "Website/Newsletters").
  const webOwner = staff[4] ?? admin;
  const website = nextId('f');
  const newsletters = nextId('f');
  files.push({ id: website, name: 'Website', mimeType: FOLDER, owner: webOwner, parents: [] });
  files.push({
    id: newsletters,
    name: 'Newsletters',
    mimeType: FOLDER,
    owner: webOwner,
    parents: [website],
    permissions: [{ type: 'anyone', role: 'reader', allowFileDiscovery: true }],
  });
  for (let i = 1; i <= 12; i++) {
    files.push({
      id: nextId('d'),
      name: `Newsletter ${i}`,
      mimeType: PDF,
      owner: webOwner,
      parents: [newsletters],
      size: 2000,
      content: `Oakfield Academy newsletter ${i}. Dates for your diary, clubs and results.`,
    });
  }

  // Shared drives: two inside the school, one with an outside consultant (every item there is exposed).
  const drives: SharedDriveFixture[] = [
    { id: 'drv-send', name: 'SEND Team', members: staff.slice(0, 4).map((e) => member(e, 'organizer')) },
    {
      id: 'drv-trust',
      name: 'Trust Collaboration',
      members: [member(staff[0] ?? admin, 'organizer'), member(`deputy.head@${PARTNER_DOMAIN}`, 'writer')],
    },
    {
      id: 'drv-consult',
      name: 'Ofsted Preparation (consultant)',
      members: [member(staff[0] ?? admin, 'organizer'), member('consultant.edu@gmail.com', 'reader')],
    },
  ];
  for (const drive of drives) {
    for (let i = 0; i < 15; i++) {
      const id = nextId('s');
      const sensitiveFile = drive.id === 'drv-send' && i < 5;
      const content = sensitiveFile ? senRegister(rng, people.pupils) : undefined;
      files.push({
        id,
        name: `${drive.name} document ${i + 1}`,
        mimeType: content ? SHEET : DOC,
        driveId: drive.id,
        parents: [drive.id],
        content: content?.text ?? 'Meeting notes and actions.',
        // One SEN file got a link by mistake: a direct, augmented grant inside a shared drive.
        ...(drive.id === 'drv-send' && i === 0
          ? { permissions: [{ type: 'anyone' as const, role: 'reader' as const, allowFileDiscovery: false }] }
          : {}),
      });
      if (drive.id === 'drv-consult') expose(id, ['external-user']);
      if (drive.id === 'drv-send' && i === 0) expose(id, ['anyone-with-link'], content?.types);
    }
  }

  // Everyone's My Drive.
  const owners: string[] = [];
  for (const s of staff) for (let k = 0; k < 6; k++) owners.push(s);
  for (const p of pupils) owners.push(p);
  while (n < total) {
    const owner = rng.pick(owners);
    const isStaff = owner.endsWith(`@${STAFF_DOMAIN}`);
    // Folders hold a run of files and pass their sharing down to them.
    const folderShare: Share = rng.chance(0.12) ? rng.weighted(SHARE_MIX) : 'private';
    const folderId = nextId('f');
    const folderGrants = grants(rng, folderShare, owner, staff, pupils);
    files.push({
      id: folderId,
      name: isStaff ? rng.pick(STAFF_FOLDERS) : rng.pick(PUPIL_FOLDERS),
      mimeType: FOLDER,
      owner,
      parents: [],
      permissions: folderGrants.permissions,
    });
    expose(folderId, folderGrants.exposures);
    const count = Math.min(total - n, rng.int(3, 25));
    for (let i = 0; i < count && n < total; i++) {
      const id = nextId('d');
      // Inside a folder that is already shared out, a file keeps to the school (Drive keeps one link per
      // file, so a second one would only restate the folder's).
      const drawn: Share = rng.weighted(SHARE_MIX);
      const share: Share = folderGrants.exposures.length > 0 && drawn !== 'private' ? 'internal' : drawn;
      const own = grants(rng, share, owner, staff, pupils);
      const trashed = own.exposures.length > 0 && rng.chance(0.03);
      // A few links past their expiry date: no longer an exposure.
      const expired = !trashed && share === 'link' && rng.chance(0.1);
      const permissions = expired
        ? own.permissions.map((p) => ({ ...p, expirationTime: '2025-01-31T00:00:00.000Z' }))
        : own.permissions;
      const exposures = [...new Set([...(expired ? [] : own.exposures), ...folderGrants.exposures])];
      const holdsData = isStaff && exposures.length > 0 && rng.chance(0.25);
      const data = holdsData ? rng.pick(DATA_FILES)(rng, people.pupils) : undefined;
      const kind = data ? data.mime : rng.pick([DOC, DOC, SHEET, SLIDES, PDF]);
      files.push({
        id,
        name: data ? data.name : `${isStaff ? rng.pick(STAFF_DOCS) : rng.pick(PUPIL_DOCS)} ${i + 1}`,
        mimeType: kind,
        owner,
        parents: [folderId],
        size: data ? Buffer.byteLength(data.text) : rng.int(2_000, 900_000),
        modifiedTime: new Date(Date.UTC(2025, rng.int(0, 10), rng.int(1, 28))).toISOString(),
        content: data ? data.text : ordinaryText(rng, isStaff),
        ...(trashed ? { trashed: true } : {}),
        ...(permissions.length > 0 ? { permissions } : {}),
      });
      if (!trashed) expose(id, exposures, data?.types);
    }
  }

  const fixture: GoogleTenantFixture = {
    domains: [STAFF_DOMAIN, PUPIL_DOMAIN],
    admin,
    users,
    sharedDrives: drives,
    files,
  };
  const findings = [...expected.entries()]
    .map(([fileId, e]) => ({
      fileId,
      exposure: ORDER.filter((x) => e.exposure.has(x)),
      sensitive: [...e.sensitive].sort(),
    }))
    .sort((a, b) => a.fileId.localeCompare(b.fileId));
  return { fixture, expected: findings, admin };
}

function tenantUsers(people: SchoolPeople, admin: string): UserFixture[] {
  const users: UserFixture[] = [{ primaryEmail: admin, orgUnitPath: '/Staff/IT', fullName: 'Google admin' }];
  for (const s of people.staff) users.push({ primaryEmail: s.email, orgUnitPath: '/Staff', fullName: s.name });
  for (const p of people.pupils)
    users.push({ primaryEmail: p.email, orgUnitPath: `/Pupils/Year ${p.year}`, fullName: p.name });
  // Leavers: suspended and archived accounts are not audited.
  users.push({ primaryEmail: `former.teacher@${STAFF_DOMAIN}`, orgUnitPath: '/Staff', suspended: true });
  users.push({ primaryEmail: `leaver2024@${PUPIL_DOMAIN}`, orgUnitPath: '/Pupils/Leavers', archived: true });
  return users;
}

function member(email: string, role: PermissionFixture['role']): PermissionFixture {
  return { type: 'user', role, emailAddress: email };
}

function grants(
  rng: Random,
  share: Share,
  owner: string,
  staff: readonly string[],
  pupils: readonly string[],
): { permissions: PermissionFixture[]; exposures: ExposureId[] } {
  const colleague = rng.pick(staff.filter((s) => s !== owner).length ? staff.filter((s) => s !== owner) : staff);
  switch (share) {
    case 'private':
      return { permissions: [], exposures: [] };
    case 'internal':
      return {
        permissions: [member(colleague, 'writer'), ...(rng.chance(0.3) ? [member(rng.pick(pupils), 'reader')] : [])],
        exposures: [],
      };
    case 'domain':
      return {
        permissions: [{ type: 'domain', role: 'reader', domain: STAFF_DOMAIN, allowFileDiscovery: rng.chance(0.2) }],
        exposures: ['domain-link'],
      };
    case 'link':
      return {
        permissions: [{ type: 'anyone', role: 'reader', allowFileDiscovery: false }],
        exposures: ['anyone-with-link'],
      };
    case 'public':
      return {
        permissions: [{ type: 'anyone', role: 'reader', allowFileDiscovery: true }],
        exposures: ['anyone-public'],
      };
    case 'external': {
      const domain = rng.pick(OUTSIDE);
      const local = rng.pick(['j.parent', 'grandparent', 'tutor', 'orders', 'head', 'coach']);
      return { permissions: [member(`${local}${rng.int(1, 99)}@${domain}`, 'reader')], exposures: ['external-user'] };
    }
    case 'partner':
      return { permissions: [member(`deputy.head@${PARTNER_DOMAIN}`, 'writer')], exposures: [] };
    case 'lookalike':
      return { permissions: [member(`office@${LOOK_ALIKE}`, 'writer')], exposures: ['external-user'] };
  }
}

interface DataFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
  readonly types: readonly SensitiveType[];
}

function pupilsOf(rng: Random, pupils: readonly Pupil[], n: number): Pupil[] {
  return rng.sample(pupils, n);
}

function senRegister(rng: Random, pupils: readonly Pupil[]): DataFile {
  const rows = pupilsOf(
    rng,
    pupils.filter((p) => p.sen !== 'none'),
    8,
  ).map((p) => `${p.name},${p.upn},${p.form},${p.sen},${p.senNeed ?? ''}`);
  return {
    name: 'SEN register',
    mime: SHEET,
    text: ['Name,UPN,Form,SEN status,Primary need', ...rows].join('\n') + '\n',
    types: ['sen', 'upn'],
  };
}

function medicalList(rng: Random, pupils: readonly Pupil[]): DataFile {
  const rows = pupilsOf(
    rng,
    pupils.filter((p) => p.medical !== undefined),
    6,
  ).map((p) => `${p.name},${p.form},${p.nhs},${p.medical ?? ''}`);
  return {
    name: 'Trip medical needs',
    mime: SHEET,
    text: ['Pupil name,Form,NHS number,Medical condition', ...rows].join('\n') + '\n',
    types: ['health', 'nhs_number'],
  };
}

function classList(rng: Random, pupils: readonly Pupil[]): DataFile {
  const rows = pupilsOf(rng, pupils, 10).map((p) => `${p.name},${p.upn},${dob(p.born)},${p.form}`);
  return {
    name: 'Class list with UPNs',
    mime: CSV,
    text: ['Pupil name,UPN,Date of birth,Form', ...rows].join('\n') + '\n',
    types: ['date_of_birth', 'upn'],
  };
}

const DATA_FILES: readonly ((rng: Random, pupils: readonly Pupil[]) => DataFile)[] = [
  senRegister,
  medicalList,
  classList,
];

function dob(d: Date): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function ordinaryText(rng: Random, staff: boolean): string {
  return staff
    ? rng.pick([
        'Lesson plan: objectives, starter, main activity, plenary.',
        'Department meeting agenda and minutes.',
        'Revision timetable for the summer term.',
      ])
    : rng.pick(['My homework on the water cycle.', 'History project notes.', 'Science investigation write-up.']);
}

const STAFF_FOLDERS = ['Lesson plans', 'Department', 'Year 9 resources', 'Trips', 'Clubs', 'Marking', 'Reports'];
const PUPIL_FOLDERS = ['Homework', 'Projects', 'Coursework', 'Revision'];
const STAFF_DOCS = ['Lesson plan', 'Worksheet', 'Scheme of work', 'Minutes', 'Seating plan', 'Letter home'];
const PUPIL_DOCS = ['Homework', 'Essay', 'Presentation', 'Notes'];
