/** governors/: minutes and reports that name staff and governors only; one confidential exclusion minute. */
import { ukDate, utcDate } from '../identifiers';
import { STAFF_DOMAIN, staffByRole } from '../people';
import { type FamilyContext, pupilsWhere, schoolDay, titled } from './context';
import { heading, ordinary, para, personal, type PlannedFile, table } from './doc';

const GOVERNORS = [
  'Mrs Patricia Okoro (chair)',
  'Mr Graham Lindley',
  'Dr Farah Siddiqui',
  'Ms Joanna Kerr',
  'Mr Tunde Bakare',
  'Revd Alan Whitworth',
];

export function governorDocuments(ctx: FamilyContext): PlannedFile[] {
  return [...minutes(ctx), exclusionPanel(ctx), ...otherGovernance(ctx)];
}

function minutes(ctx: FamilyContext): PlannedFile[] {
  const head = staffByRole(ctx.people, 'Headteacher');
  const sbm = staffByRole(ctx.people, 'School Business Manager');
  const dsl = staffByRole(ctx.people, 'Deputy Headteacher');
  const meetings: [string, Date, '.docx' | '.pdf' | '.odt'][] = [
    ['Autumn', utcDate(2025, 10, 8), '.docx'],
    ['Spring', utcDate(2026, 2, 4), '.pdf'],
    ['Summer', utcDate(2026, 6, 10), '.odt'],
  ];
  return meetings.map(([term, date, format]) =>
    ordinary(`governors/Minutes - full governing board - ${term.toLowerCase()} 2025-26${format}`, {
      title: `Minutes of the full governing board - ${ukDate(date)}`,
      blocks: [
        para(`Present: ${GOVERNORS.join(', ')}, ${titled(head)} (headteacher).`),
        para(`In attendance: ${titled(sbm)} (school business manager), the clerk.`),
        heading('1. Apologies'),
        para('None received. The meeting was quorate.'),
        heading("2. Headteacher's report"),
        para(
          `${titled(head)} presented the report. Attendance this term is 94.1%, slightly above the national figure. Governors asked how persistent absence is being tackled; ${titled(head)} described the new attendance panels.`,
        ),
        heading('3. Finance'),
        para(
          `${titled(sbm)} presented the budget monitoring report. The forecast year-end position is a small surplus. Governors approved the revised budget.`,
        ),
        heading('4. Safeguarding'),
        para(
          `${titled(dsl)} gave the annual safeguarding report; all staff completed their safeguarding and child protection training in September. Governors noted the report.`,
        ),
        heading('5. Policies approved'),
        para('Behaviour policy, charging and remissions policy, and the online safety policy were approved.'),
        para(`Date of next meeting: ${term === 'Summer' ? 'to be confirmed' : 'next term'}.`),
      ],
    }),
  );
}

function exclusionPanel(ctx: FamilyContext): PlannedFile {
  const p = pupilsWhere(ctx, (x) => x.sen === 'EHCP' || x.senNeed === 'SEMH', 1)[0]!;
  const head = staffByRole(ctx.people, 'Headteacher');
  return personal('governors/CONFIDENTIAL part 2 minutes - exclusion review.pdf', ['health', 'sen', 'safeguarding'], {
    title: 'CONFIDENTIAL - Part 2 minutes - governors disciplinary committee',
    blocks: [
      para(
        `The committee met on ${ukDate(schoolDay(ctx.rng, utcDate(2026, 2, 23), utcDate(2026, 3, 6)))} to review the suspension of ${p.name} (${p.form}).`,
      ),
      para(
        `${titled(head)} explained that ${p.forename} has an EHCP for social, emotional and mental health needs, and that the incident happened on the day of a child protection conference about ${p.forename}'s family.`,
      ),
      para(`${p.forename}'s social worker attended and spoke about the support in place at home.`),
      para('The committee upheld the suspension and asked for an early review of the EHCP.'),
    ],
  });
}

function otherGovernance(ctx: FamilyContext): PlannedFile[] {
  const links = [
    ['Governor', 'Link area'],
    ...GOVERNORS.map((g, i) => [
      g.replace(/ \(chair\)$/, ''),
      ['Standards', 'Finance', 'Safeguarding', 'SEND', 'Attendance', 'Careers'][i]!,
    ]),
  ];
  const head = staffByRole(ctx.people, 'Headteacher');
  return [
    ordinary('governors/Terms of reference - resources committee.md', {
      title: 'Terms of reference - resources committee',
      blocks: [
        para('The committee meets three times a year and reports to the full board.'),
        para('- Monitor the budget and approve virements up to £20,000'),
        para('- Oversee premises, health and safety and staffing structures'),
        para('- Review the charging and remissions policy annually'),
      ],
    }),
    ordinary('governors/Governor link roles 2025-26.csv', { title: 'Governor link roles', blocks: [table(links)] }),
    ordinary('governors/Governor visit report - reading.html', {
      title: 'Governor visit report - reading across the curriculum',
      blocks: [
        para(
          `Visit by Ms Joanna Kerr on ${ukDate(utcDate(2025, 11, 20))}, hosted by ${titled(ctx.people.staff[12]!)} (English).`,
        ),
        para(
          'I joined two Year 8 lessons where pupils read aloud from a shared text. The reading ruler routine was consistent across both rooms.',
        ),
        para('Question for the next committee: how is the impact of the reading programme being measured?'),
      ],
    }),
    ordinary('governors/Governor training log.xlsx', {
      title: 'Governor training log',
      blocks: [
        table(
          [
            ['Governor', 'Course', 'Date'],
            ['Mrs Patricia Okoro', 'Chairing skills', utcDate(2025, 9, 23)],
            ['Mr Tunde Bakare', 'Understanding school finance', utcDate(2025, 10, 14)],
            ['Dr Farah Siddiqui', 'Safeguarding for governors', utcDate(2025, 11, 4)],
          ],
          'Training',
        ),
      ],
    }),
    ordinary("governors/Headteacher's report - autumn 2025.pptx", {
      title: "Headteacher's report to governors - autumn 2025",
      blocks: [
        heading('Headlines'),
        para(`Presented by ${titled(head)}.`),
        para('Roll: 300 pupils in Years 7 to 11. Attendance 94.1%.'),
        heading('Outcomes 2025'),
        para('Progress 8: +0.21. English and maths grade 5+: 52%.'),
        heading('Priorities'),
        para('Reading, attendance, and developing middle leaders.'),
      ],
    }),
    ordinary(
      'governors/Clerk - papers for autumn meeting.eml',
      {
        title: 'Papers for the autumn meeting',
        blocks: [
          para('Please find the papers for the meeting on 8 October on the governor portal.'),
          para('Clerk to the governors'),
        ],
      },
      {
        from: `clerk@${STAFF_DOMAIN}`,
        to: `governors@${STAFF_DOMAIN}`,
        date: schoolDay(ctx.rng, utcDate(2025, 9, 29), utcDate(2025, 10, 1)),
      },
    ),
    ordinary('governors/Skills audit summary.ods', {
      title: 'Skills audit summary',
      blocks: [
        table(
          [
            ['Skill', 'Strong', 'Some', 'Gap'],
            ['Finance', 3, 2, 1],
            ['HR', 1, 3, 2],
            ['Education', 4, 2, 0],
            ['Legal', 1, 1, 4],
          ],
          'Skills',
        ),
      ],
    }),
  ];
}
