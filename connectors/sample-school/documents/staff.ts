/** staff/ and staff/hr/: personnel records, payroll, sickness, right to work; and handbooks and CPD plans. */
import { addressLine, gbIban, foreignIban, mobilePhone, passportNumber, ukDate, utcDate } from '../identifiers';
import { STAFF_DOMAIN, staffByRole, type Staff } from '../people';
import { AUTUMN_END, AUTUMN_START, type FamilyContext, schoolDay, titled } from './context';
import { type Format, heading, ordinary, para, personal, type PlannedFile, table } from './doc';
import type { SensitiveType } from '../../../core/sensitive/types';

export function staffDocuments(ctx: FamilyContext): PlannedFile[] {
  return [
    ...personnelRecords(ctx),
    payrollStarters(ctx),
    sicknessLog(ctx),
    returnToWork(ctx),
    overseasTeacher(ctx),
    contactList(ctx),
    singleCentralRecord(ctx),
    ...ordinaryStaff(ctx),
  ];
}

function personnelRecords(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.docx', '.odt', '.pdf', '.docx', '.txt'];
  // Include at least one minibus driver and one member of staff with a personal email address.
  const driver = ctx.people.staff.find((s) => s.licence !== undefined);
  const withEmail = ctx.people.staff.find((s) => s.personalEmails.length > 0 && s !== driver);
  const others = ctx.rng.sample(
    ctx.people.staff.filter((s) => s !== driver && s !== withEmail),
    formats.length,
  );
  const chosen = [driver, withEmail, ...others].filter((s): s is Staff => s !== undefined).slice(0, formats.length);
  return chosen.map((s, i) => {
    const types: SensitiveType[] = ['ni_number', 'bank_account', 'date_of_birth', 'phone_number', 'postal_address'];
    const blocks = [
      heading('Personal details'),
      para(`Name: ${s.title} ${s.name}`),
      para(`Post: ${s.role}`),
      para(`Date of birth: ${ukDate(s.born)}`),
      para(`National Insurance number: ${s.ni}`),
      para(`Home address: ${addressLine(s.address)}`),
      para(`Mobile: ${s.mobile}`),
    ];
    if (s.personalEmails[0]) {
      blocks.push(para(`Personal email: ${s.personalEmails[0]}`));
      types.push('email_address');
    }
    if (s.licence) {
      blocks.push(para(`Driving licence number: ${s.licence} (checked for minibus driving)`));
      types.push('driving_licence');
    }
    const contactName = `${ctx.rng.pick(['Chris', 'Sam', 'Jo', 'Alex'])} ${s.surname}`;
    blocks.push(
      heading('Salary payments'),
      para(`Bank sort code ${s.sortCode}, account number ${s.account}`),
      heading('Emergency contact'),
      para(`${contactName} (partner), telephone ${mobilePhone(ctx.rng)}`),
    );
    return personal(`staff/hr/Personnel records/${s.surname}, ${s.forename}${formats[i]}`, types, {
      title: `Personnel record - CONFIDENTIAL - ${s.name}`,
      blocks,
    });
  });
}

function payrollStarters(ctx: FamilyContext): PlannedFile {
  const starters = ctx.people.staff.slice(-6);
  return personal('staff/hr/Payroll starters - September 2025.xlsx', ['ni_number', 'bank_account', 'date_of_birth'], {
    title: 'Payroll starters - September 2025',
    blocks: [
      table(
        [
          ['Surname', 'Forename', 'Date of birth', 'NI number', 'Sort code', 'Account number', 'Start date', 'Post'],
          ...starters.map((s) => [
            s.surname,
            s.forename,
            s.born,
            s.ni,
            s.sortCode,
            s.account,
            utcDate(2025, 9, 1),
            s.role,
          ]),
        ],
        'Starters',
      ),
    ],
  });
}

function sicknessLog(ctx: FamilyContext): PlannedFile {
  const reasons = [
    'Chest infection',
    'Knee surgery - fit note 6 weeks',
    'Stress-related absence - fit note',
    'Migraine',
    'Covid-19',
    'Back pain - physiotherapy',
    'Sickness bug',
  ];
  const staff = ctx.rng.sample(ctx.people.staff, reasons.length);
  return personal('staff/hr/Staff sickness absence log 2025-26.ods', ['health'], {
    title: 'Staff sickness absence log 2025-26',
    blocks: [
      table(
        [
          ['Staff member', 'First day', 'Days', 'Reason', 'Return to work meeting'],
          ...staff.map((s, i) => [
            s.name,
            schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END),
            ctx.rng.int(1, 30),
            reasons[i]!,
            ctx.rng.pick(['Held', 'Held', 'Booked']),
          ]),
        ],
        'Absence',
      ),
    ],
  });
}

function returnToWork(ctx: FamilyContext): PlannedFile {
  const s = ctx.rng.pick(ctx.people.staff.slice(12));
  const manager = staffByRole(ctx.people, 'Deputy Headteacher');
  return personal(`staff/hr/Return to work - ${s.name}.pdf`, ['health'], {
    title: `Return to work meeting - ${s.name}`,
    blocks: [
      para(`Meeting held on ${ukDate(schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END))} with ${titled(manager)}.`),
      para(
        `${s.name} was absent for 12 days after a hip operation. ${s.forename} is using crutches for two more weeks and has been given a ground-floor classroom.`,
      ),
      para('Occupational health referral: not needed. Phased return over one week agreed.'),
    ],
  });
}

function overseasTeacher(ctx: FamilyContext): PlannedFile {
  const hr = staffByRole(ctx.people, 'School Business Manager');
  const head = staffByRole(ctx.people, 'Headteacher');
  const s = ctx.people.staff[20]!;
  return personal(
    `staff/hr/Right to work and bank details - ${s.surname}.eml`,
    ['passport_number', 'iban', 'email_address'],
    {
      title: `Right to work check and first salary - ${s.name}`,
      blocks: [
        para(`Hi ${head.forename},`),
        para(
          `I have seen ${s.forename}'s original passport for the right to work check: passport number ${passportNumber(ctx.rng)}, valid until ${ukDate(utcDate(2031, 3, 14))}. A copy is on the single central record.`,
        ),
        para(
          `${s.forename} would like the first month's salary paid to the Irish account until the UK account opens: IBAN ${foreignIban(ctx.rng)}. From October it will be IBAN ${gbIban(ctx.rng)}.`,
        ),
        para(`Thanks,\n${hr.forename}`),
      ],
    },
    {
      from: `${hr.name} <${hr.email}>`,
      to: `${head.name} <${head.email}>`,
      date: schoolDay(ctx.rng, utcDate(2025, 9, 1), utcDate(2025, 9, 12)),
    },
  );
}

function contactList(ctx: FamilyContext): PlannedFile {
  const staff = ctx.people.staff.filter((s) => s.personalEmails.length > 0);
  return personal('staff/hr/Staff emergency contact list.csv', ['phone_number', 'email_address'], {
    title: 'Staff emergency contact list',
    blocks: [
      table([
        ['Name', 'Role', 'Mobile', 'Personal email'],
        ...staff.map((s) => [s.name, s.role, s.mobile, s.personalEmails[0]!]),
      ]),
    ],
  });
}

function singleCentralRecord(ctx: FamilyContext): PlannedFile {
  return personal('staff/hr/Single central record.xlsx', ['passport_number', 'date_of_birth'], {
    title: 'Single central record',
    blocks: [
      table(
        [
          ['Surname', 'Forename', 'DOB', 'Identity checked', 'Passport number', 'DBS certificate number', 'DBS date'],
          ...ctx.people.staff.map((s) => [
            s.surname,
            s.forename,
            s.born,
            'Passport',
            passportNumber(ctx.rng),
            ctx.rng.digits(12),
            schoolDay(ctx.rng, utcDate(2019, 1, 1), utcDate(2025, 8, 29)),
          ]),
        ],
        'SCR',
      ),
    ],
  });
}

function ordinaryStaff(ctx: FamilyContext): PlannedFile[] {
  const weeks = [
    'Adaptive teaching',
    'Retrieval practice',
    'Behaviour routines',
    'Reading in every subject',
    'Feedback that moves learning on',
  ];
  return [
    ordinary('staff/Staff handbook 2025-26.pdf', {
      title: 'Staff handbook 2025-26',
      blocks: [
        heading('The school day'),
        para('Staff are on site by 08:20 for briefing. Registration is at 08:40 and the school day ends at 15:05.'),
        heading('Duties'),
        para(
          'Break and lunch duties are on the rota in the staff room. Swap duties with a colleague, not by leaving the post.',
        ),
        heading('IT'),
        para(
          'Lock your screen when you leave the room. Never share your password, and use school accounts for all school email.',
        ),
      ],
    }),
    ordinary('staff/CPD calendar 2025-26.xlsx', {
      title: 'CPD calendar 2025-26',
      blocks: [table([['Week', 'Focus'], ...weeks.map((w, i) => [`Week ${i * 2 + 2}`, w])], 'CPD')],
    }),
    ordinary('staff/INSET day programme - January.pptx', {
      title: 'INSET day - Monday 5 January 2026',
      blocks: [
        heading('09:00 Welcome back'),
        para('Priorities for the spring term.'),
        heading('09:30 Departments'),
        para('Curriculum planning in departments.'),
        heading('13:30 Statutory training'),
        para('Annual refresher for all staff, in the hall.'),
      ],
    }),
    ordinary('staff/Staff room rota.csv', {
      title: 'Staff room rota',
      blocks: [
        table([
          ['Week', 'Dishwasher and fridge'],
          ['1', 'English'],
          ['2', 'Maths'],
          ['3', 'Science'],
          ['4', 'Humanities'],
          ['5', 'Languages'],
          ['6', 'PE and Arts'],
        ]),
      ],
    }),
    ordinary('staff/Performance management cycle.odt', {
      title: 'Performance management cycle',
      blocks: [
        para(
          'Objectives are agreed by 31 October. A mid-year review takes place in February, and the final review in July.',
        ),
        para('Lesson observations are developmental and agreed in advance.'),
      ],
    }),
    ordinary('staff/hr/Leave of absence request form.docx', {
      title: 'Leave of absence request form',
      blocks: [
        para('Name:'),
        para('Dates requested:'),
        para('Reason:'),
        para('Cover arrangements:'),
        para('Approved by the headteacher: Yes / No'),
      ],
    }),
    ordinary(
      'staff/Staff social - end of term.eml',
      {
        title: 'End of term staff social',
        blocks: [
          para('The end of term social is on Friday 19 December at 15:30 in the dining hall. Mince pies provided!'),
          para(`Reply to events@${STAFF_DOMAIN} by Friday 12th.`),
        ],
      },
      {
        from: `events@${STAFF_DOMAIN}`,
        to: `info@${STAFF_DOMAIN}`,
        date: schoolDay(ctx.rng, utcDate(2025, 12, 1), utcDate(2025, 12, 5)),
      },
    ),
  ];
}
