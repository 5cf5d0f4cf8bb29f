import { join } from 'node:path';
import { ChildService } from './ChildService';

export const ROOT = join(__dirname, '..', '..');

/** every app that runs alone (`apps/<app>/src/main.ts`), subgraphs in the order a gateway needs them */
export const SUBGRAPH_APPS = ['catalog', 'availability', 'contacts', 'sales', 'shipment', 'tickets', 'distribution'] as const;
export type SubgraphApp = (typeof SUBGRAPH_APPS)[number];
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
 * One app in its own process as production runs it (`node --import tsx apps/<app>/src/main.ts`,
 * configured by its environment only, README "Each app also runs alone"). `node --import tsx`
 * rather than `npx tsx` so the pid is the server itself, whose memory can be read and which can
 * be killed. The port goes in `<APP>_PORT` (`SIM_PORT` for the simulator).
 */
export function startAppProcess(options: AppProcessOptions): Promise<ChildService> {
  const portVariable = options.app === 'secutix-sim' ? 'SIM_PORT' : `${options.app.toUpperCase()}_PORT`;
  const base = `http://127.0.0.1:${options.port}`;
  const healthUrl = options.app === 'secutix-sim' ? `${base}/__admin/state` : `${base}/${options.waitFor ?? 'ready'}`;
  return ChildService.start({
    name: options.name ?? options.app,
    args: [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'apps', options.app, 'src', 'main.ts')],
    cwd: ROOT,
    env: { ...options.env, [portVariable]: String(options.port) },
    healthUrl,
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
  });
}
