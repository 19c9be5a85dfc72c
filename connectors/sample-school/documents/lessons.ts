/** lessons/: lesson plans, schemes of work, quizzes and word lists across subjects. No personal data. */
import { SUBJECTS } from '../names';
import type { FamilyContext } from './context';
import { type Format, heading, ordinary, para, type PlannedFile, table } from './doc';

const TOPICS: Readonly<Record<string, readonly string[]>> = {
  English: [
    'Persuasive writing',
    'Poetry: power and conflict',
    'An Inspector Calls: Act 1',
    'Creative writing: settings',
  ],
  Maths: ['Simultaneous equations', 'Pythagoras\u2019 theorem', 'Probability trees', 'Ratio and proportion'],
  Science: [
    'Cells and microscopy',
    'Rates of reaction',
    'Electricity: series and parallel circuits',
    'The heart and circulation',
  ],
  History: [
    'The Norman Conquest',
    'The suffragettes and votes for women',
    'The Industrial Revolution in Manchester',
    'Cold War: the Berlin Wall',
  ],
  Geography: ['Rivers and flooding', 'Urban regeneration in Salford Quays', 'Tectonic hazards', 'Climate change'],
  French: ['Ma famille', 'En ville', 'Les vacances', 'La sant\u00e9 et le sport'],
  Spanish: ['Mi instituto', 'La comida', 'De vacaciones', 'Mi ciudad'],
  Computing: ['Binary and hexadecimal', 'Python: loops', 'Networks and the internet', 'Cyber security'],
  Art: ['Still life in charcoal', 'Pop art portraits', 'Clay tiles', 'Printmaking'],
  Music: ['Samba rhythms', 'Film music', 'The blues', 'Ukulele chords'],
  Drama: ['Physical theatre', 'Devising from a stimulus', 'Greek chorus', 'Script work'],
  PE: ['Netball: attacking play', 'Fitness testing', 'Athletics: relay changeovers', 'Badminton: serves'],
  'Religious Education': [
    'Pilgrimage',
    'The Five Pillars of Islam',
    'Sikhism: the Gurdwara',
    'Ethics: the environment',
  ],
  'Design and Technology': ['Smart materials', 'Designing a phone stand', 'Joints in wood', 'Sustainable design'],
  'Food and Nutrition': ['Bread making', 'Food hygiene and safety', 'Balanced diet', 'Pasta dishes'],
  Business: ['Enterprise and entrepreneurs', 'Marketing mix', 'Cash flow', 'Recruitment'],
};

const FORMATS: readonly Format[] = [
  '.docx',
  '.pptx',
  '.pdf',
  '.odp',
  '.md',
  '.odt',
  '.txt',
  '.html',
  '.pptx',
  '.docx',
  '.odt',
  '.odp',
];

export function lessonDocuments(ctx: FamilyContext): PlannedFile[] {
  const files: PlannedFile[] = [];
  let n = 0;
  for (const subject of SUBJECTS) {
    const topics = TOPICS[subject] ?? [];
    for (const topic of topics.slice(0, 2)) {
      const year = ctx.rng.int(7, 11);
      const format = FORMATS[n++ % FORMATS.length]!;
      files.push(
        ordinary(
          `lessons/${subject}/Year ${year} - ${topic.replace(/[:\u2019']/g, '')}${format}`,
          lessonPlan(subject, topic, year),
        ),
      );
    }
  }
  files.push(
    ordinary('lessons/Science/Year 8 - Keywords - cells.csv', {
      title: 'Keywords',
      blocks: [
        table([
          ['Keyword', 'Meaning'],
          ['Nucleus', 'Controls the cell and holds genetic material'],
          ['Cell membrane', 'Controls what enters and leaves the cell'],
          ['Mitochondria', 'Where respiration happens'],
          ['Chloroplast', 'Where photosynthesis happens'],
        ]),
      ],
    }),
    ordinary('lessons/French/Year 7 - Vocabulary - la famille.tsv', {
      title: 'Vocabulaire',
      blocks: [
        table([
          ['French', 'English'],
          ['la m\u00e8re', 'mother'],
          ['le p\u00e8re', 'father'],
          ['le fr\u00e8re', 'brother'],
          ['la s\u0153ur', 'sister'],
          ['les grands-parents', 'grandparents'],
        ]),
      ],
    }),
    ordinary('lessons/Computing/Year 9 - Quiz - networks.json', {
      title: 'Networks quiz',
      blocks: [
        table([
          ['Question', 'Answer'],
          ['What does LAN stand for?', 'Local area network'],
          ['What device joins networks together?', 'A router'],
          ['What is a protocol?', 'A set of rules for communication'],
        ]),
      ],
    }),
    ordinary('lessons/Maths/Year 10 - Markbook template.xlsx', {
      title: 'Markbook template',
      blocks: [
        table(
          [
            ['Assessment', 'Max mark', 'Grade 4 boundary', 'Grade 7 boundary'],
            ['Autumn 1', 60, 24, 42],
            ['Autumn 2', 60, 25, 43],
            ['Spring 1', 80, 31, 57],
          ],
          'Boundaries',
        ),
      ],
    }),
    ordinary('lessons/Geography/Year 10 - Fieldwork data - river.ods', {
      title: 'River fieldwork data',
      blocks: [
        table(
          [
            ['Site', 'Width (m)', 'Depth (cm)', 'Velocity (m/s)'],
            ['1', 1.2, 14, 0.21],
            ['2', 2.5, 22, 0.34],
            ['3', 3.8, 31, 0.42],
            ['4', 5.1, 38, 0.51],
          ],
          'Data',
        ),
      ],
    }),
    ordinary('lessons/Curriculum overview 2025-26.xlsx', {
      title: 'Curriculum overview',
      blocks: [
        table(
          [
            ['Subject', 'Autumn', 'Spring', 'Summer'],
            ...SUBJECTS.slice(0, 10).map((s) => [s, ...(TOPICS[s] ?? []).slice(0, 3)]),
          ],
          'Overview',
        ),
      ],
    }),
  );
  return files;
}

function lessonPlan(
  subject: string,
  topic: string,
  year: number,
): { title: string; blocks: ReturnType<typeof para>[] } {
  return {
    title: `${subject} - Year ${year} - ${topic}`,
    blocks: [
      heading('Learning objectives'),
      para(
        `By the end of the lesson pupils will be able to explain the key ideas of ${topic.toLowerCase()} and apply them to an exam-style question.`,
      ),
      heading('Starter (10 minutes)'),
      para('Retrieval quiz: five questions on last lesson, self-marked.'),
      heading('Main activity (30 minutes)'),
      para(
        `Teacher modelling, then paired practice on ${topic.toLowerCase()}. Adapt with sentence starters and a worked example for those who need it.`,
      ),
      heading('Plenary (10 minutes)'),
      para('Exit ticket: one thing learned and one question. Homework set on the learning platform.'),
    ],
  };
}
