import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import { ROOT } from '../processes/startAppProcess';
import { ChaosStack } from './ChaosStack';
import { findTariff, loginToken, ON_SALE_PRODUCTS, readPage } from './pages';
import { allPassed, type Row } from './report/Row';
import { formatTable } from './report/formatTable';
import { fuzz } from './scenarios/fuzz';
import { loginAttack } from './scenarios/loginAttack';
import { redisRestart } from './scenarios/redisRestart';
import { secutixOutage } from './scenarios/secutixOutage';
import { subgraphDown } from './scenarios/subgraphDown';
import { chaosSettings } from './settings';

/**
 * `npm run chaos` (`-- --quick` for CI): the product as separate processes with a real Redis,
 * broken in the ways issue 11 lists, one scenario after the other on the same stack. Prints one
 * table (figure, requirement, verdict per row), writes it to tmp/chaos/latest.md and exits 1 when
 * a requirement failed. A scenario that throws is a failed row, and the others still run.
 */
async function main(): Promise<void> {
  const settings = chaosSettings(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  log(`reliability suite${settings.quick ? ' (quick)' : ''}: starting the product as separate processes`);
  const stack = await ChaosStack.start(settings, log);
  // stopped from outside (CI's time limit, Ctrl-C): the processes and the redis-server go too
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the product`);
      setTimeout(() => process.exit(1), 10_000).unref();
      void stack.close().finally(() => process.exit(1));
    });
  }
  const rows: Row[] = [];
  try {
    // warm: every on-sale product read once, so the outage has last answers to serve
    for (let i = 0; i < ON_SALE_PRODUCTS.length * 3; i++) await readPage(stack.gatewayUrl, i);
    const token = await loginToken(stack.gatewayUrl, DEMO_ACCOUNTS.buyers.alice.email, DEMO_ACCOUNTS.buyers.alice.password, '198.51.100.10');
    const tariff = await findTariff(stack.gatewayUrl, '10001');
    const freshness = await findTariff(stack.gatewayUrl, '10006');
    const scenarios: [string, () => Promise<Row[]>][] = [
      ['SecuTix outage', () => secutixOutage(stack, settings, { token, tariff }, log)],
      ['Redis killed, restarted under load', () => redisRestart(stack, settings, { token, tariff, freshness }, log)],
      ['availability subgraph killed', () => subgraphDown(stack, settings, log)],
      ['fuzzed requests', () => fuzz(stack, settings, log)],
      ['login attack', () => loginAttack(stack, settings, log)],
    ];
    for (const [name, run] of scenarios) {
      log(`== ${name}`);
      try {
        rows.push(...(await run()));
      } catch (err) {
        log(`${name} broke: ${(err as Error).stack}`);
        rows.push({ scenario: name, measure: 'scenario ran to the end', figure: `error: ${(err as Error).message.slice(0, 200)}`, requirement: 'no error', pass: false });
      }
    }
  } finally {
    await stack.close();
  }
  const table = formatTable(rows);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${table}\n\n${rows.filter((r) => r.pass === false).length} of ${rows.filter((r) => r.pass !== undefined).length} requirements failed; ${minutes} min`);
  const out = join(ROOT, 'tmp', 'chaos');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, settings.quick ? 'quick.md' : 'latest.md'), `${settings.quick ? 'Quick run' : 'Full run'} of ${new Date().toISOString().slice(0, 10)}, ${minutes} min\n\n${table}\n`);
  process.exit(allPassed(rows) ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
