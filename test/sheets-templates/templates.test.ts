import {
  ACTION_COLUMNS,
  CATEGORIES,
  CHASE_LOG_COLUMNS,
  INCIDENT_COLUMNS,
  NEEDS_ATTENTION_COLUMNS,
  SUMMARY_COLUMNS,
  createIncident,
  incidentToRow,
  triage,
} from '../../core/incidents';
import {
  ACTIONS_SHEET,
  CHASE_LOG_SHEET,
  INCIDENT_LOG_SHEET,
  INCIDENT_SPREADSHEET,
  NEEDS_ATTENTION_SHEET,
  SHEET_TEMPLATES,
  SUMMARIES_SHEET,
  columnLetter,
} from '../../sheets-templates';
import { profile, submission } from '../core/incidents/helpers';

describe('the incident spreadsheet', () => {
  it('is one file only the DSL team can open, with the four sheets the issue names', () => {
    expect(INCIDENT_SPREADSHEET.access).toBe('dsl-team');
    expect(SHEET_TEMPLATES.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Incident Log', 'Actions', 'Needs Attention', 'Summaries']),
    );
    expect(INCIDENT_LOG_SHEET.protection.editors).toBe('dsl-team');
    expect(ACTIONS_SHEET.protection.editors).toBe('dsl-team');
    expect(NEEDS_ATTENTION_SHEET.protection.editors).toBe('dsl-team');
  });

  it.each([
    [INCIDENT_LOG_SHEET, INCIDENT_COLUMNS],
    [ACTIONS_SHEET, ACTION_COLUMNS],
    [NEEDS_ATTENTION_SHEET, NEEDS_ATTENTION_COLUMNS],
    [SUMMARIES_SHEET, SUMMARY_COLUMNS],
    [CHASE_LOG_SHEET, CHASE_LOG_COLUMNS],
  ] as const)('%# has the columns core writes, in order, with distinct headers', (sheet, keys) => {
    expect(sheet.columns.map((column) => column.key)).toEqual([...keys]);
    expect(new Set(sheet.columns.map((column) => column.header)).size).toBe(sheet.columns.length);
    for (const column of sheet.columns) expect(column.width).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBe(1);
  });

  it('offers the category labels as the category dropdown', () => {
    const category = INCIDENT_LOG_SHEET.columns.find((column) => column.key === 'category')!;
    expect(category.validation).toEqual({ list: CATEGORIES.map((c) => c.label), strict: true });
  });

  it('every row core writes passes the sheet’s own validation lists', () => {
    const contacts = profile().contacts;
    for (const c of CATEGORIES) {
      for (const location of ['school-system', 'personal-device-in-school', 'outside-school', 'not-known'] as const) {
        const sub = submission({ category: c.id, location, immediateRisk: 'not-sure', adultInvolved: 'yes' });
        const row = incidentToRow(createIncident(sub, 'OS-2026-0001', triage(sub, contacts)));
        INCIDENT_LOG_SHEET.columns.forEach((column, index) => {
          if (column.validation) expect(column.validation.list).toContain(row[index]);
        });
      }
    }
  });

  it('highlights overdue actions: due before today and no date done', () => {
    const overdue = ACTIONS_SHEET.conditionalFormats.find((format) => format.id === 'overdue')!;
    const due = columnLetter(ACTION_COLUMNS.indexOf('due'));
    const done = columnLetter(ACTION_COLUMNS.indexOf('done'));
    expect([due, done]).toEqual(['E', 'F']);
    expect(overdue.formula).toBe('=AND($E2<>"",$E2<TODAY(),$F2="")');
    expect(overdue.range).toBe('A2:F');
  });

  it('writes formulas only against columns that exist', () => {
    for (const sheet of SHEET_TEMPLATES) {
      const last = columnLetter(sheet.columns.length - 1);
      for (const format of sheet.conditionalFormats) {
        expect(format.range).toBe(`A2:${last}`);
        for (const [, letter] of format.formula.matchAll(/\$([A-Z]+)2/g)) {
          expect(letter!.length < last.length || (letter!.length === last.length && letter! <= last)).toBe(true);
        }
      }
    }
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
  ])('%i is %s', (index, letter) => expect(columnLetter(index)).toBe(letter));
});
