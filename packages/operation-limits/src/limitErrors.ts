import { GraphQLError, type ASTNode } from 'graphql';
import { errorCodes } from '@stx/errors';

export type LimitName = 'depth' | 'aliases' | 'fields' | 'cost' | 'tokens' | 'introspectionDepth' | 'introspectionFields' | 'introspectionListDepth';

const described: Record<LimitName, string> = {
  depth: 'depth',
  aliases: 'alias count',
  fields: 'field count',
  cost: 'estimated cost',
  tokens: 'token count',
  introspectionDepth: 'introspection depth',
  introspectionFields: 'introspection field count',
  introspectionListDepth: 'introspection list nesting',
};

/**
 * Measuring stops at the first limit crossed, so `value` is what was counted by then: the
 * operation needs at least that much.
 */
export function limitExceeded(limit: LimitName, value: number, max: number, node?: ASTNode): GraphQLError {
  return new GraphQLError(`Operation ${described[limit]} is at least ${value}, over the limit of ${max}`, {
    nodes: node ? [node] : undefined,
    extensions: { code: 'QUERY_TOO_COMPLEX', retryable: errorCodes.QUERY_TOO_COMPLEX.retryable, limit, value, max },
  });
}

export function introspectionDisabled(node?: ASTNode): GraphQLError {
  return new GraphQLError('Introspection is switched off on this server (INTROSPECTION=off)', {
    nodes: node ? [node] : undefined,
    extensions: { code: 'INTROSPECTION_DISABLED', retryable: errorCodes.INTROSPECTION_DISABLED.retryable },
  });
}
