/** send/: the SEN register, EHCP reviews, pupil passports, the provision map; and the school's general SEND documents. */
import { ukDate } from '../identifiers';
import { staffByRole, type Pupil, type SenNeed } from '../people';
import { AUTUMN_END, AUTUMN_START, type FamilyContext, he, his, pupilsWhere, schoolDay } from './context';
import { type Format, heading, ordinary, para, personal, type PlannedFile, table } from './doc';

const NEED_TEXT: Record<SenNeed, string> = {
  SpLD: 'dyslexia',
  ASD: 'autism',
  SEMH: 'social, emotional and mental health needs',
  SLCN: 'speech, language and communication needs',
  MLD: 'moderate learning difficulties',
  ADHD: 'ADHD',
};

const STRATEGIES: Record<SenNeed, string> = {
  SpLD: 'cream paper and a coloured overlay; reader in exams',
  ASD: 'warning before changes to routine; time-out card',
  SEMH: 'check-in with key adult each morning; movement breaks',
  SLCN: 'instructions chunked and written down; speech and language group',
  MLD: 'pre-teaching of vocabulary; TA support in maths',
  ADHD: 'seat near the front; movement breaks; tasks broken into steps',
};

/** SEMH is written out as "social, emotional and mental health needs": a statement about health too. */
export function needTypes(need: SenNeed | undefined): ('sen' | 'health')[] {
  return need === 'SEMH' ? ['sen', 'health'] : ['sen'];
}

export function sendDocuments(ctx: FamilyContext): PlannedFile[] {
  const senPupils = ctx.people.pupils.filter((p) => p.sen !== 'none');
  return [
    register(senPupils),
    staffSummary(senPupils),
    ...annualReviews(ctx),
    ...passports(ctx),
    provisionMap(ctx),
    parentEmail(ctx),
    ...generalSend(),
  ];
}

function register(pupils: readonly Pupil[]): PlannedFile {
  return personal('send/SEN register 2025-26.xlsx', ['upn', 'sen'], {
    title: 'SEN register 2025-26',
    blocks: [
      table(
        [
          ['Surname', 'Forename', 'Form', 'UPN', 'SEN status', 'Primary need', 'Provision'],
          ...pupils.map((p) => [
            p.surname,
            p.forename,
            p.form,
            p.upn,
            p.sen === 'EHCP' ? 'E - EHCP' : 'K - SEN support',
            p.senNeed!,
            STRATEGIES[p.senNeed!],
          ]),
        ],
        'Register',
      ),
    ],
  });
}

function staffSummary(pupils: readonly Pupil[]): PlannedFile {
  const shown = pupils.slice(0, 25);
  const types = shown.some((p) => p.senNeed === 'SEMH') ? (['sen', 'health'] as const) : (['sen'] as const);
  return personal('send/SEND summary for teaching staff.html', types, {
    title: 'SEND summary for teaching staff - autumn 2025',
    blocks: [
      para('Please read before planning lessons. Full pupil passports are in the SEND folder.'),
      table([
        ['Pupil', 'Form', 'Need', 'What helps'],
        ...shown.map((p) => [p.name, p.form, NEED_TEXT[p.senNeed!], STRATEGIES[p.senNeed!]]),
      ]),
    ],
  });
}

function annualReviews(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.docx', '.odt', '.pdf', '.txt'];
  const senco = staffByRole(ctx.people, 'SENCO');
  const pupils = pupilsWhere(ctx, (p) => p.sen === 'EHCP', formats.length);
  return pupils.map((p, i) => {
    const held = schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END, 10);
    const need = NEED_TEXT[p.senNeed!];
    return personal(
      `send/EHCP annual reviews/Annual review - ${p.name}${formats[i]}`,
      ['upn', 'date_of_birth', 'health', 'sen'],
      {
        title: `EHCP annual review - ${p.name}`,
        blocks: [
          para(`Name: ${p.name}`),
          para(`Date of birth: ${ukDate(p.born)}`),
          para(`UPN: ${p.upn}`),
          para(
            `Review held: ${ukDate(held)} with ${senco.title} ${senco.surname} (SENCO), ${p.parent.title} ${p.parent.name} and the educational psychologist.`,
          ),
          heading('Progress against outcomes'),
          para(
            `${p.forename} has an EHCP for ${need}. This year ${he(p)} has made good progress in reading and now uses ${his(p)} strategies with less prompting.`,
          ),
          para(
            `${p.forename} has asthma and uses an inhaler before PE; ${his(p)} healthcare plan was updated in September.`,
          ),
          heading('Views of the young person'),
          para(
            `${p.forename} says that the movement breaks and the quiet room at lunchtime help ${p.female ? 'her' : 'him'} most.`,
          ),
          heading('Recommendations'),
          para(`Continue 1:1 support in English and maths. Apply for access arrangements (25% extra time) for exams.`),
        ],
      },
    );
  });
}

function passports(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.pptx', '.odp', '.pptx'];
  const pupils = pupilsWhere(ctx, (p) => p.sen === 'SEN support', formats.length);
  return pupils.map((p, i) =>
    personal(`send/Pupil passports/Pupil passport - ${p.name}${formats[i]}`, needTypes(p.senNeed), {
      title: `Pupil passport: ${p.name} (${p.form})`,
      blocks: [
        heading('All about me'),
        para(`${p.name} loves football, drawing and ${p.female ? 'her' : 'his'} dog.`),
        heading('What I find hard'),
        para(`${p.forename} has ${NEED_TEXT[p.senNeed!]}, so copying from the board and long instructions are hard.`),
        heading('What helps me'),
        para(`For ${p.forename}: ${STRATEGIES[p.senNeed!]}.`),
      ],
    }),
  );
}

function provisionMap(ctx: FamilyContext): PlannedFile {
  const groups: [string, SenNeed][] = [
    ['Reading intervention (dyslexia)', 'SpLD'],
    ['Speech and language group', 'SLCN'],
    ['Social skills group (autism)', 'ASD'],
    ['Nurture group (SEMH)', 'SEMH'],
  ];
  return personal('send/Provision map - autumn 2025.ods', ['sen'], {
    title: 'Provision map - autumn 2025',
    blocks: [
      table([
        ['Intervention', 'Pupils', 'Staff', 'Frequency'],
        ...groups.map(([name, need]) => [
          name,
          ctx.people.pupils
            .filter((p) => p.senNeed === need)
            .slice(0, 4)
            .map((p) => p.name)
            .join(', ') || 'None this term',
          'Teaching assistant',
          ctx.rng.pick(['Twice weekly', 'Weekly', 'Daily, 20 minutes']),
        ]),
      ]),
    ],
  });
}

function parentEmail(ctx: FamilyContext): PlannedFile {
  const senco = staffByRole(ctx.people, 'SENCO');
  const p = pupilsWhere(ctx, (x) => x.sen === 'SEN support', 1)[0]!;
  return personal(
    `send/Educational psychologist report - ${p.surname}.eml`,
    ['email_address', ...needTypes(p.senNeed)],
    {
      title: `Educational psychologist report for ${p.forename}`,
      blocks: [
        para(`Dear ${p.parent.title} ${p.parent.name.split(' ').slice(1).join(' ')},`),
        para(
          `Following the educational psychologist's assessment of ${p.name}, we will apply to the local authority for an EHC needs assessment. ` +
            `The report confirms ${p.forename}'s ${NEED_TEXT[p.senNeed!]} and recommends continued SEN support in the meantime.`,
        ),
        para('I will send the application to you to read before it goes. Please call the office to arrange a meeting.'),
        para(`Kind regards,\n${senco.name}\nSENCO`),
      ],
    },
    {
      from: `${senco.name} <${senco.email}>`,
      to: `${p.parent.name} <${p.parent.email}>`,
      date: schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END, 16),
    },
  );
}

function generalSend(): PlannedFile[] {
  return [
    ordinary('send/SEN information report 2025-26.html', {
      title: 'SEN information report 2025-26',
      blocks: [
        para(
          'Oakfield Academy is a mainstream secondary school. We welcome pupils with special educational needs and disabilities.',
        ),
        heading('How we identify needs'),
        para(
          'Teachers raise concerns with the SENCO, who may use screening tools and, with parental consent, involve outside agencies such as the educational psychology service.',
        ),
        heading('The support we offer'),
        para(
          'Support follows the graduated approach: assess, plan, do, review. Pupils with an education, health and care plan have an annual review with their family.',
        ),
        heading('Contact'),
        para('Parents can contact the SEND team through the school office.'),
      ],
    }),
    ordinary('send/Local offer summary.pdf', {
      title: 'Local offer summary',
      blocks: [
        para(
          'The local authority publishes its local offer online. It lists services for children and young people with SEND from birth to 25.',
        ),
        para(
          'This includes short breaks, travel assistance, and the SEND information, advice and support service (SENDIASS).',
        ),
      ],
    }),
    ordinary('send/Training - supporting dyslexic learners.pptx', {
      title: 'Staff training: supporting dyslexic learners',
      blocks: [
        heading('Why it matters'),
        para('Around one learner in ten has some dyslexic difficulties.'),
        heading('In every lesson'),
        para('Use clear fonts, avoid copying from the board, give instructions one at a time and check understanding.'),
        heading('Exams'),
        para('Access arrangements must reflect the learner\u2019s normal way of working.'),
      ],
    }),
  ];
}
