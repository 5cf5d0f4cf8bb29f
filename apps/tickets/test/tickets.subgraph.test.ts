import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const ORDER_TICKETS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id tickets { id barcode state product { id } performance { id } seat { row number } holderName documentUrl barcodeImageUrl } } } }`;
const CONTACT_TICKETS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { contactNumber tickets { id performance { id } } } } }`;
const { alice, bob } = DEMO_ACCOUNTS.buyers;
const order = (id: number | string) => ({ __typename: 'Order', id: String(id) });
const contact = (contactNumber: string) => ({ __typename: 'Contact', contactNumber });
const seats = (quantity: number) => [{ performanceId: 900001, seatCategoryId: 700001, audienceSubCategoryId: 401, quantity }];

/**
 * The tickets subgraph alone with the simulator. Its orders are SecuTix's, sold elsewhere (the
 * ticket shop): placed through the simulator's control API for Alice, two seats of the seeded
 * performance 900001 sold, then one seat held in an open order.
 */
describe('the tickets subgraph alone', () => {
  let tickets: SubgraphUnderTest;
  let sold: number;
  let open: number;
  beforeAll(async () => {
    tickets = await startSubgraph('tickets');
    sold = (await tickets.sim.placeOrder(alice.contactNumber, seats(2), { sold: true })).orderId;
    open = (await tickets.sim.placeOrder(alice.contactNumber, seats(1))).orderId;
  });
  afterAll(() => tickets?.close());

  it("answers the tickets of the caller's sold order (seats, holder, signed links on its own address) and none for an open one", async () => {
    const res = await tickets.query(ORDER_TICKETS, { r: [order(sold), order(open)] }, { headers: tickets.asCaller(alice.contactNumber) });
    expect(res.errors).toBeUndefined();
    const [soldOrder, openOrder] = res.data._entities;
    expect(openOrder).toEqual({ id: String(open), tickets: [] });
    expect(soldOrder.tickets).toHaveLength(2);
    for (const t of soldOrder.tickets) {
      expect(t).toMatchObject({ state: 'VALID', product: { id: '10001' }, performance: { id: '900001' }, seat: { row: '1' }, holderName: 'Alice Martin', barcode: expect.stringMatching(/^\d{16}$/) });
      expect(t.documentUrl.startsWith(tickets.url.replace(/\/graphql$/, '/files/ticket.pdf?'))).toBe(true);
    }
    expect(soldOrder.tickets.map((t: { seat: { number: string } }) => t.seat.number).sort()).toEqual(['1', '2']);
  });

  it('serves the signed PDF and barcode image to their owner, and refuses a link whose signature was changed (403 LINK_INVALID)', async () => {
    const [ticket] = (await tickets.query(ORDER_TICKETS, { r: [order(sold)] }, { headers: tickets.asCaller(alice.contactNumber) })).data._entities[0].tickets;
    const pdf = await fetch(ticket.documentUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const png = await fetch(ticket.barcodeImageUrl);
    expect(png.headers.get('content-type')).toBe('image/png');
    const forged = await fetch(ticket.documentUrl.replace(/sig=./, (s: string) => (s.endsWith('A') ? 'sig=B' : 'sig=A')));
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ error: { code: 'LINK_INVALID', message: expect.any(String) } });
  });

  it('asks SecuTix once for the tickets of every order referenced in one request', async () => {
    await tickets.sim.reset();
    const res = await tickets.query(ORDER_TICKETS, { r: [order(sold), order(open), order(sold)] }, { headers: tickets.asCaller(alice.contactNumber) });
    expect(res.data._entities.map((o: { tickets: unknown[] }) => o.tickets.length)).toEqual([2, 0, 2]);
    expect(await tickets.sim.calls()).toEqual({ 'ProductionPublicService.getTicketsOfOrders': 1 });
  });

  it("lists the caller's upcoming tickets, and refuses another contact's (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)", async () => {
    const own = await tickets.query(CONTACT_TICKETS, { r: [contact(alice.contactNumber)] }, { headers: tickets.asCaller(alice.contactNumber) });
    expect(own.errors).toBeUndefined();
    expect(own.data._entities[0].tickets.map((t: { performance: { id: string } }) => t.performance.id)).toEqual(['900001', '900001']);
    const others = await tickets.query(CONTACT_TICKETS, { r: [contact(alice.contactNumber)] }, { headers: tickets.asCaller(bob.contactNumber) });
    expect(others.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await tickets.query(ORDER_TICKETS, { r: [order(sold)] });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await tickets.query(ORDER_TICKETS, { r: [order(sold)] }, { headers: { 'x-stx-identity': 'stxid1.e30.forged' } });
    expect(forged.status).toBe(401);
  });

  it("shows another contact none of an order's tickets, and answers a reference that is no SecuTix id with null, asking SecuTix nothing", async () => {
    const bobs = await tickets.query(ORDER_TICKETS, { r: [order(sold)] }, { headers: tickets.asCaller(bob.contactNumber) });
    expect(bobs.data._entities).toEqual([{ id: String(sold), tickets: [] }]);
    await tickets.sim.reset();
    const malformed = await tickets.query(ORDER_TICKETS, { r: [order('abc'), order('01'), { __typename: 'Order' }] }, { headers: tickets.asCaller(alice.contactNumber) });
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data._entities).toEqual([null, null, null]);
    expect(await tickets.sim.total()).toBe(0);
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    await tickets.sim.faults(failing('ProductionPublicService.getTicketsOfOrders'));
    try {
      const res = await tickets.query(ORDER_TICKETS, { r: [order(sold)] }, { headers: tickets.asCaller(alice.contactNumber) });
      expect(res.data._entities).toEqual([{ id: String(sold), tickets: null }]);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await tickets.sim.faults({});
    }
  });
});
