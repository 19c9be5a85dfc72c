export * from './types';
export { CATEGORIES, categoryById, isCategoryId } from './categories';
export { LOCATION_CHOICES, ANSWER_CHOICES, locationLabel } from './choices';
export { submissionSchema, parseSubmission, parsePupilLines, parseYearGroup } from './submission';
export { rawFromFormAnswers, type FormAnswers, type FormMeta } from './form-answers';
export { localDate, localDateTimeToIso, formatLocalDateTime, daysBetween } from './time';
export { REFERENCE_PREFIX, formatReference, parseReference, nextReference, highestReference } from './reference';
export { triage, dslTeam } from './triage';
export { STEPS, stepById } from './steps';
export { alertEmail, needsAttentionEmail, type AlertOptions } from './alert';
export {
  createIncident,
  categoryLabel,
  yearGroupsOf,
  INCIDENT_COLUMNS,
  incidentToRow,
  incidentFromRow,
  type IncidentColumn,
} from './incident';
export {
  ACTION_COLUMNS,
  actionId,
  actionToRow,
  actionFromRow,
  overdueActions,
  chaseEmails,
  type ActionColumn,
  type ChaseEmail,
  type ChaseOptions,
} from './actions';
export {
  closureSchema,
  parseClosure,
  closeIncident,
  type ClosureInput,
  type ClosureResult,
  type CloseResult,
} from './closure';
export { termPeriods, termOf, termlySummary, termToSummarise, SUMMARY_COLUMNS, summaryRow } from './summary';
export { summaryEmail, type SchoolInfo } from './summary-email';
export { recordSubmission, type SubmitDeps, type SubmitOutcome } from './submit';
export { chaseOverdueActions, type ChaseDeps, type ChaseOutcome } from './chase';
export { sendTermSummary, type SummaryDeps, type SummaryOutcome } from './send-summary';
export { NEEDS_ATTENTION_COLUMNS, needsAttentionToRow, type NeedsAttentionColumn } from './needs-attention';
export { CHASE_LOG_COLUMNS, chaseRecordToRow, chaseRecordFromRow } from './chase-log';
export { readText, textCell } from './cells';
