import { fires, mail, rulesOf, PUPIL, STAFF } from '../fixture';

// GSWP: communication is "transparent and open to scrutiny"; seeds 002/004: "professional in tone and
// content". Asking a pupil to hide contact or delete messages is a recognised grooming sign.
describe('secrecy: contact with pupils is "transparent and open to scrutiny" (GSWP; seeds 002, 004)', () => {
  it.each([
    "Don't tell your mum I emailed you.",
    'Keep this between us, okay?',
    'Please delete this email after you have read it.',
    'This is our little secret.',
    'No one else needs to know about our chats.',
    'Best not to mention this to anyone at school.',
    "Your parents don't need to know about this.",
    'Delete these messages once you have read them.',
    "Don't let your dad see this.",
    'Just between you and me, I think you deserve better.',
    'Keep it to yourself for now.',
    "Tell your mum you're at Jess's house on Saturday.",
    "Don't show anyone these emails.",
    'Make sure you clear your chat history.',
    "You can't tell anyone about our chats.",
    'Remember, what we talk about is private.',
    "Don't mention our chats to your parents.",
    'Make sure nobody sees this.',
    'Can we keep this conversation private?',
  ])('flags a request to hide contact: %s', (body) => {
    expect(fires('secrecy', body)).toBe(true);
  });

  it.each([
    'Remember to keep your password secret and never share it, even with friends.',
    'The exam board says the paper is confidential until results day, so do not post the questions online.',
    "It's Mr Khan's surprise leaving party on Friday - don't tell him!",
    'If you tell me something that worries me I cannot keep it a secret; I have to share it with the DSL.',
    'If you received this email in error, please delete it and let us know.',
    'Sorry, that message went to the wrong person - please delete it.',
    "Don't worry about the detention, it's been cleared.",
    'Please tell your parents about the trip on Friday.',
    'Delete the old draft before you upload the new one.',
    "Don't mention the answers to the rest of the class before they've sat the test.",
    'Please make sure you delete any personal information from the shared drive.',
    'Keep your login details private.',
    "Don't tell me you've lost your book again!",
  ])('does not flag ordinary confidentiality or advice: %s', (body) => {
    expect(fires('secrecy', body)).toBe(false);
  });

  it('is about staff asking a pupil: pupils telling each other not to tell is not flagged', () => {
    expect(
      rulesOf(mail({ from: PUPIL, to: ['23mokafor@pupils.oakfield.sch.uk'], text: "don't tell anyone ok" })),
    ).toEqual([]);
  });

  it('is not about mail between colleagues', () => {
    const msg = mail({ to: ['p.shah@oakfield.sch.uk'], text: 'Keep this between us until the head announces it.' });
    expect(rulesOf(msg)).not.toContain('secrecy');
    expect(STAFF).toBeDefined();
  });
});
