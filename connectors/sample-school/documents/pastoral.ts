/** pastoral/: safeguarding chronologies, welfare and medical registers, DSL emails; and ordinary pastoral plans. */
import { ukDate } from '../identifiers';
import { STAFF_DOMAIN, staffByRole, type Pupil } from '../people';
import {
  AUTUMN_END,
  AUTUMN_START,
  type FamilyContext,
  he,
  him,
  his,
  pupilsWhere,
  schoolDay,
  SPRING_START,
  titled,
  tutorOf,
} from './context';
import { type Format, heading, ordinary, para, personal, type PlannedFile, table } from './doc';

export function pastoralDocuments(ctx: FamilyContext): PlannedFile[] {
  return [
    ...chronologies(ctx),
    welfareLog(ctx),
    medicalRegister(ctx),
    allergyList(ctx),
    pepTracker(ctx),
    ...concernEmails(ctx),
    youngCarers(ctx),
    counselling(ctx),
    ...pastoralPlans(ctx),
  ];
}

function chronologyEntries(p: Pupil): string[][] {
  const n = p.forename;
  switch (p.care) {
    case 'Child protection plan':
      return [
        [
          `${n} told ${his(p)} form tutor there had been a domestic incident at home at the weekend and police attended.`,
          'Logged on CPOMS; DSL informed',
        ],
        [`DSL made a referral to children's social care through the MASH.`, 'Referral acknowledged'],
        [`Strategy meeting held; section 47 enquiry started.`, 'DSL attended'],
        [
          `Initial child protection conference: ${n} made subject of a child protection plan under the category of neglect.`,
          'Core group dates set',
        ],
        [`Core group meeting in school. ${n} says things are calmer at home.`, 'Attendance to be monitored weekly'],
      ];
    case 'Looked after':
      return [
        [
          `${n} moved to a new foster placement in Stockport; travels by taxi arranged by the local authority.`,
          'Virtual school informed',
        ],
        [`PEP review held with ${his(p)} social worker and foster carer.`, 'Targets agreed; PP+ funding for tutoring'],
        [
          `${n} upset after contact with birth mum was cancelled; spent break with the pastoral manager.`,
          'Social worker emailed',
        ],
      ];
    case 'Child in need':
      return [
        [
          `${n} disclosed that ${he(p)} has been looking after younger siblings most evenings since dad left.`,
          'Early help assessment discussed with mum',
        ],
        [
          `Child in need plan agreed at the CIN meeting; school to provide breakfast club place.`,
          'Breakfast club from Monday',
        ],
        [`CIN review: social worker reports improvement. ${n}'s attendance now 93%.`, 'Next review in 6 weeks'],
      ];
    default:
      return [
        [
          `Mum phoned: ${n} has been sleeping badly and is worried about money at home.`,
          'Early help assessment offered',
        ],
        [`Early help plan agreed with family; TAF meeting held in school.`, 'Pastoral manager is lead professional'],
        [`Review of the early help plan: ${n} now attending homework club.`, 'Continue plan'],
      ];
  }
}

function chronologies(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.docx', '.odt', '.pdf', '.txt'];
  const cares = ['Child protection plan', 'Looked after', 'Child in need', 'Early help'] as const;
  const dsl = staffByRole(ctx.people, 'Deputy Headteacher');
  return cares.map((care, i) => {
    const p = pupilsWhere(ctx, (x) => x.care === care, 1)[0] ?? pupilsWhere(ctx, (x) => x.care !== 'none', 1)[0]!;
    const entries = chronologyEntries({ ...p, care });
    let day = AUTUMN_START;
    const rows = entries.map(([entry, action]) => {
      day = schoolDay(ctx.rng, new Date(day.getTime() + 86_400_000), new Date(day.getTime() + 20 * 86_400_000));
      return [ukDate(day), entry!, action!, titled(dsl)];
    });
    return personal(
      `pastoral/safeguarding/CONFIDENTIAL chronology - ${p.name}${formats[i]}`,
      ['upn', 'date_of_birth', 'safeguarding'],
      {
        title: `CONFIDENTIAL - Safeguarding chronology - ${p.name}`,
        blocks: [
          para(`Pupil: ${p.name} (${p.form})`),
          para(`Date of birth: ${ukDate(p.born)}`),
          para(`UPN: ${p.upn}`),
          table([['Date', 'Entry', 'Action', 'By'], ...rows]),
        ],
      },
    );
  });
}

function welfareLog(ctx: FamilyContext): PlannedFile {
  const concerns: [string, string][] = [
    ['Bruising on upper arm, explained as a fall at football. Logged as a concern.', 'DSL informed; parent called'],
    [
      'Said she has not been eating at lunch and has been self-harming (cuts on wrist seen in PE).',
      'Parent informed; CAMHS referral discussed',
    ],
    ['Arrived hungry three days running; uniform unwashed. Possible neglect.', 'Breakfast club offered; DSL to review'],
    ['Panic attacks before maths lessons; anxiety getting worse since September.', 'Referred to school counsellor'],
    [
      'Disclosed to a friend that an older boy is asking for photos on Snapchat.',
      'DSL spoke to pupil; police advice sought',
    ],
    [
      'Missing from home overnight on Saturday; found by police on Sunday.',
      'Return interview arranged with social care',
    ],
  ];
  const pupils = pupilsWhere(ctx, (p) => p.year >= 8, concerns.length);
  const types = ['safeguarding', 'health'] as const;
  return personal('pastoral/Welfare concerns log - autumn 2025.xlsx', [...types], {
    title: 'Welfare concerns log - autumn 2025',
    blocks: [
      table([
        ['Date', 'Pupil', 'Form', 'Concern', 'Action taken', 'Logged by'],
        ...pupils.map((p, i) => [
          schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END),
          p.name,
          p.form,
          concerns[i]![0],
          concerns[i]![1],
          titled(tutorOf(ctx, p.form)),
        ]),
      ]),
    ],
  });
}

function medicalRegister(ctx: FamilyContext): PlannedFile {
  const pupils = ctx.people.pupils.filter((p) => p.medical !== undefined);
  return personal('pastoral/Medical needs register 2025-26.ods', ['date_of_birth', 'phone_number', 'health'], {
    title: 'Medical needs register 2025-26',
    blocks: [
      table(
        [
          ['Pupil', 'Form', 'DOB', 'Medical condition', 'Individual healthcare plan', 'Emergency contact phone'],
          ...pupils.map((p) => [
            p.name,
            p.form,
            p.born,
            p.medical!,
            /diabetes|epilepsy|allergy/i.test(p.medical!) ? 'Yes' : 'No',
            p.parent.phone,
          ]),
        ],
        'Register',
      ),
    ],
  });
}

function allergyList(ctx: FamilyContext): PlannedFile {
  const allergies = [
    'Peanut allergy - EpiPen in office',
    'Dairy allergy',
    'Egg allergy',
    'Sesame allergy - carries EpiPen',
    'Coeliac - gluten free meals',
    'Fish allergy',
  ];
  const pupils = pupilsWhere(ctx, () => true, allergies.length);
  return personal('pastoral/Allergy list for kitchen staff.pdf', ['health'], {
    title: 'Allergy list for kitchen staff - please keep behind the counter',
    blocks: [table([['Pupil', 'Form', 'Allergy or diet'], ...pupils.map((p, i) => [p.name, p.form, allergies[i]!])])],
  });
}

function pepTracker(ctx: FamilyContext): PlannedFile {
  const statuses = [
    'Looked after - foster placement',
    'Looked after - kinship care',
    'Previously looked after - special guardianship order',
    'Looked after - residential placement',
  ];
  const pupils = pupilsWhere(
    ctx,
    (p) => p.care === 'Looked after' || p.care === 'Child protection plan' || p.care === 'Child in need',
    statuses.length,
  );
  return personal('pastoral/LAC and PLAC PEP tracker.xlsx', ['upn', 'date_of_birth', 'safeguarding'], {
    title: 'LAC and PLAC PEP tracker',
    blocks: [
      table([
        ['Pupil', 'UPN', 'DOB', 'Care status', 'Local authority', 'Next PEP review'],
        ...pupils.map((p, i) => [
          p.name,
          p.upn,
          p.born,
          statuses[i]!,
          ctx.rng.pick(['Manchester', 'Stockport', 'Trafford', 'Salford']),
          schoolDay(ctx.rng, SPRING_START, new Date(SPRING_START.getTime() + 60 * 86_400_000)),
        ]),
      ]),
    ],
  });
}

function concernEmails(ctx: FamilyContext): PlannedFile[] {
  const stories = [
    (p: Pupil) =>
      `${p.name} (${p.form}) came to see me at the end of period 5 and disclosed that ${his(p)} stepdad hit ${him(p)} on Saturday. ` +
      `I have not asked leading questions and have written down exactly what ${he(p)} said on CPOMS.`,
    (p: Pupil) =>
      `I noticed marks on ${p.forename} ${p.surname}'s neck during PE today (${p.form}). When I asked, ${he(p)} said ${he(p)} did not want to talk about it. I have logged it on CPOMS.`,
    (p: Pupil) =>
      `${p.name} in ${p.form} told ${his(p)} friends that ${he(p)} has been going to a flat in town with older lads and is being given money to carry bags. I am worried about county lines.`,
  ];
  const dsl = staffByRole(ctx.people, 'Deputy Headteacher');
  const pupils = pupilsWhere(ctx, (p) => p.year >= 8, stories.length);
  return pupils.map((p, i) => {
    const from = tutorOf(ctx, p.form);
    return personal(
      `pastoral/safeguarding/Concern about ${p.forename} ${p.surname}.eml`,
      ['email_address', 'safeguarding'],
      {
        title: `Concern - ${p.forename} ${p.surname.charAt(0)} ${p.form} - please read today`,
        blocks: [
          para(`Hi ${dsl.forename},`),
          para(stories[i]!(p)),
          para(`${p.forename} is in school tomorrow. Can we talk before registration?`),
          para(`Thanks,\n${from.forename}`),
        ],
      },
      {
        from: `${from.name} <${from.email}>`,
        to: `Safeguarding team <dsl@${STAFF_DOMAIN}>`,
        cc: [dsl.email],
        date: schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END, 15),
      },
    );
  });
}

function youngCarers(ctx: FamilyContext): PlannedFile {
  const caring = [
    'Mum (multiple sclerosis)',
    'Younger brother (autism)',
    'Dad (recovering from a stroke)',
    'Nan (dementia)',
    'Mum (mental health)',
  ];
  const pupils = pupilsWhere(ctx, (p) => p.year <= 9, caring.length);
  // What the pupils care for is itself health and SEN information about their family members.
  return personal('pastoral/Young carers group - spring 2026.pptx', ['health', 'sen', 'safeguarding'], {
    title: 'Young carers group - spring 2026',
    blocks: [
      para('Thursday lunchtimes in the pastoral base, with the Carers Centre outreach worker.'),
      heading('Group members'),
      table([
        ['Pupil', 'Form', 'Support', 'Cares for'],
        ...pupils.map((p, i) => [p.name, p.form, 'Young carer', caring[i]!]),
      ]),
    ],
  });
}

function counselling(ctx: FamilyContext): PlannedFile {
  const reasons = [
    'Bereavement (grandparent)',
    'Anxiety and panic attacks',
    'Low mood; self-harm disclosed to tutor',
    'Parental separation',
    'Eating disorder - under CAMHS',
  ];
  const pupils = pupilsWhere(ctx, (p) => p.year >= 9, reasons.length);
  // A self-harm disclosure is a safeguarding matter as well as a health one.
  return personal('pastoral/School counsellor referrals.docx', ['health', 'safeguarding'], {
    title: 'School counsellor referrals - autumn 2025',
    blocks: [
      para('Referrals are agreed at the weekly pastoral meeting. Sessions are on Wednesdays.'),
      table([
        ['Pupil', 'Form', 'Reason for referral', 'Sessions'],
        ...pupils.map((p, i) => [p.name, p.form, reasons[i]!, String(ctx.rng.int(2, 8))]),
      ]),
    ],
  });
}

function pastoralPlans(ctx: FamilyContext): PlannedFile[] {
  const weeks = [
    'Respect online',
    'Kindness week',
    'Friendships and falling out',
    'Standing up to bullying',
    'Who can help?',
  ];
  const houses = ['Brontë', 'Lowry', 'Pankhurst', 'Turing'];
  return [
    ordinary('pastoral/Anti-bullying week 2025 - assembly.pptx', {
      title: 'Anti-Bullying Week 2025: Power for good',
      blocks: [
        heading('What is bullying?'),
        para('Bullying is behaviour that is repeated, intended to hurt, and involves an imbalance of power.'),
        heading('Online'),
        para('Screenshots, group chats and comments can all be bullying. Report it, do not share it.'),
        heading('Who can I tell?'),
        para(
          'Your form tutor, your head of year, any adult in school, or the anonymous report button on the school website.',
        ),
      ],
    }),
    ordinary('pastoral/Tutor time programme - autumn.docx', {
      title: 'Tutor time programme - autumn term',
      blocks: weeks.map((w, i) => para(`Week ${i + 1}: ${w}. Resources are in the shared tutor folder.`)),
    }),
    ordinary('pastoral/House points totals.xlsx', {
      title: 'House points totals',
      blocks: [
        table([
          ['House', 'September', 'October', 'November', 'December'],
          ...houses.map((h) => [h, ...[0, 1, 2, 3].map(() => ctx.rng.int(300, 900))]),
        ]),
      ],
    }),
    ordinary('pastoral/PSHE drop-down day - Year 9.odt', {
      title: 'PSHE drop-down day - Year 9',
      blocks: [
        para('Period 1: Healthy relationships workshop (external provider, in the hall).'),
        para('Period 2: Money matters - budgeting and saving.'),
        para('Period 3: First aid basics with the St John Ambulance team.'),
        para('Periods 4 and 5: Careers carousel.'),
      ],
    }),
    ordinary('pastoral/Wellbeing week ideas.md', {
      title: 'Wellbeing week ideas',
      blocks: [
        para('- Walk and talk at lunchtime around the field'),
        para('- Mindful colouring in the library'),
        para('- Staff vs pupils netball match'),
        para('- Free fruit at break, funded by the PTA'),
      ],
    }),
  ];
}
