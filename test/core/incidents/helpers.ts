import { parseProfile, type ResolvedProfile } from '../../../core/policy';
import type { Submission } from '../../../core/incidents';

export const CONTACTS = {
  dsl: 'dsl@example.sch.uk',
  deputyDsl: ['deputy1@example.sch.uk', 'deputy2@example.sch.uk'],
  headteacher: 'head@example.sch.uk',
  chairOfGovernors: 'chair@governors.example.org',
  dpo: 'dpo@example.sch.uk',
  it: ['it@example.sch.uk'],
  governors: ['gov1@governors.example.org', 'gov2@governors.example.org'],
  lado: { name: 'Local LADO team', phone: '01632 960000' },
};

export const TERMS = [
  { name: 'Autumn 2025', start: '2025-09-03', end: '2025-12-19' },
  { name: 'Spring 2026', start: '2026-01-05', end: '2026-03-27' },
  { name: 'Summer 2026', start: '2026-04-13', end: '2026-07-22' },
];

export function profile(overrides: Record<string, unknown> = {}): ResolvedProfile {
  const result = parseProfile({
    school: { name: 'Example School', timezone: 'Europe/London' },
    domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
    mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
    contacts: CONTACTS,
    calendar: { terms: TERMS },
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

/** A valid raw submission as Power Automate would post it. */
export function rawSubmission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reporter: 'T.Teacher@example.sch.uk',
    reportedAt: '2026-03-04T14:00:00Z',
    occurredAt: '2026-03-04T12:30:00Z',
    location: 'school-system',
    category: 'cyberbullying',
    pupils: [
      { name: 'Alex Brown', yearGroup: 'Y8' },
      { name: 'Sam Patel', yearGroup: 'Year 9' },
    ],
    staff: ['Ms Green'],
    external: ['unknown adult on Instagram'],
    description: 'Alex Brown received threatening messages from Sam Patel in a class chat.',
    evidenceLocation: 'On the class Chromebook 14, held by Mr Jones',
    actionTaken: 'Chromebook locked in the office',
    ...overrides,
  };
}

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    reporter: 't.teacher@example.sch.uk',
    reportedAt: '2026-03-04T14:00:00Z',
    occurredAt: '2026-03-04T12:30:00Z',
    location: 'school-system',
    category: 'cyberbullying',
    aboutHeadteacher: false,
    adultInvolved: 'no',
    immediateRisk: 'no',
    pupils: [{ name: 'Alex Brown', yearGroup: 'Y8' }],
    staff: [],
    external: [],
    description: 'Details of what happened to Alex Brown.',
    evidenceLocation: 'Phone held by Mr Jones',
    actionTaken: '',
    ...overrides,
  };
}
