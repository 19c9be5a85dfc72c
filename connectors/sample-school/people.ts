/**
 * The people of Oakfield Academy: staff, pupils (Years 7 to 11) and some parents, each with the
 * identifiers a school holds about them. The directory CSV (CONTRACTS §2) is written from the same
 * list the documents draw on, so a name in a document is a person in the directory.
 */
import {
  accountNumber,
  birthDate,
  drivingLicence,
  manchesterPhone,
  mobilePhone,
  nhsNumber,
  niNumber,
  postalAddress,
  sortCode,
  uln,
  upn,
  utcDate,
  dateBetween,
  type PostalAddress,
} from './identifiers';
import { BOY_NAMES, GIRL_NAMES, MEN_NAMES, PERSONAL_MAIL_DOMAINS, SUBJECTS, SURNAMES, WOMEN_NAMES } from './names';
import type { Random } from './random';

export const STAFF_DOMAIN = 'oakfield.example.sch.uk';
export const PUPIL_DOMAIN = 'pupils.oakfield.example.sch.uk';
/** The school's local authority and establishment numbers (invented; the LA code is Manchester's shape). */
export const LA_CODE = '352';
export const ESTABLISHMENT = '4127';
export const YEAR_GROUPS = [7, 8, 9, 10, 11] as const;
export const PUPILS_PER_YEAR = 60;

export type SenStatus = 'none' | 'SEN support' | 'EHCP';
export type SenNeed = 'SpLD' | 'ASD' | 'SEMH' | 'SLCN' | 'MLD' | 'ADHD';
export type CareStatus =
  'none' | 'Child in need' | 'Child protection plan' | 'Looked after' | 'Early help' | 'Young carer';

export interface Pupil {
  readonly forename: string;
  readonly surname: string;
  readonly name: string;
  readonly female: boolean;
  readonly year: (typeof YEAR_GROUPS)[number];
  readonly form: string;
  readonly email: string;
  readonly born: Date;
  readonly upn: string;
  /** Only from Year 10, when exam boards register learners. */
  readonly uln?: string;
  readonly nhs: string;
  readonly address: PostalAddress;
  readonly parent: Parent;
  readonly sen: SenStatus;
  readonly senNeed?: SenNeed;
  readonly medical?: string;
  readonly care: CareStatus;
}

export interface Parent {
  readonly name: string;
  readonly title: string;
  readonly relationship: 'Mother' | 'Father' | 'Grandmother' | 'Carer';
  readonly email: string;
  readonly phone: string;
}

export interface Staff {
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly name: string;
  readonly female: boolean;
  readonly role: string;
  readonly email: string;
  readonly personalEmails: readonly string[];
  readonly born: Date;
  readonly ni: string;
  readonly address: PostalAddress;
  readonly mobile: string;
  readonly sortCode: string;
  readonly account: string;
  /** Minibus drivers only. */
  readonly licence?: string;
}

export interface SchoolPeople {
  readonly staff: readonly Staff[];
  readonly pupils: readonly Pupil[];
  /** Parents who have an entry in the directory (those the school emails individually). */
  readonly directoryParents: readonly Parent[];
  /** School mailboxes that are no one person's. */
  readonly sharedMailboxes: readonly { readonly email: string; readonly name: string }[];
}

/** Named posts first, so documents can find the head, the DSL and the SENCO. */
const POSTS = [
  'Headteacher',
  'Deputy Headteacher and Designated Safeguarding Lead',
  'Assistant Headteacher (Pastoral) and Deputy DSL',
  'SENCO',
  'School Business Manager',
  'Office Manager',
  'Exams Officer',
  'IT Technician',
  'Attendance Officer',
  'Pastoral Manager',
  'Data Manager',
  'Finance Officer',
];

const MEDICAL = [
  'Asthma (inhaler in bag)',
  'Type 1 diabetes (insulin pump)',
  'Epilepsy (rescue midazolam in medical room)',
  'Nut allergy (carries 2 EpiPens)',
  'Coeliac disease',
  'Eczema (emollient cream)',
  'Migraines',
  'Hearing impairment (hearing aids)',
];

const SEN_NEEDS: readonly SenNeed[] = ['SpLD', 'ASD', 'SEMH', 'SLCN', 'MLD', 'ADHD'];

export function createPeople(rng: Random): SchoolPeople {
  const usedEmails = new Set<string>();
  const unique = (local: string, domain: string) => {
    let candidate = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(candidate); n++) candidate = `${local}${n}@${domain}`;
    usedEmails.add(candidate);
    return candidate;
  };
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

  const staffRng = rng.fork('staff');
  const staff: Staff[] = [];
  for (let i = 0; i < 40; i++) {
    const female = staffRng.chance(0.6);
    const forename = staffRng.pick(female ? WOMEN_NAMES : MEN_NAMES);
    const surname = staffRng.pick(SURNAMES);
    const title = female ? staffRng.pick(['Mrs', 'Ms', 'Miss', 'Dr']) : staffRng.pick(['Mr', 'Mr', 'Mr', 'Dr']);
    const role =
      POSTS[i] ?? (i < 32 ? `Teacher of ${SUBJECTS[(i - POSTS.length) % SUBJECTS.length]}` : 'Teaching Assistant');
    const email = unique(`${slug(forename)[0]}.${slug(surname)}`, STAFF_DOMAIN);
    const born = birthDate(staffRng, 'staff');
    const personalEmails: string[] = [];
    if (staffRng.chance(0.3)) {
      personalEmails.push(
        unique(`${slug(forename)}.${slug(surname)}${born.getUTCFullYear()}`, staffRng.pick(PERSONAL_MAIL_DOMAINS)),
      );
      if (staffRng.chance(0.2))
        personalEmails.push(unique(`${slug(forename)}${staffRng.digits(2)}`, PERSONAL_MAIL_DOMAINS[0]!));
    }
    const driver = i >= 12 && staffRng.chance(0.25);
    staff.push({
      title,
      forename,
      surname,
      name: `${forename} ${surname}`,
      female,
      role,
      email,
      personalEmails,
      born,
      ni: niNumber(staffRng),
      address: postalAddress(staffRng),
      mobile: mobilePhone(staffRng),
      sortCode: sortCode(staffRng),
      account: accountNumber(staffRng),
      ...(driver ? { licence: drivingLicence(staffRng, { surname, forename, born, female }) } : {}),
    });
  }

  const pupilRng = rng.fork('pupils');
  const pupils: Pupil[] = [];
  // NHS numbers and ULNs are random draws from a space small enough for two pupils to share one.
  const taken = new Set<string>();
  const fresh = (make: () => string) => {
    for (;;) {
      const value = make();
      if (!taken.has(value)) {
        taken.add(value);
        return value;
      }
    }
  };
  for (const year of YEAR_GROUPS) {
    // Born between 1 September and 31 August of the cohort's year, counted back from the 2025/26 year.
    const from = utcDate(2020 - year, 9, 1);
    const to = utcDate(2021 - year, 8, 31);
    const intake = 2025 - (year - 7);
    for (let i = 0; i < PUPILS_PER_YEAR; i++) {
      const female = pupilRng.chance(0.5);
      const forename = pupilRng.pick(female ? GIRL_NAMES : BOY_NAMES);
      const surname = pupilRng.pick(SURNAMES);
      const form = `${year}${i % 2 === 0 ? 'K' : 'W'}`;
      const email = unique(`${String(intake).slice(2)}${slug(forename)[0]}${slug(surname)}`, PUPIL_DOMAIN);
      const sen: SenStatus = pupilRng.chance(0.04) ? 'EHCP' : pupilRng.chance(0.12) ? 'SEN support' : 'none';
      const parentFemale = pupilRng.chance(0.7);
      const parentForename = pupilRng.pick(parentFemale ? WOMEN_NAMES : MEN_NAMES);
      const relationship = parentFemale ? (pupilRng.chance(0.08) ? 'Grandmother' : 'Mother') : 'Father';
      const careRoll = pupilRng.next();
      const care: CareStatus =
        careRoll < 0.01
          ? 'Looked after'
          : careRoll < 0.02
            ? 'Child protection plan'
            : careRoll < 0.035
              ? 'Child in need'
              : careRoll < 0.05
                ? 'Early help'
                : careRoll < 0.06
                  ? 'Young carer'
                  : 'none';
      pupils.push({
        forename,
        surname,
        name: `${forename} ${surname}`,
        female,
        year,
        form,
        email,
        born: dateBetween(pupilRng, from, to),
        upn: upn(LA_CODE, ESTABLISHMENT, intake - 7, 100 + i * 4 + pupilRng.int(0, 3)),
        ...(year >= 10 ? { uln: fresh(() => uln(pupilRng)) } : {}),
        nhs: fresh(() => nhsNumber(pupilRng)),
        address: postalAddress(pupilRng),
        parent: {
          name: `${parentForename} ${surname}`,
          title: parentFemale ? pupilRng.pick(['Mrs', 'Ms', 'Miss']) : 'Mr',
          relationship,
          email: unique(`${slug(parentForename)}.${slug(surname)}`, pupilRng.pick(PERSONAL_MAIL_DOMAINS)),
          phone: pupilRng.chance(0.8) ? mobilePhone(pupilRng) : manchesterPhone(pupilRng),
        },
        sen,
        ...(sen !== 'none' ? { senNeed: pupilRng.pick(SEN_NEEDS) } : {}),
        ...(pupilRng.chance(0.1) ? { medical: pupilRng.pick(MEDICAL) } : {}),
        care,
      });
    }
  }

  const directoryParents = rng
    .fork('directory-parents')
    .sample(pupils, 20)
    .map((p) => p.parent);

  return {
    staff,
    pupils,
    directoryParents,
    sharedMailboxes: [
      { email: `office@${STAFF_DOMAIN}`, name: 'School Office' },
      { email: `no-reply@${STAFF_DOMAIN}`, name: 'Oakfield Academy (no reply)' },
      { email: `dsl@${STAFF_DOMAIN}`, name: 'Safeguarding team' },
    ],
  };
}

/** The people directory, CONTRACTS §2. */
export function directoryCsv(people: SchoolPeople): string {
  const rows: string[][] = [['email', 'role', 'name', 'personal_emails']];
  for (const s of people.staff) rows.push([s.email, 'staff', s.name, s.personalEmails.join(';')]);
  for (const p of people.pupils) rows.push([p.email, 'pupil', p.name, '']);
  for (const p of people.directoryParents) rows.push([p.email, 'parent', p.name, '']);
  for (const m of people.sharedMailboxes) rows.push([m.email, 'other', m.name, '']);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Staff holding a named post, by the start of its title. */
export function staffByRole(people: SchoolPeople, role: string): Staff {
  const found = people.staff.find((s) => s.role.startsWith(role));
  if (!found) throw new Error(`no staff member with the role ${role}`);
  return found;
}
