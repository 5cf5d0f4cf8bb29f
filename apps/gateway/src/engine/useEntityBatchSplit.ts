import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { print, type ExecutionResult, type GraphQLError } from 'graphql';

/** room for the rest of the JSON body: operation name, keys, other variables' framing */
const FRAMING_BYTES = 1000;

/**
 * Hive's Rust planner sends every `_entities` fetch as one request with all its representations,
 * however many the answer so far holds (a product list × its performances, say), and a subgraph
 * refuses a body over its `SUBGRAPH_MAX_BODY_BYTES` with 413. So a fetch whose representations
 * would not fit is sent as several requests that each do, run together, and their answers joined
 * in order (error paths shifted to their place in the whole batch).
 */
export function useEntityBatchSplit(maxBodyBytes: number): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, executor, setExecutor }) {
      const representations = executionRequest.variables?.representations;
      if (!Array.isArray(representations) || representations.length < 2) return;
      // the common case: one serialisation of the whole list, no printing, no per-item sizes
      if (JSON.stringify(representations).length < maxBodyBytes / 2) return;
      const sizes = representations.map((r) => JSON.stringify(r).length + 1);
      const { representations: _, ...otherVariables } = executionRequest.variables ?? {};
      const budget = maxBodyBytes - print(executionRequest.document).length - JSON.stringify(otherVariables).length - FRAMING_BYTES;
      const chunks = chunksOf(sizes, Math.max(budget, 1));
      if (chunks.length < 2) return;
      setExecutor((async (request: Parameters<typeof executor>[0]) => {
        const results = await Promise.all(
          chunks.map(([start, end]) => executor({ ...request, variables: { ...request.variables, representations: representations.slice(start, end) } }) as Promise<ExecutionResult>),
        );
        return joined(results, chunks);
      }) as typeof executor);
    },
  };
}

/** [start, end) ranges whose sizes add up to at most `budget` each (one item at least per range) */
export function chunksOf(sizes: number[], budget: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let used = 0;
  sizes.forEach((size, index) => {
    if (index > start && used + size > budget) {
      chunks.push([start, index]);
      start = index;
      used = 0;
    }
    used += size;
  });
  chunks.push([start, sizes.length]);
  return chunks;
}

function joined(results: ExecutionResult[], chunks: [number, number][]): ExecutionResult {
  const entities: unknown[] = [];
  const errors: GraphQLError[] = [];
  results.forEach((result, i) => {
    const [start, end] = chunks[i];
    const part = (result.data as { _entities?: unknown[] } | null | undefined)?._entities;
    for (let k = 0; k < end - start; k++) entities.push(part?.[k] ?? null);
    for (const error of result.errors ?? []) errors.push(shifted(error, start));
  });
  return { data: { _entities: entities }, ...(errors.length ? { errors } : {}) };
}

function shifted(error: GraphQLError, offset: number): GraphQLError {
  const path = error.path;
  if (offset === 0 || !path || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  Object.defineProperty(error, 'path', { value: ['_entities', path[1] + offset, ...path.slice(2)], configurable: true, enumerable: true });
  return error;
}
