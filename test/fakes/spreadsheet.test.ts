/** The spreadsheet fakes where they must match Sheets: typed values, formulas, text, protection, validation. */
import { FakeWorld } from '.';

function sheetIn(world: FakeWorld) {
  return world.container().getSheets()[0]!;
}

describe('writing values as Sheets reads them', () => {
  const world = new FakeWorld();
  const write = (value: unknown) =>
    world.byHand(() => {
      const cell = sheetIn(world).getRange('A1');
      cell.setNumberFormat('General');
      cell.setValue(value);
      return { value: cell.getValue(), formula: cell.getFormula() };
    });

  it.each([
    ['=1+1', '#NAME?', '=1+1'],
    ['+cmd|x', '#NAME?', '=+cmd|x'],
    ['-foo', '#NAME?', '=-foo'],
    ["'=1+1", '=1+1', ''],
    ['@SUM(A1)', '@SUM(A1)', ''],
    ['0042', 42, ''],
    ['-5', -5, ''],
    ['TRUE', true, ''],
    ['plain text', 'plain text', ''],
  ])('%j becomes %j (formula %j)', (input, value, formula) => {
    expect(write(input)).toEqual({ value, formula });
  });

  it('reads an ISO date as a date at midnight in the spreadsheet’s zone', () => {
    const { value } = write('2026-07-01');
    expect(value).toEqual(new Date('2026-06-30T23:00:00Z'));
  });

  it('keeps text exactly as written in a plain-text ("@") cell', () => {
    const stored = world.byHand(() => {
      const cell = sheetIn(world).getRange('B1');
      cell.setNumberFormat('@');
      cell.setValue('=HYPERLINK("x","y")');
      return [cell.getValue(), cell.getFormula()];
    });
    expect(stored).toEqual(['=HYPERLINK("x","y")', '']);
  });

  it('refuses data of the wrong shape, as setValues does', () => {
    expect(() =>
      world.byHand(() =>
        sheetIn(world)
          .getRange(1, 1, 2, 2)
          .setValues([[1, 2]]),
      ),
    ).toThrow(/number of rows/);
  });
});

describe('protection and validation', () => {
  it('lets only the protection’s editors (and the owner) write', () => {
    const world = new FakeWorld({ user: 'owner@example.sch.uk' });
    world.container().addEditor('dsl@example.sch.uk').addEditor('office@example.sch.uk');
    world.byHand(() => {
      const protection = sheetIn(world).protect();
      protection.removeEditors(protection.getEditors());
      protection.addEditor('dsl@example.sch.uk');
      protection.setDomainEdit(false);
    });
    const writeAs = (user: string) => world.byHand(() => sheetIn(world).appendRow([user]), user);
    expect(() => writeAs('dsl@example.sch.uk')).not.toThrow();
    expect(() => writeAs('owner@example.sch.uk')).not.toThrow();
    expect(() => writeAs('office@example.sch.uk')).toThrow(/protected cell/);
    expect(sheetIn(world).getLastRow()).toBe(2);
  });

  it('rejects a value outside a strict dropdown and changes nothing', () => {
    const world = new FakeWorld();
    world.byHand(() => {
      const sheet = sheetIn(world);
      const rule = world.services.SpreadsheetApp.newDataValidation()
        .requireValueInList(['open', 'closed'])
        .setAllowInvalid(false)
        .build();
      sheet.getRange('B1:B10').setDataValidation(rule);
    });
    const append = (values: string[]) => world.byHand(() => sheetIn(world).appendRow(values));
    expect(() => append(['x', 'pending'])).toThrow(/violates the data validation rules/);
    expect(sheetIn(world).getLastRow()).toBe(0);
    append(['x', 'open']);
    expect(sheetIn(world).getRange('A1:B1').getValues()).toEqual([['x', 'open']]);
  });
});
