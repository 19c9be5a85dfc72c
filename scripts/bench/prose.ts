/**
 * Sentence banks for the prose that makes up most of a shared drive. None of these sentences carries a
 * planted value; generic mentions ("pupils with medical conditions") are here on purpose, because that is
 * how policies talk and a scanner has to read past them.
 */
import type { World } from './world';

type Sentence = (w: World) => string;

export const POLICY: readonly Sentence[] = [
  (w) => `This policy applies to all staff, governors, volunteers and visitors at ${w.school.name}.`,
  () => 'The governing body will review this policy annually and whenever legislation or statutory guidance changes.',
  () =>
    'Pupils with medical conditions will be properly supported so that they have full access to education, including school trips and physical education.',
  () =>
    'All staff receive safeguarding and child protection training at induction, which is updated at least annually.',
  () =>
    'The designated safeguarding lead (DSL) takes lead responsibility for safeguarding and child protection, including online safety.',
  () => 'Staff must not use personal mobile phones to photograph pupils; school devices are provided for this purpose.',
  () =>
    'Where a child is at risk of significant harm, a referral will be made to children’s social care without delay.',
  () => 'Individual healthcare plans are drawn up with parents and, where appropriate, healthcare professionals.',
  () => 'Medicines will only be administered in school when it would be detrimental to a child’s health not to do so.',
  () =>
    'The school follows the statutory guidance Keeping Children Safe in Education and Working Together to Safeguard Children.',
  () =>
    'Any concern about a member of staff should be reported to the headteacher, or to the chair of governors if the concern is about the headteacher.',
  () => 'Personal data is processed in line with the UK GDPR and the Data Protection Act 2018.',
  () => 'Records are kept securely and retained in line with the school’s records management policy.',
  () => 'Staff should use school email accounts for all communication with parents and pupils.',
  () => 'The school’s filtering and monitoring systems are reviewed at least once a year by the DSL and the IT lead.',
  () => 'Pupils are taught how to stay safe online through the computing and PSHE curriculum.',
  () =>
    'Children with special educational needs and disabilities may be more vulnerable to abuse and may face additional barriers to disclosure.',
  () => 'All visitors must sign in at reception and wear a visitor badge at all times while on site.',
  () => 'Attendance is monitored daily, and patterns of absence are followed up by the attendance officer.',
  () => 'Parents are asked to inform the school office by 9:00am on each day of absence.',
  () => 'Holidays in term time will not be authorised except in exceptional circumstances.',
  () => 'The SENCo coordinates provision for pupils on the SEN register and liaises with external agencies.',
  () => 'Reasonable adjustments will be made for disabled pupils in line with the Equality Act 2010.',
  () => 'The school does not tolerate bullying in any form, including cyberbullying and prejudice-based bullying.',
  () => 'Incidents are recorded on the school’s management information system and reviewed each half term.',
  () => 'Staff must report any safeguarding concern to the DSL on the same day, using the school’s recording system.',
  () => 'Information is shared on a need-to-know basis, and only with those who need it to keep a child safe.',
  () => 'First aiders are listed on the notice board in the staff room and in each classroom.',
  () => 'Emergency procedures, including fire evacuation and lockdown, are practised termly.',
  () =>
    'This policy should be read alongside the behaviour policy, the staff code of conduct and the whistleblowing policy.',
  (w) => `The policy was approved by the governing body on ${w.date()} and will next be reviewed in ${w.month()}.`,
  () =>
    'Where a pupil is absent for more than fifteen days because of illness, the school will work with the local authority to arrange education.',
  () => 'Mobile phones brought to school by pupils must be switched off and handed in at the start of the day.',
  () => 'Staff are expected to model good digital behaviour and to report any breach of the acceptable use policy.',
  () => 'The headteacher ensures that enough staff are trained to implement individual healthcare plans.',
];

export const NEWSLETTER: readonly Sentence[] = [
  (w) => `What a busy half term it has been at ${w.school.name}!`,
  (w) =>
    `Well done to our Year ${w.year()} footballers, who won their league match on ${w.day()} by three goals to one.`,
  (w) => `Our ${w.club()} starts again on ${w.day()} after school and runs until 4:30pm.`,
  (w) => `Year ${w.year()} had a fantastic trip to ${w.place()} and were a credit to the school.`,
  (w) => `The PTA raised ${w.bigMoney()} at the winter fair; thank you to everyone who baked, donated and volunteered.`,
  (w) => `Please remember that ${w.day()} is a non-uniform day, with donations going to the school’s chosen charity.`,
  (w) => `Parents’ evening will take place on ${w.date()}; appointments can be booked through the parent app.`,
  () => 'Attendance this half term was 95.8%, and the class with the best attendance will receive extra playtime.',
  (w) => `Congratulations to the pupils who took part in the ${w.subject()} challenge at the local secondary school.`,
  () => 'Please label all items of uniform clearly: the lost property box is overflowing again.',
  () => 'Flu vaccinations for Reception to Year 6 will be given in school; consent forms must be returned online.',
  (w) => `The school photographer will be in on ${w.date()} for individual and sibling photos.`,
  () => 'Our library has over two hundred new books this term thanks to the generous donation from the PTA.',
  (w) => `Dates for your diary: INSET day on ${w.date()}, and the summer concert on ${w.date()} at 6pm.`,
  () => 'Children should bring a named water bottle to school every day.',
  () => 'Please drive carefully and park considerately around the school gates at drop-off and pick-up.',
  (w) => `The ${w.club()} team would love more volunteers; please speak to the school office if you can help.`,
  () => 'Our Eco-Council have been busy planting bulbs in the front garden and have started a litter-picking rota.',
  (w) => `Reading records should be signed at least three times a week and brought to school each ${w.day()}.`,
  () => 'Thank you for your continued support, and have a restful half-term break.',
  (w) => `Breakfast club opens at 7:45am and costs ${w.money()} per session, payable in advance.`,
  () => 'Remember that the school gates close at 8:50am; children arriving after this must come through the office.',
  (w) => `A reminder that school closes at 1:30pm on ${w.date()} for the end of term.`,
];

export const LETTER: readonly Sentence[] = [
  (w) => `I am delighted to tell you that Year ${w.year()} will be visiting ${w.place()} on ${w.date()}.`,
  (w) =>
    `The coach will leave school at ${w.rng.pick(['8:15am', '8:30am', '8:45am', '9:00am'])} and we expect to return by ${w.rng.pick(['3:15pm', '3:30pm', '4:00pm', '4:30pm'])}.`,
  (w) =>
    `The cost of the trip is ${w.money()}, which covers transport and entry; voluntary contributions can be paid through ParentPay.`,
  () => 'Children will need a packed lunch, a waterproof coat and comfortable shoes.',
  () =>
    'No child will be excluded from the trip because of inability to pay; please speak to the school office in confidence.',
  (w) => `Please complete the online consent form by ${w.date()}.`,
  () => 'As you will be aware, regular attendance is essential if children are to make good progress.',
  () => 'We have noticed that your child’s attendance this term has fallen below 90%.',
  () => 'We would like to invite you to a meeting to discuss how we can work together to improve this.',
  () => 'From September, all pupils will be expected to wear the school jumper with the school logo.',
  () => 'If you have any questions, please do not hesitate to contact your child’s class teacher.',
  (w) =>
    `Our ${w.subject()} week begins on ${w.date()}, and children are invited to come dressed as a favourite character.`,
  () => 'Pocket money should not exceed £10, and all valuables are brought at the owner’s risk.',
  () => 'Mobile phones may be brought on the residential but will be kept by staff except at agreed times.',
  (w) => `A meeting for parents will be held in the school hall on ${w.date()} at 6pm to explain the arrangements.`,
  () => 'The school’s insurance covers all pupils on the visit; a copy of the risk assessment is available on request.',
  () => 'Thank you for your support in helping us keep all of our children safe.',
  () => 'Pupils will be supervised at all times and will be in small groups with a named adult.',
  (w) => `Instalments of ${w.money()} are due at the end of each month until the balance is paid.`,
];

export const EMAIL: readonly Sentence[] = [
  () => 'Thanks for this, I will pick it up after period 3.',
  () => 'Could you let me know if the room is free on Thursday afternoon?',
  (w) => `Just a reminder that the ${w.subject()} department meeting has moved to ${w.day()}.`,
  () => 'Please find attached the updated seating plan and the data drop from last week.',
  () => 'I have added the cover work to the shared drive under this week’s folder.',
  (w) => `Are you still OK to run ${w.club()} this week? Numbers are up to twenty-four.`,
  () => 'The reports are due by Friday, so please make sure your comments are in by Wednesday evening.',
  () => 'Can we catch up about this at break tomorrow?',
  (w) => `The moderation meeting for Year ${w.year()} writing will be in the library at ${w.time()}.`,
  () => 'I spoke to mum at the gate this morning and she is happy with the plan.',
  () => 'Let me know if you need anything else from me before the review.',
  () => 'I have logged this on the system and copied in the head of year.',
  () => 'Apologies for the late reply, it has been a hectic week with mocks.',
  (w) => `The ${w.subject()} homework has been set on the online platform, due next ${w.day()}.`,
  () => 'Many thanks for covering my duty yesterday.',
  () => 'Could everyone check that their registers are complete by 9:15 please.',
];

export const MINUTES: readonly Sentence[] = [
  () => 'The minutes of the previous meeting were agreed as an accurate record.',
  () => 'There were no matters arising that were not covered elsewhere on the agenda.',
  (w) => `The chair welcomed everyone and thanked ${w.staff().title} ${w.staff().last} for preparing the papers.`,
  () => 'Governors asked how the school knows that the new reading scheme is having an impact.',
  () => 'The headteacher reported that the school development plan is on track in all areas except attendance.',
  () => 'It was agreed that the behaviour policy would be brought back to the next meeting for approval.',
  (w) =>
    `The budget monitoring report for ${w.month()} was noted; the forecast carry-forward is within the recommended limit.`,
  () => 'The committee reviewed the single central record and confirmed that all checks were in place.',
  () => 'Action: the clerk to circulate the updated terms of reference before the next meeting.',
  () => 'Staff wellbeing survey results were discussed, and workload remains the main concern.',
  () => 'The SEN governor reported on her visit and the progress of pupils receiving interventions.',
  (w) => `The next meeting will be held on ${w.date()} at ${w.time()} in the staff room.`,
  () => 'The number of pupils on the SEN register has risen slightly since last year.',
  () => 'Safeguarding training for governors is due for renewal; the clerk will circulate dates.',
  () => 'The committee noted the curriculum review and thanked subject leaders for their work.',
  () => 'Any other business: none.',
];

export const CURRICULUM: readonly Sentence[] = [
  (w) =>
    `In this unit pupils in Year ${w.year()} will build on their understanding of fractions, decimals and percentages.`,
  () => 'Learning objective: to explain how the water cycle works, using key vocabulary accurately.',
  () => 'Starter (10 minutes): pupils discuss the image on the board in pairs and record three questions.',
  () => 'Main activity: pupils work in mixed-ability groups to sort the statements into causes and consequences.',
  () => 'Plenary: exit ticket on mini-whiteboards; misconceptions to be addressed at the start of the next lesson.',
  () =>
    'Differentiation: scaffolded sentence starters and a word bank are available; challenge questions extend the most able.',
  () => 'Assessment for learning will take place through questioning, peer assessment and the end-of-unit quiz.',
  () => 'Key vocabulary: evaporation, condensation, precipitation, collection, transpiration.',
  () => 'Resources: textbooks pages 42 to 47, glue sticks, scissors, printed card sorts and the knowledge organiser.',
  () => 'Pupils will compare two poems from the anthology, focusing on the poets’ use of imagery and structure.',
  () => 'Homework: complete the retrieval practice sheet and learn the ten spellings for Friday’s test.',
  () => 'Practical work must follow the risk assessment; goggles are to be worn at all times when heating liquids.',
  (w) =>
    `This scheme of work covers six weeks of ${w.subject()} and links to the National Curriculum programme of study.`,
  () => 'Prior learning: pupils should already be able to plot coordinates in all four quadrants.',
  () => 'Teachers should model the method using the visualiser before pupils attempt the independent task.',
  () => 'Pupils will research the causes of the First World War and present their findings as a short podcast.',
  () => 'Extended writing: pupils write a persuasive letter to the local council about improving the park.',
  () => 'Cross-curricular links: geography (map skills), science (habitats) and English (report writing).',
  () => 'The end-of-unit assessment is out of forty marks; grade boundaries are in the department shared folder.',
  () => 'Reading for pleasure: each class has a weekly library slot and a class novel read aloud daily.',
  () => 'Pupils should be able to explain the difference between weather and climate using examples.',
  () => 'Retrieval quiz: five questions from last lesson, five from last week and five from last term.',
  () => 'Support staff will work with the focus group on the carpet before they move to the tables.',
  () =>
    'Success criteria: I can use a range of conjunctions; I can punctuate speech correctly; I can vary sentence openers.',
  () => 'In PE, pupils will develop passing and moving skills before applying them in small-sided games.',
  () => 'Music: pupils compose a four-bar melody using the pentatonic scale and perform it to the class.',
  () => 'Computing: pupils debug a simple program and explain what each line of code does.',
  () => 'Pupils will measure the temperature every two minutes and record their results in a table.',
  () => 'Model answers are provided for each question, with common errors annotated in red.',
  () => 'Key question: why did the Romans invade Britain, and how do we know?',
];

/** Sentences of a bank, `n` of them, joined as one paragraph; a bank is dealt like a deck, so repeats are rare. */
export function paragraph(w: World, bank: readonly Sentence[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(w.deal(bank)(w));
  return out.join(' ');
}
