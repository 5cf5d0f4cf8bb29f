import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { ExternalPaymentService, ExternalSalesService, ContactAuthenticationPublicService, jsonPath, type ServiceContract } from '@stx/secutix-contract';
import { DEMO_ACCOUNTS, SimControl, simulatorProcess, type Simulator } from '../src';
import { startTestSimulator, validJwt } from './helpers';

/**
 * What the simulator's public entry promises tests and tools: the demo accounts it names are the
 * ones it serves, its control client reads what the control API keeps, and it runs as a process
 * of its own with the arguments it gives.
 */
describe("the simulator's public face", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  const call = async (service: ServiceContract, method: string, body: unknown) => {
    const res = await fetch(`${sim.url}${jsonPath(service, method)}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${validJwt(Date.now())}` }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, any>;
  };

  it('logs in every demo buyer with the password DEMO_ACCOUNTS gives', async () => {
    expect(Object.keys(DEMO_ACCOUNTS.buyers).sort()).toEqual(['alice', 'bob']);
    for (const buyer of Object.values(DEMO_ACCOUNTS.buyers)) {
      const answer = await call(ContactAuthenticationPublicService, 'authenticate', { contactAuthenticationData: { login: buyer.email, password: buyer.password, pointOfSalesId: 1001 } });
      expect(answer).toMatchObject({ statusCode: 'success', contactNumber: buyer.contactNumber });
    }
  });

  it('knows the demo operator and every demo voucher at the balance DEMO_ACCOUNTS gives', async () => {
    const operator = await call(ExternalSalesService, 'authenticateOperator', DEMO_ACCOUNTS.operator);
    expect(operator).toMatchObject({ statusCode: 'success', operatorData: { login: DEMO_ACCOUNTS.operator.login } });
    expect(Object.keys(DEMO_ACCOUNTS.vouchers)).toContain('GIFT-100');
    for (const [voucherCode, voucher] of Object.entries(DEMO_ACCOUNTS.vouchers)) {
      const answer = await call(ExternalPaymentService, 'getVoucherBalance', { voucherCode });
      expect(answer.voucherData).toMatchObject({ voucherCode, balance: voucher.balance });
    }
  });

  it('reads the control API with SimControl: calls counted, seats sold, orders listed', async () => {
    const control = new SimControl(sim.url);
    await control.reset();
    expect(await control.total()).toBe(0);
    await call(ExternalPaymentService, 'getVoucherBalance', { voucherCode: 'GIFT-100' });
    expect(await control.count('ExternalPaymentService.getVoucherBalance')).toBe(1);
    const before = await control.sell(900001, 1);
    expect((await control.sell(900001, 1)).remaining).toBe(before.remaining - 1);
    expect(await control.orders()).toEqual([]);
  });

  it('runs as a process of its own with the arguments simulatorProcess gives', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [...simulatorProcess.args], { env: { ...process.env, [simulatorProcess.portVariable]: String(port), SIM_LATENCY: 'none' }, stdio: 'ignore' });
    try {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}${simulatorProcess.healthPath}`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 30_000);
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
