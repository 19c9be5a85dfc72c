/** newsletters/: weekly news for families. They celebrate teams and year groups, never named pupils. */
import { longDate, utcDate } from '../identifiers';
import { STAFF_DOMAIN } from '../people';
import type { FamilyContext } from './context';
import { type Format, heading, ordinary, para, type PlannedFile } from './doc';

const STORIES: readonly (readonly [string, string])[] = [
  [
    'Sports',
    'The Year 8 netball team won the borough tournament on Saturday, unbeaten in six matches. Well done to everyone who played.',
  ],
  [
    'Music',
    'The autumn concert is on Thursday at 18:30 in the hall. Tickets are free but please book through the online system.',
  ],
  ['Reading', 'Our library has 400 new books thanks to the PTA. Year 7 reading buddies start next week.'],
  ['Careers', 'Year 10 work experience week is in July. Placement forms are due back by the end of January.'],
  ['Eco club', 'The eco club planted 200 trees along the top field with volunteers from the local rotary club.'],
  ['Charity', 'Non-uniform day raised £1,240 for the local food bank. Thank you for your generosity.'],
  ['Science', 'Year 9 visited the science museum and took part in a workshop on renewable energy.'],
  [
    'Vaccinations',
    'The school immunisation team will offer flu vaccinations to all year groups on 14 October. Consent forms are online.',
  ],
  ['Attendance', 'Congratulations to 9W, this half term\u2019s best-attending form with 97.8%.'],
  ['Drama', 'Auditions for the spring production of Oliver! are on Tuesday after school in the drama studio.'],
  ['Uniform', 'Please label all uniform. Lost property is in the sports hall foyer and is cleared at half term.'],
  [
    'Online safety',
    'Our parent workshop on keeping children safe online is on Wednesday at 18:00, with tips on parental controls and gaming.',
  ],
  ['Food', 'The new autumn menu starts on Monday, with a vegetarian option every day.'],
  ['Clubs', 'Chess, coding, choir and climbing clubs restart this week. The full list is on the website.'],
];

const FORMATS: readonly Format[] = [
  '.html',
  '.pdf',
  '.docx',
  '.eml',
  '.md',
  '.odt',
  '.html',
  '.docx',
  '.txt',
  '.eml',
  '.pptx',
  '.docx',
  '.odp',
  '.html',
  '.odt',
  '.json',
];

export function newsletterDocuments(ctx: FamilyContext): PlannedFile[] {
  const files: PlannedFile[] = [];
  let monday = utcDate(2025, 9, 8);
  FORMATS.forEach((format, i) => {
    const stories = ctx.rng.sample(STORIES, 4);
    const issue = i + 1;
    const doc = {
      title: `Oakfield News - issue ${issue} - week beginning ${longDate(monday)}`,
      blocks: [
        para(
          'A message from the headteacher: thank you for your support this week. It has been a pleasure to see so many families at our events.',
        ),
        ...stories.flatMap(([h, text]) => [heading(h), para(text)]),
        heading('Dates for your diary'),
        para(
          `Parents\u2019 evening for Year ${ctx.rng.int(7, 11)}: Thursday ${longDate(new Date(monday.getTime() + 10 * 86_400_000))}, 16:00 to 19:00.`,
        ),
      ],
    };
    const path = `newsletters/${monday.toISOString().slice(0, 10)} Oakfield News issue ${issue}${format}`;
    files.push(
      format === '.eml'
        ? ordinary(path, doc, {
            from: `Oakfield Academy <newsletter@${STAFF_DOMAIN}>`,
            to: `info@${STAFF_DOMAIN}`,
            date: new Date(monday.getTime() + 4 * 86_400_000 + 15 * 3_600_000),
          })
        : ordinary(path, doc),
    );
    // Half terms skip a week.
    monday = new Date(monday.getTime() + (issue === 7 ? 14 : 7) * 86_400_000);
  });
  files.push(
    ordinary('newsletters/Newsletter template.docx', {
      title: 'Oakfield News - issue [number] - week beginning [date]',
      blocks: [
        para('A message from the headteacher:'),
        heading('News'),
        para('[Story]'),
        heading('Dates for your diary'),
        para('[Dates]'),
      ],
    }),
  );
  return files;
}
