import { randomUUID } from 'node:crypto';
import { ACCOUNT } from './account';

const gql = async (url: string, query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: unknown[] };
};

/**
 * Gives the account scenario something to read: through our gateway, as a buyer would, the demo
 * contact buys `orders` tickets of a cheap on-sale performance with a gift voucher (paid, closed,
 * tickets issued). The orders stay in the simulator, which every system of the run shares.
 */
export async function seedAccount(gatewayUrl: string, orders = 2): Promise<void> {
  const login = await gql(gatewayUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ACCOUNT.email, p: ACCOUNT.password });
  const token = login.data?.login?.token as string | undefined;
  if (!token) throw new Error(`seeding the account: login failed ${JSON.stringify(login).slice(0, 200)}`);
  // ten products keep the page under the gateway's cost limit (products × performances × prices)
  const catalog = await gql(gatewayUrl, '{ products(first: 10, filter: { familyTypes: [SINGLE_ENTRY], onSaleOnly: true }) { edges { node { availability { level } performances { id state prices { seatCategory { id } audienceSubCategory { id kind } amount { amount } } } } } } }', {});
  const tariffs = (catalog.data?.products.edges ?? []).flatMap(({ node }: any) =>
    node.availability?.level !== 'AVAILABLE' ? [] : node.performances.filter((p: any) => p.state === 'ON_SALE').flatMap((p: any) => p.prices.filter((x: any) => x.seatCategory && x.audienceSubCategory.kind === 'FULL' && Number(x.amount.amount) <= 40).map((x: any) => ({ performanceId: p.id, seatCategoryId: x.seatCategory.id, audienceSubCategoryId: x.audienceSubCategory.id }))),
  );
  if (tariffs.length === 0) throw new Error('seeding the account: no cheap on-sale tariff in the demo catalog');
  for (let i = 0; i < orders; i++) {
    const created = await gql(gatewayUrl, 'mutation($input: OrderInput!, $k: String!) { createOrder(input: $input, idempotencyKey: $k) { order { id } userErrors { code } } }', { input: { items: [{ ...tariffs[i % tariffs.length], quantity: 1 }] }, k: randomUUID() }, token);
    const orderId = created.data?.createOrder?.order?.id;
    if (!orderId) throw new Error(`seeding the account: createOrder failed ${JSON.stringify(created).slice(0, 300)}`);
    // print at home (the simulator's mode 501): an order is paid and closed only once its delivery is chosen
    const delivery = await gql(gatewayUrl, 'mutation($o: ID!, $m: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: $m) { userErrors { code } } }', { o: orderId, m: '501' }, token);
    if (delivery.errors || delivery.data?.chooseShipmentMode?.userErrors?.length) throw new Error(`seeding the account: chooseShipmentMode failed ${JSON.stringify(delivery).slice(0, 300)}`);
    const paid = await gql(gatewayUrl, 'mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { order { state } userErrors { code } } }', { id: orderId, k: randomUUID() }, token);
    if (paid.errors || paid.data?.payOrder?.userErrors?.length) throw new Error(`seeding the account: payOrder failed ${JSON.stringify(paid).slice(0, 300)}`);
    // a voucher that pays it all leaves the order to be confirmed: closing issues the tickets
    const closed = await gql(gatewayUrl, 'mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state } userErrors { code } } }', { id: orderId, k: randomUUID() }, token);
    if (closed.data?.closeOrder?.order?.state !== 'CLOSED') throw new Error(`seeding the account: closeOrder failed ${JSON.stringify(closed).slice(0, 300)}`);
  }
}
