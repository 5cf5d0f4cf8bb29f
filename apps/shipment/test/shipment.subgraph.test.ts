import { errorMessages, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const MODES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id shipmentModes(lang: "en") { id code name addressRequired price { amount currencyCode } } shipments { state shipmentModeId } } } }`;
const CHOOSE = `mutation($o: ID!, $m: ID!, $a: ID) { chooseShipmentMode(orderId: $o, shipmentModeId: $m, addressId: $a) { shipments { state shipmentModeId address { addressId city } } userErrors { code field } } }`;
const ALICE = '1000001';
const order = (id: number | string) => ({ __typename: 'Order', id: String(id) });

/**
 * The shipment subgraph alone with the simulator. Its orders are SecuTix's: one is made in SecuTix
 * through the simulator's control API (as the sales subgraph or the ticket shop would have), for
 * Alice, one seat of the seeded performance 900001, held.
 */
describe('the shipment subgraph alone', () => {
  let shipment: SubgraphUnderTest;
  let orderId: number;
  beforeAll(async () => {
    shipment = await startSubgraph('shipment');
    orderId = (await shipment.sim.placeOrder(ALICE, [{ performanceId: 900001, seatCategoryId: 700001, audienceSubCategoryId: 401, quantity: 1 }])).orderId;
  });
  afterAll(() => shipment?.close());

  it("offers the seeded delivery modes for the caller's own order, with their prices in the institution's currency", async () => {
    const res = await shipment.query(MODES, { r: [order(orderId)] }, { headers: shipment.asCaller(ALICE) });
    expect(res.errors).toBeUndefined();
    const [answer] = res.data._entities;
    expect(answer.shipments).toEqual([expect.objectContaining({ state: 'UNSENT' })]);
    expect(answer.shipmentModes.length).toBeGreaterThan(0);
    for (const mode of answer.shipmentModes) expect(mode.price).toEqual({ amount: expect.stringMatching(/^\d+\.\d{2}$/), currencyCode: 'EUR' });
    expect(answer.shipmentModes.map((m: { code: string }) => m.code)).toEqual(['PRINT', 'MOBILE', 'MAIL', 'PICKUP']);
  });

  it('costs SecuTix the same for three references to an order as for one (loaders batch them)', async () => {
    const SHIPMENTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { shipments { state } } } }`;
    await shipment.sim.reset();
    await shipment.query(SHIPMENTS, { r: [order(orderId)] }, { headers: shipment.asCaller(ALICE) });
    const one = await shipment.sim.total();
    await shipment.sim.reset();
    const three = await shipment.query(SHIPMENTS, { r: [order(orderId), order(orderId), order(orderId)] }, { headers: shipment.asCaller(ALICE) });
    expect(three.data._entities).toHaveLength(3);
    expect(one).toBeGreaterThan(0);
    expect(await shipment.sim.total()).toBe(one);
  });

  it('chooses a mode that mails to the main address, then refuses a change once the tickets are sent', async () => {
    const modes = (await shipment.query(MODES, { r: [order(orderId)] }, { headers: shipment.asCaller(ALICE) })).data._entities[0].shipmentModes;
    const mailed = modes.find((m: { addressRequired: boolean }) => m.addressRequired);
    const chosen = await shipment.query(CHOOSE, { o: String(orderId), m: mailed.id, a: '80001' }, { headers: shipment.asCaller(ALICE) });
    expect(chosen.data.chooseShipmentMode).toEqual({ shipments: [{ state: 'UNSENT', shipmentModeId: mailed.id, address: { addressId: '80001', city: 'Lausanne' } }], userErrors: [] });
    await shipment.sim.sendShipment(orderId);
    const locked = await shipment.query(CHOOSE, { o: String(orderId), m: mailed.id }, { headers: shipment.asCaller(ALICE) });
    expect(locked.data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_SENT', field: null }]);
  });

  it('answers another contact and an unknown order alike (NOT_FOUND), and an anonymous caller with UNAUTHENTICATED', async () => {
    const bob = await shipment.query(CHOOSE, { o: String(orderId), m: '1' }, { headers: shipment.asCaller('1000002') });
    const unknown = await shipment.query(CHOOSE, { o: '999999', m: '1' }, { headers: shipment.asCaller(ALICE) });
    expect(bob.data.chooseShipmentMode.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'orderId' }]);
    expect(unknown.data.chooseShipmentMode.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'orderId' }]);
    const anonymous = await shipment.query(CHOOSE, { o: String(orderId), m: '1' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await shipment.query(CHOOSE, { o: String(orderId), m: '1' }, { headers: { 'x-stx-identity': 'stxid1.e30.forged' } });
    expect(forged.status).toBe(401);
  });

  it('refuses bad input: a mode id that is none (INVALID_INPUT naming it), an address id that is none (BAD_USER_INPUT), a reference that is no SecuTix id (null, no SecuTix call)', async () => {
    const badMode = await shipment.query(CHOOSE, { o: String(orderId), m: 'post' }, { headers: shipment.asCaller(ALICE) });
    expect(badMode.data.chooseShipmentMode.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'shipmentModeId' }]);
    const badAddress = await shipment.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { shipmentModes(addressId: "main") { id } } } }`, { r: [order(orderId)] }, { headers: shipment.asCaller(ALICE) });
    expect(badAddress.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'addressId' });
    await shipment.sim.reset();
    const notAnOrder = await shipment.query(MODES, { r: [order('abc'), { __typename: 'Order' }] }, { headers: shipment.asCaller(ALICE) });
    expect(notAnOrder.data._entities).toEqual([null, null]);
    expect(await shipment.sim.total()).toBe(0);
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    await shipment.sim.faults({ outage: true });
    try {
      const res = await shipment.query(MODES, { r: [order(orderId)] }, { headers: shipment.asCaller(ALICE) });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await shipment.sim.faults({});
    }
  });
});
