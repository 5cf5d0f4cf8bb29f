/**
 * The gateway refuses abusive operations before any subgraph (or SecuTix) sees them, with the
 * limits every subgraph also applies (`packages/operation-limits`), in time linear in the
 * document. Three entry points, whatever the engine:
 * - `operationLimitsRule(limits)`, a graphql-js validation rule, once per document: depth,
 *   aliases, fields, cost, introspection;
 * - `tokenLimitError(query, limits.maxTokens)` on the raw query string, before it is parsed;
 * - `checkOperationLimits(schema, document, limits, { operationName, variables })` once the
 *   operation is known, so list sizes given as variables count exactly.
 * On Apollo Server the `useOperationLimits(limits)` plugin runs the last two.
 */
export { checkOperationLimits, operationLimitsRule, tokenLimitError, useOperationLimits } from '@stx/operation-limits';
