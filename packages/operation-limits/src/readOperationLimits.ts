import { ConfigError, readBool, readInt, readOptional, type Env } from '@stx/env';
import type { IntrospectionLimits, ListSizes, OperationLimits } from './OperationLimits';

export type LimitValues = Pick<OperationLimits, 'maxDepth' | 'maxAliases' | 'maxFields' | 'maxCost' | 'maxTokens'>;

/**
 * The gateway's limits guard the public endpoint; a subgraph's guard it when reached directly and
 * leave room for what the query planner adds to the gateway's fetches (keys, `__typename`,
 * `_entities` over a whole batch). `__schema`/`__type` selections: room for the standard
 * introspection queries of graphql-js, GraphiQL and Apollo Sandbox (depth 15, about 230 fields,
 * type lists nested 2 deep), not for an abusive one.
 */
export const introspectionBound: Omit<IntrospectionLimits, 'enabled'> = { maxDepth: 20, maxFields: 500, maxListDepth: 2 };

/**
 * `<prefix>_MAX_DEPTH`, `_MAX_ALIASES`, `_MAX_FIELDS`, `_MAX_COST`, `_MAX_TOKENS` for this
 * process's role; the assumed list sizes (`LIST_SIZE_DEFAULT`, `LIST_SIZES`) and `INTROSPECTION`
 * describe the data and the deployment, so every process shares them.
 */
export function readOperationLimits(env: Env, prefix: 'GATEWAY' | 'SUBGRAPH', defaults: LimitValues): OperationLimits {
  return {
    maxDepth: readInt(env, `${prefix}_MAX_DEPTH`, defaults.maxDepth, { min: 2, max: 100 }),
    maxAliases: readInt(env, `${prefix}_MAX_ALIASES`, defaults.maxAliases, { min: 0, max: 10_000 }),
    maxFields: readInt(env, `${prefix}_MAX_FIELDS`, defaults.maxFields, { min: 10, max: 1_000_000 }),
    maxCost: readInt(env, `${prefix}_MAX_COST`, defaults.maxCost, { min: 10, max: 100_000_000 }),
    // past about 3,000 chained fragments (24,000 tokens) graphql-js's own validation overflows the stack
    maxTokens: readInt(env, `${prefix}_MAX_TOKENS`, defaults.maxTokens, { min: 100, max: 20_000 }),
    listSizes: readListSizes(env),
    introspection: { enabled: readBool(env, 'INTROSPECTION', true), ...introspectionBound },
  };
}

/** `LIST_SIZES=Product.performances=50,Performance.prices=20` */
export function readListSizes(env: Env): ListSizes {
  const byField: Record<string, number> = {};
  for (const entry of (readOptional(env, 'LIST_SIZES') ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const match = /^([_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*)=(\d+)$/.exec(entry);
    if (!match || Number(match[2]) < 1) throw new ConfigError('LIST_SIZES', `must be Type.field=size entries (size >= 1) separated by commas, got "${entry}"`);
    byField[match[1]] = Number(match[2]);
  }
  return { default: readInt(env, 'LIST_SIZE_DEFAULT', 10, { min: 1, max: 10_000 }), byField };
}
