import { signIdentity } from '@stx/identity';
import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const ME = `{ me { contactNumber email firstName lastName language guest addresses { id isMain line1 zipCode city countryCode } optIns { code value } criteria { code values } creditBalance { amount currencyCode } } }`;
const CONTACTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { contactNumber firstName } } }`;
const { alice, bob } = DEMO_ACCOUNTS.buyers;

/** The contacts subgraph alone with the simulator: the caller named by the gateway's signed identity header. */
describe('the contacts subgraph alone', () => {
  let contacts: SubgraphUnderTest;
  beforeAll(async () => {
    contacts = await startSubgraph('contacts');
  });
  afterAll(() => contacts?.close());

  it("answers `me` with the seeded contact's profile, address, opt-ins, criteria and credit", async () => {
    const res = await contacts.query(ME, {}, { headers: contacts.asCaller(alice.contactNumber) });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toEqual({
      contactNumber: '1000001', email: 'alice@example.com', firstName: 'Alice', lastName: 'Martin', language: 'fr', guest: false,
      addresses: [{ id: '80001', isMain: true, line1: 'Avenue de la Gare 12', zipCode: '1003', city: 'Lausanne', countryCode: 'CH' }],
      optIns: [{ code: 'NEWSLETTER', value: true }, { code: 'PARTNER_OFFERS', value: false }],
      criteria: [{ code: 'FAVORITE_GENRE', values: ['OPERA'] }],
      creditBalance: { amount: '50.00', currencyCode: 'EUR' },
    });
  });

  it('refuses `me` without an identity header (UNAUTHENTICATED, no SecuTix call) and a header not signed with its secret (401)', async () => {
    await contacts.sim.reset();
    const anonymous = await contacts.query(ME);
    expect(anonymous.data?.me).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await contacts.sim.total()).toBe(0);
    const forged = await contacts.query(ME, {}, { headers: { 'x-stx-identity': signIdentity({ contactNumber: alice.contactNumber }, 'a-secret-that-is-not-the-gateways-one', Date.now()) } });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("resolves the caller's own contact references in one SecuTix call, and refuses another contact's as FORBIDDEN", async () => {
    await contacts.sim.reset();
    const own = await contacts.query(CONTACTS, { r: [{ __typename: 'Contact', contactNumber: bob.contactNumber }, { __typename: 'Contact', contactNumber: bob.contactNumber }] }, { headers: contacts.asCaller(bob.contactNumber) });
    expect(own.data._entities).toEqual([{ contactNumber: '1000002', firstName: 'Bob' }, { contactNumber: '1000002', firstName: 'Bob' }]);
    expect(await contacts.sim.count('ContactInformationPublicService.getContactData')).toBe(1);
    const other = await contacts.query(CONTACTS, { r: [{ __typename: 'Contact', contactNumber: alice.contactNumber }] }, { headers: contacts.asCaller(bob.contactNumber) });
    expect(other.data._entities).toEqual([null]);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input: a country that is none (BAD_USER_INPUT), a wrong password and an address not the caller (userErrors)', async () => {
    const badCountry = await contacts.query(`mutation { saveMyAddress(input: { line1: "Rue 1", zipCode: "1000", city: "Lausanne", countryCode: "ZZ" }) { userErrors { code } } }`, {}, { headers: contacts.asCaller(alice.contactNumber) });
    expect(badCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', scalar: 'CountryCode' });
    const login = await contacts.query(`mutation($e: String!) { login(email: $e, password: "not-her-password") { token userErrors { code } } }`, { e: alice.email });
    expect(login.data.login).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const notHers = await contacts.query(`mutation { deleteMyAddress(id: "80002") { userErrors { code } } }`, {}, { headers: contacts.asCaller(alice.contactNumber) });
    expect(notHers.data.deleteMyAddress.userErrors).toEqual([{ code: 'ADDRESS_NOT_FOUND' }]);
  });

  it('logs a seeded buyer in: a token and the contact', async () => {
    const res = await contacts.query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token contact { contactNumber lastName } userErrors { code } } }`, { e: bob.email, p: bob.password });
    expect(res.data.login).toMatchObject({ token: expect.any(String), contact: { contactNumber: '1000002', lastName: 'Keller' }, userErrors: [] });
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    await contacts.sim.faults(failing('ContactInformationPublicService.getContactData'));
    try {
      const res = await contacts.query(ME, {}, { headers: contacts.asCaller('1000004') });
      expect(res.data?.me).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await contacts.sim.faults({});
    }
  });
});
