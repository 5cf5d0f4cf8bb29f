import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { parse } from 'graphql';

/**
 * The engine's dependency patches (patches/README.md) are applied by `npm ci` (its postinstall),
 * to both builds of each package, and change how V8 keeps a request's objects, not what the
 * engine does.
 */
describe('dependency patches', () => {
  const builds = (pkg: string) => {
    const dist = dirname(require.resolve(pkg));
    return [join(dist, 'index.cjs'), join(dist, 'index.js')];
  };

  it.each(['@graphql-tools/executor-http', '@graphql-hive/gateway-runtime', '@graphql-mesh/fusion-runtime'])('%s is patched in both its builds', (pkg) => {
    for (const file of builds(pkg)) expect(readFileSync(file, 'utf8')).toContain('secutix-graph patch');
  });

  it("an upstream error still carries the subgraph response's headers, read when asked and not enumerated", async () => {
    const executor = buildHTTPExecutor({
      endpoint: 'http://subgraph.test/graphql',
      fetch: async () => new Response('{"data":null}', { status: 200, headers: { 'content-type': 'application/json', 'x-trace': 'abc' } }),
    });
    const result = (await executor({ document: parse('{ a }') })) as unknown as { errors: { extensions: { code: string; response: Record<string, unknown> } }[] };
    const { code, response } = result.errors[0]!.extensions;
    expect(code).toBe('RESPONSE_VALIDATION_FAILED');
    expect(response.status).toBe(200);
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'x-trace': 'abc' });
    expect(Object.keys(response)).not.toContain('headers');
  });
});
