import { birthDate, monthName, type PostalAddress, postalAddress } from '../../connectors/sample-school/identifiers';
import type { Random } from '../../connectors/sample-school/random';
import {
  CLUBS,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  PERSONAL_DOMAINS,
  PLACES,
  SCHOOL_DOMAINS,
  SCHOOL_NAMES,
  STAFF_ROLES,
  SUBJECTS,
  SURNAMES,
  UK_POSTCODE_DISTRICTS,
  WEEKDAYS,
} from './vocabulary';

/** An address anywhere in England and Wales: the corpus is many schools' drives, not one. */
export const homeAddress = (rng: Random): PostalAddress => postalAddress(rng, UK_POSTCODE_DISTRICTS);

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly full: string;
  readonly female: boolean;
  readonly he: string;
  readonly his: string;
  readonly him: string;
  readonly born: Date;
}

export interface Pupil extends Person {
  readonly year: number;
  readonly form: string;
}

export interface Staff extends Person {
  readonly title: string;
  readonly role: string;
}

export interface School {
  readonly name: string;
  readonly domain: string;
  readonly address: PostalAddress;
}

/** Everything a document needs to sound like one school on one day: people, dates, places. */
export class World {
  readonly school: School;

  constructor(readonly rng: Random) {
    const i = rng.int(0, SCHOOL_DOMAINS.length - 1);
    this.school = { name: SCHOOL_NAMES[i]!, domain: SCHOOL_DOMAINS[i]!, address: homeAddress(rng) };
  }

  private person(who: 'pupil' | 'staff'): Person {
    const female = this.rng.chance(0.5);
    const first = this.rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M);
    const last = this.rng.pick(SURNAMES);
    return {
      first,
      last,
      full: `${first} ${last}`,
      female,
      he: female ? 'she' : 'he',
      his: female ? 'her' : 'his',
      him: female ? 'her' : 'him',
      born: birthDate(this.rng, who),
    };
  }

  pupil(): Pupil {
    const p = this.person('pupil');
    // The 2025/26 year group: born September 2019 to August 2020 is Year 1.
    const year = 2020 - p.born.getUTCFullYear() + (p.born.getUTCMonth() >= 8 ? 0 : 1);
    return { ...p, year, form: `${year}${this.rng.pick(['A', 'B', 'C', 'H', 'K', 'M', 'R', 'W'])}` };
  }

  staff(): Staff {
    const p = this.person('staff');
    const title = p.female ? this.rng.pick(['Mrs', 'Ms', 'Miss', 'Dr']) : this.rng.pick(['Mr', 'Mr', 'Dr']);
    return { ...p, title, role: this.rng.pick(STAFF_ROLES) };
  }

  staffEmail(s: Person): string {
    const local = this.rng.chance(0.6) ? `${s.first[0]}.${s.last}` : `${s.first}.${s.last}`;
    return `${local.toLowerCase()}@${this.school.domain}`;
  }

  pupilEmail(p: Pupil): string {
    return `${String(p.born.getUTCFullYear() % 100).padStart(2, '0')}${p.first[0]}${p.last}@pupils.${this.school.domain}`.toLowerCase();
  }

  personalEmail(p: Person): string {
    const styles = [
      `${p.first}.${p.last}`,
      `${p.first}${p.last}${this.rng.int(1, 99)}`,
      `${p.first[0]}${p.last}${p.born.getUTCFullYear() % 100}`,
    ];
    return `${this.rng.pick(styles)}@${this.rng.pick(PERSONAL_DOMAINS)}`.toLowerCase();
  }

  day = (): string => this.rng.pick(WEEKDAYS);
  month = (): string => monthName(this.rng.int(1, 12));
  /** An event date: the kind of date that is not a date of birth. */
  date = (): string => `${this.day()} ${this.rng.int(1, 28)} ${this.month()}`;
  time = (): string => `${this.rng.int(8, 17)}:${this.rng.pick(['00', '15', '30', '45'])}`;
  subject = (): string => this.rng.pick(SUBJECTS);
  club = (): string => this.rng.pick(CLUBS);
  place = (): string => this.rng.pick(PLACES);
  year = (): number => this.rng.int(1, 11);
  money = (): string => `£${this.rng.int(2, 45)}.${this.rng.pick(['00', '50', '00', '25'])}`;
  bigMoney = (): string => `£${this.rng.int(1, 9)},${this.rng.digits(3)}`;

  private decks = new Map<readonly unknown[], { order: number[]; next: number }>();

  /** The next item of `items` in a shuffled order that is reshuffled when it runs out. */
  deal<T>(items: readonly T[]): T {
    let deck = this.decks.get(items);
    if (!deck || deck.next >= deck.order.length) {
      const order = items.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      this.decks.set(items, (deck = { order, next: 0 }));
    }
    return items[deck.order[deck.next++]!]!;
  }
}
