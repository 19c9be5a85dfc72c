/**
 * Triage per category, each block quoting the policy text (the seed policies in ../shared/seeds and the
 * national guidance they point to) that the rule implements.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, STEPS, triage, type Contacts, type TriageInput } from '../../../core/incidents';
import { profile } from './helpers';

const contacts: Contacts = profile().contacts;
const DSL_TEAM = ['dsl@example.sch.uk', 'deputy1@example.sch.uk', 'deputy2@example.sch.uk'];
const HEAD = 'head@example.sch.uk';

function run(input: Partial<TriageInput> & Pick<TriageInput, 'category'>, with_: Contacts = contacts) {
  return triage(
    { location: 'outside-school', aboutHeadteacher: false, adultInvolved: 'no', immediateRisk: 'no', ...input },
    with_,
  );
}

const stepIds = (result: ReturnType<typeof run>) => result.steps.map((step) => step.id);

/** Policy text quoted by the tests below, with the seed it comes from. */
const POLICY = {
  recorded: ['000', 'All incidents, including online safety incidents, are recorded on our incident sheets.'],
  logged: ['001', 'All breaches of this policy must be reported and all reported incidents will be logged.'],
  seniorLeader: [
    '000',
    'In situations where a member of staff is made aware of a serious online safety incident, concerning students, visitors or staff, they will inform a senior leader',
  ],
  dslInformed: [
    '003',
    'The Designated Safeguarding Lead will be informed of any online safety incidents involving Child Protection concerns, which will then be escalated appropriately.',
  ],
  cyberbullying: ['003', 'All incidents of cyber bullying reported to the school will be recorded.'],
  cyberbullyingEvidence: [
    '003',
    'This may include examining school system logs, identifying and interviewing possible witnesses and contacting the service provider',
  ],
  unsuitableSites: [
    '003',
    'If staff or pupils discover unsuitable sites, the URL will be reported to the School online safety Coordinator who then records the incident and escalate the concern as appropriate.',
  ],
  csamPolice: [
    '004',
    'If content being reviewed includes images of Child abuse then the monitoring should be halted and referred to the Police immediately.',
  ],
  isolate: [
    '004',
    'Isolate the computer in question as best you can. Any change to its state may hinder a later police investigation.',
  ],
  twoSenior: ['004', 'Have more than one senior member of staff / volunteer involved in this process.'],
  notPrinted: [
    '004',
    'These may be printed, signed and attached to the form (except in the case of images of child sexual abuse',
  ],
  iwf: ['003', 'Internet Watch Foundation (IWF): www.iwf.org.uk'],
  ceop: ['003', 'CEOP (Child Exploitation and Online Protection Centre): Childline: www.ceop.police.uk'],
  obscene: ['004', 'adult material which potentially breaches the Obscene Publications Act'],
  extremePorn: [
    '004',
    'Possession of an extreme pornographic image (grossly offensive, disgusting or otherwise of an obscene character) Contrary to the Criminal Justice and Immigration Act 2008',
  ],
  terrorism: ['004', 'promotion of terrorism or extremism'],
  grooming: ['004', "Other instances to report to the police would include: - incidents of 'grooming' behaviour"],
  radicalisation: [
    '001',
    'This includes teaching to prevent radicalisation, for which staff provide a narrative to counter extremism.',
  ],
  filtering: ['004', "Using proxy sites or other means to subvert the school's filtering system"],
  filteringProcedure: [
    '003',
    'The school has a clear procedure for reporting breaches and attempted breaches of filtering.',
  ],
  sexting: ['002', 'sharing of images including sexting'],
  dataLost: [
    '000',
    'The schools will decide if parents/carers need to be informed if there is a risk that child data has been lost.',
  ],
  dpo: [
    '001',
    'the pupil or adult must report the incident immediately to the first available member of staff, the DSL, the headteacher or DPO',
  ],
  passwords: ['004', 'Allowing others to access school network by sharing username and passwords'],
  credentials: [
    '002',
    'will not allow other users to use their credentials and will immediately report any suspicion or evidence that there has been a breach of security',
  ],
  phones: [
    '003',
    'The sending of abusive or inappropriate messages or content, by any member of the school community, via mobile phones or personal devices, is forbidden.',
  ],
  staffAllegation: [
    '004',
    'should be aware of the procedures to be followed in the event of a serious online safety allegation being made against a member of staff.',
  ],
  copyright: ['004', 'Breaching copyright or licensing regulations'],
  significantHarm: [
    '001',
    'Where such an incident may lead to significant harm, safeguarding procedures should be followed.',
  ],
  socialCare: ['001', 'where judged necessary, the DSL will refer details to social care or the police.'],
} as const;

/** National guidance the policies defer to, quoted (not in the seeds). */
const GUIDANCE = {
  ukcisAdult:
    'This advice does not apply to adults sharing nudes or semi-nudes of under 18-year olds. This is a form of child sexual abuse and must be referred to the police as a matter of urgency.',
  ukcisNeverView: 'Never view, copy, print, share, store or save the imagery yourself',
  kcsieCaseManager:
    'This will be either the headteacher or principal, or, where the headteacher is the subject of an allegation, the chair of governors',
  gdpr72: 'not later than 72 hours after having become aware of it',
};

describe('the policy quotes are real', () => {
  const dir = join(__dirname, '../../../../shared/seeds');
  const normalise = (text: string) =>
    text
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[^a-z0-9']+/g, ' ')
      .trim();
  const seeds = existsSync(dir)
    ? Object.fromEntries(
        readdirSync(dir).map((file) => [file.slice(0, 3), normalise(readFileSync(join(dir, file), 'utf8'))]),
      )
    : undefined;
  const policyCites = Object.values(STEPS).flatMap((step) =>
    step.cites.filter((cite) => cite.source.startsWith('Online safety policy')).map((cite) => cite.quote),
  );

  (seeds ? it : it.skip).each(Object.entries(POLICY))('%s is quoted from its seed policy', (_key, [seed, quote]) => {
    expect(seeds![seed]!.includes(normalise(quote))).toBe(true);
  });

  (seeds ? it : it.skip)('every step citing the online safety policy quotes a seed policy', () => {
    const all = Object.values(seeds!).join('\n');
    const missing = policyCites.flatMap((quote) => quote.split('...')).filter((part) => !all.includes(normalise(part)));
    expect(missing).toEqual([]);
  });

  it('every mandatory step cites at least one clause', () => {
    for (const step of Object.values(STEPS)) expect(step.cites.length).toBeGreaterThan(0);
  });
});

describe('triage: every category', () => {
  it.each(CATEGORY_IDS)('%s alerts the DSL and ends with recording', (category) => {
    // "All incidents ... are recorded" (000); "all reported incidents will be logged" (001).
    const result = run({ category });
    expect(result.recipients).toContain('dsl@example.sch.uk');
    expect(stepIds(result)[stepIds(result).length - 1]).toBe('record-and-review');
  });
});

describe('triage: cyberbullying', () => {
  // 003: "All incidents of cyber bullying reported to the school will be recorded."
  // 003: "examining school system logs, identifying and interviewing possible witnesses and contacting the service provider"
  it('is medium, alerts the DSL team, preserves evidence and needs no police', () => {
    const result = run({ category: 'cyberbullying' });
    expect(result.severity).toBe('medium');
    expect(result.recipients).toEqual(DSL_TEAM);
    expect(stepIds(result)).toEqual(['preserve-evidence', 'record-and-review']);
    expect(result.caseManager).toEqual({ role: 'dsl', address: 'dsl@example.sch.uk' });
  });
});

describe('triage: inappropriate content accessed', () => {
  // 003: "If staff or pupils discover unsuitable sites, the URL will be reported ... records the incident and escalate"
  // 003: "The school has a clear procedure for reporting breaches and attempted breaches of filtering."
  it('outside school: medium, DSL team, report harmful content', () => {
    const result = run({ category: 'inappropriate-content' });
    expect(result.severity).toBe('medium');
    expect(result.recipients).toEqual(DSL_TEAM);
    expect(stepIds(result)).toEqual(['report-harmful-content', 'record-and-review']);
  });
  it('on the school system it is also a filtering gap: IT is alerted and filtering reviewed', () => {
    const result = run({ category: 'inappropriate-content', location: 'school-system' });
    expect(result.recipients).toContain('it@example.sch.uk');
    expect(stepIds(result)).toEqual(['review-filtering', 'report-harmful-content', 'record-and-review']);
  });
});

describe('triage: illegal content', () => {
  const illegalRoute = [
    // 004: "monitoring should be halted and referred to the Police immediately"; "(except in the case of images of child sexual abuse"
    'do-not-view-copy-forward-delete',
    // 004: "Isolate the computer in question as best you can."
    'isolate-device',
    // 002: "Designated Safeguarding Lead will be informed immediately of any apparent or actual misuse which appears to involve illegal activity"
    'do-not-investigate',
    // 004: "Have more than one senior member of staff / volunteer involved in this process."
    'two-senior-staff',
    'refer-police',
  ];

  it('child sexual abuse material: critical, head and DSL team alerted, police, CEOP and IWF', () => {
    // 003: "Internet Watch Foundation (IWF): www.iwf.org.uk"; "CEOP ... www.ceop.police.uk"
    const result = run({ category: 'illegal-csam', location: 'school-system' });
    expect(result.severity).toBe('critical');
    expect(result.recipients).toEqual([...DSL_TEAM, HEAD]);
    expect(stepIds(result).slice(0, 5)).toEqual(illegalRoute);
    expect(stepIds(result)).toEqual(expect.arrayContaining(['report-iwf', 'report-ceop', 'refer-mash']));
  });

  it('extreme pornography: the illegal route to the police', () => {
    // 004: "adult material which potentially breaches the Obscene Publications Act" (report to the police)
    const result = run({ category: 'illegal-extreme-pornography' });
    expect(result.severity).toBe('critical');
    expect(stepIds(result)).toEqual([...illegalRoute, 'record-and-review']);
    expect(result.recipients).toContain(HEAD);
  });

  it('terrorist material: the illegal route, counter-terrorism police and Prevent', () => {
    // 004: "Other instances to report to the police would include: ... promotion of terrorism or extremism"
    const result = run({ category: 'illegal-terrorist' });
    expect(result.severity).toBe('critical');
    expect(stepIds(result)).toEqual([
      ...illegalRoute,
      'counter-terrorism-police',
      'refer-prevent',
      'record-and-review',
    ]);
  });

  it('the illegal-content steps carry the policy wording they implement', () => {
    const result = run({ category: 'illegal-csam' });
    const quotes = result.steps.flatMap((step) => step.cites.map((cite) => cite.quote)).join('\n');
    expect(quotes).toContain(POLICY.csamPolice[1]);
    expect(quotes).toContain(POLICY.isolate[1]);
    expect(quotes).toContain(POLICY.twoSenior[1]);
  });
});

describe('triage: filtering or monitoring bypass', () => {
  // 004 sanctions table: "Using proxy sites or other means to subvert the school's filtering system" ->
  // "Refer to technical support staff for action re filtering / security"
  it('alerts IT as well as the DSL team and reviews filtering', () => {
    const result = run({ category: 'filtering-bypass', location: 'school-system' });
    expect(result.severity).toBe('medium');
    expect(result.recipients).toEqual([...DSL_TEAM, 'it@example.sch.uk']);
    expect(stepIds(result)).toEqual(['review-filtering', 'record-and-review']);
  });
});

describe('triage: sharing nudes or semi-nudes', () => {
  // 002: the DSL is trained in "sharing of images including sexting"; UKCIS: "Never view, copy, print, share, store or save the imagery yourself"
  it('between young people: high, the UKCIS route, nobody views the images', () => {
    const result = run({ category: 'nudes-sharing' });
    expect(result.severity).toBe('high');
    expect(stepIds(result)).toEqual(['do-not-view-copy-forward-delete', 'ukcis-nudes-route', 'record-and-review']);
    expect(stepIds(result)).not.toContain('refer-police');
    expect(result.steps[0]!.cites.map((cite) => cite.quote).join(' ')).toContain(GUIDANCE.ukcisNeverView);
  });
  it('with an adult involved: critical and straight to the police (UKCIS)', () => {
    // UKCIS: "adults sharing nudes or semi-nudes of under 18-year olds ... must be referred to the police as a matter of urgency."
    const result = run({ category: 'nudes-sharing', adultInvolved: 'yes' });
    expect(result.severity).toBe('critical');
    expect(stepIds(result)).toEqual(expect.arrayContaining(['refer-police', 'report-ceop', 'refer-mash']));
    expect(result.recipients).toContain(HEAD);
    expect(STEPS['ukcis-nudes-route'].cites.map((cite) => cite.quote)).toContain(GUIDANCE.ukcisAdult);
  });
  it('"not sure" about an adult does not by itself make it critical', () => {
    expect(run({ category: 'nudes-sharing', adultInvolved: 'not-sure' }).severity).toBe('high');
  });
});

describe('triage: online contact or grooming', () => {
  // 004: "Other instances to report to the police would include: incidents of 'grooming' behaviour"; 003 lists CEOP.
  it('is high and goes to CEOP and the police, without investigating', () => {
    const result = run({ category: 'grooming' });
    expect(result.severity).toBe('high');
    expect(result.recipients).toEqual(DSL_TEAM);
    expect(stepIds(result)).toEqual(expect.arrayContaining(['do-not-investigate', 'report-ceop', 'refer-police']));
  });
});

describe('triage: radicalisation or extremism', () => {
  // 001: "teaching to prevent radicalisation"; 004 "promotion of terrorism or extremism"; the Prevent duty.
  it('is high and the DSL considers a Prevent referral', () => {
    const result = run({ category: 'radicalisation' });
    expect(result.severity).toBe('high');
    expect(result.recipients).toEqual(DSL_TEAM);
    expect(stepIds(result)).toContain('refer-prevent');
  });
});

describe('triage: personal-data breach', () => {
  // 001: report "to ... the DSL, the headteacher or DPO"; 000: "decide if parents/carers need to be informed if there is a risk that child data has been lost"
  // UK GDPR art 33: "not later than 72 hours after having become aware of it"
  it('goes to the DPO as case manager, with the ICO 72-hour decision, not to the deputies', () => {
    const result = run({ category: 'data-breach' });
    expect(result.severity).toBe('medium');
    expect(result.recipients).toEqual(['dsl@example.sch.uk', 'dpo@example.sch.uk']);
    expect(result.caseManager).toEqual({ role: 'dpo', address: 'dpo@example.sch.uk' });
    expect(stepIds(result)).toEqual(['inform-dpo', 'ico-72-hours', 'record-and-review']);
    expect(result.steps[1]!.cites[0]!.quote).toContain(GUIDANCE.gdpr72);
  });
  it('says when the profile has no DPO', () => {
    const { dpo: _dpo, ...withoutDpo } = contacts;
    const result = run({ category: 'data-breach' }, { ...withoutDpo, dpo: undefined });
    expect(result.missingContacts).toContain('dpo');
    expect(result.caseManager.address).toBeUndefined();
  });
});

describe('triage: account misuse, hacking or password sharing', () => {
  // 004: "Allowing others to access school network by sharing username and passwords"; 002: "will not allow other users to use their credentials"
  it('is low and IT secures the accounts', () => {
    const result = run({ category: 'account-misuse' });
    expect(result.severity).toBe('low');
    expect(result.recipients).toEqual(['dsl@example.sch.uk', 'it@example.sch.uk']);
    expect(stepIds(result)).toEqual(['secure-accounts', 'record-and-review']);
  });
});

describe('triage: misuse of a phone or camera', () => {
  // 003: "The sending of abusive or inappropriate messages or content ... via mobile phones or personal devices, is forbidden."
  it('is low, to the DSL only', () => {
    const result = run({ category: 'device-misuse', location: 'personal-device-in-school' });
    expect(result.severity).toBe('low');
    expect(result.recipients).toEqual(['dsl@example.sch.uk']);
  });
});

describe('triage: concern about a member of staff', () => {
  // 004: "the procedures to be followed in the event of a serious online safety allegation being made against a member of staff"
  // KCSIE part four: "either the headteacher or principal, or, where the headteacher is the subject of an allegation, the chair of governors"
  it('alerts the head as case manager and requires the LADO within one working day', () => {
    const result = run({ category: 'staff-concern' });
    expect(result.severity).toBe('high');
    expect(result.recipients).toEqual([...DSL_TEAM, HEAD]);
    expect(result.caseManager).toEqual({ role: 'headteacher', address: HEAD });
    expect(stepIds(result)).toEqual([
      'do-not-investigate',
      'lado-one-working-day',
      'head-case-manager',
      'record-and-review',
    ]);
    expect(STEPS['head-case-manager'].cites[0]!.quote).toContain(GUIDANCE.kcsieCaseManager);
  });

  it('about the headteacher: the chair of governors instead, and the head is not alerted', () => {
    const result = run({ category: 'staff-concern', aboutHeadteacher: true });
    expect(result.caseManager).toEqual({ role: 'chairOfGovernors', address: 'chair@governors.example.org' });
    expect(result.recipients).toEqual([...DSL_TEAM, 'chair@governors.example.org']);
    expect(result.recipients).not.toContain(HEAD);
    expect(stepIds(result)).toContain('chair-case-manager');
    expect(stepIds(result)).not.toContain('head-case-manager');
  });

  it('about the headteacher who is also the DSL: still not alerted, even when critical', () => {
    const small = { ...contacts, dsl: HEAD };
    const result = run({ category: 'staff-concern', aboutHeadteacher: true, immediateRisk: 'yes' }, small);
    expect(result.severity).toBe('critical');
    expect(result.recipients).not.toContain(HEAD);
    expect(result.recipients).toContain('chair@governors.example.org');
  });

  it('"about the headteacher" means nothing outside staff concerns', () => {
    const result = run({ category: 'cyberbullying', aboutHeadteacher: true });
    expect(result.caseManager.role).toBe('dsl');
  });

  it('says when the profile has no LADO contact', () => {
    expect(run({ category: 'staff-concern' }).missingContacts).toEqual([]);
    expect(run({ category: 'staff-concern' }, { ...contacts, lado: undefined }).missingContacts).toEqual(['lado']);
  });
});

describe('triage: scams, copyright, other', () => {
  // 004: "Breaching copyright or licensing regulations" is dealt with through normal disciplinary procedures.
  it('copyright and scams are low, to the DSL only', () => {
    for (const category of ['copyright', 'scams-gambling'] as const) {
      const result = run({ category });
      expect(result.severity).toBe('low');
      expect(result.recipients).toEqual(['dsl@example.sch.uk']);
      expect(stepIds(result)).toEqual(['record-and-review']);
    }
  });
  it('other goes to the whole DSL team to decide', () => {
    expect(run({ category: 'other' }).recipients).toEqual(DSL_TEAM);
  });
});

describe('triage: answers that override the category', () => {
  // 001: "Where such an incident may lead to significant harm, safeguarding procedures should be followed."
  // 001: "where judged necessary, the DSL will refer details to social care or the police."
  // 000: "serious online safety incident ... they will inform a senior leader"
  it('a child at immediate risk makes any category critical, with social care and a senior leader', () => {
    const result = run({ category: 'copyright', immediateRisk: 'yes' });
    expect(result.severity).toBe('critical');
    expect(stepIds(result)).toEqual(['refer-mash', 'record-and-review']);
    expect(result.recipients).toEqual([...DSL_TEAM, HEAD]);
  });
  it('"not sure" about risk raises a safeguarding category to high and asks the DSL to consider MASH', () => {
    const result = run({ category: 'cyberbullying', immediateRisk: 'not-sure' });
    expect(result.severity).toBe('high');
    expect(stepIds(result)).toContain('refer-mash');
  });
  it('without a DSL address the head is alerted instead, and the gap is reported', () => {
    const result = run({ category: 'cyberbullying' }, { ...contacts, dsl: undefined });
    expect(result.recipients).toEqual(['deputy1@example.sch.uk', 'deputy2@example.sch.uk', HEAD]);
    expect(result.missingContacts).toContain('dsl');
  });
});
