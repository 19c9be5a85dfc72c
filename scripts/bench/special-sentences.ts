/**
 * Health, SEN and safeguarding notes about one named person, the way staff write them in emails, minutes
 * and logs. Each is planted as a whole sentence: a scanner reports one of its words.
 */
import { type DocBuilder } from './doc-builder';
import type { Pupil, World } from './world';

type Note = (w: World, p: Pupil) => string;

const HEALTH: readonly Note[] = [
  (w, p) => `${p.full} (${p.form}) has type 1 diabetes and checks ${p.his} blood sugar before lunch.`,
  (w, p) => `${p.full} has a severe nut allergy and carries an EpiPen at all times.`,
  (w, p) => `${p.full} was taken to hospital after a seizure at lunchtime on ${w.day()}; mum met the ambulance there.`,
  (w, p) => `${p.full} has asthma and needs ${p.his} inhaler with ${p.him} for PE and swimming.`,
  (w, p) => `${p.full} is off sick with tonsillitis and should be back on ${w.day()}.`,
  (w, p) => `${p.full} has a fractured wrist, so ${p.he} will not be able to write for the next few weeks.`,
  (w, p) => `${p.full} takes medication for epilepsy at lunchtime; the care plan is kept in the medical room.`,
  (w, p) => `${p.full} has been diagnosed with coeliac disease and needs a gluten-free lunch.`,
  (w, p) => `${p.full} is recovering from chemotherapy and will attend mornings only this half term.`,
  (w, p) => `${p.full} had concussion after a fall in PE on ${w.day()}, so please watch for headaches.`,
  (w, p) => `${p.full} was sent home with vomiting at 11:20 and ${p.his} dad collected ${p.him}.`,
];

const SEN: readonly Note[] = [
  (w, p) => `${p.full} has an EHCP for autism, and ${p.his} one-page profile was updated this week.`,
  (w, p) => `${p.full} (Year ${p.year}) is on SEN support for dyslexia and works best with a coloured overlay.`,
  (w, p) => `${p.full} is entitled to 25% extra time and a reader in exams.`,
  (w, p) => `The educational psychologist assessed ${p.full} on ${w.date()} and recommended movement breaks.`,
  (w, p) => `${p.full} receives one-to-one support every afternoon as set out in ${p.his} EHC plan.`,
  (w, p) => `${p.full} has speech and language targets that the TA works on three times a week.`,
  (w, p) => `${p.full} was assessed for dyspraxia last term and now uses a laptop for extended writing.`,
  (w, p) => `${p.full}'s annual review of the education, health and care plan is booked for ${w.date()}.`,
];

const SAFEGUARDING: readonly Note[] = [
  (w, p) => `${p.full} is subject to a child protection plan, and the core group meets again on ${w.date()}.`,
  (w, p) => `Following a disclosure on ${w.day()}, ${p.full} was referred to children's social care by the DSL.`,
  (w, p) => `${p.full} is a looked-after child and ${p.his} PEP review is on ${w.date()} with the virtual school.`,
  (w, p) => `${p.full}'s family are receiving early help, and a strategy meeting was held on ${w.date()}.`,
  (w, p) => `We received an Operation Encompass notification about a domestic incident at ${p.full}'s home overnight.`,
  (w, p) => `${p.full} has lived with foster carers since the summer and the social worker visits fortnightly.`,
  (w, p) => `${p.full} is on a child in need plan and attendance is discussed at each CIN meeting.`,
  (w, p) => `Concerns that ${p.full} may be at risk of county lines involvement have been passed to the MASH.`,
];

export type SpecialType = 'health' | 'sen' | 'safeguarding';

const BANKS: Record<SpecialType, readonly Note[]> = { health: HEALTH, sen: SEN, safeguarding: SAFEGUARDING };

/** One planted note of `type` about `p` (a new pupil if none is given). */
export function specialNote(d: DocBuilder, w: World, type: SpecialType, p: Pupil = w.pupil()): DocBuilder {
  const note = w.rng.pick(BANKS[type])(w, p);
  return d.span(type, (b) => b.put(note));
}

export function anySpecialNote(d: DocBuilder, w: World, p?: Pupil): DocBuilder {
  const type = w.rng.weighted<SpecialType>([
    ['health', 5],
    ['sen', 3],
    ['safeguarding', 2],
  ]);
  return specialNote(d, w, type, p);
}
