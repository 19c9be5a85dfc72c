/** exams/: entries with ULNs, access arrangements, special consideration; and timetables and notices. */
import { utcDate } from '../identifiers';
import { STAFF_DOMAIN, staffByRole } from '../people';
import { type FamilyContext, he, his, pupilsInYear, pupilsWhere, schoolDay, titled } from './context';
import { heading, ordinary, para, personal, type PlannedFile, table } from './doc';

export function examDocuments(ctx: FamilyContext): PlannedFile[] {
  return [entries(ctx), mockEntries(ctx), accessArrangements(ctx), specialConsideration(ctx), ...ordinaryExams(ctx)];
}

function entries(ctx: FamilyContext): PlannedFile {
  const pupils = pupilsInYear(ctx, 11);
  return personal('exams/Summer 2026 entries - Year 11.xlsx', ['upn', 'uln', 'date_of_birth'], {
    title: 'Summer 2026 entries - Year 11',
    blocks: [
      table(
        [
          ['Candidate number', 'Surname', 'Forename', 'UPN', 'ULN', 'DOB', 'Entries'],
          ...pupils.map((p, i) => [String(1001 + i), p.surname, p.forename, p.upn, p.uln!, p.born, ctx.rng.int(8, 11)]),
        ],
        'Entries',
      ),
    ],
  });
}

function mockEntries(ctx: FamilyContext): PlannedFile {
  const pupils = pupilsInYear(ctx, 10);
  return personal('exams/Year 10 mock entries.csv', ['upn', 'uln'], {
    title: 'Year 10 mock entries',
    blocks: [
      table([
        ['Candidate', 'Form', 'UPN', 'ULN', 'Tier (maths)'],
        ...pupils.map((p) => [p.name, p.form, p.upn, p.uln!, ctx.rng.pick(['Higher', 'Foundation'])]),
      ]),
    ],
  });
}

function accessArrangements(ctx: FamilyContext): PlannedFile {
  const arrangements = [
    ['25% extra time', 'Dyslexia - specialist assessor report, Form 8 completed'],
    ['Reader and 25% extra time', 'Learning difficulty - history of need in SEN register'],
    ['Separate room, rest breaks', 'Autism - EHCP'],
    ['Word processor', 'Dyspraxia - handwriting speed assessed'],
    ['Scribe', 'Broken wrist (temporary)'],
  ];
  const pupils = pupilsWhere(ctx, (p) => p.year === 11, arrangements.length);
  return personal('exams/Access arrangements 2025-26.docx', ['sen', 'health'], {
    title: 'Access arrangements 2025-26 - Year 11',
    blocks: [
      para('Approved on Access Arrangements Online. Invigilators see only the room and arrangement.'),
      table([
        ['Candidate', 'Form', 'Arrangement', 'Evidence'],
        ...pupils.map((p, i) => [p.name, p.form, arrangements[i]![0]!, arrangements[i]![1]!]),
      ]),
    ],
  });
}

function specialConsideration(ctx: FamilyContext): PlannedFile {
  const p = pupilsWhere(ctx, (x) => x.year === 11, 1)[0]!;
  const hoy = ctx.people.staff[14]!;
  const officer = staffByRole(ctx.people, 'Exams Officer');
  return personal(
    `exams/Special consideration - ${p.surname}.eml`,
    ['email_address', 'health'],
    {
      title: `Special consideration - ${p.forename} ${p.surname} 11`,
      blocks: [
        para(`Hi ${officer.forename},`),
        para(
          `${p.name} (${p.form}) was admitted to hospital with appendicitis the night before ${his(p)} English Language paper 1 and had surgery the next morning, so ${he(p)} missed the exam.`,
        ),
        para('Mum has a letter from the hospital. Can you apply for special consideration?'),
        para(`Thanks,\n${titled(hoy)}`),
      ],
    },
    {
      from: `${hoy.name} <${hoy.email}>`,
      to: `${officer.name} <${officer.email}>`,
      date: schoolDay(ctx.rng, utcDate(2026, 5, 18), utcDate(2026, 5, 22)),
    },
  );
}

function ordinaryExams(ctx: FamilyContext): PlannedFile[] {
  const papers = [
    ['Mon 11 May 2026', 'AM', 'Biology paper 1', '1h 45m'],
    ['Tue 12 May 2026', 'AM', 'English Literature paper 1', '1h 45m'],
    ['Wed 13 May 2026', 'PM', 'Geography paper 1', '1h 30m'],
    ['Thu 14 May 2026', 'AM', 'Maths paper 1 (non-calculator)', '1h 30m'],
    ['Fri 15 May 2026', 'AM', 'Computer Science paper 1', '1h 30m'],
    ['Mon 18 May 2026', 'AM', 'Chemistry paper 1', '1h 45m'],
  ];
  const header = ['Date', 'Session', 'Paper', 'Length'];
  const invigilators = ctx.rng.sample(ctx.people.staff.slice(12, 32), 6);
  return [
    ordinary('exams/Summer 2026 exam timetable.pdf', {
      title: 'Summer 2026 GCSE timetable',
      blocks: [table([header, ...papers])],
    }),
    ordinary('exams/Summer 2026 exam timetable.xlsx', {
      title: 'Summer 2026 GCSE timetable',
      blocks: [table([header, ...papers], 'Timetable')],
    }),
    ordinary('exams/Invigilation rota - mocks.ods', {
      title: 'Invigilation rota - Year 11 mocks',
      blocks: [
        table([
          ['Session', 'Hall', 'Sports hall'],
          ...['Mon AM', 'Mon PM', 'Tue AM'].map((s, i) => [
            s,
            titled(invigilators[i * 2]!),
            titled(invigilators[i * 2 + 1]!),
          ]),
        ]),
      ],
    }),
    ordinary('exams/Mock exam timetable - Year 11.docx', {
      title: 'Year 11 mock exams - December 2025',
      blocks: [
        para('Mocks run from Monday 1 December to Friday 12 December in the sports hall.'),
        table([header, ...papers.slice(0, 4)]),
      ],
    }),
    ordinary('exams/JCQ information for candidates.pdf', {
      title: 'Information for candidates - written examinations',
      blocks: [
        para('Be on time for all your exams. If you are late, your work might not be accepted.'),
        para(
          'Do not take into the exam room notes, an iPod, a mobile phone, a smartwatch or any other electronic device.',
        ),
        para('Do not talk to or try to communicate with other candidates while you are in the exam room.'),
      ],
    }),
    ordinary('exams/Results day 2026.html', {
      title: 'GCSE results day 2026',
      blocks: [
        para('Results can be collected from the main hall on Thursday 20 August from 09:00 to 12:00.'),
        para('Staff will be available to talk about sixth form and college places.'),
      ],
    }),
    ordinary('exams/Exam board specification codes.csv', {
      title: 'Specification codes',
      blocks: [
        table([
          ['Subject', 'Board', 'Specification code'],
          ['English Language', 'AQA', '8700'],
          ['Maths', 'Edexcel', '1MA1'],
          ['Combined Science', 'AQA', '8464'],
          ['History', 'OCR', 'J411'],
          ['French', 'AQA', '8658'],
        ]),
      ],
    }),
    ordinary('exams/Revision sessions spring 2026.md', {
      title: 'Revision sessions - spring 2026',
      blocks: [
        heading('After school'),
        para(
          'Monday: Maths (room M4). Tuesday: Science (lab 2). Wednesday: English (library). Thursday: Humanities (H3).',
        ),
      ],
    }),
    ordinary(
      'exams/Exam season reminders.eml',
      {
        title: 'Exam season reminders',
        blocks: [
          para('Candidates should arrive at 08:40 for morning exams and 13:15 for afternoon exams.'),
          para('Seating plans are on the board outside the hall.'),
        ],
      },
      {
        from: `exams@${STAFF_DOMAIN}`,
        to: `office@${STAFF_DOMAIN}`,
        date: schoolDay(ctx.rng, utcDate(2026, 4, 27), utcDate(2026, 5, 1)),
      },
    ),
  ];
}
