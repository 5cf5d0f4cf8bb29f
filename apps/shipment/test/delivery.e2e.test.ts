import { randomUUID } from 'node:crypto';
import { getTestRedisUrl, startStack, type Stack, CREATE, checkoutCalls, loginAs, pickTariff } from '@stx/testing';

const key = () => `key-${randomUUID()}`;
const MAIL = '503';
const CHOOSE = `mutation($o: ID!, $m: ID!, $a: ID) { chooseShipmentMode(orderId: $o, shipmentModeId: $m, addressId: $a) {
  shipments { shipmentModeId address { addressId line1 city countryCode } } userErrors { code field } } }`;
const MONEY = `query($id: ID!) { order(id: $id) { total { amount currencyCode } shipmentFee { amount currencyCode } amountDue { amount } } }`;
const cents = (amount: string) => Math.round(Number(amount) * 100);

/**
 * Delivery through the gateway against the simulator: the mode's price is part of the order's
 * total and of what is paid, mail goes to one of the buyer's addresses, the mode is locked once
 * paid, and names follow the language rule; with the SecuTix calls each step costs.
 */
describe.each(['soap', 'json'] as const)('delivery (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;
  let tariff: Awaited<ReturnType<typeof pickTariff>>;

  beforeAll(async () => {
    stack = await startStack({ transport, redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0', ORDER_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
    tariff = await pickTariff(stack, { maxAmount: 60 });
  }, 60_000);
  afterAll(() => stack?.close());

  async function newOrder(): Promise<string> {
    const t = tariff;
    const created = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    expect(created.data.createOrder.userErrors).toEqual([]);
    return created.data.createOrder.order.id;
  }

  it('names and describes the modes by lang, then Accept-Language (en-GB is en), then the institution\'s French', async () => {
    const orderId = await newOrder();
    const q = `query($id: ID!) { order(id: $id) { shipmentModes { code name description } en: shipmentModes(lang: "en") { code name description } } }`;
    const plain = await stack.query(q, { id: orderId }, { headers: alice });
    expect(plain.errors).toBeUndefined();
    const mail = (list: any[]) => list.find((m) => m.code === 'MAIL');
    expect(mail(plain.data.order.en)).toEqual({ code: 'MAIL', name: 'By post', description: 'Printed tickets sent by post' });
    expect(mail(plain.data.order.shipmentModes)).toEqual({ code: 'MAIL', name: 'Envoi postal', description: 'Billets imprimés envoyés par la poste' });
    const british = await stack.query(q, { id: orderId }, { headers: { ...alice, 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' } });
    expect(mail(british.data.order.shipmentModes).name).toBe('By post');
    const german = await stack.query(`query($id: ID!) { order(id: $id) { shipmentModes(lang: "de-CH") { code name } } }`, { id: orderId }, { headers: { ...alice, 'accept-language': 'en' } });
    expect(mail(german.data.order.shipmentModes).name).toBe('Postversand');
  });

  it('adds the mode\'s price to the total, mails to the main address by default, at four SecuTix calls', async () => {
    const orderId = await newOrder();
    const before = (await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order;
    expect(before.shipmentFee).toEqual({ amount: '0.00', currencyCode: 'EUR' });
    await stack.sim.reset();
    const chosen = await stack.query(CHOOSE, { o: orderId, m: MAIL }, { headers: alice });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data.chooseShipmentMode).toEqual({ shipments: [{ shipmentModeId: MAIL, address: { addressId: '80001', line1: 'Avenue de la Gare 12', city: 'Lausanne', countryCode: 'CH' } }], userErrors: [] });
    expect(await checkoutCalls(stack)).toEqual({
      'ShipmentPublicService.getShipmentsOfOrder': 1,
      'ExternalOrderService.getOrderDetails': 1,
      'ShipmentPublicService.getAvailableShipmentModes': 1,
      'ShipmentPublicService.changeShipmentMode': 1,
    });
    const after = (await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order;
    expect(after.shipmentFee).toEqual({ amount: '5.00', currencyCode: 'EUR' });
    expect(cents(after.total.amount)).toBe(cents(before.total.amount) + 500);
    expect(after.amountDue.amount).toBe(after.total.amount);

    // back to print at home: free again, no address kept
    const home = await stack.query(CHOOSE, { o: orderId, m: '501' }, { headers: alice });
    expect(home.data.chooseShipmentMode.shipments).toEqual([{ shipmentModeId: '501', address: null }]);
    expect((await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order.total).toEqual(before.total);
  });

  it('mails to one of the buyer\'s own addresses only, where mail goes, priced for it', async () => {
    const orderId = await newOrder();
    const save = `mutation($in: AddressInput!) { saveMyAddress(input: $in) { contact { addresses { id city } } userErrors { code } } }`;
    const saved = await stack.query(save, { in: { line1: 'Marienplatz 1', zipCode: '80331', city: 'München', countryCode: 'DE' } }, { headers: alice });
    const munich = saved.data.saveMyAddress.contact.addresses.find((a: any) => a.city === 'München').id;
    const far = await stack.query(save, { in: { line1: '1 Main St', zipCode: '02108', city: 'Boston', countryCode: 'US' } }, { headers: alice });
    const boston = far.data.saveMyAddress.contact.addresses.find((a: any) => a.city === 'Boston').id;

    expect((await stack.query(CHOOSE, { o: orderId, m: MAIL, a: '80002' }, { headers: alice })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'ADDRESS_NOT_FOUND', field: 'addressId' }]); // Bob's
    expect((await stack.query(CHOOSE, { o: orderId, m: MAIL, a: boston }, { headers: alice })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_MODE_UNAVAILABLE', field: 'shipmentModeId' }]);
    expect((await stack.query(CHOOSE, { o: orderId, m: MAIL, a: 'x1' }, { headers: alice })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'addressId' }]);
    expect((await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order.shipmentFee.amount).toBe('0.00'); // refusals changed nothing

    const offered = await stack.query(`query($id: ID!, $a: ID) { order(id: $id) { shipmentModes(addressId: $a) { code price { amount } } } }`, { id: orderId, a: munich }, { headers: alice });
    expect(offered.data.order.shipmentModes.find((m: any) => m.code === 'MAIL').price.amount).toBe('9.00');
    const chosen = await stack.query(CHOOSE, { o: orderId, m: MAIL, a: munich }, { headers: alice });
    expect(chosen.data.chooseShipmentMode.shipments[0].address).toEqual({ addressId: munich, line1: 'Marienplatz 1', city: 'München', countryCode: 'DE' });
    expect((await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order.shipmentFee.amount).toBe('9.00');

    // the shipment keeps its copy when the address book changes
    await stack.query(`mutation($id: ID!) { deleteMyAddress(id: $id) { userErrors { code } } }`, { id: munich }, { headers: alice });
    await stack.query(`mutation($id: ID!) { deleteMyAddress(id: $id) { userErrors { code } } }`, { id: boston }, { headers: alice });
    const kept = await stack.query(`query($id: ID!) { order(id: $id) { shipments { address { city } } } }`, { id: orderId }, { headers: alice });
    expect(kept.data.order.shipments[0].address.city).toBe('München');
  });

  it('charges the delivery in what is paid, then locks it', async () => {
    const orderId = await newOrder();
    await stack.query(CHOOSE, { o: orderId, m: MAIL }, { headers: alice });
    const { total } = (await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order;
    const paid = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(paid.data.payOrder.userErrors).toEqual([]);
    const closed = await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state total { amount } amountDue { amount } } userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED', total: { amount: total.amount }, amountDue: { amount: '0.00' } }, userErrors: [] });
    const orders = await (await fetch(`${stack.simulator.url}/__admin/orders`)).json() as { orderId: number; saleAmount: number }[];
    expect(orders.find((o) => o.orderId === Number(orderId))?.saleAmount).toBe(cents(total.amount) * 10); // SecuTix was paid the delivery too

    await stack.sim.reset();
    const locked = await stack.query(CHOOSE, { o: orderId, m: '501' }, { headers: alice });
    expect(locked.data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_LOCKED', field: 'orderId' }]);
    expect(await stack.sim.count('ShipmentPublicService.changeShipmentMode')).toBe(0);
  });
});
