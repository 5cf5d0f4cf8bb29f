import { randomUUID } from 'node:crypto';
import { startSimulator, type Simulator } from '@stx/secutix-sim';
import { backendEnv } from '@stx/secutix-runtime';
import { freshDatabase, SimControl } from '@stx/testing';
import { hostSubgraph, readSubgraphConfig, type Served } from '@stx/host';
import { silentLogger } from '@stx/observability';
import { distributionSubgraph, type DistributionHandles } from '../src';
import { requiredCorrespondences } from '../src/rules/requiredCorrespondences';
import { reintegrateSales } from '../src/runs/reintegrateSales';
import { runContext, runDistribution } from '../src/runs/runDistribution';
import { insertPartner, upsertCorrespondence, type Partner } from '../src/store/partners';
import { finishRun, RunAlreadyActive, startRun } from '../src/store/runs';

jest.setTimeout(60_000);

/** Two instances of the distribution subgraph on one PostgreSQL database, as two deployments would be. */
describe('reintegration on two instances at once', () => {
  let sim: Simulator;
  let db: { url: string; drop(): Promise<void> };
  let a: Served & DistributionHandles;
  let b: Served & DistributionHandles;
  let partner: Partner;
  let eventId: string;

  const post = async (path: string, body: unknown) => (await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, latency: 'none' });
    db = await freshDatabase();
    const env = {
      ...backendEnv({ url: sim.url, ...sim.credentials }), DATABASE_URL: db.url, DISTRIBUTION_PORT: '0', CACHE_NAMESPACE: `test:${randomUUID()}`,
      AUTH_TOKEN_SECRET: `t-${randomUUID()}`, IDENTITY_SECRET: `i-${randomUUID()}`, DISTRIBUTION_POLLING_SECONDS: '1',
    };
    a = await hostSubgraph(distributionSubgraph, readSubgraphConfig(distributionSubgraph, { ...env, DISTRIBUTION_INSTANCE: 'a' }), silentLogger);
    b = await hostSubgraph(distributionSubgraph, readSubgraphConfig(distributionSubgraph, { ...env, DISTRIBUTION_INSTANCE: 'b' }), silentLogger);
    const created = await insertPartner(a.deps.db, 'TICKETNET', 'Ticketnet', {
      address: new URL(sim.url).host, login: 'TKN-DEMO', password: 'ticketnet-demo-password', institutionCode: '505', serverName: '', clientName: 'ELCA',
      priceDifference: 'ERROR', notificationEmails: [], salesChannelCode: 'TICKETNET', productIds: [],
    });
    if (created === 'NAME_TAKEN') throw new Error('partner exists');
    partner = created;
    const { products } = await a.deps.sales.channelCatalog('TICKETNET');
    const event = products.find((p) => p.kind === 'EVENT' && !p.competition && p.performances[0].zones.every((z) => z.numbered))!;
    for (const line of requiredCorrespondences('TICKETNET', [event])) await upsertCorrespondence(a.deps.db, partner.id, { objectType: line.objectType, secutixId: line.id, externalId: line.suggestion! });
    await runDistribution(a.deps, { partnerId: partner.id, kind: 'CATALOG_EXPORT', trigger: 'MANUAL', productIds: [event.productId] });
    await runDistribution(a.deps, { partnerId: partner.id, kind: 'ALLOTMENT_EXPORT', trigger: 'MANUAL', productIds: [event.productId] });
    eventId = requiredCorrespondences('TICKETNET', [event]).find((l) => l.objectType === 'EVENT')!.suggestion!;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    await sim?.close();
  });

  it('does the same reintegration run once when both instances start it', async () => {
    const sold = await post('/__admin/distribution/ticketnet/sell', { eventId, quantity: 3 });
    await post('/__admin/distribution/ticketnet/duplicate', { operationId: sold[0].operationId });
    await post('/__admin/distribution/ticketnet/refund', { operationId: sold[1].operationId });
    const request = { partnerId: partner.id, kind: 'SALES_REINTEGRATION' as const, trigger: 'MANUAL' as const };
    const results = await Promise.allSettled([runDistribution(a.deps, request), runDistribution(b.deps, request)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(RunAlreadyActive) });
    const calls = await new SimControl(sim.url).calls();
    expect([calls['ExternalSalesService.importExternalSale'], calls['ExternalSalesService.duplicateExternalTicket'], calls['ExternalSalesService.refundExternalSale']]).toEqual([3, 1, 1]);
  });

  it('makes each partner operation one SecuTix movement even when two workers run the same run past the run lock', async () => {
    const sold = await post('/__admin/distribution/ticketnet/sell', { eventId, quantity: 4 });
    await post('/__admin/distribution/ticketnet/refund', { operationId: sold[3].operationId });
    const before = await new SimControl(sim.url).calls();
    // one run row, executed by a worker on each instance (a job delivered twice)
    const run = await startRun(a.deps.db, partner.id, 'SALES_REINTEGRATION', 'MANUAL', 'a', 900);
    const [ctxA, ctxB] = await Promise.all([runContext(a.deps, partner, run.id), runContext(b.deps, partner, run.id)]);
    const since = new Date(Date.now() - 3600_000);
    await Promise.all([reintegrateSales(ctxA, since), reintegrateSales(ctxB, since), reintegrateSales(ctxA, since)]);
    await finishRun(a.deps.db, run.id);
    const after = await new SimControl(sim.url).calls();
    const delta = (op: string) => (after[`ExternalSalesService.${op}`] ?? 0) - (before[`ExternalSalesService.${op}`] ?? 0);
    expect([delta('importExternalSale'), delta('refundExternalSale'), delta('duplicateExternalTicket')]).toEqual([4, 1, 0]);
    const technical = sim.orders.all().filter((o) => o.contactNumber === '9000001');
    expect(technical.flatMap((o) => o.lines).filter((l) => l.state === 'SOLD')).toHaveLength(2 + 3);
  });

  it('reconciles a claim whose SecuTix answer was lost instead of calling again', async () => {
    const [sale] = await post('/__admin/distribution/ticketnet/sell', { eventId, quantity: 1 });
    // a worker claimed it, SecuTix did the sale, and the worker died before recording the answer
    const { channel, products } = await a.deps.sales.channelCatalog('TICKETNET');
    const product = products.find((p) => p.kind === 'EVENT' && p.performances[0]?.zones.some((z) => z.numbered))!;
    const perf = product.performances[0];
    await a.deps.db.insertInto('reintegration_ledger').values({ partner_id: partner.id, partner_operation_id: sale.operationId, kind: 'SALE', state: 'CLAIMED', claim_token: 'dead-worker', claimed_at: new Date(Date.now() - 3600_000), secutix_order_id: null, secutix_operation_ids: null, detail: null, done_at: null }).execute();
    await a.deps.sales.importSale(channel, `P${partner.id}:${sale.operationId}`, [{ performanceId: perf.performanceId, seatCategoryId: perf.zones[0].seatCategoryId, audienceSubCategoryId: product.tariffs[0].audienceSubCategoryId }]);
    const before = (await new SimControl(sim.url).calls())['ExternalSalesService.importExternalSale'];
    const run = await runDistribution(b.deps, { partnerId: partner.id, kind: 'SALES_REINTEGRATION', trigger: 'MANUAL' });
    expect(run.errorCount).toBe(0);
    expect((await new SimControl(sim.url).calls())['ExternalSalesService.importExternalSale']).toBe(before);
    const row = await a.deps.db.selectFrom('reintegration_ledger').selectAll().where('partner_operation_id', '=', sale.operationId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'DONE', detail: 'reconciled' });
  });
});
