import { secutixDefaults, type SecutixConfig } from './config';
import { SecutixError } from './errors';
import { SecutixCaller } from './SecutixCaller';
import type { ServiceDescriptor } from './services';
import type { Params, ResultObject, Transport } from './transport/Transport';

const config: SecutixConfig = { ...secutixDefaults, baseUrl: 'http://x', institution: 'DEMO', operator: 'DEMO_B2C', secret: 's', inProgressPollMs: 1 };
const read: ServiceDescriptor = { name: 'CatalogService', module: 'tnseb', soapPackage: 'p', version: 'v1_33', jsonName: 'catalogService', writes: new Set() };
const write: ServiceDescriptor = { ...read, name: 'ExternalOrderFacade', writes: new Set(['createOrUpdateOrder']) };

/** a transport that plays back a script of answers and records what it was asked */
function scripted(...answers: (ResultObject | SecutixError)[]): Transport & { calls: Params[] } {
  const calls: Params[] = [];
  return {
    calls,
    async call(_s, _o, params) {
      calls.push(params);
      const next = answers.shift();
      if (!next) throw new Error('script exhausted');
      if (next instanceof SecutixError) throw next;
      return next;
    },
  };
}

const noSleep = { sleep: async () => {} };
const technical = () => new SecutixError('TECHNICAL', 'CatalogService', 'op', 'boom');

describe('SecutixCaller', () => {
  it('retries a read after a technical failure and returns the answer', async () => {
    const t = scripted(technical(), { statusCode: 'success', value: 1 });
    await expect(new SecutixCaller(t, config, noSleep).call(read, 'getPOSConfig')).resolves.toMatchObject({ value: 1 });
    expect(t.calls).toHaveLength(2);
  });

  it('gives up after the configured attempts', async () => {
    const t = scripted(technical(), technical(), technical(), { statusCode: 'success' });
    await expect(new SecutixCaller(t, config, noSleep).call(read, 'getPOSConfig')).rejects.toMatchObject({ kind: 'TECHNICAL' });
    expect(t.calls).toHaveLength(3);
  });

  it('never retries on a rate limit: SecuTix asks to back off', async () => {
    const t = scripted(new SecutixError('RATE_LIMITED', 'CatalogService', 'op', '509'), { statusCode: 'success' });
    await expect(new SecutixCaller(t, config, noSleep).call(read, 'getPOSConfig')).rejects.toMatchObject({ kind: 'RATE_LIMITED' });
    expect(t.calls).toHaveLength(1);
  });

  it('never retries a write, so an order is never sent twice', async () => {
    const t = scripted(technical(), { statusCode: 'success' });
    await expect(new SecutixCaller(t, config, noSleep).call(write, 'createOrUpdateOrder')).rejects.toMatchObject({ kind: 'TECHNICAL' });
    expect(t.calls).toHaveLength(1);
  });

  it('follows an in_progress answer with its requestId', async () => {
    const t = scripted({ statusCode: 'in_progress', requestId: 77 }, { statusCode: 'success', catalogData: {} });
    await new SecutixCaller(t, config, noSleep).call(read, 'getCatalogDetailed', {});
    expect(t.calls[1]).toEqual({ requestId: 77 });
  });

  it('maps an error statusCode to a business error carrying the code', async () => {
    const t = scripted({ statusCode: 'error.order.availability', statusDetail: 'sold out' });
    await expect(new SecutixCaller(t, config, noSleep).call(read, 'x')).rejects.toMatchObject({ kind: 'BUSINESS', statusCode: 'error.order.availability' });
  });

  it('lets the budget hook refuse a call before it leaves', async () => {
    const t = scripted({ statusCode: 'success' });
    const hooks = { ...noSleep, beforeCall: async () => { throw new SecutixError('BUDGET_EXHAUSTED', 'CatalogService', 'x', 'spent'); } };
    await expect(new SecutixCaller(t, config, hooks).call(read, 'x')).rejects.toMatchObject({ kind: 'BUDGET_EXHAUSTED' });
    expect(t.calls).toHaveLength(0);
  });
});
