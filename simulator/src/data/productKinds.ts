import type { Random } from './createRandom';
import type { Trio } from './translated';

/** Topic codes; ids and names live in institutionSetup.ts. */
export type TopicCode = 'MUSIC' | 'OPERA' | 'THEATRE' | 'DANCE' | 'SPORT' | 'EXHIBITION' | 'FAMILY';

/** What kind of show a SINGLE_ENTRY product is: drives its title, topics, times, prices, capacity. */
export interface ProductKind {
  code: string;
  topics: TopicCode[];
  /** hour (UTC) and minute of performances */
  startAt: readonly [number, number];
  durationS: number;
  /** full price of the best seat category, in currency units */
  price: readonly [number, number];
  capacity: readonly [number, number];
  title(random: Random): Trio;
  venue: Trio;
}

const composers = ['Beethoven', 'Mozart', 'Brahms', 'Mahler', 'Tchaikovsky', 'Ravel', 'Debussy', 'Schubert', 'Dvořák', 'Sibelius'];
const concertForms: ((c: string) => Trio)[] = [
  (c) => [`Concert symphonique : ${c}`, `Symphony concert: ${c}`, `Sinfoniekonzert: ${c}`],
  (c) => [`Récital de piano : ${c}`, `Piano recital: ${c}`, `Klavierabend: ${c}`],
  (c) => [`Concert de musique de chambre : ${c}`, `Chamber music concert: ${c}`, `Kammermusikkonzert: ${c}`],
];
const jazz: Trio[] = [
  ['Concert de jazz : Trio Léman', 'Jazz concert: Léman Trio', 'Jazzkonzert: Léman Trio'],
  ['Concert gospel de Noël', 'Christmas gospel concert', 'Weihnachtliches Gospelkonzert'],
];
const operas: Trio[] = [
  ['La Traviata', 'La Traviata', 'La Traviata'],
  ['Carmen', 'Carmen', 'Carmen'],
  ['La Flûte enchantée', 'The Magic Flute', 'Die Zauberflöte'],
  ['Les Noces de Figaro', 'The Marriage of Figaro', 'Die Hochzeit des Figaro'],
  ['Le Barbier de Séville', 'The Barber of Seville', 'Der Barbier von Sevilla'],
  ['Tosca', 'Tosca', 'Tosca'],
  ['La Bohème', 'La Bohème', 'La Bohème'],
  ['Don Giovanni', 'Don Giovanni', 'Don Giovanni'],
];
const plays: Trio[] = [
  ['Le Misanthrope', 'The Misanthrope', 'Der Menschenfeind'],
  ['Cyrano de Bergerac', 'Cyrano de Bergerac', 'Cyrano de Bergerac'],
  ['Hamlet', 'Hamlet', 'Hamlet'],
  ['Le Malade imaginaire', 'The Imaginary Invalid', 'Der eingebildete Kranke'],
  ["En attendant Godot", 'Waiting for Godot', 'Warten auf Godot'],
  ['La Cerisaie', 'The Cherry Orchard', 'Der Kirschgarten'],
];
const ballets: Trio[] = [
  ['Le Lac des cygnes', 'Swan Lake', 'Schwanensee'],
  ['Casse-Noisette', 'The Nutcracker', 'Der Nussknacker'],
  ['Giselle', 'Giselle', 'Giselle'],
];
const exhibitions: Trio[] = [
  ["Monet et l'impressionnisme", 'Monet and Impressionism', 'Monet und der Impressionismus'],
  ["Trésors de l'Égypte ancienne", 'Treasures of Ancient Egypt', 'Schätze des alten Ägypten'],
  ['Les Alpes en photographies', 'The Alps in Photographs', 'Die Alpen in Fotografien'],
  ['Design suisse 1950-2000', 'Swiss Design 1950-2000', 'Schweizer Design 1950-2000'],
];
const opponents = ['Servette FC', 'FC Lausanne-Sport', 'FC Sion', 'BSC Young Boys', 'FC Basel 1893', 'FC Zürich'];
const familyShows: Trio[] = [
  ['Le Petit Prince', 'The Little Prince', 'Der kleine Prinz'],
  ['Pierre et le loup', 'Peter and the Wolf', 'Peter und der Wolf'],
  ['Le Magicien d’Oz', 'The Wizard of Oz', 'Der Zauberer von Oz'],
];

export const productKinds: Record<string, ProductKind> = {
  CONCERT: {
    code: 'CONCERT', topics: ['MUSIC'], startAt: [18, 30], durationS: 7200, price: [25, 120], capacity: [80, 400],
    title: (r) => (r.chance(0.2) ? r.pick(jazz) : r.pick(concertForms)(r.pick(composers))),
    venue: ['Salle Métropole', 'Metropole Hall', 'Metropole-Saal'],
  },
  OPERA: {
    code: 'OPERA', topics: ['OPERA', 'MUSIC'], startAt: [18, 0], durationS: 10800, price: [40, 220], capacity: [60, 300],
    title: (r) => {
      const [fr, en, de] = r.pick(operas);
      return [`Opéra : ${fr}`, `Opera: ${en}`, `Oper: ${de}`];
    },
    venue: ['Grand Théâtre', 'Grand Theatre', 'Grosses Theater'],
  },
  THEATRE: {
    code: 'THEATRE', topics: ['THEATRE'], startAt: [19, 0], durationS: 6600, price: [20, 90], capacity: [40, 250],
    title: (r) => r.pick(plays),
    venue: ['Théâtre de la Ville', 'City Theatre', 'Stadttheater'],
  },
  DANCE: {
    code: 'DANCE', topics: ['DANCE'], startAt: [19, 0], durationS: 6000, price: [30, 140], capacity: [60, 300],
    title: (r) => {
      const [fr, en, de] = r.pick(ballets);
      return [`Ballet : ${fr}`, `Ballet: ${en}`, `Ballett: ${de}`];
    },
    venue: ['Grand Théâtre', 'Grand Theatre', 'Grosses Theater'],
  },
  EXHIBITION: {
    code: 'EXHIB', topics: ['EXHIBITION'], startAt: [9, 0], durationS: 28800, price: [12, 28], capacity: [150, 400],
    title: (r) => {
      const [fr, en, de] = r.pick(exhibitions);
      return [`Exposition : ${fr}`, `Exhibition: ${en}`, `Ausstellung: ${de}`];
    },
    venue: ['Musée des Beaux-Arts', 'Museum of Fine Arts', 'Kunstmuseum'],
  },
  FOOTBALL: {
    code: 'FOOT', topics: ['SPORT'], startAt: [19, 0], durationS: 6300, price: [18, 75], capacity: [200, 400],
    title: (r) => {
      const other = r.pick(opponents);
      return [`Match de football : FC Demo – ${other}`, `Football match: FC Demo v ${other}`, `Fussballspiel: FC Demo – ${other}`];
    },
    venue: ['Stade de la Ville', 'City Stadium', 'Stadtstadion'],
  },
  FAMILY: {
    code: 'FAMILY', topics: ['FAMILY', 'THEATRE'], startAt: [14, 0], durationS: 3600, price: [10, 30], capacity: [20, 200],
    title: (r) => {
      const [fr, en, de] = r.pick(familyShows);
      return [`Spectacle jeune public : ${fr}`, `Family show: ${en}`, `Familienvorstellung: ${de}`];
    },
    venue: ['Théâtre de la Ville', 'City Theatre', 'Stadttheater'],
  },
};

export const kindCodes = Object.keys(productKinds);
