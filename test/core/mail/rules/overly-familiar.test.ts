import { fires, flagOf, mail, rulesOf, staffSays, PUPIL, STAFF } from '../fixture';

// Seeds 002/004: "Any digital communication between staff and pupils ... must be professional in tone
// and content."
describe('overly-familiar: communication "must be professional in tone and content" (seeds 002, 004)', () => {
  it.each([
    'Hey gorgeous, how was your weekend?',
    'You looked beautiful at the concert last night.',
    'I miss you so much when you are not in class.',
    'Love you, see you tomorrow.',
    "You're so mature for your age, honestly.",
    "I can't stop thinking about you.",
    'Thanks sweetheart, that was really kind.',
    "You're my favourite, you know that.",
    'You mean the world to me.',
    'Do you have a boyfriend at the moment?',
    'Sending you a big hug.',
    'Great game today \u{1F618}',
    'Nobody understands you like I do.',
    'I think about you all the time.',
    'I really like you.',
    'You make me so happy.',
    'You have a lovely smile.',
    "You're such a sweetheart.",
  ])('flags affectionate or flirtatious language: %s', (body) => {
    expect(fires('overly-familiar', body)).toBe(true);
  });

  it.each([
    'Love this essay - your analysis of the witches in Act 1 is excellent. Keep it up!',
    'Beautiful handwriting in your book today, well done.',
    "I'm really proud of how you handled the presentation. Brilliant work.",
    'Great work, well done!',
    "I'd love you to join the choir this term.",
    'We missed you in class today - are you feeling better?',
    "You're a fantastic athlete and a great team player.",
    'Gorgeous colours in your painting!',
    'You look tired lately - is everything okay? Come and see me or Mrs Shah.',
    'Thinking of you and your family at this sad time.',
    'Please let me know a date that suits for your catch-up.',
    'Solve the equation for x',
    'What a gorgeous piece of writing - the imagery in the second stanza is superb.',
    'Lovely to see you smiling again after a tough week.',
    'You were amazing on stage last night - the whole cast was brilliant.',
    'Please send me a photo of your finished model for the display.',
    'Have a lovely Christmas and see you in January!',
  ])('does not flag ordinary praise and care: %s', (body) => {
    expect(fires('overly-familiar', body)).toBe(false);
  });

  it('flags kisses in the sign-off', () => {
    const msg = mail({ text: 'Hi Tom,\n\nWell done on the test.\n\nSee you tomorrow,\nKaren x' });
    expect(rulesOf(msg)).toContain('overly-familiar');
    const xx = mail({ text: 'Hi Tom,\n\nThanks for your help today xx' });
    expect(rulesOf(xx)).toContain('overly-familiar');
  });

  it('does not take a teacher\'s initial "Mr X" for a kiss', () => {
    const msg = mail({ from: STAFF, text: 'Hi Tom,\n\nWell done.\n\nRegards,\nMr X' });
    expect(rulesOf(msg)).not.toContain('overly-familiar');
  });

  it('raises sexualised language and image requests to critical', () => {
    const flag = flagOf(staffSays('Send me a selfie of you tonight, just for me.'));
    expect(flag?.rules).toContain('overly-familiar');
    expect(flag?.severity).toBe('critical');
    const plain = flagOf(staffSays('Hey gorgeous, well done today.'));
    expect(plain?.severity).toBe('medium');
  });

  it('is about staff writing to pupils: a pupil thanking a teacher is not flagged', () => {
    expect(rulesOf(mail({ from: PUPIL, to: [STAFF], text: 'Thank you miss, love you xx' }))).toEqual([]);
  });
});
