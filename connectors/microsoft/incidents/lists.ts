/**
 * The SharePoint lists of the incident log: the Incident Log, its Actions, Needs Attention (reports that
 * failed validation, kept whole) and a one-item counter that issues references. Column names are the
 * core/incidents column keys (INCIDENT_COLUMNS, ACTION_COLUMNS, NEEDS_ATTENTION_COLUMNS), so rows and list items read the same.
 * Values are stored as text, except yes/no answers; dates stay ISO 8601 text exactly as core writes them.
 */
import {
  ACTION_COLUMNS,
  INCIDENT_COLUMNS,
  NEEDS_ATTENTION_COLUMNS,
  SEVERITIES,
  type ActionColumn,
  type IncidentColumn,
  type NeedsAttentionColumn,
} from '../../../core/incidents';
import type { SharePointColumn, SharePointColumnKind, SharePointListDefinition } from '../sharepoint-list';

export const INCIDENT_LOG_LIST = 'Incident Log';
export const ACTIONS_LIST = 'Actions';
export const NEEDS_ATTENTION_LIST = 'Needs Attention';
export const COUNTER_LIST = 'Incident Reference Counter';
/** The Title of the counter item. */
export const COUNTER_KEY = 'incident-reference';

/** `name` is set only where the core key clashes with a built-in SharePoint field (ID). */
type Column = Omit<SharePointColumn, 'name'> & { readonly name?: string };
const col = (displayName: string, kind: SharePointColumnKind, extra: Partial<Column> = {}): Column => ({
  displayName,
  kind,
  ...extra,
});

/** Typed by IncidentColumn: a column added in core fails to compile here until it has a list column. */
const INCIDENT_LIST_COLUMNS: Readonly<Record<IncidentColumn, Column>> = {
  reference: col('Reference', 'text', { indexed: true, description: 'OS-YYYY-NNNN, issued in order' }),
  status: col('Status', 'choice', { choices: ['open', 'closed'], indexed: true }),
  severity: col('Severity', 'choice', { choices: [...SEVERITIES] }),
  category: col('Category', 'text'),
  reportedAt: col('Reported at', 'text', { description: 'ISO 8601' }),
  occurredAt: col('Occurred at', 'text', { description: 'ISO 8601' }),
  reporter: col('Reporter', 'text'),
  location: col('Location', 'text'),
  yearGroups: col('Year groups', 'text'),
  pupils: col('Pupils', 'note', { description: 'One per line: name (year group)' }),
  staff: col('Staff', 'note'),
  external: col('External people', 'note'),
  description: col('Description', 'note'),
  evidenceLocation: col('Evidence location', 'note'),
  actionTaken: col('Action taken', 'note'),
  aboutHeadteacher: col('About the headteacher', 'boolean'),
  adultInvolved: col('Adult involved', 'text'),
  immediateRisk: col('Immediate risk', 'text'),
  caseManager: col('Case manager', 'text'),
  alerted: col('Alerted', 'note'),
  steps: col('Mandatory steps', 'note'),
  closedAt: col('Closed at', 'text'),
  closedBy: col('Closed by', 'text'),
  outcome: col('Outcome', 'note'),
  parentsInformed: col('Parents informed', 'boolean'),
  parentsNotInformedReason: col('Why parents were not informed', 'note'),
  referrals: col('Referrals', 'note', { description: 'One per line: agency | reference | YYYY-MM-DD' }),
  lessonsLearnt: col('Lessons learnt', 'note'),
};

const ACTION_LIST_COLUMNS: Readonly<Record<ActionColumn, Column>> = {
  id: col('Action', 'text', { name: 'actionId', indexed: true, description: 'OS-YYYY-NNNN/N' }),
  reference: col('Incident reference', 'text', { indexed: true }),
  description: col('What is to be done', 'note'),
  owner: col('Owner (email)', 'text'),
  due: col('Due (YYYY-MM-DD)', 'text'),
  done: col('Done (YYYY-MM-DD)', 'text'),
};

function columns<K extends string>(keys: readonly K[], defs: Readonly<Record<K, Column>>): SharePointColumn[] {
  return keys.map((key) => ({ ...defs[key], name: defs[key].name ?? key }));
}

export const INCIDENT_LOG_DEFINITION: SharePointListDefinition = {
  displayName: INCIDENT_LOG_LIST,
  description: 'Online safety incident log. Restricted: the DSL team only.',
  columns: columns(INCIDENT_COLUMNS, INCIDENT_LIST_COLUMNS),
};

export const ACTIONS_DEFINITION: SharePointListDefinition = {
  displayName: ACTIONS_LIST,
  description: 'Follow-up actions on online safety incidents. Restricted: the DSL team only.',
  columns: columns(ACTION_COLUMNS, ACTION_LIST_COLUMNS),
};

const NEEDS_ATTENTION_LIST_COLUMNS: Readonly<Record<NeedsAttentionColumn, Column>> = {
  receivedAt: col('Received at', 'text', { description: 'ISO 8601' }),
  source: col('Source', 'text'),
  errors: col('Problems', 'note', { description: 'One per line: field: what is wrong' }),
  raw: col('Report as received', 'note'),
  resolvedAs: col('Logged as (reference)', 'text', { description: 'Fill in once logged by hand' }),
  notes: col('Notes', 'note'),
};

export const NEEDS_ATTENTION_DEFINITION: SharePointListDefinition = {
  displayName: NEEDS_ATTENTION_LIST,
  description:
    'Incident reports that could not be logged as sent (a field was missing or wrong). Each is kept whole: ' +
    'log it by hand, then fill in "Logged as". Restricted: the DSL team only.',
  columns: [
    ...columns(NEEDS_ATTENTION_COLUMNS, NEEDS_ATTENTION_LIST_COLUMNS),
    { name: 'part', displayName: 'Part', kind: 'text', description: 'n/N when a long report spans several items' },
    { name: 'reportId', displayName: 'Report id', kind: 'text', indexed: true },
  ],
};

export const COUNTER_DEFINITION: SharePointListDefinition = {
  displayName: COUNTER_LIST,
  description: 'Used by sos to issue incident references in order, once each. Do not edit or delete.',
  columns: [{ name: 'lastReference', displayName: 'Last reference issued', kind: 'text' }],
};

/** In the order setup creates them. */
export const INCIDENT_LIST_DEFINITIONS: readonly SharePointListDefinition[] = [
  INCIDENT_LOG_DEFINITION,
  ACTIONS_DEFINITION,
  NEEDS_ATTENTION_DEFINITION,
  COUNTER_DEFINITION,
];
