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

    // the payload carries the order as the change left it, for a client's normalised cache
    const withOrder = await stack.query(`mutation($o: ID!, $m: ID!) { chooseShipmentMode(orderId: $o, shipmentModeId: $m) { order { id shipmentFee { amount } total { amount } } userErrors { code } } }`, { o: orderId, m: MAIL }, { headers: alice });
    expect(withOrder.data.chooseShipmentMode).toEqual({ order: { id: orderId, shipmentFee: { amount: '5.00' }, total: { amount: after.total.amount } }, userErrors: [] });
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

  it('lets a guest give the address mail needs with the choice, saved on its own contact, for its own open order only', async () => {
    const created = await stack.query(`mutation($in: GuestContactInput!) { createGuestContact(input: $in) { guestToken } }`, { in: { email: `mail-${randomUUID().slice(0, 8)}@example.com`, firstName: 'Greta', lastName: 'Guest', language: 'de' } });
    const guest = { authorization: `Bearer ${created.data.createGuestContact.guestToken}` };
    const t = tariff;
    const order = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: guest });
    const orderId = order.data.createOrder.order.id;
    const WITH_ADDRESS = `mutation($o: ID!, $m: ID!, $a: ID, $in: ShipmentAddressInput) { chooseShipmentMode(orderId: $o, shipmentModeId: $m, addressId: $a, address: $in) {
      shipments { shipmentModeId address { addressId line1 line2 zipCode city countryCode } } userErrors { code field } } }`;
    const bern = { line1: 'Bundesplatz 3', line2: 'c/o Greta Guest', zipCode: '3005', city: 'Bern', countryCode: 'CH' };

    // a guest has no address (mail goes nowhere yet), and no account field to save one with
    expect((await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL }, { headers: guest })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_MODE_UNAVAILABLE', field: 'shipmentModeId' }]);
    const toSwitzerland = await stack.query(`query($id: ID!) { order(id: $id) { shipmentModes(countryCode: "CH") { id addressRequired price { amount } } } }`, { id: orderId }, { headers: guest });
    expect(toSwitzerland.data.order.shipmentModes).toContainEqual({ id: MAIL, addressRequired: true, price: { amount: '5.00' } });
    const saveMine = await stack.query(`mutation($in: AddressInput!) { saveMyAddress(input: $in) { userErrors { code } } }`, { in: bern }, { headers: guest });
    expect(saveMine.errors?.[0].extensions?.code ?? saveMine.data?.saveMyAddress?.userErrors?.[0]?.code).toBe('UNAUTHENTICATED');

    // checked before anything is saved: the address's rules, both ways at once, where mail goes
    await stack.sim.reset();
    const bad = await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: { line1: ' ', zipCode: '3005', city: 'Bern', countryCode: 'ch' } }, { headers: guest });
    expect(bad.data.chooseShipmentMode.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'address.line1' }]); // `ch` is read as CH (CountryCode)
    // no country at all is refused by the CountryCode scalar: the whole request, before anything is asked or saved
    const nowhere = await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: { ...bern, countryCode: 'ZZ' } }, { headers: guest });
    expect([nowhere.status, nowhere.data, nowhere.errors?.[0].extensions]).toEqual([400, undefined, expect.objectContaining({ code: 'BAD_USER_INPUT', scalar: 'CountryCode' })]);
    const modesNowhere = await stack.query(`query($id: ID!) { order(id: $id) { shipmentModes(countryCode: "XX") { id } } }`, { id: orderId }, { headers: guest });
    expect(modesNowhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'CountryCode' });
    expect(await stack.sim.count('ShipmentPublicService.getAvailableShipmentModes')).toBe(0);
    expect((await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, a: '80001', in: bern }, { headers: guest })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'address' }]);
    const boston = await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: { line1: '1 Main St', zipCode: '02108', city: 'Boston', countryCode: 'US' } }, { headers: guest });
    expect(boston.data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_MODE_UNAVAILABLE', field: 'shipmentModeId' }]);
    expect(await stack.sim.count('ContactInformationPublicService.createOrUpdateAddress')).toBe(0);

    // another contact's order: not found, and nothing is written on anybody's contact
    const alices = await newOrder();
    expect((await stack.query(WITH_ADDRESS, { o: alices, m: MAIL, in: bern }, { headers: guest })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'orderId' }]);
    expect(await stack.sim.count('ContactInformationPublicService.createOrUpdateAddress')).toBe(0);

    await stack.sim.reset();
    const chosen = await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: bern }, { headers: guest });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data.chooseShipmentMode.userErrors).toEqual([]);
    const mailed = chosen.data.chooseShipmentMode.shipments[0];
    expect(mailed).toEqual({ shipmentModeId: MAIL, address: { addressId: expect.stringMatching(/^\d+$/), ...bern } });
    expect(await checkoutCalls(stack)).toEqual({
      'ShipmentPublicService.getShipmentsOfOrder': 1,
      'ExternalOrderService.getOrderDetails': 1, // the guest's open-order rule and the lock, one read
      'ShipmentPublicService.getAvailableShipmentModes': 1,
      'ContactInformationPublicService.createOrUpdateAddress': 1,
      'ShipmentPublicService.changeShipmentMode': 1,
    });
    expect((await stack.query(MONEY, { id: orderId }, { headers: guest })).data.order.shipmentFee).toEqual({ amount: '5.00', currencyCode: 'EUR' });

    // the same address again (a retry, a double click) is not saved twice; its id serves the guest's modes
    await stack.sim.reset();
    expect((await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: bern }, { headers: guest })).data.chooseShipmentMode.shipments[0].address.addressId).toBe(mailed.address.addressId);
    expect(await stack.sim.count('ContactInformationPublicService.createOrUpdateAddress')).toBe(0);
    const modes = await stack.query(`query($id: ID!, $a: ID) { order(id: $id) { shipmentModes(addressId: $a) { code } } }`, { id: orderId, a: mailed.address.addressId }, { headers: guest });
    expect(modes.data.order.shipmentModes.map((m: any) => m.code)).toContain('MAIL');
    // an address with a mode that needs none is not saved
    const home = await stack.query(WITH_ADDRESS, { o: orderId, m: '501', in: { ...bern, line1: 'Bundesplatz 4' } }, { headers: guest });
    expect(home.data.chooseShipmentMode).toEqual({ shipments: [{ shipmentModeId: '501', address: null }], userErrors: [] });
    expect(await stack.sim.count('ContactInformationPublicService.createOrUpdateAddress')).toBe(0);

    // back to mail and on to the end of the checkout: the tickets go to Bern
    await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, a: mailed.address.addressId }, { headers: guest });
    const paid = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { userErrors { code } } }`, { id: orderId, k: key() }, { headers: guest });
    expect(paid.data.payOrder.userErrors).toEqual([]);
    const closed = await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state } userErrors { code } } }`, { id: orderId, k: key() }, { headers: guest });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED' }, userErrors: [] });
    // a closed order is out of the guest token's reach: its delivery, address included, too
    expect((await stack.query(WITH_ADDRESS, { o: orderId, m: MAIL, in: { ...bern, line1: 'Bundesplatz 5' } }, { headers: guest })).data.chooseShipmentMode.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'orderId' }]);

    // the address was saved on the guest's own contact: once registered, it is among its addresses, not Alice's
    const registered = await stack.query(`mutation { registerGuest(password: "a-long-enough-password") { token userErrors { code } } }`, {}, { headers: guest });
    const me = await stack.query(`{ me { addresses { id city } } }`, {}, { headers: { authorization: `Bearer ${registered.data.registerGuest.token}` } });
    expect(me.data.me.addresses).toEqual([{ id: mailed.address.addressId, city: 'Bern' }]);
    const alicesAddresses = (await stack.query(`{ me { addresses { city } } }`, {}, { headers: alice })).data.me.addresses;
    expect(alicesAddresses.map((a: any) => a.city)).not.toContain('Bern');
  });

  it('charges the delivery in what is paid, then locks it', async () => {
    const orderId = await newOrder();
    await stack.query(CHOOSE, { o: orderId, m: MAIL }, { headers: alice });
    const { total } = (await stack.query(MONEY, { id: orderId }, { headers: alice })).data.order;
    const paid = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: GIFT_VOUCHER, voucherCode: "GIFT-100" }, idempotencyKey: $k) { userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(paid.data.payOrder.userErrors).toEqual([]);
    const closed = await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state total { amount } amountDue { amount } } userErrors { code } } }`, { id: orderId, k: key() }, { headers: alice });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED', total: { amount: total.amount }, amountDue: { amount: '0.00' } }, userErrors: [] });
    const orders = await (await fetch(`${stack.sim.url}/__admin/orders`)).json() as { orderId: number; saleAmount: number }[];
    expect(orders.find((o) => o.orderId === Number(orderId))?.saleAmount).toBe(cents(total.amount) * 10); // SecuTix was paid the delivery too

    await stack.sim.reset();
    const locked = await stack.query(CHOOSE, { o: orderId, m: '501' }, { headers: alice });
    expect(locked.data.chooseShipmentMode.userErrors).toEqual([{ code: 'SHIPMENT_LOCKED', field: 'orderId' }]);
    expect(await stack.sim.count('ShipmentPublicService.changeShipmentMode')).toBe(0);
  });
});
