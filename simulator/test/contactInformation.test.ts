import type { Simulator } from '../src';
import { admin, callJson, manualClock, startTestSimulator, validJwt } from './helpers';

/** an address under the reference's names (ContactAddressData) and ours, the same values */
const bothNames = (a: { addressId: number; isMain: boolean; firstAddressLine: string; secondAddressLine?: string; zipCode: string; locality: string; countryCode: string }) => ({
  ...a,
  contactAddressId: a.addressId,
  main: a.isMain,
  street1: a.firstAddressLine,
  ...(a.secondAddressLine === undefined ? {} : { street2: a.secondAddressLine }),
  town: a.locality,
  formattedAddress: [a.firstAddressLine, a.secondAddressLine, `${a.zipCode} ${a.locality}`, a.countryCode].filter(Boolean).join(', '),
  billingAddress: a.isMain,
  shippingAddress: a.isMain,
  normalizationRating: 'UNKNOWN',
  normalizationState: 'NOT_NORMALIZED',
});

const ALICE = {
  contactNumber: '1000001',
  contactId: 1000001,
  hasAdvantages: false,
  hasWarning: false,
  advantages: [],
  authorizations: [],
  contactConnections: [],
  contactQualities: [],
  createdFrom: {},
  type: 'INDIVIDUAL',
  role: 'PUBLIC',
  state: 'ACTIVE',
  guest: false,
  creationDate: '2024-01-15T10:00:00.000Z',
  financialData: { creditBalance: 50_000 },
  individualContact: {
    login: 'alice@example.com',
    email: 'alice@example.com',
    individualTitle: 'MRS',
    individualFirstname: 'Alice',
    individualLastname: 'Martin',
    language: 'fr',
    phoneNumber1: '+41215550101',
  },
  addresses: [bothNames({ addressId: 80001, isMain: true, firstAddressLine: 'Avenue de la Gare 12', zipCode: '1003', locality: 'Lausanne', countryCode: 'CH' })],
  indicators: [{ code: 'NEWSLETTER', value: true }, { code: 'PARTNER_OFFERS', value: false }],
  contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['OPERA'] }],
};

describe('ContactInformationPublicService over JSON', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ now: clock.now });
  });
  afterAll(() => sim.close());
  beforeEach(() => admin(sim, 'reset', { data: true }));

  const info = async (method: string, body: unknown) => (await callJson(sim, 'contactInformationPublicService', method, body, validJwt(clock.now()))).json;
  /** the contact's own fields: ContactDataResult carries them next to its status */
  const contactOf = ({ statusCode: _s, statusDetail: _d, requestId: _r, ...fields }: Record<string, unknown>) => fields as any;
  const contact = async (contactNumber: string) => contactOf(await info('getContactData', { contactNumber, details: [] }));
  const create = (entries: Record<string, unknown>[]) => info('createCulturalContact', { contactDataList: entries });

  describe('getContactData', () => {
    it('returns the seeded Alice with every section when details is empty', async () => {
      const res = await info('getContactData', { contactNumber: '1000001', details: [] });
      expect(res).toEqual({ statusCode: 'success', statusDetail: 'OK', requestId: expect.any(Number), ...ALICE });
    });

    it('restricts the answer to the sections in details', async () => {
      const data = await info('getContactData', { contactNumber: '1000002', details: ['GENERAL', 'INDICATORS'] });
      expect(data.individualContact).toMatchObject({ individualLastname: 'Keller', language: 'de' });
      expect(data.indicators).toEqual([{ code: 'NEWSLETTER', value: false }, { code: 'SMS', value: true }]);
      // sections not asked for are explicit empty lists
      expect(data.addresses).toEqual([]);
      expect(data.contactCriteria).toEqual([]);
    });

    it('answers error.contact.notFound for an unknown contact, error.invalidParameter for nonsense', async () => {
      expect(await info('getContactData', { contactNumber: '9999999' })).toMatchObject({ statusCode: 'error.contact.notFound' });
      expect((await info('getContactData', { contactNumber: '1'.repeat(21) })).statusCode).toBe('error.invalidParameter');
      expect((await info('getContactData', { contactNumber: '1000001', details: ['EVERYTHING'] })).statusCode).toBe('error.invalidParameter');
    });
  });

  it('searchContactsByEmail finds every contact sharing an e-mail, case-insensitively', async () => {
    expect((await info('searchContactsByEmail', { email: 'ALICE@example.com' })).contactNumbers).toEqual(['1000001', '1000003']);
    expect((await info('searchContactsByEmail', { email: 'nobody@example.com' })).contactNumbers).toEqual([]);
    expect((await info('searchContactsByEmail', { email: 'not-an-email' })).statusCode).toBe('error.invalidParameter');
  });

  describe('createCulturalContact', () => {
    it('creates a contact with a login who can then authenticate; a second login on that e-mail is refused', async () => {
      const res = await create([{ email: 'Eve@Example.com', firstName: 'Eve', lastName: 'Moreau', createLogin: true, password: 'eve-password-1', language: 'en' }]);
      expect(res.statusCode).toBe('success');
      expect(res.culturalContactData).toEqual([
        expect.objectContaining({ contactNumber: '1000006', guest: false, creationDate: new Date(clock.now()).toISOString(), individualContact: { login: 'eve@example.com', email: 'eve@example.com', individualFirstname: 'Eve', individualLastname: 'Moreau', language: 'en' } }),
      ]);
      expect(JSON.stringify(res)).not.toContain('eve-password-1');
      const auth = await callJson(sim, 'contactAuthenticationPublicService', 'authenticate', { contactAuthenticationData: { login: 'eve@example.com', password: 'eve-password-1' } }, validJwt(clock.now()));
      expect(auth.json).toMatchObject({ statusCode: 'success', contactNumber: '1000006' });

      const again = await create([{ email: 'eve@example.com', firstName: 'Eve', lastName: 'Two', createLogin: true, password: 'another-password' }]);
      expect(again).toMatchObject({ statusCode: 'error.contact.loginAlreadyUsed' });
      expect((await info('searchContactsByEmail', { email: 'eve@example.com' })).contactNumbers).toEqual(['1000006']);
    });

    it('refuses a login on a seeded e-mail but lets guests share it', async () => {
      expect((await create([{ email: 'alice@example.com', firstName: 'A', lastName: 'M', createLogin: true, password: 'long-password' }])).statusCode).toBe('error.contact.loginAlreadyUsed');
      const guest = await create([{ email: 'alice@example.com', firstName: 'Alice', lastName: 'Martin', createLogin: false }]);
      expect(guest.culturalContactData[0]).toMatchObject({ guest: true, individualContact: { email: 'alice@example.com', language: 'fr' } });
      expect(guest.culturalContactData[0].individualContact).not.toHaveProperty('login');
    });

    it('ties each entry\'s identifier to the contact made for it in identifierContactMap (the reference\'s Map of Long, String)', async () => {
      const res = await create([
        { email: 'one@example.com', firstName: 'O', lastName: 'Ne', createLogin: false, identifier: 71 },
        { email: 'two@example.com', firstName: 'T', lastName: 'Wo', createLogin: false },
        { email: 'three@example.com', firstName: 'T', lastName: 'Hree', createLogin: false, identifier: 73 },
      ]);
      const [one, , three] = res.culturalContactData.map((c: { contactNumber: string }) => c.contactNumber);
      expect(res.identifierContactMap).toEqual({ 71: one, 73: three });
      expect((await create([{ email: 'four@example.com', firstName: 'F', lastName: 'Our', createLogin: false }])).identifierContactMap).toEqual({});
    });

    it('creates all of a list or nothing, and refuses a malformed e-mail', async () => {
      const res = await create([
        { email: 'first@example.com', firstName: 'F', lastName: 'One', createLogin: false },
        { email: 'not an e-mail', firstName: 'S', lastName: 'Two', createLogin: false },
      ]);
      expect(res.statusCode).toBe('error.invalidParameter');
      expect((await info('searchContactsByEmail', { email: 'first@example.com' })).contactNumbers).toEqual([]);
      expect((await create([{ email: 'x@example.com', firstName: 'X', lastName: 'Y', createLogin: true, password: 'short' }])).statusCode).toBe('error.invalidParameter');
    });
  });

  describe('updates', () => {
    it('updateContactData changes only the fields given, visible in the next getContactData', async () => {
      const res = await info('updateContactData', { contactNumber: '1000001', individualContact: { individualLastname: 'Martin-Favre', phoneNumber1: '' } });
      expect(res).toMatchObject({ statusCode: 'success' });
      expect((await contact('1000001')).individualContact).toEqual({ ...ALICE.individualContact, individualLastname: 'Martin-Favre', phoneNumber1: undefined });
    });

    it('refuses an empty name or unknown language and changes nothing', async () => {
      expect((await info('updateContactData', { contactNumber: '1000001', individualContact: { individualTitle: 'DR', individualFirstname: ' ' } })).statusCode).toBe('error.invalidParameter');
      expect((await info('updateContactData', { contactNumber: '1000001', individualContact: { language: 'xx' } })).statusCode).toBe('error.invalidParameter');
      expect((await contact('1000001')).individualContact).toEqual(ALICE.individualContact);
    });

    it('stamps lastUpdate on every change, visible in /__admin/contacts', async () => {
      const before = (await admin(sim, 'contacts')).body.find((c: { contactNumber: string }) => c.contactNumber === '1000002');
      expect(before).toEqual({ contactNumber: '1000002', email: 'bob@example.com', hasLogin: true, lastUpdate: '2025-02-10T17:45:00.000Z' });
      clock.advance(60_000);
      await info('updateCriteria', { contactNumber: '1000002', contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['JAZZ'] }] });
      const after = (await admin(sim, 'contacts')).body.find((c: { contactNumber: string }) => c.contactNumber === '1000002');
      expect(after.lastUpdate).toBe(new Date(clock.now()).toISOString());
    });

    it('updateIndicators sets the given codes and refuses unknown ones without a partial change', async () => {
      expect((await info('updateIndicators', { contactNumber: '1000001', indicators: [{ code: 'NEWSLETTER', value: false }, { code: 'SMS', value: true }] })).statusCode).toBe('success');
      expect((await contact('1000001')).indicators).toEqual([{ code: 'NEWSLETTER', value: false }, { code: 'PARTNER_OFFERS', value: false }, { code: 'SMS', value: true }]);
      const refused = await info('updateIndicators', { contactNumber: '1000001', indicators: [{ code: 'PARTNER_OFFERS', value: true }, { code: 'PHONE_CALLS', value: true }] });
      expect(refused.statusCode).toBe('error.invalidParameter');
      expect((await contact('1000001')).indicators).toContainEqual({ code: 'PARTNER_OFFERS', value: false });
    });

    it('updateCriteria replaces, adds and (with no values) removes criteria', async () => {
      await info('updateCriteria', { contactNumber: '1000001', contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['OPERA', 'BALLET'] }, { criterionCode: 'AGE_GROUP', values: ['30_45'] }] });
      expect((await contact('1000001')).contactCriteria).toEqual([{ criterionCode: 'FAVORITE_GENRE', values: ['OPERA', 'BALLET'] }, { criterionCode: 'AGE_GROUP', values: ['30_45'] }]);
      await info('updateCriteria', { contactNumber: '1000001', contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: [] }] });
      expect((await contact('1000001')).contactCriteria).toEqual([{ criterionCode: 'AGE_GROUP', values: ['30_45'] }]);
    });
  });

  describe('addresses', () => {
    const address = { firstAddressLine: 'Quai Wilson 47', zipCode: '1201', locality: 'Genève', countryCode: 'ch' };

    it('adds a second address, makes it main on request and unsets the other', async () => {
      const added = await info('createOrUpdateAddress', { contactNumber: '1000001', address });
      expect(added).toMatchObject({ statusCode: 'success', address: { addressId: 80004, isMain: false, countryCode: 'CH' } });
      const moved = await info('createOrUpdateAddress', { contactNumber: '1000001', address: { ...address, addressId: 80004, isMain: true, secondAddressLine: 'c/o Hotel' } });
      expect(moved.address).toEqual(bothNames({ addressId: 80004, isMain: true, firstAddressLine: 'Quai Wilson 47', secondAddressLine: 'c/o Hotel', zipCode: '1201', locality: 'Genève', countryCode: 'CH' }));
      const addresses = (await contact('1000001')).addresses;
      expect(addresses.map((a: { addressId: number; isMain: boolean }) => [a.addressId, a.isMain])).toEqual([[80001, false], [80004, true]]);
    });

    it('refuses an address id of another contact, and a bad country code', async () => {
      const foreign = await info('createOrUpdateAddress', { contactNumber: '1000001', address: { ...address, addressId: 80002 } });
      expect(foreign.statusCode).toBe('error.contact.addressNotFound');
      expect((await info('deleteAddress', { contactNumber: '1000001', addressId: 80002 })).statusCode).toBe('error.contact.addressNotFound');
      expect((await contact('1000002')).addresses).toHaveLength(1);
      expect((await info('createOrUpdateAddress', { contactNumber: '1000001', address: { ...address, countryCode: 'CHE' } })).statusCode).toBe('error.invalidParameter');
    });

    it('the first address of a contact is main; deleting the main address promotes the oldest left', async () => {
      const first = await info('createOrUpdateAddress', { contactNumber: '1000004', address });
      expect(first.address.isMain).toBe(true);
      const second = await info('createOrUpdateAddress', { contactNumber: '1000004', address: { ...address, firstAddressLine: 'Rue de Lyon 3' } });
      expect(second.address.isMain).toBe(false);
      expect((await info('deleteAddress', { contactNumber: '1000004', addressId: first.address.addressId })).statusCode).toBe('success');
      expect((await contact('1000004')).addresses).toEqual([{ ...second.address, isMain: true, main: true, billingAddress: true, shippingAddress: true }]);
    });
  });

  it('/__admin/contacts lists numbers and e-mails, never credentials; reset with data restores the seed', async () => {
    await create([{ email: 'new@example.com', firstName: 'N', lastName: 'Ew', createLogin: true, password: 'new-password-1' }]);
    const listed = await admin(sim, 'contacts');
    expect(listed.body.map((c: { contactNumber: string }) => c.contactNumber)).toEqual(['1000001', '1000002', '1000003', '1000004', '1000005', '1000006']);
    expect(JSON.stringify(listed.body)).not.toMatch(/password|scrypt|hash/i);
    await admin(sim, 'reset', { data: true });
    expect((await admin(sim, 'contacts')).body).toHaveLength(5);
  });
});
