import { randomUUID } from 'node:crypto';
import { startStack, type Stack, CREATE, loginAs, pickTariff } from '@stx/testing';

const key = () => `key-${randomUUID()}`;
const CREATE_ORDER = 'ExternalOrderFacade.createOrUpdateOrder';
const GUEST = `mutation($in: GuestContactInput!) { createGuestContact(input: $in) { guestToken userErrors { code } } }`;
const CHOOSE = `mutation($o: ID!, $m: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: $m) {
  shipments { shipmentModeId } order { id } retryAfterSeconds userErrors { code field message } } }`;

/**
 * Every order change is SecuTix calls from the institution's shared budget: one buyer (a script, a
 * guest token) may make ORDER_CHANGES_PER_CONTACT of them in the window, not spend the budget for
 * everyone. Beyond, a coded userError says when to try again, and SecuTix is not asked. A delivery
 * choice is an order change too, in the same count.
 */
describe('order changes per contact', () => {
  let stack: Stack;
  let alice: Record<string, string>;
  let bob: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ env: { ORDER_CHANGES_PER_CONTACT: '3', ORDER_CHANGES_WINDOW_SECONDS: '86400' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    bob = await loginAs(stack, 'bob@example.com', 'bob-demo-password');
  }, 60_000);
  afterAll(() => stack?.close());

  it('refuses a contact’s changes over the limit before SecuTix is asked, and no one else’s', async () => {
    const t = await pickTariff(stack);
    const input = { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] };
    const create = (headers: Record<string, string>, k = key()) => stack.query(CREATE, { input, key: k }, { headers }).then((r) => r.data.createOrder);
    const first = key();
    expect((await create(alice, first)).userErrors).toEqual([]);
    // a replay of a key is the same change, not another one
    expect((await create(alice, first)).userErrors).toEqual([]);
    for (let i = 0; i < 2; i++) expect((await create(alice)).userErrors).toEqual([]);
    await stack.sim.reset();
    const refused = await create(alice);
    expect(refused).toMatchObject({ order: null, userErrors: [{ code: 'TOO_MANY_ATTEMPTS', field: null }] });
    expect(refused.userErrors[0].message).toMatch(/try again in \d+ seconds/);
    expect(await stack.sim.count(CREATE_ORDER)).toBe(0);
    expect((await create(bob)).userErrors).toEqual([]);
  });

  it('counts delivery choices (the shipment subgraph) with the sales subgraph’s changes, in one count per contact', async () => {
    const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
    const created = await stack.query(GUEST, { in: { email, firstName: 'Gina', lastName: 'Guest', language: 'en' } });
    const guest = { authorization: `Bearer ${created.data.createGuestContact.guestToken}` };
    const t = await pickTariff(stack);
    const input = { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] };
    const order = await stack.query(CREATE, { input, key: key() }, { headers: guest });
    const orderId = order.data.createOrder.order.id;
    const choose = () => stack.query(CHOOSE, { o: orderId, m: '501' }, { headers: guest }).then((r) => r.data.chooseShipmentMode);
    // the order (1) and two delivery choices (2, 3) are the limit
    expect((await choose()).userErrors).toEqual([]);
    expect((await choose()).userErrors).toEqual([]);
    await stack.sim.reset();
    const refused = await choose();
    expect(refused).toMatchObject({ shipments: [], order: null, userErrors: [{ code: 'TOO_MANY_ATTEMPTS', field: null }] });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.userErrors[0].message).toMatch(/try again in \d+ seconds/);
    // and the count is one: the sales subgraph refuses this contact's next change too
    expect((await stack.query(CREATE, { input, key: key() }, { headers: guest })).data.createOrder.userErrors).toMatchObject([{ code: 'TOO_MANY_ATTEMPTS' }]);
    expect(Object.keys(await stack.sim.calls()).filter((op) => /Shipment|Order/.test(op))).toEqual([]);
  });
});
