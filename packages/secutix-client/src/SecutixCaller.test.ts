import { secutixDefaults, type SecutixConfig } from './config';
import { SecutixError, budgetExhausted } from './errors';
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
    const hooks = { ...noSleep, beforeCall: async () => { throw budgetExhausted({ service: 'CatalogService', operation: 'x' }, 'spent'); } };
    await expect(new SecutixCaller(t, config, hooks).call(read, 'x')).rejects.toMatchObject({ kind: 'BUDGET_EXHAUSTED' });
    expect(t.calls).toHaveLength(0);
  });

  it('follows in_progress with the requestId and never starts a new export, even when the follow-ups run out', async () => {
    const t = scripted({ statusCode: 'in_progress', requestId: 5 }, { statusCode: 'in_progress', requestId: 5 }, { statusCode: 'success' });
    const err = await new SecutixCaller(t, { ...config, inProgressMaxPolls: 1 }, noSleep).call(read, 'getCatalogDetailed', {}).catch((e) => e);
    expect(err).toMatchObject({ kind: 'UNAVAILABLE', options: { requestId: 5 } });
    expect(t.calls).toEqual([{}, { requestId: 5 }]);
  });

  it('never retries getCatalogDetailed or a background check: a retry would be refused or cost a call per tick', async () => {
    for (const operation of ['getCatalogDetailed', 'getLastSetupUpdate']) {
      const t = scripted(technical(), { statusCode: 'success' });
      await expect(new SecutixCaller(t, config, noSleep).call(read, operation)).rejects.toMatchObject({ kind: 'TECHNICAL' });
      expect(t.calls).toHaveLength(1);
    }
  });
});

describe('SecutixCaller circuit breaker and Retry-After', () => {
  const breakerConfig = { ...config, readAttempts: 1, breakerFailures: 3, breakerOpenMs: 10_000 };

  function clocked(transport: Transport) {
    const clock = { now: 0 };
    const spent: string[] = [];
    const caller = new SecutixCaller(transport, breakerConfig, { ...noSleep, now: () => clock.now, beforeCall: async (c) => void spent.push(c.operation) });
    return { caller, clock, spent };
  }

  it('opens after N consecutive technical failures and then fails fast without calling or spending budget', async () => {
    const t = scripted(technical(), technical(), technical(), { statusCode: 'success' });
    const { caller, spent } = clocked(t);
    for (let i = 0; i < 3; i++) await expect(caller.call(read, 'getPOSConfig')).rejects.toMatchObject({ kind: 'TECHNICAL' });
    const refused = await caller.call(read, 'getPOSConfig').catch((e) => e);
    expect(refused).toMatchObject({ kind: 'CIRCUIT_OPEN', retryable: true, retryNow: false });
    expect(t.calls).toHaveLength(3);
    expect(spent).toHaveLength(3);
  });

  it('lets one probe through when half-open: its success closes the circuit, its failure opens it again', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const answers: (() => Promise<ResultObject>)[] = [
      async () => { throw technical(); },
      async () => { throw technical(); },
      async () => { throw technical(); },
      async () => { throw technical(); }, // first probe fails
      async () => { await gate; return { statusCode: 'success' }; }, // second probe succeeds, slowly
      async () => ({ statusCode: 'success' }),
    ];
    const calls: number[] = [];
    const t: Transport = { call: async () => { calls.push(1); return answers.shift()!(); } };
    const { caller, clock } = clocked(t);
    for (let i = 0; i < 3; i++) await caller.call(read, 'x').catch(() => {});
    clock.now += 10_000;
    await expect(caller.call(read, 'x')).rejects.toMatchObject({ kind: 'TECHNICAL' });
    await expect(caller.call(read, 'x')).rejects.toMatchObject({ kind: 'CIRCUIT_OPEN' });
    clock.now += 10_000;
    const probe = caller.call(read, 'x');
    await expect(caller.call(read, 'x')).rejects.toMatchObject({ kind: 'CIRCUIT_OPEN' }); // only one probe at a time
    release();
    await expect(probe).resolves.toMatchObject({ statusCode: 'success' });
    await expect(caller.call(read, 'x')).resolves.toMatchObject({ statusCode: 'success' });
    expect(calls).toHaveLength(6);
  });

  it('does not count business faults as failures', async () => {
    const business = () => ({ statusCode: 'error.order.availability' });
    const t = scripted(technical(), technical(), business(), technical(), technical(), { statusCode: 'success' });
    const { caller } = clocked(t);
    for (let i = 0; i < 5; i++) await caller.call(read, 'x').catch(() => {});
    await expect(caller.call(read, 'x')).resolves.toMatchObject({ statusCode: 'success' });
  });

  it('keeps one service open without touching the others', async () => {
    const t = scripted(technical(), technical(), technical(), { statusCode: 'success' });
    const { caller } = clocked(t);
    for (let i = 0; i < 3; i++) await caller.call(read, 'x').catch(() => {});
    await expect(caller.call(write, 'createOrUpdateOrder')).resolves.toMatchObject({ statusCode: 'success' });
  });

  it('honours a 509 with its Retry-After: no call to that operation before it passes', async () => {
    const limited = new SecutixError('RATE_LIMITED', 'CatalogService', 'getCatalogDetailed', '509', { httpStatus: 509, retryAfterSeconds: 600 });
    const t = scripted(limited, { statusCode: 'success', other: true }, { statusCode: 'success' });
    const { caller, clock } = clocked(t);
    await expect(caller.call(read, 'getCatalogDetailed')).rejects.toMatchObject({ kind: 'RATE_LIMITED' });
    clock.now += 599_000;
    await expect(caller.call(read, 'getCatalogDetailed')).rejects.toMatchObject({ kind: 'RATE_LIMITED', options: { retryAfterSeconds: 1 } });
    await expect(caller.call(read, 'getPOSConfig')).resolves.toMatchObject({ other: true });
    clock.now += 1000;
    await expect(caller.call(read, 'getCatalogDetailed')).resolves.toMatchObject({ statusCode: 'success' });
    expect(t.calls).toHaveLength(3);
  });
});
