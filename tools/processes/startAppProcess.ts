import { join } from 'node:path';
import { portVariable } from '@stx/host';
import { simulatorProcess } from '@stx/secutix-sim';
import { subgraphNames, type SubgraphName } from '@stx/subgraphs';
import { productionArgs, servicesBuilt } from '../build/buildServices';
import { ChildService } from './ChildService';

export const ROOT = join(__dirname, '..', '..');

/** every subgraph that runs alone (`apps/<app>/src/main.ts`), from the registry, in the order a gateway needs them */
export const SUBGRAPH_APPS: readonly SubgraphName[] = subgraphNames;
export type SubgraphApp = SubgraphName;
export type App = SubgraphApp | 'gateway' | 'secutix-sim';

export interface AppProcessOptions {
  app: App;
  port: number;
  /** the whole environment of the process (nothing is inherited but what is given) */
  env: Record<string, string | undefined>;
  /** `ready` (default): started once `/ready` answers 200, i.e. it could take traffic; `health`: once it is alive */
  waitFor?: 'ready' | 'health';
  /** shown in errors and tables; the app's name by default */
  name?: string;
  startTimeoutMs?: number;
  /** node options before the script, e.g. `--inspect-port=N` so a measurement can collect garbage (collectGarbage) */
  nodeArgs?: string[];
}

/**
 * One app in its own process as production runs it (`node apps/<app>/dist/main.js`, the bundle
 * `npm run build` makes, built here first; configured by its environment only, README "Each app
 * also runs alone"). `node` itself rather than a launcher, so the pid is the server itself, whose
 * memory can be read and which can be killed. The port goes in `<APP>_PORT` (`SIM_PORT` for the simulator).
 */
export async function startAppProcess(options: AppProcessOptions): Promise<ChildService> {
  await servicesBuilt();
  const run = howToRun(options.app, options.waitFor ?? 'ready');
  return ChildService.start({
    name: options.name ?? options.app,
    args: [...(options.nodeArgs ?? []), ...run.args],
    cwd: ROOT,
    env: { ...options.env, [run.portVariable]: String(options.port) },
    healthUrl: `http://127.0.0.1:${options.port}${run.healthPath}`,
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
  });
}

/** a service runs its bundle; the simulator, never bundled, runs as its public face says */
function howToRun(app: App, waitFor: 'ready' | 'health'): { args: readonly string[]; portVariable: string; healthPath: string } {
  if (app === 'secutix-sim') return simulatorProcess;
  return { args: productionArgs(app), portVariable: portVariable(app), healthPath: `/${waitFor}` };
}
