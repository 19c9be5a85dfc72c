import { fires } from '../fixture';

// GSWP (social contact, one-to-one, transport): staff do not arrange to meet a pupil alone or away from
// school activities; CEOP lists being asked to meet offline among grooming signs.
describe('meeting-offsite: staff do not arrange to meet a pupil alone or outside school activities (GSWP)', () => {
  it.each([
    'Meet me at the park on Saturday and we can go through it.',
    "I'll pick you up from the bus stop at 7.",
    'I can give you a lift home after rehearsal.',
    'Come round to mine on Sunday for some extra revision.',
    'We could catch a film at the weekend.',
    'Fancy grabbing a coffee in town after school?',
    "I'll drive you home, just the two of us.",
    'We should hang out sometime outside school.',
    'Pop over to my house when your parents are at work.',
    "Let's meet up at Costa on Saturday morning.",
    "I'd love to take you out for dinner to celebrate.",
    'I could meet you after school by the shops.',
    'Come and visit me at home on Sunday.',
    'I could give you a ride home after practice.',
    'We could go bowling on Saturday.',
    'Do you need a lift home tonight?',
  ])('flags an arrangement to meet away from school: %s', (body) => {
    expect(fires('meeting-offsite', body)).toBe(true);
  });

  it.each([
    'Meet me in room 12 at lunchtime to go through your essay.',
    'The minibus will pick you up from school at 8am for the fixture.',
    'We will meet at the station at 7.30 for the museum trip - the whole group travels together.',
    'Come and see me in the library after school if you need help.',
    'Netball club meets in the sports hall on Tuesdays.',
    'I was pleased to meet your parents at parents evening.',
    'The film we watched in class is on Netflix if you want to see it again.',
    'Can you take this note to the office for me?',
    'The bus will pick you up from school at 8am.',
    'We will go swimming on Thursday in PE, bring your kit.',
    'I can meet you and your parents at 4pm on Thursday to talk about your options.',
    'The coach leaves at 7am from the school car park. Please be there by 6.45.',
  ])('does not flag school meetings, clubs or supervised trips: %s', (body) => {
    expect(fires('meeting-offsite', body)).toBe(false);
  });
});
