import { randomUUID } from 'node:crypto';
import { getTestRedisUrl, startStack, type Stack, CREATE, chooseDelivery, loginAs, payByVoucherAndClose, pickTariff, decodeBarcodePng } from '@stx/testing';
import { decodeBarcodeFromPdf, pdfText } from './renderPdf';

const key = () => `key-${randomUUID()}`;

/** After a closed order: delivery choice, tickets, the PDF and the barcode image, owner only. */
describe('shipment and tickets through the gateway', () => {
  let stack: Stack;
  let alice: Record<string, string>;
  let bob: Record<string, string>;
  let orderId: string;

  beforeAll(async () => {
    // settled orders are not kept here: a box-office cancellation must show at once
    stack = await startStack({ redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0', ORDER_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    bob = await loginAs(stack, 'bob@example.com', 'bob-demo-password');
    const t = await pickTariff(stack, { maxAmount: 50 });
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 2 }] }, key: key() }, { headers: alice });
    orderId = created.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, alice, '502');
    const closed = await payByVoucherAndClose(stack, orderId, alice);
    expect(closed.data.closeOrder.order.state).toBe('CLOSED');
  }, 60_000);
  afterAll(() => stack?.close());

  const ORDER = `query($id: ID!) { order(id: $id) { id shipmentModes { id code name price { amount currencyCode } } shipments { id state shipmentModeId } tickets { id barcode state documentUrl barcodeImageUrl seat { row number } } } }`;

  it('lists delivery modes, keeps the one chosen before paying, and locks it once paid', async () => {
    const res = await stack.query(ORDER, { id: orderId }, { headers: alice });
    expect(res.errors).toBeUndefined();
    const modes = res.data.order.shipmentModes;
    expect(modes.length).toBeGreaterThan(1);
    for (const m of modes) expect(m.price.amount).toMatch(/^\d+\.\d{2}$/);
    expect(res.data.order.shipments.map((s: any) => s.shipmentModeId)).toEqual(['502']);
    const chosen = await stack.query(`mutation($o: ID!, $m: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: $m) { shipments { shipmentModeId } userErrors { code } } }`, { o: orderId, m: '504' }, { headers: alice });
    expect(chosen.data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_LOCKED' }]);
    expect(chosen.data.chooseShipmentMode.shipments.map((s: any) => s.shipmentModeId)).toEqual(['502']);
  });

  it('gives the owner the tickets, a real PDF and a barcode image that decodes', async () => {
    const res = await stack.query(ORDER, { id: orderId }, { headers: alice });
    const tickets = res.data.order.tickets;
    expect(tickets).toHaveLength(2);
    const [ticket] = tickets;
    expect(ticket.state).toBe('VALID');
    // on the gateway's own origin (it forwards them to the subgraph), never the subgraph's port
    expect(new URL(ticket.documentUrl).origin).toBe(new URL(stack.gatewayUrl).origin);
    expect(new URL(ticket.barcodeImageUrl).origin).toBe(new URL(stack.gatewayUrl).origin);
    const pdf = await fetch(ticket.documentUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('latin1')).toMatch(/^%PDF-1\.\d/);
    expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const png = await fetch(ticket.barcodeImageUrl);
    expect(png.headers.get('content-type')).toBe('image/png');
    // a listed origin's page may fetch them too (a blob to show or share); no other origin
    const studio = 'https://studio.apollographql.com'; // listed by default
    expect((await fetch(ticket.documentUrl, { headers: { origin: studio } })).headers.get('access-control-allow-origin')).toBe(studio);
    expect((await fetch(ticket.documentUrl, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
    // with a header of its own (a Bearer token, tracing) the page asks first; it may read the file's name
    const preflight = await fetch(ticket.documentUrl, { method: 'OPTIONS', headers: { origin: studio, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, traceparent' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(studio);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization.*traceparent/);
    expect((await fetch(ticket.documentUrl, { headers: { origin: studio } })).headers.get('access-control-expose-headers')).toMatch(/content-disposition/);
    const decoded = decodeBarcodePng(Buffer.from(await png.arrayBuffer()));
    expect(decoded.replace(/^0/, '')).toBe(ticket.barcode.replace(/^0/, ''));
  });

  it('prints the ticket in the holder\'s language with a barcode that scans from the rendered page', async () => {
    const profile = `mutation($l: LanguageCode!) { updateMyProfile(input: { language: $l }) { userErrors { code } } }`;
    const expected: Record<string, { words: RegExp; foreign: RegExp }> = {
      fr: { words: /Titulaire: Alice Martin[\s\S]*Commande .* billet|rang \d+, place/, foreign: /Holder|Inhaber|\brow\b|Reihe|Order|Bestellung/ },
      en: { words: /Holder: Alice Martin[\s\S]*Order .* ticket|row \d+, seat/, foreign: /Titulaire|Inhaber|\brang\b|Reihe|Commande|Bestellung/ },
      de: { words: /Inhaber: Alice Martin[\s\S]*Bestellung .* Ticket|Reihe \d+, Platz/, foreign: /Titulaire|Holder|\brang\b|\brow\b|Commande|\bOrder\b/ },
    };
    const weekday: Record<string, RegExp> = { fr: /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d+/, en: /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d+ [A-Z][a-z]+ \d{4}/, de: /(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\./ };
    try {
      for (const language of ['fr', 'en', 'de']) {
        expect((await stack.query(profile, { l: language }, { headers: alice })).data.updateMyProfile.userErrors).toEqual([]);
        const res = await stack.query(ORDER, { id: orderId }, { headers: alice });
        const [ticket] = res.data.order.tickets;
        const pdf = Buffer.from(await (await fetch(ticket.documentUrl)).arrayBuffer());
        expect(decodeBarcodeFromPdf(pdf).replace(/^0/, '')).toBe(ticket.barcode.replace(/^0/, ''));
        const text = pdfText(pdf);
        expect(text).toMatch(expected[language].words);
        expect(text).toMatch(weekday[language]);
        expect(text).not.toMatch(expected[language].foreign);
      }
    } finally {
      await stack.query(profile, { l: 'fr' }, { headers: alice });
    }
  });

  it('gives another contact nothing, whatever id is guessed', async () => {
    const asBob = await stack.query(`query($id: ID!) { order(id: $id) { id tickets { id } } }`, { id: orderId }, { headers: bob });
    expect(asBob.data.order).toBeNull();
    const bobTickets = await stack.query(`{ me { tickets(upcoming: false) { id } } }`, {}, { headers: bob });
    const aliceTickets = await stack.query(ORDER, { id: orderId }, { headers: alice });
    const aliceIds = aliceTickets.data.order.tickets.map((t: any) => t.id);
    expect(bobTickets.data.me.tickets.map((t: any) => t.id)).not.toEqual(expect.arrayContaining(aliceIds));
    const choose = await stack.query(`mutation($o: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: "1") { userErrors { code } } }`, { o: orderId }, { headers: bob });
    expect(choose.data.chooseShipmentMode.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('refuses an altered or expired download link with a clear code', async () => {
    const res = await stack.query(ORDER, { id: orderId }, { headers: alice });
    const url = new URL(res.data.order.tickets[0].documentUrl);
    const other = new URL(url);
    other.searchParams.set('c', '1000002');
    const altered = await fetch(other);
    expect(altered.status).toBe(403);
    expect((await altered.json()).error.code).toBe('LINK_INVALID');
    const expired = new URL(url);
    expired.searchParams.set('exp', '1000');
    expect((await fetch(expired)).status).toBe(403); // a changed expiry breaks the signature too
  });

  it('shows the tickets of an order the box office cancelled as cancelled', async () => {
    const t = await pickTariff(stack, { maxAmount: 50 });
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const id = created.data.createOrder.order.id;
    await chooseDelivery(stack, id, alice);
    await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: CREDIT_BALANCE }, idempotencyKey: $k) { userErrors { code } } }`, { id, k: key() }, { headers: alice });
    await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { userErrors { code } } }`, { id, k: key() }, { headers: alice });
    // links handed out while the ticket was valid
    const [links] = (await stack.query(`query($id: ID!) { order(id: $id) { tickets { documentUrl barcodeImageUrl } } }`, { id }, { headers: alice })).data.order.tickets;
    const cancel = await fetch(`${stack.sim.url}/__admin/orders/cancel`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderId: Number(id) }) });
    expect(cancel.status).toBe(200);
    const res = await stack.query(`query($id: ID!) { order(id: $id) { state tickets { state } } }`, { id }, { headers: alice });
    expect(res.data.order).toEqual({ state: 'CANCELLED', tickets: [{ state: 'CANCELLED' }] });
    // neither its barcode nor its document (which prints the barcode) is served any more
    for (const url of [links.barcodeImageUrl, links.documentUrl]) {
      const download = await fetch(url);
      expect([download.status, (await download.json()).error.code]).toEqual([410, 'TICKET_CANCELLED']);
    }
  });

  it('lists the buyer\'s upcoming tickets, batching the tickets of many orders into one call', async () => {
    const me = await stack.query(`{ me { tickets { id state } orders(first: 10) { edges { node { id tickets { id } } } } } }`, {}, { headers: alice });
    expect(me.errors).toBeUndefined();
    expect(me.data.me.tickets.length).toBeGreaterThanOrEqual(2);
    await stack.sim.reset();
    await stack.query(`{ me { orders(first: 10) { edges { node { id tickets { id } } } } } }`, {}, { headers: alice });
    expect(await stack.sim.count('ProductionPublicService.getTicketsOfOrders')).toBe(1);
  });
});
