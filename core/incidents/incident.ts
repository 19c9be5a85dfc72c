/**
 * The Incident Log row: the model, its columns in order, and the conversion both ways. The sheet
 * template (`sheets-templates/incident-log.ts`) describes the same columns by these keys; SharePoint
 * lists use the keys as column names.
 */
import { CATEGORIES, isCategoryId } from './categories';
import { lines, readBoolean, readDate, readLines, readText, textCell } from './cells';
import { LOCATION_CHOICES, locationLabel } from './choices';
import { parseYearGroup } from './submission';
import type {
  Agency,
  CaseManagerRole,
  CategoryId,
  CellValue,
  Closure,
  FieldError,
  Incident,
  Location,
  Pupil,
  Referral,
  RowResult,
  Severity,
  StepId,
  Submission,
  Triage,
  YearGroup,
} from './types';
import { AGENCIES, ANSWERS, LOCATIONS, SEVERITIES, STEP_IDS, YEAR_GROUPS } from './types';

export const INCIDENT_COLUMNS = [
  'reference',
  'status',
  'severity',
  'category',
  'reportedAt',
  'occurredAt',
  'reporter',
  'location',
  'yearGroups',
  'pupils',
  'staff',
  'external',
  'description',
  'evidenceLocation',
  'actionTaken',
  'aboutHeadteacher',
  'adultInvolved',
  'immediateRisk',
  'caseManager',
  'alerted',
  'steps',
  'closedAt',
  'closedBy',
  'outcome',
  'parentsInformed',
  'parentsNotInformedReason',
  'referrals',
  'lessonsLearnt',
] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];

const CASE_MANAGERS: readonly CaseManagerRole[] = ['dsl', 'headteacher', 'chairOfGovernors', 'dpo'];

export function createIncident(submission: Submission, reference: string, result: Triage): Incident {
  return {
    ...submission,
    reference,
    status: 'open',
    severity: result.severity,
    caseManager: result.caseManager.role,
    alerted: result.recipients,
    steps: result.steps.map((step) => step.id),
  };
}

export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((category) => category.id === id)?.label ?? id;
}

/** Distinct year groups in school order: what summaries and filters use instead of names. */
export function yearGroupsOf(pupils: readonly Pupil[]): YearGroup[] {
  const present = new Set(pupils.map((pupil) => pupil.yearGroup));
  return YEAR_GROUPS.filter((group) => present.has(group));
}

function pupilLine(pupil: Pupil): string {
  return `${pupil.name} (${pupil.yearGroup})`;
}

function referralLine(referral: Referral): string {
  return [referral.agency, referral.reference, referral.date].join(' | ');
}

/** The row in `INCIDENT_COLUMNS` order, every text cell neutralised against formula injection. */
export function incidentToRow(incident: Incident): CellValue[] {
  const closure = incident.closure;
  const cells: Record<IncidentColumn, CellValue> = {
    reference: incident.reference,
    status: incident.status,
    severity: incident.severity,
    category: categoryLabel(incident.category),
    reportedAt: incident.reportedAt,
    occurredAt: incident.occurredAt,
    reporter: incident.reporter,
    location: locationLabel(incident.location),
    yearGroups: yearGroupsOf(incident.pupils).join(', '),
    pupils: lines(incident.pupils.map(pupilLine)),
    staff: lines(incident.staff),
    external: lines(incident.external),
    description: incident.description,
    evidenceLocation: incident.evidenceLocation,
    actionTaken: incident.actionTaken,
    aboutHeadteacher: incident.aboutHeadteacher,
    adultInvolved: incident.adultInvolved,
    immediateRisk: incident.immediateRisk,
    caseManager: incident.caseManager,
    alerted: lines(incident.alerted),
    steps: lines(incident.steps),
    closedAt: closure?.closedAt ?? '',
    closedBy: closure?.closedBy ?? '',
    outcome: closure?.outcome ?? '',
    parentsInformed: closure ? closure.parentsInformed : '',
    parentsNotInformedReason: closure?.parentsNotInformedReason ?? '',
    referrals: lines(closure?.referrals.map(referralLine) ?? []),
    lessonsLearnt: closure?.lessonsLearnt ?? '',
  };
  return INCIDENT_COLUMNS.map((key) => {
    const value = cells[key];
    return typeof value === 'string' ? textCell(value) : value;
  });
}

const CATEGORY_BY_TEXT = new Map<string, CategoryId>(
  CATEGORIES.flatMap((category) => [
    [category.id, category.id] as const,
    [category.label.toLowerCase(), category.id] as const,
  ]),
);
const LOCATION_BY_TEXT = new Map<string, Location>(
  LOCATION_CHOICES.flatMap((choice) => [
    [choice.value, choice.value] as const,
    [choice.label.toLowerCase(), choice.value] as const,
  ]),
);

function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

function readPupil(line: string): Pupil {
  const match = /^(.*)\(([^()]*)\)\s*$/.exec(line);
  const group = match ? parseYearGroup(match[2]!) : undefined;
  return match && group ? { name: match[1]!.trim(), yearGroup: group } : { name: line, yearGroup: 'Unknown' };
}

function readReferral(line: string, errors: FieldError[], index: number): Referral | undefined {
  const [agency = '', reference = '', date = ''] = line.split('|').map((part) => part.trim());
  const known = oneOf<Agency>(AGENCIES, agency.toLowerCase());
  if (!known) {
    errors.push({ path: `referrals.${index}.agency`, message: `must be one of: ${AGENCIES.join(', ')}` });
    return undefined;
  }
  return { agency: known, reference, date };
}

/**
 * An Incident back from a row in `INCIDENT_COLUMNS` order. Cells typed by hand in the sheet are read
 * leniently (labels or ids, "TRUE" or a checkbox); what cannot be read is an error naming the column.
 */
export function incidentFromRow(row: readonly unknown[], timeZone: string): RowResult<Incident> {
  const errors: FieldError[] = [];
  const cell = (key: IncidentColumn): unknown => row[INCIDENT_COLUMNS.indexOf(key)];
  const text = (key: IncidentColumn): string => readText(cell(key)).trim();
  const need = <T>(key: IncidentColumn, value: T | undefined, message: string): T | undefined => {
    if (value === undefined) errors.push({ path: key, message });
    return value;
  };

  const reference = need('reference', text('reference') || undefined, 'must not be empty');
  const status = need(
    'status',
    oneOf(['open', 'closed'] as const, text('status').toLowerCase()),
    'must be open or closed',
  );
  const severity = need<Severity>(
    'severity',
    oneOf(SEVERITIES, text('severity').toLowerCase()),
    `must be one of: ${SEVERITIES.join(', ')}`,
  );
  const category = need<CategoryId>(
    'category',
    CATEGORY_BY_TEXT.get(text('category').toLowerCase()),
    'must be one of the incident categories',
  );
  const location = need<Location>(
    'location',
    LOCATION_BY_TEXT.get(text('location').toLowerCase()) ?? oneOf(LOCATIONS, text('location')),
    'must be one of the locations',
  );
  const reportedAt = need('reportedAt', text('reportedAt') || undefined, 'must not be empty');
  const occurredAt = text('occurredAt') || reportedAt || '';
  const caseManager = oneOf(CASE_MANAGERS, text('caseManager')) ?? 'dsl';
  const answer = (key: IncidentColumn) => oneOf(ANSWERS, text(key).toLowerCase()) ?? 'not-sure';

  const referrals: Referral[] = [];
  readLines(cell('referrals')).forEach((line, index) => {
    const referral = readReferral(line, errors, index);
    if (referral) referrals.push(referral);
  });

  let closure: Closure | undefined;
  if (status === 'closed') {
    const closedAt = text('closedAt');
    if (!closedAt) errors.push({ path: 'closedAt', message: 'must be set on a closed incident' });
    closure = {
      closedAt,
      closedBy: text('closedBy'),
      outcome: text('outcome'),
      parentsInformed: readBoolean(cell('parentsInformed')) ?? false,
      parentsNotInformedReason: text('parentsNotInformedReason'),
      referrals: referrals.map((referral) => ({ ...referral, date: readDate(referral.date, timeZone) })),
      lessonsLearnt: text('lessonsLearnt'),
    };
  }

  if (errors.length > 0 || !reference || !status || !severity || !category || !location || !reportedAt) {
    return { ok: false, errors };
  }
  const incident: Incident = {
    reference,
    status,
    severity,
    category: isCategoryId(category) ? category : 'other',
    reportedAt,
    occurredAt,
    reporter: text('reporter').toLowerCase(),
    location,
    pupils: readLines(cell('pupils')).map(readPupil),
    staff: readLines(cell('staff')),
    external: readLines(cell('external')),
    description: readText(cell('description')),
    evidenceLocation: readText(cell('evidenceLocation')),
    actionTaken: readText(cell('actionTaken')),
    aboutHeadteacher: readBoolean(cell('aboutHeadteacher')) ?? false,
    adultInvolved: answer('adultInvolved'),
    immediateRisk: answer('immediateRisk'),
    caseManager,
    alerted: readLines(cell('alerted')),
    steps: readLines(cell('steps')).filter((id): id is StepId => (STEP_IDS as readonly string[]).includes(id)),
    ...(closure ? { closure } : {}),
  };
  return { ok: true, value: incident };
}
