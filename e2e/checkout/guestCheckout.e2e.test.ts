import { randomUUID } from 'node:crypto';
import { type Stack, CREATE, checkoutCalls, chooseDelivery, loginAs, pickTariff } from '@stx/testing';
import { checkoutStack } from './checkoutStack';

const key = () => `key-${randomUUID()}`;
const GUEST = `mutation($in: GuestContactInput!) { createGuestContact(input: $in) { contactNumber guestToken guestTokenExpiresAt userErrors { code } } }`;

/**
 * A buyer without an account: a guest contact and its short-lived guest token create, deliver,
 * pay and close an order, and reach nothing else; then the guest registers. Through the gateway
 * against the simulator, with the SecuTix calls it costs.
 */
describe.each(['soap', 'json'] as const)('guest checkout (%s)', (transport) => {
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    ({ stack, alice } = await checkoutStack(transport));
  }, 60_000);
  afterAll(() => stack?.close());

  it('creates, delivers, pays and closes an order with the guest token, which reaches nothing else', async () => {
    const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
    await stack.sim.reset();
    const created = await stack.query(GUEST, { in: { email, firstName: 'Gina', lastName: 'Guest', language: 'en' } });
    const { contactNumber, guestToken, guestTokenExpiresAt } = created.data.createGuestContact;
    expect(created.data.createGuestContact.userErrors).toEqual([]);
    expect(Date.parse(guestTokenExpiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(await checkoutCalls(stack)).toEqual({ 'ContactInformationPublicService.createCulturalContact': 1 });
    const guest = { authorization: `Bearer ${guestToken}` };

    const t = await pickTariff(stack, { maxAmount: 60 });
    const order = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: guest });
    expect(order.data.createOrder.userErrors).toEqual([]);
    const orderId = order.data.createOrder.order.id;
    await chooseDelivery(stack, orderId, guest, '502');
    const pay = await stack.query(`mutation($id: ID!, $k: String!) { payOrder(orderId: $id, payment: { method: CARD }, idempotencyKey: $k) { paymentUrl userErrors { code } } }`, { id: orderId, k: key() }, { headers: guest });
    expect(pay.data.payOrder.userErrors).toEqual([]);
    expect((await fetch(`${pay.data.payOrder.paymentUrl}/pay`, { method: 'POST' })).status).toBe(200);
    const closed = await stack.query(`mutation($id: ID!, $k: String!) { closeOrder(orderId: $id, idempotencyKey: $k) { order { state paymentState } userErrors { code } } }`, { id: orderId, k: key() }, { headers: guest });
    expect(closed.data.closeOrder).toEqual({ order: { state: 'CLOSED', paymentState: 'PAID' }, userErrors: [] });

    // only open orders: the closed one is gone for the guest token, and no account field answers
    const after = await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, { headers: guest });
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const me = await stack.query(`{ me { contactNumber } }`, {}, { headers: guest });
    expect(me.data?.me ?? null).toBeNull();
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const profile = await stack.query(`mutation { updateMyProfile(input: { firstName: "Eve" }) { userErrors { code } } }`, {}, { headers: guest });
    expect(profile.errors?.[0].extensions?.code ?? profile.data?.updateMyProfile?.userErrors?.[0]?.code).toBe('UNAUTHENTICATED');

    // another contact's order is out of reach too, and so is the guest's for that contact
    const alices = await stack.query(CREATE, { input: { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] }, key: key() }, { headers: alice });
    const foreign = await stack.query(`mutation($id: ID!, $k: String!) { cancelOrder(orderId: $id, idempotencyKey: $k) { userErrors { code } } }`, { id: alices.data.createOrder.order.id, k: key() }, { headers: guest });
    expect(foreign.data.cancelOrder.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const theirs = await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, { headers: alice });
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    void contactNumber;
  });

  it('turns the guest into a registered contact, ending the guest token', async () => {
    const email = `later-${randomUUID().slice(0, 8)}@example.com`;
    const created = await stack.query(GUEST, { in: { email, firstName: 'Lou', lastName: 'Later' } });
    const guest = { authorization: `Bearer ${created.data.createGuestContact.guestToken}` };
    const short = await stack.query(`mutation { registerGuest(password: "x") { token userErrors { code field } } }`, {}, { headers: guest });
    expect(short.data.registerGuest.userErrors[0].code).toBe('INVALID_INPUT');
    const anonymous = await stack.query(`mutation { registerGuest(password: "a-long-enough-password") { token userErrors { code } } }`);
    expect(anonymous.data.registerGuest.userErrors).toEqual([{ code: 'UNAUTHENTICATED' }]);

    const registered = await stack.query(`mutation { registerGuest(password: "a-long-enough-password") { token contact { contactNumber email guest } userErrors { code } } }`, {}, { headers: guest });
    expect(registered.data.registerGuest).toMatchObject({ userErrors: [], contact: { contactNumber: created.data.createGuestContact.contactNumber, email, guest: false } });
    const ended = await stack.query(`{ __typename }`, {}, { headers: guest });
    expect(ended.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    const login = await loginAs(stack, email, 'a-long-enough-password');
    expect((await stack.query(`{ me { contactNumber guest } }`, {}, { headers: login })).data.me).toEqual({ contactNumber: created.data.createGuestContact.contactNumber, guest: false });
    const again = await stack.query(GUEST, { in: { email, firstName: 'Lou', lastName: 'Later' } });
    const twice = await stack.query(`mutation { registerGuest(password: "another-long-password") { userErrors { code } } }`, {}, { headers: { authorization: `Bearer ${again.data.createGuestContact.guestToken}` } });
    expect(twice.data.registerGuest.userErrors).toEqual([{ code: 'EMAIL_ALREADY_REGISTERED' }]);
  });
});
