import { createFileScanner, scanText } from '../../../../core/sensitive/scanner';
import { specialCategoryScanner } from '../../../../core/sensitive/special';
import { createSpecialCategoryScanner } from '../../../../core/sensitive/special/special-category';
import { renderTable } from '../../../../core/sensitive/table-text';
import { confidenceRank } from '../../../../core/sensitive/types';
import { schoolPolicies } from '../helpers';

const SPECIAL = new Set(['health', 'sen', 'safeguarding']);

/** Health, SEN and safeguarding matches at medium or above, as [type, matched phrase]. */
function special(text: string): [string, string][] {
  return scanText(text)
    .filter((m) => SPECIAL.has(m.type) && confidenceRank[m.confidence] >= confidenceRank.medium)
    .map((m) => [m.type, text.slice(m.start, m.end)]);
}
const types = (text: string) => [...new Set(special(text).map(([t]) => t))].sort();

describe('special categories in school records', () => {
  it('finds a disclosure in a pastoral log entry', () => {
    const entry =
      '14/10/2024 09:40 – Jayden (8R) came to me upset at break. Jayden told me his dad hit him last night. ' +
      'I could see a red mark on his forearm. Logged on CPOMS and passed to Mrs Okafor (DSL) at 09:55.';
    expect(types(entry)).toEqual(['safeguarding']);
    expect(special('Jayden told me his dad hit him.')).toEqual([['safeguarding', 'hit him']]);
  });

  it('finds health data in a staff email about a colleague', () => {
    const email =
      'Hi all,\n\nJust to let you know Ms Patel is off after knee surgery and will not be back until half term. ' +
      'Cover is arranged for her classes.\n\nThanks, Dan';
    expect(special(email)).toEqual([['health', 'surgery']]);
    expect(special('Ms Patel is off after knee surgery.')).toEqual([['health', 'surgery']]);
  });

  it('finds each row of a medical register rendered from a CSV, and masks the condition', () => {
    const register = renderTable([
      ['Pupil', 'Year', 'Condition', 'Medication', 'Care plan'],
      ['Amelia Khan', '4', 'Asthma', 'Salbutamol inhaler', 'Yes'],
      ['Leo Wright', '6', 'Nut allergy', 'EpiPen x2 (office)', 'Yes'],
      ['Noah Clarke', '2', 'Type 1 diabetes', 'Insulin pump', 'Yes'],
    ]);
    const rows = register.split('\n').filter((l) => l.startsWith('Pupil: '));
    for (const row of rows) expect(types(row)).toEqual(['health']);
    const scanner = createFileScanner({ maxExamples: 5 });
    scanner.add(register);
    const health = scanner.findings().find((f) => f.type === 'health');
    expect(health?.confidence).toBe('high');
    expect(health!.count).toBeGreaterThanOrEqual(3);
    // The first three characters stay; the rest is stars and spaces.
    for (const e of health!.examples) expect(e.slice(3)).toMatch(/^[* ]+$/);
  });

  // BUG: a rendered table's header line is not a row (it has no "Label: value" cells), so its passage is a
  // "sentence" that runs on into the first row and borrows that pupil's name: a header such as "Medication"
  // or "Medical conditions" is itself reported as health data, even when every cell below it is empty.
  it('does not count a column header as health data', () => {
    const blank = renderTable([
      ['Name', 'Medical conditions', 'Dietary needs'],
      ['Amelia Khan', '', ''],
      ['Leo Wright', '', 'Vegetarian'],
    ]);
    expect(special(blank)).toEqual([]);
    const register = renderTable([
      ['Pupil', 'Year', 'Condition', 'Medication'],
      ['Amelia Khan', '4', 'Asthma', 'Salbutamol inhaler'],
      ['Leo Wright', '6', 'Nut allergy', 'EpiPen'],
    ]);
    expect(special(register)).toEqual([
      ['health', 'Asthma'],
      ['health', 'Nut allergy'],
    ]);
  });

  it('finds SEN and safeguarding columns of a class list', () => {
    const list = renderTable([
      ['Name', 'Form', 'SEN', 'Notes'],
      ['Kai Thompson', '9C', 'SEN support', 'Dyslexia, coloured overlay'],
      ['Isla Murray', '9C', '', 'Looked after child, PEP review in May'],
      ['Oscar Bell', '9C', '', ''],
    ]);
    const lines = list.split('\n');
    expect(types(lines[1]!)).toEqual(['sen']);
    expect(types(lines[2]!)).toEqual(['safeguarding']);
    expect(types(lines[3]!)).toEqual([]);
  });

  it('finds a passage anchored only by an identifier of the pupil', () => {
    expect(types('UPN B801200005001: asthma, inhaler kept in class.')).toEqual(['health']);
    expect(types('UPN: B801200005001 | Year: 5 | Condition: asthma')).toEqual(['health']);
  });

  it('does not let a low-confidence guess at an identifier anchor a passage', () => {
    // A bare ten-digit number passes the ULN check one time in eleven.
    expect(types('Ref 9276308686: asthma, inhaler kept in class.')).toEqual([]);
  });

  it('finds a later first-name mention of a pupil named in full earlier in the document', () => {
    const email = 'Subject: Grace Parker absence\n\nGrace has tonsillitis and will be off this week.';
    expect(special(email)).toEqual([['health', 'tonsillitis']]);
    // Without the full name, a first name that is also a word (grace) names nobody unless a verb follows it.
    expect(special('Off this week with tonsillitis, says Grace.')).toEqual([]);
    expect(special('Grace has tonsillitis and will be off this week.')).toEqual([['health', 'tonsillitis']]);
  });

  it('reports one match per type and passage, however many terms it holds', () => {
    expect(special('Harry Wilson has epilepsy, carries midazolam and has a healthcare plan.')).toEqual([
      ['health', 'epilepsy'],
    ]);
    expect(types('Harry Wilson has been diagnosed with ADHD and is on methylphenidate.')).toEqual(['health', 'sen']);
  });

  it('masks the phrase to its first letters', () => {
    const [m] = scanText('Harry Wilson has epilepsy.').filter((x) => x.type === 'health');
    expect(m?.masked).toBe('epi*****');
  });

  it('skips a form question answered no', () => {
    const form = 'Name: Alex Brown | Medical conditions: None | Medication: N/A | Allergies: no';
    expect(special(form)).toEqual([]);
    expect(special('Name: Alex Brown | Medical conditions: asthma')).not.toEqual([]);
  });
});

describe('special categories in policy language', () => {
  const policies = schoolPolicies();
  const policyText = policies.map((p) => p.text).join('\n');

  // Sentences quoted from the five real school policies in fixtures/policies: each names a special-category
  // matter but no person.
  const quoted = [
    "This may include examining school system logs, identifying and interviewing possible witnesses and contacting the service provider, Children's Social Care and the police, if necessary.",
    'The Partnership Coordinator should be aware of the procedures to be followed in the event of a serious online safety allegation being made against a member of staff.',
    'Pupils should be supported in building resilience to radicalisation by providing a safe environment for debating controversial issues and helping them to understand how they can influence and participate in decision-making.',
    'Illegal content (child sexual abuse images) is filtered by the broadband or filtering provider by actively employing the Internet Watch Foundation CAIC list.',
    'Staff members who harass, cyberbully, discriminate on the grounds of sex, race or disability or who defame a third party may render the New Leaf Centre group liable to the injured party.',
    'Emails created or received as part of any school role will be subject to disclosure in response to a request for information under the Freedom of Information Act 2000.',
    'Promoting discrimination of any kind in relation to the protected characteristics: gender identity and reassignment, gender/sex, pregnancy and maternity, race, religion, sexual orientation, age and marital status',
    'The school takes the reporting of such incidents seriously and where judged necessary, the DSL will refer details to social care or the police.',
    'This includes teaching to prevent radicalisation, for which staff provide a narrative to counter extremism.',
    'Photographs must never have full names attached (first name or initials only) and no personal information that could be used to identify them should be disclosed.',
    'Where sensitive, staff or child data is shared with other people who have a right to see the information, for example professionals in social care teams, we label the material appropriately to remind them of their duty to keep it secure and securely destroy any spare copies.',
    'It is also the role of staff to monitor students and report any concerns, as they would with any child protection concern.',
    'The Designated Safeguarding Lead will be informed of any online safety incidents involving Child Protection concerns, which will then be escalated appropriately.',
    'Promoting illegal acts including physical or sexual abuse of children or adults, violence, bomb making, drug and alcohol abuse and software piracy',
    'Senso and CPOMS safeguarding software',
    'potential or actual incidents of grooming',
  ];

  it.each(quoted)('finds no person-level special category in the policy sentence %j', (sentence) => {
    expect(policyText).toContain(sentence);
    expect(special(sentence)).toEqual([]);
  });

  // The same kind of language, as school policies commonly put it.
  it.each([
    'Pupils with an EHCP will have their provision reviewed at least annually.',
    'If a child discloses abuse, staff should listen, reassure them and report it to the DSL.',
    'The SENCO is Mr Harvey.',
    'Looked-after children have a designated teacher.',
    'The designated teacher for looked-after children is Mrs Morgan.',
    'Mrs Hughes, our school nurse, manages medication.',
    'Our Designated Safeguarding Lead is Ms Okafor.',
    'Ms Okafor is the DSL and leads on child protection.',
    'Staff must never give medication without written consent from parents.',
    'The school will make reasonable adjustments for pupils with medical conditions.',
    'Where a child has an individual healthcare plan, it will be reviewed annually.',
    'Any allegation against a member of staff will be referred to the LADO.',
    'Children in care are among the most vulnerable.',
    'All staff receive training on FGM, county lines and radicalisation.',
    'First aid: Mrs Brown and Mr Green are trained first aiders and hold the medication log.',
    'Exam access arrangements are managed by Mrs Shah, the exams officer.',
    'The Head of Year will contact parents if a pupil is injured at school.',
    'This policy should be read alongside the Supporting Pupils with Medical Conditions policy.',
    'SEN pupils and looked-after children are a priority for the pupil premium.',
  ])('finds no person-level special category in %j', (sentence) => {
    expect(special(sentence)).toEqual([]);
  });

  // BUG: after a title, a surname that is also a first name ("Kelly", "Harvey") makes a 'name' anchor rather
  // than a 'title' one, so the role-context exemption that keeps "Mrs Hughes, our school nurse" out does not apply.
  it('treats a member of staff named by title and role the same whatever their surname', () => {
    expect(special('Mrs Kelly, our school nurse, manages medication.')).toEqual([]);
    expect(special('Mr Harvey, our SENCO, coordinates EHCP reviews.')).toEqual([]);
  });

  it.each(policies.map((p) => [p.name, p.text]))(
    'finds no health, SEN or safeguarding in the whole of %s',
    (_name, text) => {
      const all = scanText(text).filter((m) => SPECIAL.has(m.type));
      expect(all).toEqual([]);
      const scanner = createFileScanner();
      for (const line of text.split('\n')) scanner.add(`${line}\n`);
      expect(scanner.findings().filter((f) => SPECIAL.has(f.type))).toEqual([]);
    },
  );
});

describe('createSpecialCategoryScanner', () => {
  const scanner = createSpecialCategoryScanner([{ type: 'health', terms: ['asthma', 'inhalers?'], codes: ['ASD'] }]);
  const detect = (text: string, anchors: { start: number; end: number }[] = []) =>
    scanner.detect(text, anchors).map((c) => [c.type, c.value, c.confidence]);

  it('reports its types', () => {
    expect(scanner.types).toEqual(['health']);
    expect(specialCategoryScanner.types).toEqual(['health', 'sen', 'safeguarding']);
  });

  it('needs a person in the same passage', () => {
    expect(detect('Maya has asthma.')).toEqual([['health', 'asthma', 'high']]);
    expect(detect('Maya was here. Someone has asthma.')).toEqual([]);
    expect(detect('Asthma is common.')).toEqual([]);
  });

  it('takes an identifier span inside the passage as the person', () => {
    const text = 'B801200005001 has asthma.';
    expect(detect(text, [{ start: 0, end: 13 }])).toEqual([['health', 'asthma', 'high']]);
    expect(detect(text, [])).toEqual([]);
    expect(detect('B801200005001 noted. Asthma is common here.', [{ start: 0, end: 13 }])).toEqual([]);
  });

  it.each([
    'Pupils with asthma keep an inhaler.',
    "Maya's class learnt about conditions such as asthma.",
    "Maya's class learnt about conditions, for example asthma.",
    'Maya knows that all children with asthma need an inhaler.',
    'If a pupil has asthma, Maya will help.',
  ])('skips a generic mention in %j', (text) => {
    expect(detect(text)).toEqual([]);
  });

  // BUG: GENERIC_BEFORE lists "e.g." but requires a word boundary after its optional final dot and then
  // excludes '.', so "e.g." with both dots never counts as a generic mention ("e.g" without one does).
  it('skips a generic mention after "e.g."', () => {
    expect(detect("Maya's class learnt about conditions, e.g. asthma.")).toEqual([]);
  });

  it('skips a term that names a group of people or a document', () => {
    expect(detect('Maya leads the asthma team.')).toEqual([]);
    expect(detect('Maya wrote the asthma policy.')).toEqual([]);
  });

  it('does not apply the generic rules inside a table row', () => {
    expect(detect('Name: Maya Khan | Notes: pupils with asthma')).toEqual([['health', 'asthma', 'high']]);
  });

  it('skips a title-only anchor in a passage about a role', () => {
    expect(detect('Mrs Hughes is our first aider and keeps the inhalers.')).toEqual([]);
    expect(detect('Mrs Hughes has asthma.')).toEqual([['health', 'asthma', 'high']]);
  });

  it('matches codes case-sensitively', () => {
    expect(detect('Maya Khan: ASD.')).toEqual([['health', 'ASD', 'high']]);
    expect(detect('Maya Khan: asd.')).toEqual([]);
  });
});
