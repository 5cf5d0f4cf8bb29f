import { loadSimulatorOptionsFromEnv } from './config/loadSimulatorOptionsFromEnv';
import { resolveSimulatorOptions } from './config/SimulatorOptions';
import { startSimulator } from './startSimulator';

/** `npm run sim`: reads SIM_* once, serves until SIGINT/SIGTERM. Never prints the secret. */
async function main(): Promise<void> {
  let given;
  try {
    given = loadSimulatorOptionsFromEnv(process.env);
  } catch (err) {
    console.error(`secutix-sim: ${(err as Error).message}`);
    process.exit(2);
  }
  const options = resolveSimulatorOptions(given);
  const sim = await startSimulator(options);
  const latency = typeof options.latency === 'string' ? options.latency : 'custom';
  console.log(
    `secutix-sim listening on ${sim.url} (institution ${options.institution}, operator ${options.operator}, ` +
      `${sim.state.productCount} products, seed ${options.seed}, latency ${latency}, rate limits ${options.rateLimits.enabled ? 'on' : 'off'})`,
  );
  const stop = (signal: string) => {
    console.log(`secutix-sim: ${signal}, closing`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('secutix-sim failed to start:', err);
  process.exit(1);
});
