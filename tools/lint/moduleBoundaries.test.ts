import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

const refused = [
  ['an app imports another app', 'apps/catalog/src/probe.ts', "import { salesSubgraph } from '@stx/sales';"],
  ['an app imports the simulator', 'apps/gateway/src/probe.ts', "import { startSimulator } from '@stx/secutix-sim';"],
  ['a package imports an app', 'packages/cache/src/probe.ts', "import { startGateway } from '@stx/gateway';"],
  ['a package imports the simulator', 'packages/secutix-client/src/probe.ts', "import { SimControl } from '@stx/secutix-sim';"],
  ['a package imports the registry', 'packages/barcode/src/probe.ts', "import { subgraphs } from '@stx/subgraphs';"],
  ['the registry imports the simulator', 'tools/subgraphs/probe.ts', "import { startSimulator } from '@stx/secutix-sim';"],
  ["a test reaches into the simulator's insides by path", 'apps/gateway/test/probe.test.ts', "import { lazyIdpKeys } from '../../../simulator/src/idp/idpKeys';"],
  ["a test reaches into the simulator's insides by package", 'apps/gateway/test/probe.test.ts', "import { lazyIdpKeys } from '@stx/secutix-sim/src/idp/idpKeys';"],
  ["a tool reaches into the simulator's insides", 'tools/bench/probe.ts', "import { contactsSeed } from '../../simulator/src/data/contactsSeed';"],
  ['the simulator imports our SecuTix client', 'simulator/src/probe.ts', "import { SecutixCaller } from '@stx/secutix-client';"],
  ['the simulator imports our runtime', 'simulator/src/probe.ts', "import { readBackendConfig } from '@stx/secutix-runtime';"],
  ['the simulator imports an app', 'simulator/src/probe.ts', "import { startGateway } from '@stx/gateway';"],
  ["an app's test imports another app", 'apps/shipment/test/probe.test.ts', "import { salesSubgraph } from '@stx/sales';"],
  ["a scenario reaches into an app's insides", 'e2e/gateway-http/probe.test.ts', "import { readGatewayConfig } from '../../apps/gateway/src/config';"],
  ["a scenario reaches into an app's insides by package", 'e2e/tickets/probe.test.ts', "import { crc32 } from '@stx/tickets/src/barcode/png';"],
  ['the test stack imports a scenario\'s helper', 'packages/testing/src/probe.ts', "import { OPERATOR } from '../../../e2e/distribution/distributionHelpers';"],
  ['a tool imports a scenario\'s helper', 'tools/bench/probe.ts', "import { OPERATOR } from '../../e2e/distribution/distributionHelpers';"],
] as const;

const allowed = [
  ['the registry imports a subgraph', 'tools/subgraphs/probe.ts', "import { salesSubgraph } from '@stx/sales';"],
  ['a tool imports an app', 'tools/start/probe.ts', "import { startGateway } from '@stx/gateway';"],
  ['a tool starts the simulator', 'tools/bench/probe.ts', "import { simulatorProcess } from '@stx/secutix-sim';"],
  ["a test uses the simulator's public entry", 'apps/gateway/test/probe.test.ts', "import { lazyIdpKeys } from '@stx/secutix-sim';"],
  ['the test stack starts the gateway', 'packages/testing/src/probe.ts', "import { startGateway } from '@stx/gateway';"],
  ['the test stack starts the simulator', 'packages/testing/src/probe.ts', "import { startSimulator } from '@stx/secutix-sim';"],
  ['the simulator reads the SecuTix contract table', 'simulator/src/probe.ts', "import { CatalogService } from '@stx/secutix-contract';"],
  ["the simulator's test calls it with our client", 'simulator/test/probe.test.ts', "import { SecutixCaller } from '@stx/secutix-client';"],
  ['an app uses a package', 'apps/sales/src/probe.ts', "import { codedError } from '@stx/errors';"],
  ["a scenario uses an app's public entry", 'e2e/shop/probe.test.ts', "import { serveShop } from '@stx/shop';"],
  ["a scenario's helper starts the simulator and reads the registry", 'e2e/distribution/probe.ts', "import { startSimulator } from '@stx/secutix-sim';\nimport { subgraphs } from '@stx/subgraphs';\nimport { startStack } from '@stx/testing';"],
] as const;

/**
 * The architecture the lint states (eslint.config.mjs): each case is one import written in one
 * place, linted as `npm run lint` lints it, and the module-boundary rule's verdict on it.
 */
describe('module boundaries', () => {
  let verdicts: string[][];

  beforeAll(() => {
    // the rule reads Nx's cached project graph, which `nx show projects` writes (as `npm run lint` does)
    execFileSync(process.execPath, [require.resolve('nx/bin/nx'), 'show', 'projects'], { cwd: root, stdio: 'ignore' });
    const probes = [...refused, ...allowed].map(([, file, source]) => ({ file, source }));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'lintProbes.ts')], { cwd: root, input: JSON.stringify(probes) });
    verdicts = JSON.parse(out.toString());
  }, 90_000);

  it.each(refused.map((c, i) => [c[0], i] as const))('refuses it when %s', (_case, i) => {
    expect(verdicts[i]).not.toEqual([]);
  });

  it.each(allowed.map((c, i) => [c[0], refused.length + i] as const))('allows it when %s', (_case, i) => {
    expect(verdicts[i]).toEqual([]);
  });
});
