import { freshDatabase, startStack, type Stack } from '@stx/testing';
import { Client } from 'pg';
import { asOperator, operatorToken, runAndWait, simJson } from './distributionHelpers';

jest.setTimeout(120_000);

describe('distribution through the gateway: Ticketnet and another institution', () => {
  let stack: Stack;
  let db: { url: string; drop(): Promise<void> };
  let q: ReturnType<typeof asOperator>;
  let simHost: string;

  beforeAll(async () => {
    db = await freshDatabase();
    stack = await startStack({ env: { DATABASE_URL: db.url, DISTRIBUTION_POLLING_SECONDS: '1', DISTRIBUTION_RETRY_DELAY_SECONDS: '1' } });
    q = asOperator(stack, await operatorToken(stack));
    simHost = new URL(stack.sim.url).host;
  });
  afterAll(async () => {
    await stack?.close();
    await db?.drop();
  });

  const TICKETNET = `mutation($i: TicketnetPartnerInput!) { createTicketnetPartner(input: $i) { partner { id kind name } userErrors { code field message } } }`;
  const INSTITUTION = `mutation($i: InstitutionPartnerInput!) { createInstitutionPartner(input: $i) { partner { id kind name } userErrors { code field message } } }`;
  const SET = `mutation($p: ID!, $i: CorrespondenceInput!) { setCorrespondence(partnerId: $p, input: $i) { correspondence { externalId } userErrors { code field message } } }`;
  const LINES = `query($id: ID!) { distributionPartner(id: $id) { linesToFill { objectType managerId label suggestion } exportables { productId performanceId exportable reasons } } }`;

  it('refuses a wrong operator password and has the two demo partners', async () => {
    const bad = await stack.query(`mutation { operatorLogin(login: "operator@DEMO", password: "nope") { token userErrors { code } } }`);
    expect(bad.data.operatorLogin).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const partners = (await q(`{ distributionPartners { id kind name } }`)).data.distributionPartners;
    expect(partners.map((p: any) => p.kind).sort()).toEqual(['SECUTIX_INSTITUTION', 'TICKETNET']);
  });

  it('sets up both partners, exports, sells at the partner and reintegrates each operation once', async () => {
    const ticketnetInput = { name: 'Ticketnet FR', address: simHost, login: 'TKN-DEMO', password: 'ticketnet-demo-password', institutionCode: '505', serverName: 'TKNSIM', clientName: 'ELCA', priceDifference: 'ERROR', notificationEmails: 'ops@demo.example; box@demo.example', salesChannelCode: 'TICKETNET' };
    const refused = (await q(TICKETNET, { i: { ...ticketnetInput, address: 'http://tn.example', notificationEmails: 'a@x.fr, b@y.fr' } })).data.createTicketnetPartner;
    expect(refused.partner).toBeNull();
    expect(refused.userErrors.map((e: any) => e.code).sort()).toEqual(['ADDRESS_RULE', 'EMAILS_RULE']);
    const tn = (await q(TICKETNET, { i: ticketnetInput })).data.createTicketnetPartner.partner;
    expect(tn.kind).toBe('TICKETNET');

    const institutionInput = { name: 'Distributor', url: stack.sim.url, institutionCode: 'DIST', operatorName: 'DIST_GRAPH', login: 'DIST_GRAPH@DIST', password: 'distributor-demo-password', priceDifference: 'IGNORE_RESELLER_PRICE', salesChannelCode: 'DIST' };
    const badName = (await q(INSTITUTION, { i: { ...institutionInput, operatorName: 'DIST_GRAPHQLX', login: 'DIST_GRAPHQLX@DIST' } })).data.createInstitutionPartner.userErrors;
    expect(badName).toEqual([expect.objectContaining({ code: 'OPERATOR_NAME_RULE', field: 'operatorName' })]);
    expect((await q(INSTITUTION, { i: { ...institutionInput, login: 'DIST_GRAPH' } })).data.createInstitutionPartner.userErrors[0].code).toBe('LOGIN_RULE');
    const inst = (await q(INSTITUTION, { i: institutionInput })).data.createInstitutionPartner.partner;

    // Ticketnet: the lines to fill appear with the Ticketnet guide's suggestions; invalid values are refused with the rule named
    const tnLines = (await q(LINES, { id: tn.id })).data.distributionPartner;
    const event = tnLines.linesToFill.find((l: any) => l.objectType === 'EVENT');
    const competitionPerf = tnLines.linesToFill.find((l: any) => l.objectType === 'PERFORMANCE');
    expect(event.suggestion).toMatch(/^\d{4}$/);
    expect(competitionPerf.suggestion).toMatch(/^\d{4}_\d{10}$/);
    const reject = async (input: Record<string, string>) => (await q(SET, { p: tn.id, i: input })).data.setCorrespondence.userErrors[0]?.code;
    expect(await reject({ objectType: 'EVENT', secutixId: event.managerId, externalId: '1234567890' })).toBe('TICKETNET_INTEGER_RULE');
    expect(await reject({ objectType: 'PERFORMANCE', secutixId: competitionPerf.managerId, externalId: '1702' })).toBe('COMPETITION_FORM_RULE');
    expect(await reject({ objectType: 'VAT_CODE', secutixId: '81', externalId: '1' })).toBe('OBJECT_TYPE_RULE');
    for (const l of tnLines.linesToFill) {
      const r = await q(SET, { p: tn.id, i: { objectType: l.objectType, secutixId: l.managerId, externalId: l.suggestion } });
      expect(r.data.setCorrespondence.userErrors).toEqual([]);
    }
    const after = (await q(LINES, { id: tn.id })).data.distributionPartner;
    expect(after.linesToFill).toEqual([]);
    const refusedPasses = after.exportables.filter((e: any) => !e.exportable && e.performanceId === null);
    expect(refusedPasses.map((e: any) => e.reasons[0])).toEqual([expect.stringContaining('visit pass'), expect.stringContaining('undated pass')]);

    // another institution: the manager's technical ids as external ids
    const instLines = (await q(LINES, { id: inst.id })).data.distributionPartner.linesToFill;
    expect(new Set(instLines.map((l: any) => l.objectType))).toEqual(new Set(['SEASON', 'ACTIVITY', 'VAT_CODE', 'TARIFF_TYPE', 'AUDIENCE_SUB_CATEGORY', 'SEAT_CATEGORY']));
    expect((await q(SET, { p: inst.id, i: { objectType: 'SEASON', secutixId: '77', externalId: 'S2017' } })).data.setCorrespondence.userErrors[0].code).toBe('TECHNICAL_ID_RULE');
    for (const l of instLines) await q(SET, { p: inst.id, i: { objectType: l.objectType, secutixId: String(90000 + Number(l.managerId)), externalId: l.managerId } });

    // one numbered event and the event with the unnumbered zone; the second export of the same event is refused
    const eventProduct = event.managerId;
    const products = after.exportables.filter((e: any) => e.performanceId === null && e.exportable).map((e: any) => e.productId);
    const unnumberedProduct = products[products.length - 1];
    const catalog = await runAndWait(q, tn.id, 'CATALOG_EXPORT', [eventProduct, unnumberedProduct]);
    expect(catalog).toMatchObject({ state: 'OK', errorCount: 0 });
    const again = (await q(`mutation($p: ID!) { startDistributionRun(partnerId: $p, kind: CATALOG_EXPORT, productIds: ["${eventProduct}"]) { queued userErrors { code message } } }`, { p: tn.id })).data.startDistributionRun;
    expect(again).toEqual({ queued: false, userErrors: [{ code: 'ALREADY_EXPORTED', message: expect.stringContaining('Call Ticketnet') }] });
    expect(await runAndWait(q, tn.id, 'ALLOTMENT_EXPORT', [eventProduct, unnumberedProduct])).toMatchObject({ state: 'OK', errorCount: 0 });

    const events = await simJson<any[]>(stack, '/__admin/distribution/ticketnet/events');
    expect(events.map((e) => e.received)).toEqual([1, 1]);
    const ga = events.flatMap((e) => e.sessions).flatMap((s: any) => s.zones).find((z: any) => !z.numbered);
    expect(ga.rows).toEqual([{ row: '1', first: 1, last: 1000 }, { row: '2', first: 1, last: 1000 }, { row: '3', first: 1, last: 500 }]);

    // the partner sells 3, duplicates 1, refunds 1; two reintegrations
    const numbered = events.find((e) => e.sessions.some((s: any) => s.zones.every((z: any) => z.numbered)));
    const sold = await simJson<any[]>(stack, '/__admin/distribution/ticketnet/sell', { eventId: numbered.eventId, quantity: 3 });
    await simJson(stack, '/__admin/distribution/ticketnet/duplicate', { operationId: sold[0].operationId });
    await simJson(stack, '/__admin/distribution/ticketnet/refund', { operationId: sold[1].operationId });
    const first = await runAndWait(q, tn.id, 'SALES_REINTEGRATION');
    expect(first).toMatchObject({ state: 'OK', okCount: 5, errorCount: 0 });
    const second = await runAndWait(q, tn.id, 'SALES_REINTEGRATION');
    expect(second).toMatchObject({ state: 'OK', okCount: 0, errorCount: 0 });

    const orders = (await simJson<any[]>(stack, '/__admin/orders')).filter((o) => o.contactNumber === '9000001');
    expect(orders.map((o) => o.state).sort()).toEqual(['CANCELLED', 'CLOSED', 'CLOSED']);
    const calls = await stack.sim.calls();
    expect([calls['ExternalSalesService.importExternalSale'], calls['ExternalSalesService.duplicateExternalTicket'], calls['ExternalSalesService.refundExternalSale']]).toEqual([3, 1, 1]);
    const movements = await simJson<any[]>(stack, '/__admin/distribution/movements');
    expect(movements.filter((m) => m.kind === 'SALE')).toHaveLength(3);

    // another institution: a synchronisation (sent twice, updated), its sale reintegrated on its own technical contact
    const instProduct = eventProduct;
    expect(await runAndWait(q, inst.id, 'CATALOG_EXPORT', [instProduct])).toMatchObject({ state: 'OK', errorCount: 0 });
    expect(await runAndWait(q, inst.id, 'CATALOG_EXPORT', [instProduct])).toMatchObject({ state: 'OK', errorCount: 0 });
    expect(await runAndWait(q, inst.id, 'ALLOTMENT_EXPORT', [instProduct])).toMatchObject({ state: 'OK' });
    await simJson(stack, '/__admin/distribution/distributor/sell', { eventId: instProduct, quantity: 1 });
    expect(await runAndWait(q, inst.id, 'SALES_REINTEGRATION')).toMatchObject({ state: 'OK', okCount: 1 });
    expect((await simJson<any[]>(stack, '/__admin/orders')).filter((o) => o.contactNumber === '9000002')).toHaveLength(1);
  });

  it('logs a price difference as an error under "error" and notifies the partner operators through the outbox', async () => {
    const tn = (await q(`{ distributionPartners { id name } }`)).data.distributionPartners.find((p: any) => p.name === 'Ticketnet FR');
    const events = await simJson<any[]>(stack, '/__admin/distribution/ticketnet/events');
    const numbered = events.find((e) => e.sessions.some((s: any) => s.zones.every((z: any) => z.numbered)));
    await simJson(stack, '/__admin/distribution/ticketnet/sell', { eventId: numbered.eventId, quantity: 1, price: '1.00' });
    const run = await runAndWait(q, tn.id, 'SALES_REINTEGRATION');
    expect(run).toMatchObject({ state: 'ERROR', errorCount: 1 });
    expect(run.logs[0].reason).toContain('price-difference setting is "error"');
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const mails = (await pg.query('SELECT recipients, subject FROM outbox WHERE run_id = $1', [Number(run.id)])).rows;
    await pg.end();
    expect(mails).toEqual([{ recipients: 'ops@demo.example;box@demo.example', subject: expect.stringContaining('1 error(s)') }]);
  });

  it("answers Ticketnet's rows of 1,000 seats", async () => {
    const rows = (await q(`{ unnumberedSeatRows(capacity: 2500) { row first last } }`)).data.unnumberedSeatRows;
    expect(rows).toEqual([{ row: 1, first: 1, last: 1000 }, { row: 2, first: 1, last: 1000 }, { row: 3, first: 1, last: 500 }]);
  });
});
