import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@stx/secutix-sim';

/**
 * One buyer's createOrder, sent `copies` times at once with the same idempotency key through the
 * load balancer, so the copies land on different gateways and sales replicas: a client retrying
 * over a flaky network. Returns the distinct order ids answered.
 */
export async function concurrentOrder(gatewayUrl: string, copies: number): Promise<{ orderIds: string[]; failed: number }> {
  const gql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };
  const login = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: DEMO_ACCOUNTS.buyers.bob.email, p: DEMO_ACCOUNTS.buyers.bob.password });
  const auth = { authorization: `Bearer ${login.data.login.token}` };
  const tariff = await firstTariff(gql);
  const input = { items: [{ ...tariff, quantity: 1 }] };
  const key = `replicas-${randomUUID()}`;
  const answers = await Promise.all(
    Array.from({ length: copies }, () => gql('mutation($input: OrderInput!, $key: String!) { createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }', { input, key }, auth)),
  );
  const ids = answers.map((a) => a.data?.createOrder?.order?.id).filter((id): id is string => typeof id === 'string');
  return { orderIds: [...new Set(ids)], failed: copies - ids.length };
}

async function firstTariff(gql: (q: string, v: Record<string, unknown>) => Promise<{ data?: any }>) {
  const list = await gql('{ products(first: 50, filter: { familyTypes: [SINGLE_ENTRY], onSaleOnly: true }) { edges { node { id availability { level } } } } }', {});
  for (const { node } of list.data.products.edges) {
    if (node.availability?.level !== 'AVAILABLE') continue;
    const product = await gql('query($id: ID!) { product(id: $id) { performances { id state prices { seatCategory { id } audienceSubCategory { id kind } } } } }', { id: node.id });
    for (const perf of product.data.product.performances) {
      const price = perf.state === 'ON_SALE' && perf.prices.find((p: any) => p.audienceSubCategory.kind === 'FULL' && p.seatCategory);
      if (price) return { performanceId: perf.id, seatCategoryId: price.seatCategory.id, audienceSubCategoryId: price.audienceSubCategory.id };
    }
  }
  throw new Error('no bookable tariff in the demo catalog');
}
