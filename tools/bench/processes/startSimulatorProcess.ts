import { simulatorProcess } from '@stx/secutix-sim';
import { freePort } from '@stx/testing';
import { childEnv, ROOT } from '../systems/BenchEnvironment';
import { ChildService } from '../../processes/ChildService';

/** The SecuTix simulator in its own process (its rate limits on unless said), with the given catalog size and latency. */
export async function startSimulatorProcess(options: { products: number; latency: 'realistic' | 'none'; rateLimits?: 'on' | 'off' }): Promise<{ service: ChildService; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = await ChildService.start({
    name: `simulator (${options.products} products)`,
    args: [...simulatorProcess.args],
    cwd: ROOT,
    env: childEnv({ [simulatorProcess.portVariable]: String(port), SIM_PRODUCTS: String(options.products), SIM_LATENCY: options.latency, SIM_RATE_LIMITS: options.rateLimits ?? 'on' }),
    healthUrl: `${url}${simulatorProcess.healthPath}`,
    startTimeoutMs: 120_000,
  });
  return { service, url };
}
