/** Content: harmful or illegal material seen, searched for or passed on. */
import type { Scenario } from './scenario';

export const CONTENT: readonly Scenario[] = [
  {
    category: 'inappropriate-content',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description:
        `The filtering log shows ${c.a} searching for street-fight videos on a library PC. The block page came up, ` +
        'but some thumbnails showed in the search results before it did.',
      evidenceLocation: 'Filtering log for the library PCs, kept by the IT technician',
      actionTaken: 'Thumbnails in image search are now blocked for pupils.',
    }),
    actions: [{ what: 'Review the filtering of video thumbnails with the filtering provider', owner: 'it', days: 14 }],
    closure: {
      outcome: 'Conversation with the pupil about what was seen; filtering tightened.',
      lessonsLearnt: 'Test the filter against image and video thumbnails each term.',
    },
  },
  {
    category: 'inappropriate-content',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `During a cover lesson ${c.a} showed a group a shock video on a classroom laptop. ${c.b} was visibly upset ` +
        'and left the room.',
      evidenceLocation: 'Browser history of the classroom laptop; the laptop was not used again that day',
      actionTaken: `Cover teacher closed the laptop; ${c.fb} went to the pastoral base.`,
    }),
    closure: {
      outcome: 'Pupil sanctioned; the video site is now blocked.',
      lessonsLearnt: 'Cover teachers are given the classroom monitoring console.',
    },
  },
  {
    category: 'inappropriate-content',
    location: 'personal-device-in-school',
    pupils: 1,
    story: (c) => ({
      description:
        `${c.a} was watching a clip of a horror game with graphic violence on their phone in the library, where ` +
        'younger pupils could see the screen.',
      evidenceLocation: 'Not kept: the clip was on a public video site',
      actionTaken: 'Phone put away; the pupil was spoken to.',
    }),
    closure: { outcome: 'Reminder of the phone policy; no further action.', lessonsLearnt: 'none' },
  },
  {
    category: 'inappropriate-content',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description:
        `A presentation ${c.a} made for English included an image of a misogynistic influencer with a quote ` +
        'demeaning women. The teacher discussed it with the pupil, who said they "just agree with him".',
      evidenceLocation: 'The presentation, in the pupil\u2019s drive and the class folder',
      actionTaken: 'Teacher talked it through and removed the slide from the class folder.',
    }),
    actions: [{ what: 'Mentoring sessions on healthy relationships', owner: 'pastoral', days: 21 }],
    closure: {
      outcome: 'Six mentoring sessions completed; views discussed with the family.',
      lessonsLearnt: 'RSHE lessons on online influencers added for Year 9.',
    },
  },
  {
    category: 'inappropriate-content',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description:
        `${c.a} opened an adult dating site on a school Chromebook. The filter let it through because the site had ` +
        'only just been registered and was not yet categorised.',
      evidenceLocation: 'Monitoring alert and screenshot in the monitoring console',
      actionTaken: 'Site blocked by hand; the provider was asked to categorise it.',
    }),
    actions: [{ what: 'Block newly registered domains for pupils', owner: 'it', days: 10 }],
  },
  {
    category: 'inappropriate-content',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    immediateRisk: 'not-sure',
    story: (c) => ({
      description:
        `${c.a} told a teaching assistant they have been watching self-harm related videos on TikTok at night and ` +
        'find it "hard to stop". No marks seen.',
      evidenceLocation: 'Nothing kept: the disclosure was verbal',
      actionTaken: 'DSL informed in person straight away; pupil seen by the DSL the same lesson.',
    }),
    actions: [
      { what: 'Referral to the school counsellor', owner: 'dsl', days: 3 },
      { what: 'Call the parent and share advice on feed settings', owner: 'dsl', days: 1 },
    ],
    closure: {
      outcome: 'Counselling started; parent has set up the app\u2019s content controls with the pupil.',
      lessonsLearnt: 'Share the guide to resetting recommended feeds with all parents.',
    },
  },
  {
    category: 'inappropriate-content',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description: `Monitoring flagged searches by ${c.a} for diet pills and extreme weight loss several times this week.`,
      evidenceLocation: 'Monitoring console alerts for the week',
      actionTaken: 'Passed to the DSL; no pupil conversation yet.',
    }),
    actions: [{ what: 'Meet the pupil with the school nurse', owner: 'senco', days: 5 }],
  },
  {
    category: 'illegal-csam',
    location: 'personal-device-in-school',
    pupils: 1,
    adultInvolved: 'not-sure',
    story: (c) => ({
      description:
        `${c.a} told their Head of Year that an indecent image of a child from another school is being passed around ` +
        `a Snapchat group that several Year ${c.year} pupils are in. No member of staff has viewed, copied or asked ` +
        'to see the image.',
      evidenceLocation: 'On pupils\u2019 own phones; not viewed or copied by staff',
      actionTaken: 'Head of Year went straight to the DSL; the phones were not searched.',
    }),
    actions: [
      { what: 'Record the police advice and decisions on the safeguarding file', owner: 'dsl', days: 2 },
      { what: 'Parents of pupils in the group told how to report to the IWF', owner: 'deputy', days: 5 },
    ],
    closure: {
      outcome: 'Referred to the police and reported to the IWF; the image was removed from the platform.',
      lessonsLearnt: 'Staff briefing repeated: never view, copy or forward such images.',
      referrals: [
        { agency: 'police', reference: 'Police ref. PR-2602-0117' },
        { agency: 'iwf', reference: 'IWF report 7A31' },
      ],
    },
  },
  {
    category: 'illegal-extreme-pornography',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description:
        `Two pupils were overheard talking about a violent pornographic video that ${c.a} had shown them on their ` +
        `phone at the bus stop. ${c.b} was one of them. The phone was not looked at by staff.`,
      evidenceLocation: `${c.fa}'s phone, held by the DSL and not opened`,
      actionTaken: 'Phone taken to the DSL, switched off and sealed in an envelope.',
    }),
    actions: [{ what: 'Agree with the police how the phone is handed over', owner: 'dsl', days: 1 }],
    closure: {
      outcome: 'Police collected the phone; both pupils and families supported by the pastoral team.',
      lessonsLearnt: 'Sealed-bag kit added to the DSL office.',
      referrals: [{ agency: 'police', reference: 'Police ref. PR-2511-0842' }],
    },
  },
  {
    category: 'illegal-terrorist',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    story: (c) => ({
      description:
        `${c.a} posted a link to footage of a terrorist attack in the class group chat. Classmates told their tutor. ` +
        'The link was not opened in school.',
      evidenceLocation: 'Link in the class group chat on pupils\u2019 own phones; not opened',
      actionTaken: 'DSL informed; the group was asked to leave the message unopened.',
    }),
    actions: [
      { what: 'Discuss with the Prevent lead whether a referral is needed', owner: 'dsl', days: 2 },
      { what: 'Check the filter blocks the site hosting the footage', owner: 'it', days: 2 },
    ],
    closure: {
      outcome:
        'Reported to the counter-terrorism police; Prevent advised no referral. Pupil did not understand what it was.',
      lessonsLearnt: 'Year group told how to report terrorist content without sharing it.',
      referrals: [
        { agency: 'police', reference: 'CT police online report 2600418' },
        { agency: 'prevent', reference: '' },
      ],
    },
  },
];
