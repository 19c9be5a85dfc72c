/**
 * The sharing audit's spreadsheet: the Audit sheet (one row per exposed file, kept across passes so IT
 * sees what is new, still open or fixed) and the Audit Log (passes, failures, notices). Written by the
 * script only; IT reads them.
 */
import type { SheetTemplate } from '../../core/incidents';

export const AUDIT_SPREADSHEET_TITLE = 'Online safety - Sharing audit';

export const AUDIT_STATUS = { open: 'open', fixed: 'fixed' } as const;
export type AuditStatus = (typeof AUDIT_STATUS)[keyof typeof AUDIT_STATUS];

export const AUDIT_SHEET: SheetTemplate = {
  name: 'Audit',
  description: 'One row per file shared outside the policy, found by runSharingAudit. Written by the script.',
  columns: [
    { key: 'fileId', header: 'File ID', type: 'text', width: 120, note: 'Drive file id: the row key.' },
    { key: 'file', header: 'File', type: 'text', width: 240 },
    { key: 'link', header: 'Link', type: 'text', width: 200 },
    { key: 'owner', header: 'Owner', type: 'email', width: 200, note: 'For a shared drive: an organiser.' },
    { key: 'ownerGroup', header: 'Owner group', type: 'text', width: 90, note: 'staff or pupil (profile).' },
    { key: 'location', header: 'Location', type: 'text', width: 160, note: 'My Drive, or the shared drive.' },
    {
      key: 'exposure',
      header: 'Exposure',
      type: 'text',
      width: 200,
      note: 'anyone-public, anyone-with-link, domain-link, external-user',
    },
    {
      key: 'risk',
      header: 'Risk',
      type: 'text',
      width: 80,
      note: 'Exposure x content; content is not read in Apps Script, so as "not scanned".',
    },
    { key: 'firstSeen', header: 'First seen', type: 'date', width: 140 },
    { key: 'lastSeen', header: 'Last seen', type: 'date', width: 140 },
    {
      key: 'status',
      header: 'Status',
      type: 'text',
      width: 80,
      note: 'open, or fixed when a complete pass no longer found the exposure.',
    },
    { key: 'ownerTold', header: 'Owner told', type: 'date', width: 140, note: 'When the owner was emailed.' },
    { key: 'scope', header: 'Scope', type: 'text', width: 200, note: 'user:<address> or drive:<id>.' },
  ],
  frozenRows: 1,
  frozenColumns: 2,
  protection: { editors: 'script-only', description: 'Audit: written by runSharingAudit only.' },
  conditionalFormats: [
    {
      id: 'audit-critical',
      range: 'H2:H',
      formula: '=$H2="critical"',
      format: { background: '#f4c7c3', bold: true },
      description: 'Critical risk stands out.',
    },
    {
      id: 'audit-fixed',
      range: 'A2:M',
      formula: '=$K2="fixed"',
      format: { fontColor: '#999999' },
      description: 'Fixed rows are greyed.',
    },
  ],
};

export const AUDIT_LOG_SHEET: SheetTemplate = {
  name: 'Audit Log',
  description: 'Passes, failures and owner notices of the sharing audit.',
  columns: [
    { key: 'at', header: 'When', type: 'date', width: 140 },
    { key: 'pass', header: 'Pass', type: 'number', width: 60 },
    { key: 'event', header: 'Event', type: 'text', width: 140 },
    { key: 'scope', header: 'Scope', type: 'text', width: 220 },
    { key: 'detail', header: 'Detail', type: 'longtext', width: 420 },
  ],
  frozenRows: 1,
  frozenColumns: 0,
  protection: { editors: 'script-only', description: 'Audit Log: written by runSharingAudit only.' },
  conditionalFormats: [],
};
