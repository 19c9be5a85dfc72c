/** admin/: class lists, contact sheets, admissions, MIS exports, address changes; and the office's ordinary paperwork. */
import { addressLine, ukDate, utcDate } from '../identifiers';
import { STAFF_DOMAIN, YEAR_GROUPS, type Pupil } from '../people';
import { TERMS } from '../profile';
import {
  type FamilyContext,
  AUTUMN_END,
  AUTUMN_START,
  pupilsInYear,
  pupilsWhere,
  schoolDay,
  tutorOf,
  titled,
} from './context';
import { type Format, heading, ordinary, para, personal, type PlannedFile, table } from './doc';

export function adminDocuments(ctx: FamilyContext): PlannedFile[] {
  return [
    ...classLists(ctx),
    ...contactSheets(ctx),
    ...admissions(ctx),
    applicationEmail(ctx),
    misExport(ctx),
    ...addressChanges(ctx),
    attendance(ctx),
    ...officeDocuments(ctx),
  ];
}

function classLists(ctx: FamilyContext): PlannedFile[] {
  const formats: Record<number, Format> = { 7: '.xlsx', 8: '.ods', 9: '.csv', 10: '.tsv', 11: '.pdf' };
  return YEAR_GROUPS.map((year) => {
    const pupils = sortByName(pupilsInYear(ctx, year));
    const withUln = year >= 10;
    const header = ['Form', 'Surname', 'Forename', 'UPN', ...(withUln ? ['ULN'] : []), 'DOB', 'Tutor'];
    const rows = pupils.map((p) => [
      p.form,
      p.surname,
      p.forename,
      p.upn,
      ...(withUln ? [p.uln ?? ''] : []),
      p.born,
      titled(tutorOf(ctx, p.form)),
    ]);
    return personal(
      `admin/class-lists/Year ${year} class lists 2025-26${formats[year]}`,
      withUln ? ['upn', 'uln', 'date_of_birth'] : ['upn', 'date_of_birth'],
      { title: `Year ${year} class lists 2025-26`, blocks: [table([header, ...rows], `Year ${year}`)] },
    );
  });
}

function contactSheets(ctx: FamilyContext): PlannedFile[] {
  const formats: Record<number, Format> = { 7: '.xlsx', 8: '.docx', 9: '.csv', 10: '.odt', 11: '.html' };
  return YEAR_GROUPS.map((year) => {
    const pupils = sortByName(pupilsInYear(ctx, year)).slice(0, 30);
    const rows = pupils.map((p) => [
      p.name,
      p.form,
      p.parent.name,
      p.parent.relationship,
      p.parent.phone,
      p.parent.email,
      addressLine(p.address),
    ]);
    return personal(
      `admin/contacts/Year ${year} parent contacts${formats[year]}`,
      ['phone_number', 'email_address', 'postal_address'],
      {
        title: `Year ${year} parent and carer contacts`,
        blocks: [table([['Pupil', 'Form', 'Parent/carer', 'Relationship', 'Phone', 'Email', 'Home address'], ...rows])],
      },
    );
  });
}

function admissions(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.pdf', '.docx', '.odt', '.pdf', '.html', '.md'];
  const pupils = pupilsWhere(ctx, (p) => p.medical !== undefined, formats.length);
  return pupils.map((p, i) => {
    const received = schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END);
    return personal(
      `admin/admissions/In-year admission - ${p.name}${formats[i]}`,
      ['upn', 'nhs_number', 'date_of_birth', 'phone_number', 'email_address', 'postal_address', 'health'],
      {
        title: `In-year admission form: ${p.name}`,
        blocks: [
          heading('Pupil details'),
          para(`Legal name: ${p.name}`),
          para(`Date of birth: ${ukDate(p.born)}`),
          para(`Year group applied for: Year ${p.year}`),
          para(`Home address: ${addressLine(p.address)}`),
          para(`UPN (from previous school): ${p.upn}`),
          para(`NHS number: ${p.nhs}`),
          heading('Medical information'),
          para(
            `${p.forename} has the following medical condition: ${p.medical}. ${p.forename} is registered with Fallowfield Medical Practice.`,
          ),
          heading('Parent or carer'),
          para(`Name: ${p.parent.title} ${p.parent.name}`),
          para(`Mobile phone: ${p.parent.phone}`),
          para(`Email: ${p.parent.email}`),
          para(`Form received by the office on ${ukDate(received)}.`),
        ],
      },
    );
  });
}

/** A parent's email with the admission form attached as a Word file, as admissions usually arrive. */
function applicationEmail(ctx: FamilyContext): PlannedFile {
  const p = pupilsWhere(ctx, (x) => x.year === 7 && x.medical !== undefined, 1)[0]!;
  const form = {
    title: `Application for a place - ${p.name}`,
    blocks: [
      para(`Child's full name: ${p.name}`),
      para(`Date of birth: ${ukDate(p.born)}`),
      para(`Home address: ${addressLine(p.address)}`),
      para(`NHS number: ${p.nhs}`),
      para(`Medical needs: ${p.forename} has ${p.medical!.toLowerCase()}.`),
    ],
  };
  return personal(
    `admin/admissions/Application documents - ${p.surname}.eml`,
    ['nhs_number', 'date_of_birth', 'email_address', 'postal_address', 'health'],
    {
      title: `Application for Year 7 - ${p.forename} ${p.surname}`,
      blocks: [
        para('Dear Admissions,'),
        para(`Please find attached the completed form for ${p.forename}.`),
        para(`Kind regards,\n${p.parent.name}`),
      ],
    },
    {
      from: `${p.parent.name} <${p.parent.email}>`,
      to: `admissions@${STAFF_DOMAIN}`,
      date: schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END, 20),
      attachments: [{ filename: 'Admission form.docx', doc: form }],
    },
  );
}

function misExport(ctx: FamilyContext): PlannedFile {
  const pupils = sortByName(pupilsInYear(ctx, 8));
  return personal('admin/exports/MIS pupil export 2025-10-06.json', ['upn', 'date_of_birth', 'postal_address'], {
    title: 'Pupil export - Year 8 - 06/10/2025',
    blocks: [
      table([
        ['UPN', 'Legal surname', 'Legal forename', 'Date of birth', 'Reg group', 'Home address'],
        ...pupils.map((p) => [p.upn, p.surname, p.forename, p.born, p.form, addressLine(p.address)]),
      ]),
    ],
  });
}

function addressChanges(ctx: FamilyContext): PlannedFile[] {
  return pupilsWhere(ctx, () => true, 3).map((p) => {
    const date = schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END, ctx.rng.int(7, 21));
    return personal(
      `admin/Change of address - ${p.surname}.eml`,
      ['email_address', 'phone_number', 'postal_address'],
      {
        title: `Change of address for ${p.forename} ${p.surname} ${p.form}`,
        blocks: [
          para('Hello,'),
          para(
            `We have moved house, so please could you update the school records for ${p.name} in ${p.form}. ` +
              `Our new address is ${addressLine(p.address)}.`,
          ),
          para(`My mobile number is still ${p.parent.phone} if you need to call me.`),
          para(`Many thanks,\n${p.parent.name}`),
        ],
      },
      { from: `${p.parent.name} <${p.parent.email}>`, to: `office@${STAFF_DOMAIN}`, date },
    );
  });
}

function attendance(ctx: FamilyContext): PlannedFile {
  const reasons = [
    'Anxiety about school; CAMHS referral made in October',
    'Repeated hospital appointments after knee surgery',
    'Migraines; GP appointment booked',
    'Frequent stomach bug absences; parent says it is anxiety',
    'Term-time holiday (unauthorised)',
    'Glandular fever in September',
  ];
  const pupils = pupilsWhere(ctx, (p) => p.year === 9, reasons.length);
  return personal('admin/attendance/Persistent absence - Year 9 - autumn.xlsx', ['phone_number', 'health'], {
    title: 'Persistent absence - Year 9 - autumn',
    blocks: [
      table([
        ['Pupil', 'Form', 'Attendance %', 'Main reason for absence', 'Parent phone'],
        ...pupils.map((p, i) => [p.name, p.form, 78 + ctx.rng.int(0, 11), reasons[i]!, p.parent.phone]),
      ]),
    ],
  });
}

function sortByName(pupils: readonly Pupil[]): Pupil[] {
  return [...pupils].sort((a, b) =>
    `${a.form}${a.surname}${a.forename}`.localeCompare(`${b.form}${b.surname}${b.forename}`),
  );
}

/** The office's ordinary paperwork: no one's personal data. */
function officeDocuments(ctx: FamilyContext): PlannedFile[] {
  const termRows = [['Term', 'Starts', 'Ends'], ...TERMS.map((t) => [t.name, t.start, t.end])];
  const inset = [
    'Monday 1 September 2025',
    'Tuesday 2 September 2025',
    'Friday 24 October 2025',
    'Monday 5 January 2026',
    'Monday 1 June 2026',
  ];
  const termDates = {
    title: 'Term dates 2025-26',
    blocks: [
      table(termRows),
      heading('Half terms'),
      para('Autumn half term: Monday 27 October to Friday 31 October 2025.'),
      para('Spring half term: Monday 16 February to Friday 20 February 2026.'),
      para('Summer half term: Monday 25 May to Friday 29 May 2026.'),
      heading('Staff training (INSET) days - school closed to pupils'),
      ...inset.map(para),
    ],
  };
  const bells = [
    ['Session', 'Start', 'End'],
    ['Registration', '08:40', '09:00'],
    ['Period 1', '09:00', '10:00'],
    ['Period 2', '10:00', '11:00'],
    ['Break', '11:00', '11:20'],
    ['Period 3', '11:20', '12:20'],
    ['Lunch', '12:20', '13:05'],
    ['Period 4', '13:05', '14:05'],
    ['Period 5', '14:05', '15:05'],
  ];
  const rooms = ['Hall', 'Library', 'Drama studio', 'Sports hall', 'IT suite 1', 'Conference room'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const bookings = [
    ['Room', ...days],
    ...rooms.map((r) => [
      r,
      ...days.map(() => ctx.rng.pick(['', '', 'Assembly', 'Exams', 'Club', 'Parents evening', 'Lettings'])),
    ]),
  ];
  const menu = [
    ['Week', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    ['Week 1', 'Pasta bake', 'Chicken curry', 'Roast dinner', 'Vegetable chilli', 'Fish and chips'],
    ['Week 2', 'Jacket potatoes', 'Halal beef burger', 'Roast dinner', 'Quorn stir fry', 'Fish and chips'],
    ['Week 3', 'Lasagne', 'Chickpea curry', 'Roast dinner', 'Sweet and sour chicken', 'Fish and chips'],
  ];
  const briefing = (n: number) => ({
    title: `Staff briefing agenda - week ${n}`,
    blocks: [
      para('Briefing starts at 08:20 in the staff room and lasts ten minutes.'),
      heading('Items'),
      para(`1. Duty rota changes for week ${n}: see the board in the staff room.`),
      para('2. Reports: Year 9 interim reports due on the MIS by Friday.'),
      para('3. Fire drill this week: follow the evacuation route for your teaching room.'),
      para('4. Reminder to lock classrooms and log off shared computers at break.'),
    ],
  });
  const uniform = {
    title: 'Uniform list 2025-26',
    blocks: [
      para(
        'All items can be bought from the school shop or the approved supplier. Plain black shoes only, no trainers.',
      ),
      table([
        ['Item', 'Required', 'Price'],
        ['Blazer with school badge', 'Yes', '£32.00'],
        ['White shirt', 'Yes', '£9.50'],
        ['School tie (house colour)', 'Yes', '£6.00'],
        ['Black trousers or skirt', 'Yes', 'Any supplier'],
        ['PE top and shorts', 'Yes', '£21.00'],
        ['Jumper', 'Optional', '£14.00'],
      ]),
    ],
  };
  const fire = {
    title: 'Fire evacuation procedure',
    blocks: [
      para(
        'On hearing the continuous alarm, stop work, leave the room by the nearest exit and walk to the assembly point on the top field.',
      ),
      para('Teachers take the register from the MIS printout held by the office and report to their head of year.'),
      para(
        'Visitors are escorted by the member of staff they are visiting. Nobody re-enters the building until the site team says it is safe.',
      ),
    ],
  };
  const visitors = {
    title: 'Visitor sign-in procedure',
    blocks: [
      para('All visitors sign in at reception, show photo ID and wear a visitor lanyard at all times.'),
      para('Visitors with a red lanyard must be escorted. Contractors read the site induction before starting work.'),
      para('Please sign out and return the lanyard before leaving the site.'),
    ],
  };
  const hours = {
    title: 'Office opening hours',
    blocks: [
      para('The school office is open from 08:00 to 16:30, Monday to Friday, during term time.'),
      para('During the holidays the office is open on Tuesdays and Thursdays from 09:00 to 13:00.'),
      para(`Please email office@${STAFF_DOMAIN} rather than phoning where you can.`),
    ],
  };
  const lettings = {
    title: 'Lettings price list 2025-26',
    blocks: [
      table([
        ['Space', 'Per hour (community)', 'Per hour (commercial)'],
        ['Sports hall', 38, 52],
        ['Hall', 30, 45],
        ['Classroom', 15, 22],
        ['3G pitch (half)', 40, 55],
      ]),
    ],
  };
  const reminder = schoolDay(ctx.rng, utcDate(2025, 10, 6), utcDate(2025, 10, 10), 9);
  return [
    ordinary('admin/Term dates 2025-26.pdf', termDates),
    ordinary('admin/Term dates 2025-26.html', termDates),
    ordinary('admin/Bell times.csv', { title: 'Bell times', blocks: [table(bells)] }),
    ordinary('admin/Room bookings autumn.xlsx', { title: 'Room bookings autumn', blocks: [table(bookings)] }),
    ordinary('admin/Lunch menu autumn 2025.odt', { title: 'Lunch menu autumn 2025', blocks: [table(menu)] }),
    ordinary('admin/Lunch menu autumn 2025.tsv', { title: 'Lunch menu autumn 2025', blocks: [table(menu)] }),
    ordinary('admin/briefings/Staff briefing week 3.docx', briefing(3)),
    ordinary('admin/briefings/Staff briefing week 4.txt', briefing(4)),
    ordinary('admin/briefings/Staff briefing week 5.odt', briefing(5)),
    ordinary('admin/Uniform list 2025-26.pdf', uniform),
    ordinary('admin/Fire evacuation procedure.docx', fire),
    ordinary('admin/Visitor sign-in procedure.md', visitors),
    ordinary('admin/Office opening hours.txt', hours),
    ordinary('admin/Lettings price list.ods', lettings),
    ordinary(
      'admin/Reminder - INSET day Friday 24 October.eml',
      {
        title: 'Reminder: INSET day Friday 24 October',
        blocks: [
          para('Good morning,'),
          para('A reminder that Friday 24 October is a staff training day and the school is closed to pupils.'),
          para('Half term follows, and school reopens on Monday 3 November.'),
          para('Thank you, School Office'),
        ],
      },
      { from: `Oakfield Academy <office@${STAFF_DOMAIN}>`, to: `newsletter@${STAFF_DOMAIN}`, date: reminder },
    ),
  ];
}
