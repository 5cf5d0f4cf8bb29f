import { PRODUCTION_NODE_FLAGS } from '../build/buildServices';

/**
 * The container's entrypoint runs each service's bundle with the same node flags as every tool
 * that starts production processes (the benchmark, the reliability suite, the replicas run):
 * what is measured is what is shipped.
 */
export function entrypointPolicy(content: string): string[] {
  const line = content.split('\n').find((l) => /^exec node .*dist\/main\.js/.test(l));
  if (!line) return ['entrypoint.sh: no `exec node ... dist/main.js` line for the services'];
  const flags = line.replace(/^exec node /, '').split(/\s+/).filter((word) => word.startsWith('--'));
  return flags.join(' ') === PRODUCTION_NODE_FLAGS.join(' ') ? [] : [`entrypoint.sh: node flags "${flags.join(' ')}" differ from PRODUCTION_NODE_FLAGS "${PRODUCTION_NODE_FLAGS.join(' ')}" (tools/build/buildServices.ts)`];
}
