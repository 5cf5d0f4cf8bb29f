import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_PATH } from '../supergraph';
import { useFrontOwnedChecks } from './useFrontOwnedChecks';

/** The engine as Hive's runtime builds it, with or without the plugin; no subgraph is called. */
function engine(withPlugin: boolean) {
  return createGatewayRuntime({ supergraph: readFileSync(SUPERGRAPH_PATH, 'utf8'), unifiedGraphHandler, landingPage: false, plugins: () => (withPlugin ? [useFrontOwnedChecks()] : []) });
}

describe('useFrontOwnedChecks', () => {
  it("takes out the engine's readiness check, which the front's /ready replaces", async () => {
    const plain = engine(false);
    const lean = engine(true);
    try {
      // the engine's own check answers its path before anything else
      expect((await plain.fetch('http://localhost/readiness')).status).toBe(200);
      // without it the path is just not the GraphQL endpoint
      expect((await lean.fetch('http://localhost/readiness')).status).toBe(404);
    } finally {
      await plain.dispose();
      await lean.dispose();
    }
  });

  it("takes out the engine's body limit, which the front's GATEWAY_MAX_BODY_BYTES replaces", async () => {
    const plain = engine(false);
    const lean = engine(true);
    // over Yoga's 25 MB limit, and never read past it by the plain engine
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(26 * 1024 * 1024) } });
    const post = (e: typeof plain) => e.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    try {
      expect((await post(plain)).status).toBe(413);
      expect((await post(lean)).status).toBe(200);
    } finally {
      await plain.dispose();
      await lean.dispose();
    }
  });
});
