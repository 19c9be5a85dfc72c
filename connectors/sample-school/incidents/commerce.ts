/** Commerce: scams, gambling and money online. */
import type { Scenario } from './scenario';

export const COMMERCE: readonly Scenario[] = [
  {
    category: 'scams-gambling',
    location: 'school-system',
    pupils: 1,
    // Pasted as the reporter found it: a description that a spreadsheet would run as a formula.
    story: (c) => ({
      description:
        '=HYPERLINK("https://free-skins.example.com/claim","Claim your skins") was posted in the Year ' +
        `${c.year} Minecraft club chat by an account nobody recognises. ${c.a} clicked it and typed their school ` +
        'password into the page.',
      evidenceLocation: 'Club chat on Teams; the link is in the message',
      actionTaken: 'Password reset at once; link blocked.',
    }),
    actions: [{ what: 'Check the account\u2019s sign-ins since the link was clicked', owner: 'it', days: 2 }],
    closure: {
      outcome: 'No sign-ins from elsewhere; club members warned about fake giveaways.',
      lessonsLearnt: 'Club chats are now limited to school accounts.',
    },
  },
  {
    category: 'scams-gambling',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    story: (c) => ({
      description:
        `${c.a}'s mother says ${c.fa} has spent about \u00a3200 of her money on a skin-gambling site linked from a ` +
        'YouTuber\u2019s videos.',
      evidenceLocation: 'Bank statement held by the parent',
      actionTaken: 'Advice given on blocking gambling payments and on support.',
    }),
    actions: [{ what: 'Session with the pupil on gambling-like games', owner: 'pastoral', days: 14 }],
    closure: {
      outcome: 'Gambling block on the card; pupil completed the sessions.',
      lessonsLearnt: 'Gambling harms added to the Year 8 PSHE scheme.',
    },
  },
  {
    category: 'scams-gambling',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description:
        `${c.a} is running a betting pool on football matches through a betting app and taking money from younger ` +
        `pupils, including ${c.b}.`,
      evidenceLocation: 'Messages on pupils\u2019 phones; amounts written down by the Head of Year',
      actionTaken: 'Pool stopped; money returned in front of staff.',
    }),
    closure: {
      outcome: 'Sanction; parents of both pupils told.',
      lessonsLearnt: 'none',
    },
  },
  {
    category: 'scams-gambling',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description:
        `Several pupils got an email offering a "free PS5" in return for card details. ${c.a} entered a parent\u2019s ` +
        'card number.',
      evidenceLocation: 'The email, quarantined by IT',
      actionTaken: 'Parent phoned to cancel the card; email purged from every inbox.',
    }),
    actions: [{ what: 'Tighten the spam rules for pupil mailboxes', owner: 'it', days: 10 }],
  },
];
