import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { sharedScalars } from '@stx/domain-rules';
import { isScalarType, type GraphQLSchema } from 'graphql';

/**
 * The shared scalars (`LanguageCode`, `CountryCode`) checked by the gateway with the subgraphs'
 * own rule, before planning: a malformed `lang` or country refuses the whole operation with
 * BAD_USER_INPUT (HTTP 400) and no subgraph is called, rather than failing only the fields of
 * the subgraphs that take it. The supergraph knows a scalar by name only, and the Rust planner's
 * handler takes no resolvers, so the rules are set on the schema's scalar types as it loads.
 */
export function useSharedScalars(): GatewayPlugin {
  const patched = new WeakSet<GraphQLSchema>();
  return {
    onSchemaChange({ schema }) {
      if (patched.has(schema)) return;
      patched.add(schema);
      for (const [name, rule] of Object.entries(sharedScalars)) {
        const type = schema.getType(name);
        if (!isScalarType(type)) continue;
        type.parseValue = rule.parseValue;
        type.parseLiteral = rule.parseLiteral;
        type.serialize = rule.serialize;
      }
    },
  };
}
