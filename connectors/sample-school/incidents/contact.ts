/** Contact: adults (or older young people) reaching a child, including concerns about staff. */
import type { Scenario } from './scenario';

export const CONTACT: readonly Scenario[] = [
  {
    category: 'grooming',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    adultInvolved: 'not-sure',
    immediateRisk: 'no',
    story: (c) => ({
      description:
        `${c.a}'s parents found messages from someone ${c.fa} met in an online game who says they are 16. They ` +
        `asked ${c.fa} to move to a private messaging app, to keep it secret, and for photos "in your uniform".`,
      evidenceLocation: 'Messages on the family tablet; the parents have been asked not to delete them',
      actionTaken: 'DSL spoke to the parents; advised to report to CEOP and keep the tablet as it is.',
      external: ['online gamer claiming to be 16 (not known to the family)'],
    }),
    actions: [
      { what: 'Follow up the CEOP report with the family', owner: 'dsl', days: 3 },
      { what: 'Safety planning session with the pupil', owner: 'pastoral', days: 7 },
    ],
    closure: {
      outcome: 'CEOP and police involved; the account was traced and closed. Pupil supported in school.',
      lessonsLearnt: 'Online-gaming safety session for parents in the autumn.',
      referrals: [
        { agency: 'ceop', reference: 'CEOP-4471' },
        { agency: 'police', reference: 'Police ref. PR-2601-0330' },
      ],
    },
  },
  {
    category: 'grooming',
    location: 'outside-school',
    pupils: 2,
    evening: true,
    adultInvolved: 'yes',
    immediateRisk: 'yes',
    story: (c) => ({
      description:
        `${c.b} told a teacher that ${c.a} is planning to meet a man in his twenties met on Instagram this Saturday ` +
        `and has been given a phone by him. ${c.fa} has asked ${c.fb} not to tell anyone.`,
      evidenceLocation: `${c.fb} has seen the messages on ${c.fa}'s second phone; nothing copied`,
      actionTaken: 'DSL told in person at once; the police and children\u2019s social care called the same hour.',
      external: ['adult man on Instagram, name not known'],
    }),
    actions: [
      { what: 'Attend the strategy meeting', owner: 'dsl', days: 2 },
      { what: 'Daily check-in with the pupil', owner: 'pastoral', days: 14 },
    ],
    closure: {
      outcome: 'Police intervened before the meeting; a child protection plan is in place.',
      lessonsLearnt: 'Pupils reporting a friend are thanked and supported too: a check-in was set up for them.',
      referrals: [
        { agency: 'police', reference: 'Police ref. PR-2603-0071' },
        { agency: 'children-social-care', reference: 'MASH 26-1184' },
      ],
    },
  },
  {
    category: 'radicalisation',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description:
        `${c.a} has been sharing far-right memes in the Year ${c.year} chat on Teams and said in a history lesson ` +
        'that violence against a minority group was "justified".',
      evidenceLocation: 'Teams chat export requested from IT; the history teacher wrote down what was said',
      actionTaken: 'Teacher challenged the remark in the lesson; the DSL was told after the lesson.',
      staff: [c.colleague],
    }),
    actions: [{ what: 'Discuss with the local Prevent officer', owner: 'dsl', days: 5 }],
    closure: {
      outcome: 'Referred to Prevent; mentoring through the local authority; the family is engaged.',
      lessonsLearnt: 'History department added a unit on propaganda and how to spot it.',
      referrals: [{ agency: 'prevent', reference: 'Prevent 25-0093' }],
    },
  },
  {
    category: 'radicalisation',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    story: (c) => ({
      description:
        `${c.a}'s father contacted the school worried about videos from an extremist preacher that ${c.fa} watches ` +
        'late at night, and about changes in behaviour at home.',
      evidenceLocation: 'Parent has a list of the channels; nothing held by the school',
      actionTaken: 'DSL met the father; advice given on Prevent and on parental controls.',
    }),
    actions: [{ what: 'Meet the pupil with the pastoral manager', owner: 'pastoral', days: 7 }],
  },
  {
    category: 'staff-concern',
    location: 'outside-school',
    pupils: 1,
    reporter: 'deputy',
    story: (c) => ({
      description:
        `A parent reported that ${c.colleague} has been following pupils' personal Instagram accounts and sent ` +
        `${c.a} a direct message about a netball match.`,
      evidenceLocation: 'Screenshot sent by the parent to the headteacher; not forwarded',
      actionTaken: 'Headteacher told; LADO contacted for advice within the working day.',
      staff: [c.colleague],
    }),
    actions: [{ what: 'Record the LADO advice and the agreed next steps', owner: 'head', days: 1 }],
    closure: {
      outcome: 'LADO advice followed; the member of staff was given a written reminder of the code of conduct.',
      lessonsLearnt: 'All staff re-signed the social media section of the staff code of conduct.',
      referrals: [{ agency: 'lado', reference: 'LADO-25-118' }],
      parentsNotInformed:
        'The parent who reported was told it was being dealt with; the outcome is confidential to staff.',
      closedBy: 'head',
    },
  },
  {
    category: 'staff-concern',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description:
        `Monitoring flagged school-account messages in which a teaching assistant asked ${c.a} to carry on the ` +
        'conversation on WhatsApp "so we can chat properly".',
      evidenceLocation: 'Monitoring alert and the message thread, kept by the IT technician',
      actionTaken: 'Passed straight to the headteacher.',
      staff: [c.colleague],
    }),
    actions: [{ what: 'Agree next steps with the LADO', owner: 'head', days: 1 }],
  },
];
