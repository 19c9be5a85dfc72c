import { HttpRequest, InvocationContext } from '@azure/functions';
import { loadSettings } from '../../graph-functions/src/settings';

const SITE = 'example.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
const PROFILE = JSON.stringify({
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  contacts: { dsl: 'DSL@Example.sch.uk' },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
});

describe('Function app settings', () => {
  it('accepts the site, mailbox and profile JSON', () => {
    const result = loadSettings({
      SOS_SITE_ID: SITE,
      SOS_MAILBOX: 'safeguarding@example.sch.uk',
      SOS_PROFILE_JSON: PROFILE,
    });
    expect(result.ok && result.settings.profile.contacts.dsl).toBe('dsl@example.sch.uk');
    expect(result.ok && result.settings.siteId).toBe(SITE);
  });

  it('reads the profile from SOS_PROFILE_PATH', () => {
    const result = loadSettings(
      { SOS_SITE_ID: SITE, SOS_MAILBOX: 'safeguarding@example.sch.uk', SOS_PROFILE_PATH: '/home/site/policy.json' },
      (path) => (path === '/home/site/policy.json' ? PROFILE : ''),
    );
    expect(result.ok).toBe(true);
  });

  it('names every missing or bad setting, without values', () => {
    const result = loadSettings({ SOS_MAILBOX: 'not an address', SOS_PROFILE_JSON: '{"school": {' });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((p) => p.startsWith('SOS_SITE_ID: is not set'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SOS_MAILBOX: must be'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SOS_PROFILE_JSON: '))).toBe(true);
    expect(problems.join('\n')).not.toContain('not an address');
  });

  it('names the profile field that is wrong', () => {
    const bad = JSON.parse(PROFILE) as { mail: { staffPupilEmail: string } };
    bad.mail.staffPupilEmail = 'sometimes';
    const result = loadSettings({
      SOS_SITE_ID: SITE,
      SOS_MAILBOX: 'safeguarding@example.sch.uk',
      SOS_PROFILE_JSON: JSON.stringify(bad),
    });
    expect(result.ok ? '' : result.problems.join('\n')).toContain('SOS_PROFILE_JSON: mail.staffPupilEmail');
  });
});

describe('the incidentIntake function module', () => {
  it('registers incidentIntake and, with invalid settings, answers 500 and logs which settings to fix', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const saved = { ...process.env };
      for (const key of ['SOS_SITE_ID', 'SOS_MAILBOX', 'SOS_PROFILE_JSON', 'SOS_PROFILE_PATH', 'SOS_ACCESS_TOKEN'])
        delete process.env[key];
      let mod: typeof import('../../graph-functions/src/functions/incident-intake') | undefined;
      await jest.isolateModulesAsync(async () => {
        mod = await import('../../graph-functions/src/functions/incident-intake');
      });
      process.env = saved;
      // Outside the Functions host the library is in test mode: it names the function it skips registering.
      expect(warn.mock.calls.flat().join('\n')).toMatch(/register function "incidentIntake"/);
      expect(error.mock.calls.flat().join('\n')).toContain('SOS_SITE_ID');

      const logs: string[] = [];
      const res = await mod!.incidentIntake(
        new HttpRequest({ method: 'POST', url: 'https://x/api/incidentIntake', body: { string: '{}' } }),
        new InvocationContext({ logHandler: (_level, ...args) => logs.push(args.join(' ')) }),
      );
      expect(res).toMatchObject({ status: 500, jsonBody: { error: 'misconfigured' } });
      expect(logs.join('\n')).toContain('SOS_MAILBOX');
      expect(logs.join('\n')).toContain('SOS_TENANT_ID');
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
