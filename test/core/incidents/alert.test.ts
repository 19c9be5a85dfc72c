import { alertEmail, createIncident, needsAttentionEmail, triage } from '../../../core/incidents';
import { profile, submission } from './helpers';

const contacts = profile().contacts;
const OPTIONS = {
  schoolName: 'Example School',
  link: 'https://docs.google.com/spreadsheets/d/LOG',
  timeZone: 'Europe/London',
};

describe('alertEmail', () => {
  const sensitive = submission({
    category: 'illegal-csam',
    pupils: [
      { name: 'Alexandra Quigley', yearGroup: 'Y9' },
      { name: 'Benedict Oyelaran', yearGroup: 'Y10' },
    ],
    staff: ['Mrs Hortensia Vale'],
    external: ['Uncle Desmond from Snapchat'],
    description: 'Images found on the laptop in IT room 3 belonging to Alexandra Quigley.',
    evidenceLocation: 'Laptop asset tag 0042, locked in the head’s office; link https://evil.example/abc',
    actionTaken: 'Laptop unplugged by Mr Idris Okonkwo',
    reporter: 'reporting.teacher@example.sch.uk',
  });
  const result = triage(sensitive, contacts);
  const incident = createIncident(sensitive, 'OS-2026-0042', result);
  const email = alertEmail(incident, result, OPTIONS);

  it('carries the reference, category, severity, mandatory steps and the link', () => {
    for (const body of [email.text, email.html]) {
      expect(body).toContain('OS-2026-0042');
      expect(body).toContain('Illegal content: child sexual abuse material');
      expect(body).toContain('critical');
      expect(body).toContain('Isolate the device');
      expect(body).toContain('https://docs.google.com/spreadsheets/d/LOG');
    }
    expect(email.subject).toBe(
      '[CRITICAL] Online safety incident OS-2026-0042: Illegal content: child sexual abuse material',
    );
    expect(email.to).toEqual(result.recipients);
  });

  it('never carries the description, names, year groups, evidence, action taken or reporter', () => {
    const everything = [email.subject, email.text, email.html].join('\n');
    const forbidden = [
      'Alexandra',
      'Quigley',
      'Benedict',
      'Oyelaran',
      'Hortensia',
      'Desmond',
      'Snapchat',
      'Images found',
      'IT room 3',
      'asset tag',
      'evil.example',
      'Okonkwo',
      'reporting.teacher',
      'Y9',
      'Y10',
    ];
    for (const word of forbidden) expect(everything).not.toContain(word);
  });

  it('escapes the school name in HTML', () => {
    const html = alertEmail(incident, result, { ...OPTIONS, schoolName: '<b>St Mary & All</b>' }).html;
    expect(html).toContain('&lt;b&gt;St Mary &amp; All&lt;/b&gt;');
  });

  it('gives the LADO contact for staff concerns, and names the chair as case manager when about the head', () => {
    const about = submission({ category: 'staff-concern', aboutHeadteacher: true });
    const r = triage(about, contacts);
    const mail = alertEmail(createIncident(about, 'OS-2026-0043', r), r, { ...OPTIONS, lado: contacts.lado });
    expect(mail.text).toContain('LADO: Local LADO team, 01632 960000');
    expect(mail.text).toContain('Case manager: the chair of governors');
    expect(mail.to).not.toContain('head@example.sch.uk');
  });
});

describe('needsAttentionEmail', () => {
  it('lists the fields at fault without the report itself', () => {
    const mail = needsAttentionEmail(
      {
        receivedAt: '2026-03-04T14:00:00Z',
        source: 'google-form',
        errors: [{ path: 'pupils.1.yearGroup', message: 'must be a year group' }],
        raw: JSON.stringify({ description: 'Secret words about Zebedee' }),
      },
      { to: ['dsl@example.sch.uk'], schoolName: 'Example School', link: 'https://log', timeZone: 'Europe/London' },
    );
    expect(mail.text).toContain('pupils.1.yearGroup: must be a year group');
    expect(mail.text).toContain('2026-03-04 14:00');
    expect(mail.text + mail.html).not.toContain('Zebedee');
    expect(mail.to).toEqual(['dsl@example.sch.uk']);
  });
});
