import type { Product, ProductFamilyType } from './catalogTypes';
import type { Random } from './createRandom';
import { DAY_MS, iso } from './dates';
import { topicIds, type SeasonAudience } from './institutionSetup';
import { priceRow, toThousandths } from './prices';
import type { TopicCode } from './productKinds';
import type { ProductPlan } from './productPlan';
import type { SeatStock } from './stockTypes';
import { translated, type Trio } from './translated';
import { salesStart } from './generateSingleEntry';

interface Offer {
  name: Trio;
  description: Trio;
  topic: TopicCode;
  price: readonly [number, number];
}

const offers: Record<Exclude<ProductFamilyType, 'SINGLE_ENTRY'>, Offer[]> = {
  PASS: [
    { name: ['Pass Musées 3 jours', 'Museum pass 3 days', 'Museumspass 3 Tage'], description: ['Entrée libre dans les musées partenaires pendant trois jours.', 'Free entry to partner museums for three days.', 'Drei Tage freier Eintritt in die Partnermuseen.'], topic: 'EXHIBITION', price: [30, 60] },
    { name: ['Pass Saison Concerts', 'Concert season pass', 'Konzert-Saisonpass'], description: ['Tous les concerts symphoniques de la saison.', 'Every symphony concert of the season.', 'Alle Sinfoniekonzerte der Spielzeit.'], topic: 'MUSIC', price: [180, 400] },
  ],
  PACKAGE: [
    { name: ['Forfait Opéra & Dîner', 'Opera & dinner package', 'Paket Oper & Abendessen'], description: ['Une soirée à l’opéra et un dîner au restaurant du théâtre.', 'An evening at the opera with dinner at the theatre restaurant.', 'Ein Opernabend mit Abendessen im Theaterrestaurant.'], topic: 'OPERA', price: [120, 300] },
    { name: ['Forfait Week-end Culture', 'Culture weekend package', 'Kulturwochenende-Paket'], description: ['Trois spectacles au choix sur un week-end.', 'Three shows of your choice over one weekend.', 'Drei Vorstellungen nach Wahl an einem Wochenende.'], topic: 'THEATRE', price: [90, 200] },
  ],
  MEMBERSHIP: [
    { name: ['Carte Amis du Grand Théâtre', 'Friends of the Grand Theatre membership', 'Freundeskreis Grosses Theater'], description: ['Priorité de réservation et tarifs préférentiels.', 'Priority booking and member prices.', 'Vorkaufsrecht und Vorzugspreise.'], topic: 'THEATRE', price: [40, 150] },
    { name: ['Abonnement Supporter FC Demo', 'FC Demo supporter membership', 'FC Demo Mitgliedschaft'], description: ['Tous les matchs à domicile de la saison.', 'Every home match of the season.', 'Alle Heimspiele der Saison.'], topic: 'SPORT', price: [150, 450] },
  ],
};

export interface OtherProductContext {
  random: Random;
  audience: SeasonAudience;
  today: number;
  seasonEnd: number;
  /** recent SINGLE_ENTRY product ids, for package lines */
  recentSingleEntries: number[];
}

/** PASS, PACKAGE or MEMBERSHIP: product-level prices and one product-wide quota. */
export function generateOtherProduct(index: number, plan: ProductPlan, ctx: OtherProductContext): { product: Product; quota: SeatStock } {
  const family = plan.family as keyof typeof offers;
  const { random } = ctx;
  const offer = random.pick(offers[family]);
  const product: Product = {
    id: 10001 + index,
    code: `P${String(index + 1).padStart(6, '0')}`,
    productFamilyType: family,
    state: plan.saleState === 'CANCELLED' ? 'CANCELED' : 'RUNNING',
    externalName: translated(...offer.name),
    externalDescription: translated(...offer.description),
    topicIds: [topicIds[offer.topic]],
    salesStart: salesStart(plan, ctx),
    salesEnd: iso(ctx.seasonEnd - DAY_MS),
    prices: priceRow(toThousandths(random.int(offer.price[0], offer.price[1])), ctx.audience).slice(0, family === 'MEMBERSHIP' ? 2 : 4),
  };
  if (family === 'PACKAGE') {
    const pool = ctx.recentSingleEntries;
    const lines = new Set<number>();
    for (let i = 0; i < Math.min(3, pool.length); i++) lines.add(random.pick(pool));
    product.packageLine = { productIds: [...lines] };
  }
  const capacity = random.int(100, 2000);
  const remaining = plan.saleState === 'SOLD_OUT' ? 0 : plan.saleState === 'FEW_LEFT' ? random.int(1, 20) : capacity - random.int(0, capacity >> 1);
  return { product, quota: { capacity, remaining } };
}
