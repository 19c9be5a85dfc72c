/**
 * A small school for the mail rule tests: its profile, directory and a message builder whose defaults
 * are an ordinary staff-to-pupil email on a Wednesday morning, so each test states only what it is about.
 */
import { createMailChecker, type MailChecker } from '../../../core/mail';
import type { MailAddress, MailFlag, MailMessage, MailRuleId } from '../../../core/mail/message';
import { createPeople, parseDirectory, type People } from '../../../core/people';
import { parseProfile, type ResolvedProfile } from '../../../core/policy';

export const STAFF = 'k.ward@oakfield.sch.uk';
export const STAFF_PERSONAL = 'kward1979@gmail.com';
export const COLLEAGUE = 'p.shah@oakfield.sch.uk';
export const PUPIL = '22tjones@pupils.oakfield.sch.uk';
export const PUPIL2 = '23mokafor@pupils.oakfield.sch.uk';
export const PARENT = 'jones.family@btinternet.com';
export const OFFICE = 'office@oakfield.sch.uk';
export const YEAR9 = 'year9@pupils.oakfield.sch.uk';

export const DIRECTORY_CSV = [
  'email,role,name,personal_emails',
  `${STAFF},staff,Karen Ward,${STAFF_PERSONAL}`,
  `${COLLEAGUE},staff,Priya Shah,`,
  'd.jones@oakfield.sch.uk,staff,David Jones,',
  `${PUPIL},pupil,Tom Jones,`,
  `${PUPIL2},pupil,Maya Okafor,`,
  '21lward@pupils.oakfield.sch.uk,pupil,Lily Ward,',
  `${PARENT},parent,Sarah Jones,`,
  'karen.ward.home@outlook.com,parent,Karen Ward,',
  `${YEAR9},other,Year 9 students,`,
  'bookings@outdoor-centre.example.co.uk,other,Outdoor Centre Bookings,',
].join('\n');

export function profileWith(mail: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ResolvedProfile {
  const result = parseProfile({
    school: { name: 'Oakfield Academy', timezone: 'Europe/London' },
    domains: { staff: ['oakfield.sch.uk'], pupils: ['pupils.oakfield.sch.uk'] },
    mail: {
      staffPupilEmail: 'allowed',
      allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
      officialAccounts: [OFFICE],
      ...mail,
    },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

export function peopleFor(profile: ResolvedProfile, csv = DIRECTORY_CSV): People {
  return createPeople(profile, parseDirectory(csv).entries);
}

export interface MailSpec {
  readonly from?: string | MailAddress;
  readonly to?: readonly (string | MailAddress)[];
  readonly cc?: readonly (string | MailAddress)[];
  readonly replyTo?: readonly (string | MailAddress)[];
  /** ISO instant; default Wednesday 5 March 2025, 10:15 in London. */
  readonly date?: string | null;
  readonly offsetMinutes?: number;
  readonly subject?: string;
  readonly text?: string;
  readonly attachments?: readonly { filename: string; text: string }[];
  readonly listHeaders?: MailMessage['listHeaders'];
}

const address = (a: string | MailAddress): MailAddress => (typeof a === 'string' ? { address: a } : a);
let counter = 0;

export function mail(spec: MailSpec = {}): MailMessage {
  counter++;
  return {
    messageId: `test-${counter}@oakfield.sch.uk`,
    from: address(spec.from ?? STAFF),
    sender: null,
    replyTo: (spec.replyTo ?? []).map(address),
    to: (spec.to ?? [PUPIL]).map(address),
    cc: (spec.cc ?? []).map(address),
    bcc: [],
    date:
      spec.date === null
        ? null
        : { iso: spec.date ?? '2025-03-05T10:15:00.000Z', offsetMinutes: spec.offsetMinutes ?? 0 },
    subject: spec.subject ?? 'Homework',
    text: spec.text ?? 'Hi Tom,\n\nThanks for handing in your homework on time.\n\nBest wishes,\nMrs Ward',
    attachments: (spec.attachments ?? []).map((a) => ({ ...a, contentType: 'text/plain' })),
    listHeaders: spec.listHeaders ?? {},
  };
}

export function checkerFor(profile: ResolvedProfile = profileWith()): MailChecker {
  return createMailChecker(profile, peopleFor(profile));
}

const defaultChecker = checkerFor();

/** The rules a message breaks under the default (staff–pupil email allowed) profile. */
export function rulesOf(msg: MailMessage, checker: MailChecker = defaultChecker): MailRuleId[] {
  return [...(checker.check(msg)?.rules ?? [])];
}

export function flagOf(msg: MailMessage, checker: MailChecker = defaultChecker): MailFlag | null {
  return checker.check(msg);
}

/** A staff-to-pupil email whose body is `body`, signed off as usual. */
export function staffSays(body: string, spec: MailSpec = {}): MailMessage {
  return mail({ ...spec, text: `Hi Tom,\n\n${body}\n\nBest wishes,\nMrs Ward` });
}

/** Whether `rule` fires on a staff-to-pupil email saying `body`. */
export function fires(rule: MailRuleId, body: string, spec: MailSpec = {}): boolean {
  return rulesOf(staffSays(body, spec)).includes(rule);
}
