import { fires } from '../fixture';

// GSWP (gifts, rewards and favouritism); LADO examples include gifts to a pupil.
describe('gift-offer: staff do not give pupils personal gifts, money or favours (GSWP)', () => {
  it.each([
    "I'll send you £20 for your phone credit.",
    "I've got you a little present - I'll give it to you tomorrow.",
    "I'll buy you a new phone if you keep this up.",
    'I bought you some trainers, they are in my car.',
    "Here's a £25 Amazon voucher, just for you.",
    "I'll bump up your coursework grade if you help me out.",
    'Lunch is on me on Saturday.',
    'I can get you tickets for the gig if you want.',
    "I'll let you off your detention if you stay behind to chat.",
    "Here's £50, buy yourself something nice.",
    'I topped up your phone for you.',
    "I've put some money in your account.",
    "I'll pay for your prom dress.",
    'If you want I can buy you the new FIFA.',
    'Do you want some money for the weekend?',
  ])('flags a gift, money or a favour: %s', (body) => {
    expect(fires('gift-offer', body)).toBe(true);
  });

  it.each([
    'Well done - you have won a £10 book token in the school reading challenge. Collect it from the library.',
    'You have earned 20 house points and a merit certificate for your project.',
    "I'll send you the revision guide as a PDF tonight.",
    "I'll give you a copy of the worksheet tomorrow.",
    'The prize for the poetry competition is a £15 voucher, presented in assembly.',
    "I'll get you a ring on Monday to talk about options.",
    'Remember the trip payment is due on ParentPay by Friday.',
    "I'll give you extra time on the test because of your access arrangements.",
    'The PE department will pay for your entry to the competition.',
    'Remember to bring £2 for the non-uniform day.',
    "I'll give you your book back tomorrow.",
    'The Year 11 prom tickets are £30 and on sale now.',
  ])('does not flag school rewards or ordinary help: %s', (body) => {
    expect(fires('gift-offer', body)).toBe(false);
  });
});
