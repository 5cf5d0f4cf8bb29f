import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import { errorMessages, failing, SECUTIX_FAULT_TEXT, startSubgraph, type SubgraphUnderTest } from '@stx/testing';

const PARTNERS = `{ distributionPartners { id kind name salesChannelCode } }`;
const LINES = `query($id: ID!) { distributionPartner(id: $id) { linesToFill { objectType managerId label suggestion } exportables { productId exportable } } }`;
const TICKETNET = `mutation($i: TicketnetPartnerInput!) { createTicketnetPartner(input: $i) { partner { id kind name productIds } userErrors { code field } } }`;
const LOGIN = `mutation($l: String!, $p: String!) { operatorLogin(login: $l, password: $p) { token userErrors { code } } }`;
const { operator, buyers } = DEMO_ACCOUNTS;
const ticketnetInput = { name: 'Ticketnet FR', address: '127.0.0.1:7001', login: 'TKN-FR', password: 'a-password', institutionCode: '505', clientName: 'ELCA', priceDifference: 'ERROR', notificationEmails: 'ops@demo.example; box@demo.example', salesChannelCode: 'TICKETNET' };

/**
 * The distribution subgraph alone with the simulator and a fresh PostgreSQL database holding the
 * two demo partners (DISTRIBUTION_DEMO_PARTNERS): a back-office operator named by the gateway's
 * signed identity header, the channel's offer read from SecuTix's ExternalSalesService.
 */
describe('the distribution subgraph alone', () => {
  let distribution: SubgraphUnderTest;
  let asOperator: Record<string, string>;
  let ticketnetId: string;
  beforeAll(async () => {
    distribution = await startSubgraph('distribution');
    asOperator = distribution.asCaller({ operator: operator.login, clientIp: '127.0.0.1' });
    ticketnetId = (await distribution.query(PARTNERS, {}, { headers: asOperator })).data.distributionPartners.find((p: { kind: string }) => p.kind === 'TICKETNET').id;
  });
  afterAll(() => distribution?.close());

  it('signs the seeded operator in (checked by SecuTix) and refuses a wrong password and a buyer', async () => {
    const ok = await distribution.query(LOGIN, { l: operator.login, p: operator.password });
    expect(ok.data.operatorLogin).toEqual({ token: expect.stringMatching(/^stxa1\./), userErrors: [] });
    const wrong = await distribution.query(LOGIN, { l: operator.login, p: 'not-the-password' });
    expect(wrong.data.operatorLogin).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const buyer = await distribution.query(LOGIN, { l: operator.login, p: operator.password }, { headers: distribution.asCaller(buyers.alice.contactNumber) });
    expect(buyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the demo partners to an operator only: a buyer and an anonymous caller are FORBIDDEN, a forged header 401', async () => {
    const res = await distribution.query(PARTNERS, {}, { headers: asOperator });
    expect(res.data.distributionPartners).toEqual([
      { id: ticketnetId, kind: 'TICKETNET', name: 'Ticketnet (demo)', salesChannelCode: 'TICKETNET' },
      { id: expect.any(String), kind: 'SECUTIX_INSTITUTION', name: 'Distributor institution (demo)', salesChannelCode: 'DIST' },
    ]);
    for (const headers of [distribution.asCaller(buyers.alice.contactNumber), {}]) {
      expect((await distribution.query(PARTNERS, {}, { headers })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await distribution.query(PARTNERS, {}, { headers: { 'x-stx-identity': 'stxid1.e30.forged' } })).status).toBe(401);
  });

  it("reads the channel's seeded offer once per request for the lines to fill and the exportability", async () => {
    await distribution.sim.reset();
    const res = await distribution.query(LINES, { id: ticketnetId }, { headers: asOperator });
    expect(res.errors).toBeUndefined();
    const { linesToFill, exportables } = res.data.distributionPartner;
    expect(linesToFill).toEqual(expect.arrayContaining([
      { objectType: 'EVENT', managerId: '10001', label: 'Piano recital: Dvořák', suggestion: expect.stringMatching(/^\d{4}$/) },
      { objectType: 'TARIFF', managerId: '401', label: 'PLEIN', suggestion: '1' },
    ]));
    // nothing is mapped yet, so nothing is exportable to Ticketnet
    expect(exportables.length).toBeGreaterThan(0);
    expect(exportables.filter((e: { exportable: boolean }) => e.exportable)).toEqual([]);
    expect(await distribution.sim.calls()).toEqual({ 'ExternalSalesService.getChannelCatalog': 1 });
  });

  it("refuses a partner that breaks SecuTix's rules with userErrors naming each field, storing nothing and asking SecuTix nothing", async () => {
    await distribution.sim.reset();
    const refused = await distribution.query(TICKETNET, { i: { ...ticketnetInput, address: 'http://tn.example', notificationEmails: 'a@x.fr, b@y.fr', productIds: ['abc'] } }, { headers: asOperator });
    expect(refused.data.createTicketnetPartner.partner).toBeNull();
    expect(refused.data.createTicketnetPartner.userErrors).toEqual(expect.arrayContaining([{ code: 'ADDRESS_RULE', field: 'address' }, { code: 'EMAILS_RULE', field: 'notificationEmails' }, { code: 'PRODUCT_IDS_RULE', field: 'productIds' }]));
    const taken = await distribution.query(TICKETNET, { i: { ...ticketnetInput, name: 'Ticketnet (demo)' } }, { headers: asOperator });
    expect(taken.data.createTicketnetPartner.userErrors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    expect((await distribution.query(PARTNERS, {}, { headers: asOperator })).data.distributionPartners).toHaveLength(2);
    expect(await distribution.sim.total()).toBe(0);
    const created = await distribution.query(TICKETNET, { i: { ...ticketnetInput, productIds: ['10001'] } }, { headers: asOperator });
    expect(created.data.createTicketnetPartner).toEqual({ partner: { id: expect.any(String), kind: 'TICKETNET', name: 'Ticketnet FR', productIds: ['10001'] }, userErrors: [] });
  });

  it("refuses bad arguments with coded errors: an unknown partner NOT_FOUND, a Ticketnet id that is no integer, bounds BAD_USER_INPUT", async () => {
    const unknown = await distribution.query(`{ distributionPartner(id: "abc") { id } }`, {}, { headers: asOperator });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const runs = await distribution.query(`{ distributionRuns(partnerId: "abc") { id } }`, {}, { headers: asOperator });
    expect(runs.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const set = await distribution.query(`mutation($p: ID!) { setCorrespondence(partnerId: $p, input: { objectType: TARIFF, secutixId: "401", externalId: "1234567890" }) { correspondence { externalId } userErrors { code field } } }`, { p: ticketnetId }, { headers: asOperator });
    expect(set.data.setCorrespondence).toEqual({ correspondence: null, userErrors: [expect.objectContaining({ code: 'TICKETNET_INTEGER_RULE' })] });
    const tooMany = await distribution.query(`{ unnumberedSeatRows(capacity: 1000001) { row } }`, {}, { headers: asOperator });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fine = await distribution.query(`{ unnumberedSeatRows(capacity: 2500) { row first last } }`, {}, { headers: asOperator });
    expect(fine.data.unnumberedSeatRows).toEqual([{ row: 1, first: 1, last: 1000 }, { row: 2, first: 1, last: 1000 }, { row: 3, first: 1, last: 500 }]);
  });

  it('answers UPSTREAM_UNAVAILABLE for a failing SecuTix, in our words', async () => {
    await distribution.sim.faults(failing('ExternalSalesService.getChannelCatalog'));
    try {
      const res = await distribution.query(LINES, { id: ticketnetId }, { headers: asOperator });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect(errorMessages(res)).not.toMatch(SECUTIX_FAULT_TEXT);
    } finally {
      await distribution.sim.faults({});
    }
  });
});
