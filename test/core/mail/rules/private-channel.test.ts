import { fires, flagOf, mail, rulesOf, staffSays, PUPIL, STAFF, YEAR9 } from '../fixture';

// Seed 004: "These communications may only take place on official (monitored) school systems. Personal
// email addresses, text messaging or social media must not be used for these communications."
describe('private-channel: "Personal email addresses, text messaging or social media must not be used" (seed 004)', () => {
  it.each([
    'Text me when you get home tonight.',
    'Message me on Instagram later.',
    'Add me on snap, it is easier.',
    'Just WhatsApp me if you get stuck with it.',
    'DM me and we can talk properly.',
    'Drop me a text on 07700 900123 if you need anything.',
    "It's easier if we chat on WhatsApp instead of school email.",
    "What's your Snapchat? I'll add you.",
    'Send me your mobile number and I will message you.',
    'Follow me on TikTok, my username is kward_79.',
    'Call me tonight on my mobile.',
    "I'll text you later about it.",
    'Join my WhatsApp group so we can keep in touch over the summer.',
    'We can keep talking on Telegram if you like.',
    'Facetime me at the weekend.',
    'My snap is kwardy79, add me.',
    "Let's move this chat to WhatsApp.",
    "I've sent you a friend request on Facebook.",
    'Use my personal email from now on.',
    "Have you got WhatsApp? I'll message you there.",
    "I'd prefer if we talked over text.",
    'Ping me on Discord tonight.',
  ])('flags an invitation to carry on privately: %s', (body) => {
    expect(fires('private-channel', body)).toBe(true);
  });

  it.each([
    "This week's PSHE lesson covers Snapchat privacy settings and how to switch on Ghost Mode.",
    'Remember never to accept friend requests on Instagram from people you do not know.',
    'Please join the Year 9 Science team on Microsoft Teams - the worksheet is in the Files tab.',
    'Message me on Teams if you have any questions about the homework.',
    'If you have any questions, email me or come and find me at lunchtime.',
    "On the trip, text the trip mobile if you get lost - it's the school phone.",
    'Our homework project is a presentation about how TikTok uses algorithms.',
    'Please ask your mum to call the school office if you will be late.',
    'Great work on your essay about social media.',
    'I saw your video on the school TikTok account - great job!',
    'Drop me an email if you have any questions.',
    'Send me a message on Teams when you have uploaded it.',
    'I will phone your parents this evening about the incident.',
  ])('does not flag school channels, lessons or safety advice: %s', (body) => {
    expect(fires('private-channel', body)).toBe(false);
  });

  it('applies to staff writing to pupils, not to pupils writing to each other', () => {
    const pupilToPupil = mail({ from: PUPIL, to: ['23mokafor@pupils.oakfield.sch.uk'], text: 'text me later x' });
    expect(rulesOf(pupilToPupil)).not.toContain('private-channel');
    const pupilToStaff = mail({ from: PUPIL, to: [STAFF], text: 'Can I text you if I get stuck?' });
    expect(rulesOf(pupilToStaff)).not.toContain('private-channel');
  });

  it('flags an invitation in a personal channel sent to a year-group list', () => {
    expect(rulesOf(staffSays('Snap me if you are coming to training.', { to: [YEAR9] }))).toContain('private-channel');
  });

  it('quotes a short excerpt with the phone number masked', () => {
    const flag = flagOf(staffSays('WhatsApp me on 07700 900123 tonight.'));
    const quoted = flag?.evidence.find((e) => e.startsWith('private-channel:')) ?? '';
    expect(quoted).toMatch(/WhatsApp me/);
    expect(quoted).not.toContain('07700 900123');
    expect(quoted.length).toBeLessThanOrEqual(90);
  });
});
