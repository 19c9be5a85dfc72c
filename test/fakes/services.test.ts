/** The other fakes where scripts depend on Apps Script's rules: scopes, auth modes, quotas, limits, realms. */
import vm from 'node:vm';
import { FakeWorld, installFakes, useModules } from '.';

const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

describe('authorisation', () => {
  it('refuses a call whose scope the manifest does not list', () => {
    const world = new FakeWorld({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    useModules(world, { mail: () => MailApp.sendEmail('a@example.sch.uk', 'hi', 'there') });
    expect(() => world.run('mail')).toThrow(/Required permissions: .*script\.send_mail/);
    world.oauthScopes = [SEND_MAIL];
    expect(() => world.run('mail')).not.toThrow();
  });

  it('gives a simple trigger (LIMITED) no mail, no other files and no triggers', () => {
    const world = new FakeWorld();
    useModules(world, {
      onOpen: () => {
        SpreadsheetApp.getUi().createMenu('Menu').addItem('Go', 'go').addToUi();
        MailApp.sendEmail('a@example.sch.uk', 'hi', 'there');
      },
    });
    expect(() => world.openSpreadsheet()).toThrow(/do not have permission to call MailApp\.sendEmail/);
  });

  it('has a UI only where someone is looking at the spreadsheet', () => {
    const world = new FakeWorld();
    useModules(world, { ask: () => SpreadsheetApp.getUi().alert('Hello') });
    expect(() => world.run('ask')).toThrow(/Cannot call SpreadsheetApp.getUi\(\) from this context/);
    expect(world.run('ask', [], { ui: world.containerId! })).toBe('OK');
  });

  it('opens only files the effective user may open', () => {
    const world = new FakeWorld({ user: 'dsl@example.sch.uk' });
    const id = world.containerId!;
    useModules(world, { open: () => SpreadsheetApp.openById(id).getName() });
    expect(world.run('open')).toBe('Online safety');
    expect(() => world.run('open', [], { user: 'teacher@example.sch.uk' })).toThrow(/do not have permission/);
  });
});

describe('MailApp', () => {
  it('records what was sent and counts recipients against the daily quota', () => {
    const world = new FakeWorld({ emailQuota: 3 });
    useModules(world, {
      send: (to: string) => MailApp.sendEmail({ to, subject: 'Alert', body: 'text', htmlBody: '<p>text</p>' }),
      left: () => MailApp.getRemainingDailyQuota(),
    });
    world.run('send', ['a@example.sch.uk,b@example.sch.uk']);
    expect(world.sent[0]).toMatchObject({
      to: ['a@example.sch.uk', 'b@example.sch.uk'],
      subject: 'Alert',
      from: world.user,
    });
    expect(world.run('left')).toBe(1);
    expect(() => world.run('send', ['c@example.sch.uk,d@example.sch.uk'])).toThrow(/too many times for one day: email/);
    expect(() => world.run('send', ['not an address'])).toThrow(/Invalid email/);
    expect(world.sent).toHaveLength(1);
  });
});

describe('ScriptApp triggers', () => {
  it('allows 20 triggers per user and checks what a clock trigger needs', () => {
    const world = new FakeWorld();
    useModules(world, {
      daily: () => ScriptApp.newTrigger('job').timeBased().everyDays(1).atHour(7).create(),
      hourOnly: () => ScriptApp.newTrigger('job').timeBased().everyHours(2).atHour(7).create(),
      count: () => ScriptApp.getProjectTriggers().length,
    });
    expect(() => world.run('hourOnly')).toThrow(/atHour/);
    for (let i = 0; i < 20; i++) world.run('daily');
    expect(() => world.run('daily')).toThrow(/too many triggers/);
    expect(world.run('count')).toBe(20);
    expect(world.run('count', [], { user: 'someone.else@example.sch.uk' })).toBe(0);
  });
});

describe('PropertiesService and Utilities', () => {
  it('stores strings and refuses a value over 9 KB', () => {
    const world = new FakeWorld();
    useModules(world, {
      put: (value: unknown) =>
        PropertiesService.getScriptProperties()
          .setProperty('k', value as string)
          .getProperty('k'),
    });
    expect(world.run('put', [42])).toBe('42');
    expect(() => world.run('put', ['x'.repeat(9 * 1024 + 1)])).toThrow(/Argument too large/);
  });

  it('formats dates in a zone, with summer time', () => {
    const world = new FakeWorld();
    useModules(world, {
      format: (date: Date) => Utilities.formatDate(date, 'Europe/London', "yyyy-MM-dd'T'HH:mm XXX EEE"),
    });
    expect(world.run('format', [new Date('2026-01-15T12:00:00Z')])).toBe('2026-01-15T12:00 Z Thu');
    expect(world.run('format', [new Date('2026-07-15T12:00:00Z')])).toBe('2026-07-15T13:00 +01:00 Wed');
  });
});

describe('the boundary between a script’s realm and the fakes', () => {
  it('hands a vm-context script its own Dates, arrays and Error objects', () => {
    const world = new FakeWorld();
    const context = vm.createContext({});
    installFakes(context, world);
    world.byHand(() => world.container().getSheets()[0]!.getRange('A1').setValue(new Date('2026-03-10T09:00:00Z')));
    const check = vm.runInContext(
      `(function () {
        var values = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:B1').getValues();
        var error;
        try { SpreadsheetApp.openById('missing'); } catch (e) { error = e; }
        return [values instanceof Array, values[0][0] instanceof Date, error instanceof Error, String(error.message)];
      })`,
      context,
    ) as () => unknown[];
    expect(world.byHand(check)).toEqual([true, true, true, expect.stringMatching(/do not have permission/)]);
  });
});

describe('form submissions', () => {
  it('enforce what the form itself enforces unless told not to', () => {
    const world = new FakeWorld();
    const form = world.byHand(() => {
      const created = world.services.FormApp.create('Report');
      created.addTextItem().setTitle('What happened?').setRequired(true);
      created.addMultipleChoiceItem().setTitle('Where?').setChoiceValues(['Inside', 'Outside']);
      return created;
    });
    expect(() => world.submitForm(form.getId(), { 'Where?': 'Inside' })).toThrow(/required question/);
    expect(() => world.submitForm(form.getId(), { 'What happened?': 'x', 'Where?': 'Moon' })).toThrow(/not a choice/);
    const { response } = world.submitForm(form.getId(), { 'Where?': 'Moon' }, { enforce: false });
    expect(response.getItemResponses().map((r) => r.getResponse())).toEqual(['Moon']);
  });
});
