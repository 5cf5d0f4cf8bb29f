import { FulfilmentClient, JsonTransport, OrderClient, SecutixCaller, SecutixError, SoapTransport, secutixDefaults, type SecutixConfig } from '@stx/secutix-client';
import type { Simulator } from '../src';
import type { SimOrder, SimOrderLine } from '../src/data/orderTypes';
import { seatMap } from '../src/services/seatMap';
import { saleAmount } from '../src/sales/orderAmounts';
import { admin, manualClock, startTestSimulator } from './helpers';
import { recordSoapAnswers, schemaViolations } from './soapSchema';

const DAY = 86_400_000;

/**
 * ShipmentPublicService and the ProductionPublicService stand-in over real HTTP, through
 * packages/secutix-client's FulfilmentClient, on both transports. Orders are put straight into
 * the simulator's OrderStore, so these tests do not depend on the sales services.
 */
describe.each(['soap', 'json'] as const)('shipment and tickets over %s', (transport) => {
  const clock = manualClock();
  let sim: Simulator;
  let client: FulfilmentClient;
  let orders: OrderClient;
  const ids: Record<'alice' | 'bob' | 'open' | 'abandoned' | 'claire' | 'refund', number> = { alice: 0, bob: 0, open: 0, abandoned: 0, claire: 0, refund: 0 };
  let perf: { performanceId: number; seatCategoryId: number };
  let recording: ReturnType<typeof recordSoapAnswers>;

  function putOrder(contactNumber: string, state: SimOrder['state'], lines: Omit<SimOrderLine, 'operationId' | 'audienceSubCategoryId' | 'unitPrice'>[]): number {
    const orderId = sim.orders.newOrderId();
    const now = clock.now();
    sim.orders.save({
      orderId, secretId: `secret${orderId}`, contactNumber, state, createdAt: now, expiresAt: now + 900_000, closedAt: state === 'CLOSED' ? now : undefined, payments: [],
      lines: lines.map((l) => ({ operationId: sim.orders.newOperationId(), audienceSubCategoryId: 401, unitPrice: 45_000, ...l })),
    });
    return orderId;
  }

  async function businessCode(promise: Promise<unknown>): Promise<string | undefined> {
    const err = await promise.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SecutixError);
    expect((err as SecutixError).kind).toBe('BUSINESS');
    return (err as SecutixError).statusCode;
  }

  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now });
    recording = recordSoapAnswers(sim);
    const config: SecutixConfig = { ...secutixDefaults, baseUrl: sim.url, institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret', transport, readAttempts: 1 };
    const wire = transport === 'json' ? new JsonTransport(config, { now: clock.now }) : new SoapTransport(config);
    client = new FulfilmentClient(new SecutixCaller(wire, config), async () => 1001);
    orders = new OrderClient(new SecutixCaller(wire, config), async () => 1001);
    const performance = sim.state.product(10001)!.event!.performances[0];
    perf = { performanceId: performance.id, seatCategoryId: performance.seatCategories[0].id };
    sim.state.sell(perf.performanceId, perf.seatCategoryId, 2);
    const seated = { productId: 10001, ...perf, state: 'SOLD' as const };
    ids.alice = putOrder('1000001', 'CLOSED', [
      { ...seated, quantity: 2 },
      { productId: 10013, quantity: 1, state: 'SOLD' },
      { ...seated, quantity: 1, state: 'CANCELLED' }, // removed before closing: no ticket
    ]);
    const bobPerf = sim.state.product(10002)!.event!.performances[0];
    ids.bob = putOrder('1000002', 'CLOSED', [{ productId: 10002, performanceId: bobPerf.id, seatCategoryId: bobPerf.seatCategories[0].id, quantity: 1, state: 'SOLD' }]);
    ids.open = putOrder('1000001', 'IN_PROGRESS', [{ ...seated, quantity: 1, state: 'RESERVED' }]);
    ids.abandoned = putOrder('1000001', 'ABANDONED', [{ ...seated, quantity: 1, state: 'CANCELLED' }]);
    ids.claire = putOrder('1000004', 'CLOSED', [{ productId: 10013, quantity: 1, state: 'SOLD' }]);
    ids.refund = putOrder('1000001', 'CLOSED', [{ productId: 10013, quantity: 1, state: 'SOLD' }]);
  });
  afterAll(() => {
    recording.stop();
    return sim.close();
  });

  it('offers mail only where it goes, priced by zone; the other modes everywhere, free', async () => {
    const home = await client.getAvailableShipmentModes(ids.alice); // Alice lives in CH
    expect(home.map((m) => m.code)).toEqual(['PRINT', 'MOBILE', 'MAIL', 'PICKUP']);
    expect(home.find((m) => m.code === 'MAIL')).toMatchObject({ id: 503, price: 5000, deliveryTimeInDays: 3, contactAddressRequired: true });
    for (const m of home.filter((x) => x.code !== 'MAIL')) expect(m).toMatchObject({ price: 0, contactAddressRequired: false });
    expect(home[0]?.externalName?.translations?.map((t) => t.locale)).toEqual(['fr', 'en', 'de']);
    expect((await client.getAvailableShipmentModes(ids.alice, { countryCode: 'DE' })).find((m) => m.code === 'MAIL')).toMatchObject({ price: 9000, deliveryTimeInDays: 5 });
    expect((await client.getAvailableShipmentModes(ids.alice, { countryCode: 'US' })).map((m) => m.code)).toEqual(['PRINT', 'MOBILE', 'PICKUP']);
    expect((await client.getAvailableShipmentModes(ids.claire)).map((m) => m.code)).toEqual(['PRINT', 'MOBILE', 'PICKUP']); // no address
    expect(await businessCode(client.getAvailableShipmentModes(4242))).toBe('error.order.notFound');
  });

  it('gives each open or closed order one shipment, print at home until changed', async () => {
    const [shipment] = await client.getShipmentsOfOrder(ids.alice);
    expect(shipment).toEqual({ shipmentId: expect.any(Number), orderId: ids.alice, shipmentModeId: 501, state: 'UNSENT', contactNumber: '1000001', numberOfTickets: 3, operationIds: [expect.any(Number), expect.any(Number)], documents: [] });
    expect(await client.getShipmentsOfOrder(ids.alice)).toEqual([shipment]);
    expect(await client.getShipmentsOfOrder(ids.open)).toHaveLength(1);
    expect(await client.getShipmentsOfOrder(ids.abandoned)).toEqual([]);
    expect(await businessCode(client.getShipmentsOfOrder(4242))).toBe('error.order.notFound');
  });

  it('changes the mode of unsent shipments, all or nothing, and refuses sent ones', async () => {
    const [alice] = await client.getShipmentsOfOrder(ids.alice);
    const [bob] = await client.getShipmentsOfOrder(ids.bob);
    const [changed] = await client.changeShipmentMode([alice.shipmentId], 502);
    expect(changed).toMatchObject({ shipmentId: alice.shipmentId, shipmentModeId: 502, state: 'UNSENT' });
    expect((await client.getShipmentsOfOrder(ids.alice))[0].shipmentModeId).toBe(502);

    expect(await businessCode(client.changeShipmentMode([alice.shipmentId], 999))).toBe('error.invalidParameter');
    expect(await businessCode(client.changeShipmentMode([1], 501))).toBe('error.notFound');
    const [claire] = await client.getShipmentsOfOrder(ids.claire);
    expect(await businessCode(client.changeShipmentMode([claire.shipmentId], 503))).toBe('error.invalidParameter'); // nowhere to mail

    const sent = await admin(sim, 'shipments/send', { orderId: ids.bob });
    expect(sent).toMatchObject({ status: 200, body: { shipmentId: bob.shipmentId, state: 'SENT' } });
    expect(await businessCode(client.changeShipmentMode([alice.shipmentId, bob.shipmentId], 504))).toBe('error.shipmentSent');
    expect((await client.getShipmentsOfOrder(ids.alice))[0].shipmentModeId).toBe(502); // untouched
    expect((await client.getShipmentsOfOrder(ids.bob))[0]).toMatchObject({ state: 'SENT', shipmentModeId: 501 });
    expect((await admin(sim, 'shipments/send', { orderId: 4242 })).status).toBe(404);
  });

  it('charges the chosen delivery on the order, mails to one of the contact\'s addresses, and never changes a settled amount', async () => {
    const [open] = await client.getShipmentsOfOrder(ids.open);
    const order = sim.orders.get(ids.open)!;
    const before = saleAmount(order);
    const alice = sim.contacts.get('1000001')!;
    const lyon = { addressId: sim.contacts.newAddressId(), isMain: false, firstAddressLine: 'Rue de la République 1', zipCode: '69002', locality: 'Lyon', countryCode: 'FR' };
    const boston = { addressId: sim.contacts.newAddressId(), isMain: false, firstAddressLine: '1 Main St', zipCode: '02108', locality: 'Boston', countryCode: 'US' };
    alice.addresses.push(lyon, boston);
    try {
      expect((await client.getAvailableShipmentModes(ids.open, { contactAddressId: boston.addressId })).map((m) => m.code)).toEqual(['PRINT', 'MOBILE', 'PICKUP']);
      const [mailed] = await client.changeShipmentMode([open.shipmentId], 503, lyon.addressId);
      expect(mailed).toMatchObject({ shipmentModeId: 503, originalContactAddressId: lyon.addressId, contactAddress: { addressId: lyon.addressId, locality: 'Lyon', countryCode: 'FR' } });
      expect(saleAmount(order)).toBe(before + 5_000);
      expect(await businessCode(client.changeShipmentMode([open.shipmentId], 503, boston.addressId))).toBe('error.shipmentMode.notAvailable');
      expect(await businessCode(client.changeShipmentMode([open.shipmentId], 503, 4242))).toBe('error.contact.addressNotFound');
      const [home] = await client.changeShipmentMode([open.shipmentId], 501);
      expect(home.contactAddress).toBeUndefined();
      expect(saleAmount(order)).toBe(before);

      const [closed] = await client.getShipmentsOfOrder(ids.refund);
      expect(await businessCode(client.changeShipmentMode([closed.shipmentId], 503, lyon.addressId))).toBe('error.order.notModifiable');
      expect((await client.changeShipmentMode([closed.shipmentId], 504))[0].shipmentModeId).toBe(504); // same price: allowed
    } finally {
      alice.addresses.splice(alice.addresses.indexOf(lyon), 2);
    }
  });

  it('charges postal delivery on an order of free tickets while it has lines that are not cancelled', async () => {
    const orderId = putOrder('1000001', 'IN_PROGRESS', [{ productId: 10013, quantity: 2, state: 'RESERVED' }]);
    const order = sim.orders.get(orderId)!;
    order.lines[0].unitPrice = 0; // a free tariff
    const [shipment] = await client.getShipmentsOfOrder(orderId);
    await client.changeShipmentMode([shipment.shipmentId], 503);
    const details = await orders.getOrderDetails(orderId);
    expect(details).toMatchObject({ saleAmount: 5_000, preSaleAmount: 5_000, charges: [{ chargeType: 'SHIPMENT', shipmentModeId: 503, amount: 5_000 }] });
    expect(await businessCode(orders.closeOrder(orderId, '1000001', []))).toBe('error.payment.insufficient');
    // nothing left to deliver: no charge
    await orders.cancelOperations(orderId, [order.lines[0].operationId]);
    expect(await orders.getOrderDetails(orderId)).toMatchObject({ saleAmount: 0, charges: [{ chargeType: 'SHIPMENT', shipmentModeId: 503, amount: 0 }] });
  });

  it('answers the tickets of many orders in one call, stable from one call to the next', async () => {
    await admin(sim, 'reset', {});
    const tickets = await client.getTicketsOfOrders([ids.alice, ids.bob, ids.open, ids.abandoned, 4242]);
    expect((await admin(sim, 'calls')).body).toEqual({ 'ProductionPublicService.getTicketsOfOrders': 1 });
    const alice = tickets.filter((t) => t.orderId === ids.alice);
    expect(alice).toHaveLength(3);
    expect(tickets.filter((t) => t.orderId === ids.bob)).toHaveLength(1);
    expect(tickets).toHaveLength(4); // open, abandoned and unknown orders have none
    for (const t of tickets) {
      expect(t.barcode).toMatch(/^[1-9]\d{15}$/);
      expect(t.state).toBe('VALID');
    }
    expect(new Set(tickets.map((t) => t.barcode)).size).toBe(4);
    const [first, second, pass] = alice;
    expect(first).toMatchObject({ contactNumber: '1000001', productId: 10001, ...perf, holderName: 'Alice Martin', seat: { area: 'PARTERRE', block: 'B1', row: expect.any(String), number: expect.any(String) } });
    expect(first.placement).toBeUndefined();
    expect(second.seat).not.toEqual(first.seat);
    expect(pass).toMatchObject({ productId: 10013, placement: 'FREE' });
    expect(pass.seat).toBeUndefined();
    // the seats given are among the ones the seat map shows sold
    const map = seatMap(sim.state.performance(perf.performanceId)!, perf.seatCategoryId);
    for (const t of [first, second]) expect(map.find((s) => s.row === t.seat!.row && String(s.number) === t.seat!.number)?.available).toBe(false);
    expect(await client.getTicketsOfOrders([ids.alice])).toEqual(alice);
  });

  it('shows the tickets of a line cancelled after the sale as CANCELLED', async () => {
    const [ticket] = await client.getTicketsOfOrders([ids.refund]);
    expect(ticket.state).toBe('VALID');
    sim.orders.get(ids.refund)!.lines[0].state = 'CANCELLED';
    expect(await client.getTicketsOfOrders([ids.refund])).toEqual([{ ...ticket, state: 'CANCELLED' }]);
  });

  it('renders a ticket as a valid one-page PDF whose cross-reference offsets are right', async () => {
    const [ticket] = await client.getTicketsOfOrders([ids.alice]);
    const doc = await client.getTicketDocument(ticket.ticketId);
    expect(doc).toMatchObject({ fileName: `ticket-${ticket.ticketId}.pdf`, mimeType: 'application/pdf' });
    const pdf = doc.data.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 5)).toBe('xref\n');
    const [, count] = /^xref\n0 (\d+)\n/.exec(pdf.slice(startxref))!.map(Number);
    const entries = pdf.slice(startxref).split('\n').slice(2, 2 + count);
    expect(entries[0]).toBe('0000000000 65535 f ');
    entries.slice(1).forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      expect(pdf.slice(Number(entry.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
    });
    expect(pdf).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R >>`));
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(pdf)![1]);
    const streamAt = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(streamAt + length, streamAt + length + 10)).toBe('\nendstream');
    // Alice reads French: every word of her ticket is French, the barcode is drawn as bars
    expect(pdf).toContain('(Titulaire: Alice Martin)');
    expect(pdf).toContain(ticket.barcode.slice(0, 4));
    expect(pdf).toContain(`rang ${ticket.seat!.row}, place ${ticket.seat!.number}`);
    expect(pdf).not.toMatch(/Holder|\brow\b|\bseat\b|Order /);
    expect(pdf).toMatch(/0 g (\d+(\.\d+)? 548 \d+(\.\d+)? 70 re ){20,}f/);
    expect(await businessCode(client.getTicketDocument(1))).toBe('error.notFound');
  });

  it("lists a contact's tickets, upcoming ones by performance date; passes while usable", async () => {
    const all = await client.getTicketsOfContact('1000001', false);
    expect(all.map((t) => t.orderId).sort()).toEqual([ids.alice, ids.alice, ids.alice, ids.refund].sort());
    expect(await client.getTicketsOfContact('1000001', true)).toHaveLength(3); // the cancelled pass is not upcoming
    expect((await client.getTicketsOfContact('1000002', false)).map((t) => t.orderId)).toEqual([ids.bob]);
    expect(await client.getTicketsOfContact('9999999', false)).toEqual([]);

    clock.advance(800 * DAY); // every performance is over
    const upcoming = await client.getTicketsOfContact('1000001', true);
    expect(upcoming.map((t) => t.productId)).toEqual([10013]);
    expect((await admin(sim, 'tickets/state', { ticketId: upcoming[0].ticketId, state: 'INVALIDATED' })).status).toBe(200);
    expect(await client.getTicketsOfContact('1000001', true)).toEqual([]);
    expect((await client.getTicketsOfOrders([ids.alice])).find((t) => t.ticketId === upcoming[0].ticketId)?.state).toBe('INVALIDATED');
    expect((await admin(sim, 'tickets/state', { ticketId: upcoming[0].ticketId, state: 'CANCELLED' })).status).toBe(400);
    expect((await admin(sim, 'tickets/state', { ticketId: 1, state: 'PRINTED' })).status).toBe(404);
  });

  it('forgets shipments and tickets with the data on reset', async () => {
    const [before] = await client.getTicketsOfOrders([ids.bob]);
    await admin(sim, 'reset', { data: true });
    expect(await client.getTicketsOfOrders([ids.alice, ids.bob])).toEqual([]);
    expect(await businessCode(client.getShipmentsOfOrder(ids.bob))).toBe('error.order.notFound');
    expect(await businessCode(client.getTicketDocument(before.ticketId))).toBe('error.notFound');
  });

  // the last test: every SOAP answer the tests above received, successes and refusals, against the served WSDL's schema
  if (transport === 'soap') {
    it('sent every SOAP answer in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
      expect(recording.answers.length).toBeGreaterThan(10);
      expect(await schemaViolations(sim, recording.answers)).toEqual([]);
    });
  }
});
