/**
 * The sample school's mailbox: about 200 emails of Oakfield Academy's spring term as an .mbox export
 * (as Google Vault writes one), for `sos demo` and the mail tests. Most are what a school's mail really
 * holds: homework set and handed in, letters to parents, newsletters, cover requests. A handful show the
 * warning signs the staff–pupil policy names (a personal account, a private channel, secrecy, a lift
 * home, a gift, pupil data sent outside), each listed with the rules it should raise, so a test can check
 * both that every rule fires and that ordinary mail stays quiet. Same seed, same bytes.
 */
import type { MailRuleId } from '../../core/mail/message';
import { PUPIL_DOMAIN, STAFF_DOMAIN, staffByRole, type Pupil, type SchoolPeople, type Staff } from './people';
import { Random } from './random';

export const MAILBOX_FILE = 'mail/oakfield-staff-pupil-mail.mbox';

export interface SampleMail {
  readonly messageId: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly { readonly name: string; readonly address: string }[];
  readonly cc?: readonly { readonly name: string; readonly address: string }[];
  /** UTC instant; spring term 2026 is all GMT, so school time is the same clock. */
  readonly date: Date;
  readonly subject: string;
  readonly text: string;
  /** A mailing list's List-Id, for newsletters. */
  readonly listId?: string;
  /** What the message is in the sample: ordinary mail, or the rules it was written to raise. */
  readonly expect: readonly MailRuleId[];
}

export interface SampleMailbox {
  readonly messages: readonly SampleMail[];
  /** The .mbox bytes. */
  readonly mbox: Buffer;
}

interface Who {
  readonly name: string;
  readonly address: string;
}

const person = (p: Staff | Pupil): Who => ({ name: p.name, address: p.email });

/** A school day in the spring term 2026 (5 January to 27 March), at a time between `from` and `to` hours. */
function schoolDay(rng: Random, from = 8, to = 17): Date {
  for (;;) {
    const day = rng.int(0, 80);
    const date = new Date(Date.UTC(2026, 0, 5 + day, rng.int(from, to - 1), rng.int(0, 59), rng.int(0, 59)));
    const weekday = date.getUTCDay();
    // Half term: 16 to 20 February.
    const halfTerm = date >= new Date(Date.UTC(2026, 1, 16)) && date < new Date(Date.UTC(2026, 1, 21));
    if (weekday !== 0 && weekday !== 6 && !halfTerm && date < new Date(Date.UTC(2026, 2, 28))) return date;
  }
}

const TOPICS: readonly (readonly [string, string])[] = [
  ['Maths', 'the simultaneous equations worksheet'],
  ['English', 'your essay plan on An Inspector Calls'],
  ['Science', 'the practical write-up on rates of reaction'],
  ['History', 'the source analysis on the Battle of Hastings'],
  ['Geography', 'the river fieldwork questions'],
  ['French', 'the vocabulary test on holidays'],
  ['Computing', 'the Python project on loops'],
  ['Art', 'your sketchbook pages on natural forms'],
  ['Music', 'the composition task'],
  ['Religious Education', 'the ethics homework'],
];

const FEEDBACK = [
  'Thank you for handing this in on time. Your method is clear; check the last two answers again, as the signs went wrong in the final step.',
  'Good effort. Please add a conclusion that answers the question directly, and use the success criteria on the sheet.',
  'Well done, this is a real improvement on last time. For next lesson, bring your exercise book and a calculator.',
  'A solid start. Some paragraphs need more evidence from the text; see my comments in the margin and redo question 3.',
  'You have missed the second part of the task. It is on the class page; please complete it by Friday.',
];

const PUPIL_QUESTIONS = [
  'I was off on Tuesday, could you tell me what I missed and where the worksheet is?',
  'I have attached my homework. Sorry it is a day late, my printer was not working.',
  'Is the test next week on the whole topic or just the last two lessons?',
  'I do not understand question 4, do we need to show the working?',
  'Can I hand my coursework in on Monday instead? I have a football match on Saturday.',
];

function signOff(staff: Staff): string {
  return `Kind regards,\n${staff.title} ${staff.surname}\n${staff.role}, Oakfield Academy`;
}

/** Everyday mail: nothing here should be flagged. */
function ordinaryMail(rng: Random, people: SchoolPeople): Omit<SampleMail, 'messageId'>[] {
  const teachers = people.staff.filter((s) => s.role.startsWith('Teacher of'));
  const out: Omit<SampleMail, 'messageId'>[] = [];
  const ordinary = (m: Omit<SampleMail, 'messageId' | 'expect'>) => out.push({ ...m, expect: [] });

  for (let i = 0; i < 60; i++) {
    const t = rng.pick(teachers);
    const p = rng.pick(people.pupils);
    const [subject, task] = rng.pick(TOPICS);
    ordinary({
      from: person(t),
      to: [person(p)],
      date: schoolDay(rng),
      subject: `${subject} homework: ${task}`,
      text: `Dear ${p.forename},\n\nI have marked ${task}. ${rng.pick(FEEDBACK)}\n\n${signOff(t)}`,
    });
  }
  for (let i = 0; i < 40; i++) {
    const t = rng.pick(teachers);
    const p = rng.pick(people.pupils);
    const [subject] = rng.pick(TOPICS);
    ordinary({
      from: person(p),
      to: [person(t)],
      date: schoolDay(rng),
      subject: `${subject} question`,
      text: `Dear ${t.title} ${t.surname},\n\n${rng.pick(PUPIL_QUESTIONS)}\n\nThank you,\n${p.forename} ${p.surname} (${p.form})`,
    });
  }
  for (let i = 0; i < 20; i++) {
    const t = rng.pick(teachers);
    const p = rng.pick(people.pupils);
    ordinary({
      from: person(t),
      to: [{ name: p.parent.name, address: p.parent.email }],
      date: schoolDay(rng),
      subject: `${p.forename}'s progress`,
      text:
        `Dear ${p.parent.title} ${p.parent.name.split(' ').slice(1).join(' ')},\n\nI wanted to let you know that ${p.forename} ` +
        'has worked really well this half term and contributed thoughtfully in class. Please pass on my congratulations. ' +
        `If you would like to talk about the next steps, parents' evening is on 12 March.\n\n${signOff(t)}`,
    });
  }
  const office = people.sharedMailboxes.find((m) => m.email.startsWith('office@'))!;
  for (let i = 0; i < 15; i++) {
    ordinary({
      from: { name: office.name, address: office.email },
      to: [{ name: 'Oakfield parents and carers', address: `parents@${STAFF_DOMAIN}` }],
      date: schoolDay(rng),
      subject: `Oakfield newsletter, week ${i + 2}`,
      listId: `<parents.${STAFF_DOMAIN}>`,
      text:
        'Dear parents and carers,\n\nThis week: Year 10 work experience forms are due back on Friday; the library is open ' +
        'after school until 4.30pm; the PTA quiz night raised £640 for the sensory garden. Thank you to everyone who came ' +
        'to the Year 7 showcase.\n\nPlease remember to report absences to the school office by 9am.\n\nOakfield Academy',
    });
  }
  for (let i = 0; i < 25; i++) {
    const [a, b] = rng.sample(people.staff, 2) as [Staff, Staff];
    ordinary({
      from: person(a),
      to: [person(b)],
      date: schoolDay(rng),
      subject: rng.pick([
        'Cover for period 3',
        'Department meeting agenda',
        'Trip risk assessment',
        'Room swap on Thursday',
      ]),
      text: `Hi ${b.forename},\n\n${rng.pick([
        'Could you cover my period 3 class on Thursday? The work is set on the class page.',
        'The agenda for Monday is attached; please add anything by Friday.',
        'I have updated the risk assessment for the museum visit; could you check the ratios?',
        'Would you mind swapping rooms with me on Thursday afternoon? I need the projector.',
      ])}\n\nThanks,\n${a.forename}`,
    });
  }
  const years = [7, 8, 9, 10, 11];
  for (let i = 0; i < 15; i++) {
    const t = rng.pick(teachers);
    const year = rng.pick(years);
    ordinary({
      from: person(t),
      to: [{ name: `Year ${year} students`, address: `year${year}@${PUPIL_DOMAIN}` }],
      date: schoolDay(rng),
      subject: `Year ${year}: revision sessions`,
      text:
        `Dear Year ${year},\n\nRevision sessions run every Wednesday after school in the library until the mocks. ` +
        `Bring your revision guide and past paper.\n\n${signOff(t)}`,
    });
  }
  for (let i = 0; i < 10; i++) {
    const p = rng.pick(people.pupils);
    ordinary({
      from: { name: p.parent.name, address: p.parent.email },
      to: [{ name: office.name, address: office.email }],
      date: schoolDay(rng, 7, 9),
      subject: `${p.forename} ${p.surname} absent today`,
      text: `Good morning,\n\n${p.forename} (${p.form}) has a temperature and will not be in school today. We hope they will be back tomorrow.\n\nRegards,\n${p.parent.name}`,
    });
  }
  return out;
}

/**
 * Messages showing the warning signs of the staff conduct policy, each with the rules it should raise.
 * Written as such messages read in Guidance for Safer Working Practice and CEOP's descriptions of grooming.
 */
function concerningMail(rng: Random, people: SchoolPeople): Omit<SampleMail, 'messageId'>[] {
  const withPersonal = people.staff.filter((s) => s.role.startsWith('Teacher of') && s.personalEmails.length > 0);
  const teachers = people.staff.filter((s) => s.role.startsWith('Teacher of') && s.personalEmails.length === 0);
  const [music, science] = withPersonal as [Staff, Staff];
  const [drama, pe, art, history] = rng.sample(teachers, 4) as [Staff, Staff, Staff, Staff];
  const pupils = rng.sample(
    people.pupils.filter((p) => p.year >= 9),
    8,
  ) as [Pupil, Pupil, Pupil, Pupil, Pupil, Pupil, Pupil, Pupil];
  const [p1, p2, p3, p4, p5, p6, p7, p8] = pupils;
  const personal = (s: Staff): Who => ({ name: s.name, address: s.personalEmails[0]! });
  const senco = staffByRole(people, 'SENCO');
  const sen = people.pupils.filter((p) => p.sen !== 'none').slice(0, 4);
  const out: Omit<SampleMail, 'messageId'>[] = [];
  const add = (expect: MailRuleId[], m: Omit<SampleMail, 'messageId' | 'expect'>) => out.push({ ...m, expect });

  add(['staff-personal-account'], {
    from: personal(music),
    to: [person(p1)],
    date: schoolDay(rng),
    subject: 'Composition feedback',
    text: `Hi ${p1.forename},\n\nI'm sending this from my home email as the school one is playing up. Your composition is coming along nicely; work on the ending for Thursday.\n\n${music.title} ${music.surname}`,
  });
  add(['staff-personal-account'], {
    from: person(p2),
    to: [personal(science)],
    date: schoolDay(rng),
    subject: 'Practical write-up',
    text: `Hi Miss,\n\nHere is my write-up like you said, sent to this address.\n\n${p2.forename}`,
  });
  add(['personal-contact-details'], {
    from: person(drama),
    to: [person(p3)],
    date: schoolDay(rng),
    subject: 'Lines for the play',
    text: `Hi ${p3.forename},\n\nIf you get stuck learning your lines over the weekend, just ring me on my mobile, ${drama.mobile}.\n\n${signOff(drama)}`,
  });
  add(['private-channel'], {
    from: person(pe),
    to: [person(p4)],
    date: schoolDay(rng),
    subject: 'Training',
    text: `Hi ${p4.forename},\n\nGreat session today. Add me on Snapchat and I'll send you the training plan there, it's easier than email.\n\n${pe.forename}`,
  });
  add(['private-channel', 'personal-contact-details'], {
    from: person(pe),
    to: [person(p4)],
    date: schoolDay(rng),
    subject: 'Re: Training',
    text: `Message me on WhatsApp instead, my number is ${pe.mobile}.`,
  });
  add(['secrecy'], {
    from: person(art),
    to: [person(p5)],
    date: schoolDay(rng),
    subject: 'Our chat',
    text: `${p5.forename},\n\nI enjoyed our chat after class. Don't tell your parents we've been talking, they wouldn't understand. Delete this email once you've read it.\n\n${art.forename}`,
  });
  add(['overly-familiar'], {
    from: person(drama),
    to: [person(p6)],
    date: schoolDay(rng),
    subject: 'The show',
    text: `Hey gorgeous,\n\nYou looked so beautiful on stage last night, I couldn't take my eyes off you. Love you loads xx\n\n${drama.forename}`,
  });
  add(['meeting-offsite'], {
    from: person(history),
    to: [person(p7)],
    date: schoolDay(rng),
    subject: 'Revision',
    text: `Hi ${p7.forename},\n\nI can give you a lift home after school on Friday and we can go over the essay at my house, just the two of us.\n\n${history.forename}`,
  });
  add(['gift-offer', 'secrecy'], {
    from: person(history),
    to: [person(p8)],
    date: schoolDay(rng),
    subject: 'Something for you',
    text: `Hi ${p8.forename},\n\nI've bought you a new phone as a thank you for all your help, and I've put £50 on a gift card for you too. Don't tell the others.\n\n${history.forename}`,
  });
  add(['out-of-hours'], {
    from: person(art),
    to: [person(p1)],
    date: new Date(Date.UTC(2026, 1, 4, 22, 47, 12)),
    subject: 'Sketchbook',
    text: `Dear ${p1.forename},\n\nI have marked your sketchbook pages. Please add annotations to the last two pages.\n\n${signOff(art)}`,
  });
  add(['out-of-hours'], {
    from: person(pe),
    to: [person(p2)],
    date: new Date(Date.UTC(2026, 2, 7, 20, 5, 0)),
    subject: 'Fixture list',
    text: `Dear ${p2.forename},\n\nThe fixture list for next term is on the PE noticeboard.\n\n${signOff(pe)}`,
  });
  const rows = sen.map((p) => `${p.name}, ${p.form}, UPN ${p.upn}, ${p.sen}${p.senNeed ? ` (${p.senNeed})` : ''}`);
  add(['unprotected-personal-data'], {
    from: person(senco),
    to: [{ name: 'Brightstart Tutoring', address: 'bookings@brightstart-tutoring.example.com' }],
    date: schoolDay(rng),
    subject: 'Pupils for the tutoring programme',
    text: `Hello,\n\nHere are the pupils for the spring tutoring block, with their needs:\n\n${rows.join('\n')}\n\nBest wishes,\n${senco.title} ${senco.surname}, SENCO`,
  });
  add(['abusive-language'], {
    from: person(p3),
    to: [person(p6)],
    date: schoolDay(rng),
    subject: 'you',
    text: `Everyone hates you, you worthless loser. Nobody wants you here, so watch your back tomorrow.`,
  });
  add(['abusive-language'], {
    from: person(history),
    to: [person(p5)],
    date: schoolDay(rng),
    subject: 'Your homework',
    text: `Honestly, you're a lazy useless idiot and this homework shows it. Do it again.\n\n${history.surname}`,
  });
  return out;
}

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');
const hms = (d: Date) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;

/** RFC 5322 date, in GMT (the whole spring term is before the clocks change). */
function rfcDate(d: Date): string {
  return `${DAY[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(d)} +0000`;
}

const addressHeader = (list: readonly Who[]) => list.map((w) => `"${w.name}" <${w.address}>`).join(', ');

/** One mbox entry (mboxrd: body lines starting "From " or ">From " get one more ">"). */
export function mboxEntry(m: SampleMail): string {
  const d = m.date;
  const envelope = `From ${m.from.address} ${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} ${d.getUTCFullYear()}`;
  const headers = [
    `From: ${addressHeader([m.from])}`,
    `To: ${addressHeader(m.to)}`,
    ...(m.cc && m.cc.length > 0 ? [`Cc: ${addressHeader(m.cc)}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${rfcDate(d)}`,
    `Message-ID: <${m.messageId}>`,
    ...(m.listId !== undefined ? [`List-Id: ${m.listId}`, 'Precedence: list'] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  const body = m.text.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
  return `${envelope}\n${headers.join('\n')}\n\n${body}\n\n`;
}

export function sampleMailbox(people: SchoolPeople, seed = 20250903): SampleMailbox {
  const rng = new Random(seed, 'mailbox');
  const all = [...ordinaryMail(rng.fork('ordinary'), people), ...concerningMail(rng.fork('concerning'), people)];
  // The export lists mail by date, as Vault does; ties keep their order.
  const messages: SampleMail[] = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.date.getTime() - b.m.date.getTime() || a.i - b.i)
    .map(({ m }, i) => ({
      ...m,
      messageId: `sample-${String(i + 1).padStart(3, '0')}.${m.date.getTime().toString(36)}@${STAFF_DOMAIN}`,
    }));
  return { messages, mbox: Buffer.from(messages.map(mboxEntry).join(''), 'utf8') };
}
