/** Applying a sheet template to a sheet people have worked in: headers, formats, dropdowns, protection. */
import { INCIDENT_LOG_SHEET, SUMMARIES_SHEET } from '../../sheets-templates';
import {
  applyConditionalFormats,
  ensureSheet,
  formatSheet,
  protectSheet,
} from '../../apps-script/sheets/apply-template';
import { ColumnMap } from '../../apps-script/sheets/column-map';
import { moduleWorld } from './modules';
import { DEPUTY, DSL } from './school';

function apply(world: ReturnType<typeof moduleWorld>, template = INCIDENT_LOG_SHEET): void {
  world.byHand(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet()!;
    const sheet = ensureSheet(spreadsheet, template);
    const columns = ColumnMap.of(sheet, template);
    formatSheet(sheet, template, (key) => columns.column(key));
    applyConditionalFormats(sheet, template.conditionalFormats);
    protectSheet(sheet, template, { team: [DSL, DEPUTY], runner: DSL });
  });
}

describe('applying a template', () => {
  it('writes the headers once, and adds only missing ones after columns people inserted', () => {
    const world = moduleWorld();
    apply(world);
    const sheet = world.container().getSheetByName(INCIDENT_LOG_SHEET.name)!;
    const headers = () => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(headers()).toEqual(INCIDENT_LOG_SHEET.columns.map((c) => c.header));
    world.byHand(() => {
      sheet.getRange(1, 2).setValue('My notes');
      sheet.getRange(1, 3, 1, 26).setValues([INCIDENT_LOG_SHEET.columns.slice(1, 27).map((c) => c.header)]);
    });
    apply(world);
    expect(headers()).toEqual([
      'Reference',
      'My notes',
      ...INCIDENT_LOG_SHEET.columns.slice(1, 27).map((c) => c.header),
      'Lessons learnt',
    ]);
  });

  it('stores text columns as plain text and makes strict dropdowns reject other values', () => {
    const world = moduleWorld();
    apply(world);
    const sheet = world.container().getSheetByName(INCIDENT_LOG_SHEET.name)!;
    const column = (header: string) => INCIDENT_LOG_SHEET.columns.findIndex((c) => c.header === header) + 1;
    expect(sheet.getRange(500, column('What happened')).getNumberFormat()).toBe('@');
    expect(sheet.getRange(2, column('Status')).getDataValidation()!.getCriteriaValues()[0]).toEqual(['open', 'closed']);
    expect(() => world.byHand(() => sheet.getRange(2, column('Status')).setValue('pending'))).toThrow(/validation/);
  });

  it('keeps one set of its conditional formats and the rules people added', () => {
    const world = moduleWorld();
    apply(world);
    const sheet = world.container().getSheetByName(INCIDENT_LOG_SHEET.name)!;
    world.byHand(() =>
      sheet.setConditionalFormatRules([
        ...sheet.getConditionalFormatRules(),
        world.services.SpreadsheetApp.newConditionalFormatRule()
          .whenTextContains('urgent')
          .setBackground('#f00')
          .build(),
      ]),
    );
    apply(world);
    expect(sheet.getConditionalFormatRules()).toHaveLength(INCIDENT_LOG_SHEET.conditionalFormats.length + 1);
  });

  it('protects DSL-team sheets for the team and script-only sheets for the script’s account', () => {
    const world = moduleWorld({ user: DSL });
    world.container().addEditor(DEPUTY).addEditor('office@example.sch.uk');
    apply(world);
    apply(world, SUMMARIES_SHEET);
    const editors = (name: string) => {
      const [protection, ...more] = world.container().getSheetByName(name)!.getProtections('SHEET');
      expect(more).toEqual([]);
      return protection!
        .getEditors()
        .map((user) => user.getEmail())
        .sort();
    };
    expect(editors(INCIDENT_LOG_SHEET.name)).toEqual([DEPUTY, DSL]);
    expect(editors(SUMMARIES_SHEET.name)).toEqual([DSL]);
    const write = (user: string) =>
      world.byHand(() => world.container().getSheetByName('Summaries')!.appendRow(['x']), user);
    expect(() => write(DEPUTY)).toThrow(/protected/);
    expect(() => write('office@example.sch.uk')).toThrow(/protected/);
  });
});

describe('ColumnMap', () => {
  it('reads and writes our columns wherever they are and leaves other columns alone', () => {
    const world = moduleWorld();
    const map = world.byHand(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
      sheet.appendRow(['Extra', 'Generated', 'Term']);
      return ColumnMap.of(sheet, {
        ...SUMMARIES_SHEET,
        columns: SUMMARIES_SHEET.columns.filter((c) => ['term', 'generatedAt'].includes(c.key)),
      });
    });
    expect(map.toSheetRow(['Spring', '2026-03-30'], ['keep', 'old', 'old'])).toEqual(['keep', '2026-03-30', 'Spring']);
    expect(map.fromSheetRow(['keep', 'when', 'Spring'])).toEqual(['Spring', 'when']);
  });

  it('names the missing header', () => {
    const world = moduleWorld();
    expect(() =>
      world.byHand(() => ColumnMap.of(SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!, SUMMARIES_SHEET)),
    ).toThrow(/no "Term" column: run setup/);
  });
});
