/** Cyberbullying, the category most of a secondary school's log is made of. */
import type { Scenario } from './scenario';

export const BULLYING: readonly Scenario[] = [
  {
    category: 'cyberbullying',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `${c.a} told their form tutor that ${c.b} and others had been posting mocking comments about ${c.fa}'s ` +
        `appearance in the Year ${c.year} class chat on Teams during lessons. ${c.fa} was upset and asked to go home.`,
      evidenceLocation: `Teams chat of the Year ${c.year} class team; ${c.fa} also has screenshots on their own phone`,
      actionTaken: 'Spoke to both pupils separately; the class chat was muted by the teacher.',
    }),
    actions: [
      { what: 'Restorative meeting between the two pupils', owner: 'pastoral', days: 7 },
      { what: 'Export the class chat history for the DSL', owner: 'it', days: 3 },
    ],
    closure: {
      outcome: 'Restorative meeting held; the comments stopped and an apology was made. No further reports.',
      lessonsLearnt: 'Class team chats are now set so that only teachers can post during lessons.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'outside-school',
    pupils: 2,
    evening: true,
    immediateRisk: 'not-sure',
    story: (c) => ({
      description:
        `${c.a}'s mother phoned to say ${c.fa} has been getting anonymous messages through a Q&A app linked from ` +
        `their Instagram, telling ${c.fa} that nobody would miss them. ${c.fa} believes ${c.b} is behind the account.`,
      evidenceLocation: 'Screenshots held by the parent; asked to keep them and not to forward them',
      actionTaken: `Pastoral manager checked in with ${c.fa} the same morning; parent advised how to report the account.`,
      external: ['anonymous account on a Q&A app'],
    }),
    actions: [
      { what: 'Wellbeing check-ins twice a week for four weeks', owner: 'pastoral', days: 28 },
      { what: 'Meet the parent to agree a support plan', owner: 'deputy', days: 5 },
    ],
    closure: {
      outcome: 'The account was removed after reports; support plan in place and reviewed with the family.',
      lessonsLearnt: 'Year assembly on anonymous apps and how to report them.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description:
        `At lunch ${c.a} filmed ${c.b} slipping over in the canteen and shared the clip in a Snapchat group, where it ` +
        `was reposted with laughing emojis. ${c.fb} has seen it and is distressed.`,
      evidenceLocation: `${c.fa}'s phone, handed in and kept in the office safe without being viewed`,
      actionTaken: `Phone collected under the behaviour policy; ${c.fa} asked to delete the clip in front of staff.`,
    }),
    actions: [{ what: 'Phone returned to parent at a meeting about the clip', owner: 'pastoral', days: 2 }],
    closure: {
      outcome: 'Clip deleted from the group by its members; sanction under the behaviour policy; apology given.',
      lessonsLearnt: 'Remind pupils that filming others in school without consent breaks the phone policy.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'outside-school',
    pupils: 3,
    evening: true,
    story: (c) => ({
      description:
        `A group chat called "Year ${c.year} exposed" was set up over the weekend. Several pupils, including ${c.a} ` +
        `and ${c.b}, posted rumours about ${c.c}, who was told about it by a friend and refused to come into lessons.`,
      evidenceLocation: `Screenshots brought in by a friend of ${c.fc}; shown to the Head of Year, not copied`,
      actionTaken: `${c.fc} supported in the pastoral base; the pupils named were spoken to by the Head of Year.`,
    }),
    actions: [
      {
        what: 'Letters home to the families of the pupils who posted',
        owner: 'head-of-year',
        days: 5,
        stillOpen: true,
      },
      { what: 'Year group assembly on group chats and rumours', owner: 'deputy', days: 14 },
    ],
    closure: {
      outcome: 'The chat was deleted by the pupil who set it up; three families met the Head of Year.',
      lessonsLearnt: 'Group chats outside school still affect school: parents told how to report such chats.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `${c.a} set up an account in the name of ${c.b}, with a photo of ${c.fb}, and used it to post insulting ` +
        'comments under classmates\u2019 work in Google Classroom.',
      evidenceLocation: 'Classroom comments kept by the class teacher; account details with the IT technician',
      actionTaken: 'The comments were hidden and the account suspended by IT.',
    }),
    actions: [
      { what: 'Delete the impersonating account after the DSL has seen it', owner: 'it', days: 3 },
      { what: 'Meeting with both families', owner: 'pastoral', days: 7 },
    ],
    closure: {
      outcome: 'Account deleted; sanction and a restorative conversation; no repeat.',
      lessonsLearnt: 'Pupils cannot create accounts on the school domain any more: only IT can.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'outside-school',
    pupils: 2,
    evening: true,
    story: (c) => ({
      description:
        `${c.a} said that ${c.b} and two pupils from another school have been shouting insults at ${c.fa} in the ` +
        `voice chat of an online game for several weeks, and that the name-calling has carried on in corridors.`,
      evidenceLocation: 'No recordings; the game account names are written on the pastoral record',
      actionTaken: `${c.fa} shown how to block and report players; the parent informed by phone.`,
      external: ['two pupils from another school (names not known)'],
    }),
    actions: [{ what: 'Contact the DSL of the other school', owner: 'dsl', days: 3 }],
    closure: {
      outcome: 'The other school dealt with its pupils; name-calling in school stopped after a warning.',
      lessonsLearnt: 'Share concerns with neighbouring schools early.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description:
        `After an argument at break, ${c.b} sent ${c.a} a voice note on WhatsApp threatening to "sort ${c.fa} out" ` +
        'after school. Both pupils were in lessons when staff were told.',
      evidenceLocation: `Voice note on ${c.fa}'s phone, not copied; ${c.fa} was asked to keep it`,
      actionTaken: 'Both pupils kept apart at the end of the day; parents phoned.',
    }),
    closure: {
      outcome: 'Mediation held; both families agreed; no further threats.',
      lessonsLearnt: 'none',
    },
  },
  {
    category: 'cyberbullying',
    location: 'outside-school',
    pupils: 3,
    evening: true,
    story: (c) => ({
      description:
        `Homophobic comments were left under a video ${c.a} posted on TikTok. ${c.fa} recognised the usernames as ` +
        `belonging to ${c.b} and ${c.c}.`,
      evidenceLocation: `Comments still online under ${c.fa}'s video; ${c.fa} has screenshots`,
      actionTaken: 'DSL spoke to the pupil; the comments were reported to the platform.',
    }),
    actions: [
      { what: 'Meet the families of the two pupils named', owner: 'pastoral', days: 5 },
      { what: 'Add homophobic bullying to the next PSHE unit for this year group', owner: 'deputy', days: 30 },
    ],
    closure: {
      outcome: 'Comments removed by the platform; sanctions applied; pupil supported by the pastoral team.',
      lessonsLearnt: 'PSHE unit on identity-based bullying brought forward.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `During a computing lesson pupils edited a shared slide deck and added an offensive caption under ${c.a}'s ` +
        `photo. The version history shows the edit was made from ${c.b}'s account.`,
      evidenceLocation: 'Version history of the slide deck, in the class shared drive',
      actionTaken: 'Edit reverted; editing rights on the deck limited to the teacher.',
    }),
    closure: {
      outcome: 'Sanction under the behaviour policy; apology given.',
      lessonsLearnt: 'Shared decks in lessons are now comment-only for pupils.',
    },
  },
  {
    category: 'cyberbullying',
    location: 'outside-school',
    pupils: 2,
    evening: true,
    story: (c) => ({
      description:
        `${c.a} disclosed that ${c.b} has been sending messages late at night calling ${c.fa} names and threatening ` +
        'to share a private conversation with the rest of the year group.',
      evidenceLocation: `Messages on ${c.fa}'s phone; ${c.fa} was told not to delete them`,
      actionTaken: `${c.fa} spoke to the DSL; parents were informed the same day.`,
    }),
    actions: [{ what: 'Review with the pupil and parent after two weeks', owner: 'dsl', days: 14 }],
  },
  {
    category: 'cyberbullying',
    location: 'school-system',
    pupils: 2,
    flaw: 'unreadable-pupils',
    story: (c) => ({
      description:
        `${c.a} reported that ${c.b} keeps tagging ${c.fa} in unkind memes in the tutor group chat. ${c.fa} wants ` +
        'it to stop but does not want a fuss.',
      evidenceLocation: 'Tutor group chat on Teams',
      actionTaken: 'Tutor spoke to the class about kindness online.',
    }),
  },
];
