/** The Incident Log sheet: one row per incident, written by the script, worked by the DSL team. */
import {
  AGENCIES,
  ANSWERS,
  CATEGORIES,
  INCIDENT_COLUMNS,
  LOCATION_CHOICES,
  SEVERITIES,
  type SheetTemplate,
} from '../core/incidents';
import { dataRange, inOrder, letterOf } from './columns';

const columns = inOrder(INCIDENT_COLUMNS, {
  reference: { header: 'Reference', type: 'text', width: 120, note: 'Issued automatically; never reused.' },
  status: { header: 'Status', type: 'choice', width: 80, validation: { list: ['open', 'closed'], strict: true } },
  severity: { header: 'Severity', type: 'choice', width: 80, validation: { list: SEVERITIES, strict: true } },
  category: {
    header: 'Category',
    type: 'choice',
    width: 220,
    validation: { list: CATEGORIES.map((category) => category.label), strict: true },
  },
  reportedAt: { header: 'Reported', type: 'datetime', width: 140 },
  occurredAt: { header: 'Happened', type: 'datetime', width: 140 },
  reporter: { header: 'Reported by', type: 'email', width: 200 },
  location: {
    header: 'Where',
    type: 'choice',
    width: 200,
    validation: { list: LOCATION_CHOICES.map((choice) => choice.label), strict: true },
  },
  yearGroups: { header: 'Year groups', type: 'text', width: 100, note: 'Derived from Pupils; used by summaries.' },
  pupils: { header: 'Pupils', type: 'longtext', width: 200, note: 'One per line: name (year group).' },
  staff: { header: 'Staff', type: 'longtext', width: 160 },
  external: { header: 'Others involved', type: 'longtext', width: 160 },
  description: { header: 'What happened', type: 'longtext', width: 360 },
  evidenceLocation: {
    header: 'Where the evidence is',
    type: 'longtext',
    width: 220,
    note: 'Never paste, attach or link illegal images here.',
  },
  actionTaken: { header: 'Action taken at report', type: 'longtext', width: 220 },
  aboutHeadteacher: { header: 'About the head?', type: 'boolean', width: 90 },
  adultInvolved: {
    header: 'Adult involved?',
    type: 'choice',
    width: 90,
    validation: { list: ANSWERS, strict: true },
  },
  immediateRisk: {
    header: 'Immediate risk?',
    type: 'choice',
    width: 90,
    validation: { list: ANSWERS, strict: true },
  },
  caseManager: {
    header: 'Case manager',
    type: 'choice',
    width: 130,
    validation: { list: ['dsl', 'headteacher', 'chairOfGovernors', 'dpo'], strict: true },
  },
  alerted: { header: 'Alerted', type: 'longtext', width: 200 },
  steps: {
    header: 'Mandatory steps',
    type: 'longtext',
    width: 220,
    note: 'Step ids; the alert email gave the wording.',
  },
  closedAt: { header: 'Closed', type: 'datetime', width: 140 },
  closedBy: { header: 'Closed by', type: 'email', width: 180 },
  outcome: { header: 'Outcome', type: 'longtext', width: 260 },
  parentsInformed: { header: 'Parents informed?', type: 'boolean', width: 90 },
  parentsNotInformedReason: { header: 'Why parents were not informed', type: 'longtext', width: 220 },
  referrals: {
    header: 'Referrals',
    type: 'longtext',
    width: 240,
    note: `One per line: agency | their reference | YYYY-MM-DD. Agencies: ${AGENCIES.join(', ')}.`,
  },
  lessonsLearnt: { header: 'Lessons learnt', type: 'longtext', width: 260 },
});

const status = letterOf(columns, 'status');
const severity = letterOf(columns, 'severity');
const reportedAt = letterOf(columns, 'reportedAt');

export const INCIDENT_LOG_SHEET: SheetTemplate = {
  name: 'Incident Log',
  description: 'One row per reported incident. Restricted to the DSL team; reporters cannot open this file.',
  columns,
  frozenRows: 1,
  frozenColumns: 1,
  protection: {
    editors: 'dsl-team',
    description: 'Incident Log: DSL team only. Rows are added by the incident form.',
  },
  conditionalFormats: [
    {
      id: 'critical-open',
      range: dataRange(columns),
      formula: `=AND($${status}2="open",$${severity}2="critical")`,
      format: { background: '#f4c7c3', bold: true },
      description: 'Open critical incidents stand out.',
    },
    {
      id: 'open-over-30-days',
      range: dataRange(columns),
      // The cell may hold a date (written as one) or ISO text (written as text): both are read.
      formula: `=AND($${status}2="open",$${reportedAt}2<>"",IF(ISNUMBER($${reportedAt}2),$${reportedAt}2,DATEVALUE(LEFT($${reportedAt}2,10)))<TODAY()-30)`,
      format: { background: '#fce8b2' },
      description: 'Incidents open for more than 30 days.',
    },
  ],
};
