import { query, type Answer } from './graphql';

/** The reads a shop front makes: the README's home page and a product page. */
export const HOME = `query HomePage { products(first: 20, filter: { onSaleOnly: true }) { totalCount edges { node {
  id name(lang: "en") state priceRange { min { amount currencyCode } } nextPerformance { start } availability { level code asOf } bookingUrl(lang: "en") } } } }`;

export const PRODUCT = `query ProductPage($id: ID!) { product(id: $id) {
  id name(lang: "en") state priceRange { min { amount currencyCode } max { amount currencyCode } }
  performances { id start state prices { amount { amount currencyCode } } availability { level asOf } bookingUrl(lang: "en") }
  availability { level code asOf } bookingUrl(lang: "en") } }`;

export const PERFORMANCE = `query($id: ID!) { performance(id: $id) { id availability { level asOf } bookingUrl(lang: "en") } }`;

export const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token userErrors { code } } }`;

export const CREATE_ORDER = `mutation($input: OrderInput!, $key: String!) { createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }`;

/** the simulator's fixed on-sale single-entry products (simulator/README.md, "Simulator specifics") */
export const ON_SALE_PRODUCTS = ['10001', '10002', '10006', '10010', '10012'];

/** one read of the mix the readers send: the home page, or one of the on-sale products' pages */
export function readPage(gatewayUrl: string, i: number): Promise<Answer> {
  if (i % 3 === 0) return query(gatewayUrl, HOME);
  return query(gatewayUrl, PRODUCT, { id: ON_SALE_PRODUCTS[i % ON_SALE_PRODUCTS.length] });
}

/** every `availability` in the answer, wherever it sits */
export function availabilities(data: unknown): ({ asOf?: string | null } | null)[] {
  const found: ({ asOf?: string | null } | null)[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'availability') found.push(v as { asOf?: string | null } | null);
        else walk(v);
      }
    }
  };
  walk(data);
  return found;
}

/** a whole answer: 200, no error, and every availability known with the time SecuTix said it */
export function answeredWithAsOf(answer: Answer): boolean {
  if (answer.status !== 200 || answer.body?.errors?.length || !answer.body?.data) return false;
  const found = availabilities(answer.body.data);
  return found.length > 0 && found.every((a) => typeof a?.asOf === 'string');
}

export interface Tariff {
  performanceId: string;
  seatCategoryId: string;
  audienceSubCategoryId: string;
}

/** a paying FULL tariff of an on-sale performance of `productId`, read through the gateway */
export async function findTariff(gatewayUrl: string, productId: string): Promise<Tariff> {
  const res = await query(gatewayUrl, `query($id: ID!) { product(id: $id) { performances { id state prices { seatCategory { id } audienceSubCategory { id kind } } } } }`, { id: productId });
  for (const perf of res.body?.data?.product?.performances ?? []) {
    if (perf.state !== 'ON_SALE') continue;
    const price = perf.prices.find((p: any) => p.seatCategory && p.audienceSubCategory.kind === 'FULL');
    if (price) return { performanceId: perf.id, seatCategoryId: price.seatCategory.id, audienceSubCategoryId: price.audienceSubCategory.id };
  }
  throw new Error(`no on-sale FULL tariff for product ${productId}: ${res.text.slice(0, 300)}`);
}

/** an access token for a demo contact, or an error naming what the login answered */
export async function loginToken(gatewayUrl: string, email: string, password: string, clientAddress: string): Promise<string> {
  const res = await query(gatewayUrl, LOGIN, { e: email, p: password }, { 'x-forwarded-for': clientAddress });
  const token = res.body?.data?.login?.token;
  if (!token) throw new Error(`login of ${email} failed: ${res.text.slice(0, 300)}`);
  return token;
}
