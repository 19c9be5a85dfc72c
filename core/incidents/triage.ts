/**
 * Triage: from the category and a few yes/no answers (never the free text) to severity, who is alerted
 * at once, who manages the case, and the steps the policy makes mandatory. One rule per category, then
 * the answers that override: an adult involved, a child at immediate risk, a concern about the head.
 */
import { categoryById } from './categories';
import { STEPS } from './steps';
import type {
  CaseManagerRole,
  CategoryId,
  ContactRole,
  Contacts,
  Severity,
  StepId,
  Triage,
  TriageInput,
} from './types';
import { SEVERITIES } from './types';

interface Rule {
  readonly severity: Severity;
  /** Roles alerted in addition to the DSL team (which safeguarding categories always get). */
  readonly alert: readonly ContactRole[];
  readonly caseManager: CaseManagerRole;
  readonly steps: readonly StepId[];
}

const ILLEGAL_START: readonly StepId[] = [
  'do-not-view-copy-forward-delete',
  'isolate-device',
  'do-not-investigate',
  'two-senior-staff',
  'refer-police',
];

const RULES: Readonly<Record<CategoryId, Rule>> = {
  cyberbullying: {
    severity: 'medium',
    alert: [],
    caseManager: 'dsl',
    steps: ['preserve-evidence', 'record-and-review'],
  },
  'inappropriate-content': {
    severity: 'medium',
    alert: [],
    caseManager: 'dsl',
    steps: ['report-harmful-content', 'record-and-review'],
  },
  'illegal-csam': {
    severity: 'critical',
    alert: ['headteacher'],
    caseManager: 'dsl',
    steps: [...ILLEGAL_START, 'report-ceop', 'report-iwf', 'refer-mash', 'record-and-review'],
  },
  'illegal-extreme-pornography': {
    severity: 'critical',
    alert: ['headteacher'],
    caseManager: 'dsl',
    steps: [...ILLEGAL_START, 'record-and-review'],
  },
  'illegal-terrorist': {
    severity: 'critical',
    alert: ['headteacher'],
    caseManager: 'dsl',
    steps: [...ILLEGAL_START, 'counter-terrorism-police', 'refer-prevent', 'record-and-review'],
  },
  'filtering-bypass': {
    severity: 'medium',
    alert: ['it'],
    caseManager: 'dsl',
    steps: ['review-filtering', 'record-and-review'],
  },
  'nudes-sharing': {
    severity: 'high',
    alert: [],
    caseManager: 'dsl',
    steps: ['do-not-view-copy-forward-delete', 'ukcis-nudes-route', 'record-and-review'],
  },
  grooming: {
    severity: 'high',
    alert: [],
    caseManager: 'dsl',
    steps: [
      'do-not-investigate',
      'preserve-evidence',
      'report-ceop',
      'refer-police',
      'refer-mash',
      'record-and-review',
    ],
  },
  radicalisation: {
    severity: 'high',
    alert: [],
    caseManager: 'dsl',
    steps: ['do-not-investigate', 'refer-prevent', 'record-and-review'],
  },
  'data-breach': {
    severity: 'medium',
    alert: ['dpo'],
    caseManager: 'dpo',
    steps: ['inform-dpo', 'ico-72-hours', 'record-and-review'],
  },
  'account-misuse': {
    severity: 'low',
    alert: ['it'],
    caseManager: 'dsl',
    steps: ['secure-accounts', 'record-and-review'],
  },
  'device-misuse': {
    severity: 'low',
    alert: [],
    caseManager: 'dsl',
    steps: ['preserve-evidence', 'record-and-review'],
  },
  'staff-concern': {
    severity: 'high',
    alert: ['headteacher'],
    caseManager: 'headteacher',
    steps: ['do-not-investigate', 'lado-one-working-day', 'head-case-manager', 'record-and-review'],
  },
  'scams-gambling': {
    severity: 'low',
    alert: [],
    caseManager: 'dsl',
    steps: ['record-and-review'],
  },
  copyright: {
    severity: 'low',
    alert: [],
    caseManager: 'dsl',
    steps: ['record-and-review'],
  },
  other: {
    severity: 'medium',
    alert: [],
    caseManager: 'dsl',
    steps: ['record-and-review'],
  },
};

function atLeast(severity: Severity, floor: Severity): Severity {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(floor) ? severity : floor;
}

function addressesOf(role: ContactRole, contacts: Contacts): string[] {
  switch (role) {
    case 'dsl':
      return contacts.dsl ? [contacts.dsl] : [];
    case 'deputyDsl':
      return [...contacts.deputyDsl];
    case 'headteacher':
      return contacts.headteacher ? [contacts.headteacher] : [];
    case 'chairOfGovernors':
      return contacts.chairOfGovernors ? [contacts.chairOfGovernors] : [];
    case 'dpo':
      return contacts.dpo ? [contacts.dpo] : [];
    case 'it':
      return [...contacts.it];
    case 'office':
      return [...contacts.office];
    case 'governors':
      return [...contacts.governors];
    case 'lado':
      // The LADO is phoned by the case manager, never sent an automatic alert.
      return [];
  }
}

/** The DSL and deputies: who can open the Incident Log. */
export function dslTeam(contacts: Contacts): string[] {
  return [...new Set([...(contacts.dsl ? [contacts.dsl] : []), ...contacts.deputyDsl])];
}

export function triage(input: TriageInput, contacts: Contacts): Triage {
  const category = categoryById(input.category);
  const rule = RULES[input.category];
  let severity = rule.severity;
  const steps = [...rule.steps];
  const roles: ContactRole[] = ['dsl'];
  let safeguarding = category.flags.safeguarding;
  let caseManager = rule.caseManager;

  const addStep = (id: StepId, before: StepId = 'record-and-review') => {
    if (steps.includes(id)) return;
    const at = steps.indexOf(before);
    steps.splice(at < 0 ? steps.length : at, 0, id);
  };

  // UKCIS: an adult involved in nudes sharing goes to the police at once; the same for any sexual category.
  if (input.adultInvolved === 'yes' && category.flags.sexual) {
    severity = 'critical';
    addStep('refer-police');
    addStep('report-ceop');
    addStep('refer-mash');
  }
  // Significant harm is a safeguarding matter whatever the category: "safeguarding procedures should be followed".
  if (input.immediateRisk === 'yes') {
    severity = 'critical';
    safeguarding = true;
    addStep('refer-mash');
  } else if (input.immediateRisk === 'not-sure' && safeguarding) {
    severity = atLeast(severity, 'high');
    addStep('refer-mash');
  }
  if (input.category === 'inappropriate-content' && input.location === 'school-system') {
    // Seen through the school's own filter: that is a filtering gap too.
    addStep('review-filtering', 'report-harmful-content');
    roles.push('it');
  }

  if (safeguarding) roles.push('deputyDsl');
  roles.push(...rule.alert);
  // A critical incident goes to a senior leader at once ("they will inform a senior leader").
  if (severity === 'critical') roles.push('headteacher');

  const aboutHead = category.flags.staffConcern && input.aboutHeadteacher;
  if (aboutHead) {
    caseManager = 'chairOfGovernors';
    const at = steps.indexOf('head-case-manager');
    if (at >= 0) steps.splice(at, 1, 'chair-case-manager');
    roles.push('chairOfGovernors');
  }

  const orderedRoles = [...new Set(roles)].filter((role) => !(aboutHead && role === 'headteacher'));
  const missing = new Set<ContactRole>();
  for (const role of orderedRoles) {
    if (role !== 'it' && role !== 'deputyDsl' && addressesOf(role, contacts).length === 0) missing.add(role);
  }
  if (category.flags.staffConcern && !contacts.lado) missing.add('lado');

  // Without a DSL address the alert must still reach someone senior.
  const fallback: ContactRole[] = [];
  if (!contacts.dsl && !aboutHead) fallback.push('headteacher');
  let recipients = [...new Set([...orderedRoles, ...fallback].flatMap((role) => addressesOf(role, contacts)))];
  if (aboutHead && contacts.headteacher) {
    // The head may also be the DSL in a small school: they must not be told of a concern about themselves.
    recipients = recipients.filter((address) => address !== contacts.headteacher);
  }

  return {
    severity,
    recipients,
    recipientRoles: orderedRoles,
    caseManager: { role: caseManager, address: addressesOf(caseManager, contacts)[0] },
    steps: steps.map((id) => STEPS[id]),
    missingContacts: [...missing],
  };
}
