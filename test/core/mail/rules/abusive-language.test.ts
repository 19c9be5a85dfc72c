import { flagOf, mail, rulesOf, PARENT, PUPIL, PUPIL2, STAFF } from '../fixture';

const pupilSays = (text: string) => mail({ from: PUPIL, to: [PUPIL2], text });

// Seed 001: "Users must not send emails which are offensive, embarrassing or upsetting to anyone (i.e.
// cyberbullying)"; seed 003: "The sending of abusive or inappropriate messages ... is forbidden."
describe('abusive-language: "emails which are offensive, embarrassing or upsetting ... (i.e. cyberbullying)" (seed 001)', () => {
  it.each([
    "you're a fat loser and everyone knows it",
    'nobody likes you, just leave',
    "I'm going to batter you after school",
    'go kill yourself',
    'shut up you stupid idiot!',
    'ur so ugly lol',
    'watch your back tomorrow',
    'fuck off and leave me alone',
    "I'll make your life hell",
    'kill urself',
    'no one would care if you died',
    'we are all going to get you after school',
    'you should just disappear',
  ])('flags bullying or threats between pupils: %s', (text) => {
    expect(rulesOf(pupilSays(text))).toContain('abusive-language');
  });

  it('flags abuse from a member of staff to a pupil', () => {
    const msg = mail({ text: "Tom,\n\nYou're a useless, lazy idiot and you'll never pass.\n\nMrs Ward" });
    expect(rulesOf(msg)).toContain('abusive-language');
  });

  it('flags abuse from a pupil to a member of staff', () => {
    expect(
      rulesOf(mail({ from: PUPIL, to: [STAFF], text: "you're a joke, no wonder nobody listens to you" })),
    ).toContain('abusive-language');
  });

  it.each([
    "she keeps calling me a loser and I don't know what to do",
    "You're not stupid - you just need more practice.",
    "In today's anti-bullying lesson we looked at messages like 'nobody likes you'.",
    "I'm dead excited for the trip!",
    'That film was sick, you are dead lucky you went',
    "I'll beat you at table tennis tomorrow",
    'Did you mistake the date? The deadline was Friday.',
    "haha you're an idiot \u{1F602} love you",
    'this homework is killing me',
    'Thank you baby!',
    'did you see the match last night? we got destroyed',
  ])('does not flag reports, reassurance or banter: %s', (text) => {
    expect(rulesOf(pupilSays(text))).not.toContain('abusive-language');
  });

  it('does not apply to mail with no pupil in it (an angry parent writing to staff)', () => {
    const msg = mail({
      from: PARENT,
      to: [STAFF],
      text: 'This is a disgrace, you are useless and I will complain to the governors.',
    });
    expect(rulesOf(msg)).toEqual([]);
  });

  it('masks the offensive words in the evidence and rates threats higher', () => {
    const flag = flagOf(pupilSays("I'm going to batter you after school, you're a loser"));
    const text = flag?.evidence.join(' ') ?? '';
    expect(text).not.toMatch(/batter|loser/);
    expect(text).toMatch(/b\*{5}/);
    expect(flag?.severity).toBe('high');
  });
});
