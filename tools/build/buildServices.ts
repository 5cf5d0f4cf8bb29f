import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { subgraphNames, type SubgraphName } from '@stx/subgraphs';

const ROOT = join(__dirname, '..', '..');

/** the apps that run in production, the gateway and every subgraph of the registry: each one process, one image command (deploy/container/entrypoint.sh) */
export type ServiceName = 'gateway' | SubgraphName;
export const SERVICES: readonly ServiceName[] = ['gateway', ...subgraphNames];

/** where a service's production bundle is: `apps/<app>/dist/main.js`, beside `src/`, so `__dirname`-relative files (schemas, the supergraph) resolve as from the sources */
export const bundlePath = (service: ServiceName) => join(ROOT, 'apps', service, 'dist', 'main.js');

/**
 * Production processes run plain JavaScript, not TypeScript compiled at start-up: one bundle per
 * service of its own code and the workspace packages (`@stx/*`), with every npm dependency left
 * to `node_modules`. Measured on the gateway: tsx's loader and source maps cost about a tenth of
 * the CPU of each uncached request (README, benchmark findings), and starting is faster.
 */
export async function buildServices(services: readonly ServiceName[] = SERVICES): Promise<void> {
  await Promise.all(services.map((service) => bundleNodeEntry(join(ROOT, 'apps', service, 'src', 'main.ts'), bundlePath(service))));
}

/** `__dirname` of each workspace source that uses it, as that source's own folder */
const sourceDirnames: Plugin = {
  name: 'dirname-of-each-source',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      return { contents: `const __dirname = ${JSON.stringify(dirname(args.path))};\n${source}`, loader: 'ts' };
    });
  },
};

/**
 * One entry point and the workspace packages it imports in one CommonJS file for `node`, npm
 * dependencies left to `node_modules`. With `sourceDirnames`, `__dirname` keeps meaning each
 * source file's own folder, as an absolute path of this checkout, so that several apps in one
 * bundle each find the files beside their sources (their `schema.graphql`): for tools that run
 * where they were built, never for an image, which is built in one place and run in another.
 */
export async function bundleNodeEntry(entry: string, outfile: string, options: { sourceDirnames?: boolean } = {}): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // a stack trace in a log still names the source file and line
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-dependencies-stay-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@stx/') ? undefined : { path: args.path, external: true }));
        },
      },
      ...(options.sourceDirnames ? [sourceDirnames] : []),
    ],
  });
}

let once: Promise<void> | undefined;
/** every service built from the sources as they are now, once per process (the tools that start production processes call it) */
export function servicesBuilt(): Promise<void> {
  once ??= buildServices();
  return once;
}

/**
 * `node` flags of every service in production (the container's entrypoint passes the same ones;
 * `npm run deploy:check` compares them). A GraphQL execution allocates short-lived objects by the
 * megabyte: with V8's default 16 MB semi-spaces the gateway spent 13.6% of its CPU in young-generation
 * collections under the benchmark's load, 9.7% with 32 MB, for some 50 MB more resident memory.
 * Each scavenge stops the process for about 9 ms (it copies what the requests in flight still
 * hold, whatever the semi-space's size), and with 32 MB one came every 80 ms under uncached home
 * pages, so a quarter of the requests waited for one. With 64 MB (held warm, home page, five
 * 4 s windows in turns with the Rust planner): p99 41 to 62 ms against 67 to 100, 470 to 595 rps
 * against 400 to 530, for about 80 MB more resident memory under load (gateway: 385 to 447 MB).
 *
 * `--no-memory-reducer`: after about a minute without requests, V8's memory reducer collects the
 * heap down to its idle size, and the next requests run slower until it has grown back. It does
 * not take all of that away: V8 still shrinks the young generation of an idle process, and the
 * first second of load after a minute idle costs about twice as much CPU, in every node gateway
 * (the README's benchmark section). Measured on the gateway
 * held warm, uncached product pages, 4 s windows after 50 to 70 s idle: 1.3 to 2.7 ms of CPU per
 * page and 380 to 760 rps with the reducer, 1.0 to 1.3 ms and 640 to 960 rps without, as when busy.
 * The price is memory a quiet process keeps (the gateway: 315 MB resident instead of 166 MB),
 * which the next burst needs anyway; a service's memory limit is set for its peak, not its rest.
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=64', '--no-memory-reducer'];

/** `node` arguments that run a service as production does: its bundle */
export function productionArgs(app: ServiceName): string[] {
  return [...PRODUCTION_NODE_FLAGS, bundlePath(app)];
}
