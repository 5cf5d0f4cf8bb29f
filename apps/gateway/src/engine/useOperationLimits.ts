import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OperationLimits } from '../config';
import { hasSizeVariables, variableErrors } from '@stx/operation-limits';
import { checkOperationLimits, operationLimitsRule, tokenLimitError } from '../limits/operationLimits';

/**
 * The operation limits on the engine, refused before planning or any subgraph sees them: the
 * token count on the raw text before it is parsed, the document's limits as one more validation
 * rule (cached with the document), and list sizes given by variables once the operation is known.
 */
export function useGatewayOperationLimits(limits: OperationLimits): GatewayPlugin {
  const rule = operationLimitsRule(limits);
  const withinTokenLimit = new Set<string>();
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      // the same few texts arrive again and again: one lexing pass each, not one per request
      if (withinTokenLimit.has(source)) return;
      const tooLong = tokenLimitError(source, limits.maxTokens);
      if (tooLong) throw tooLong;
      if (source.length > MAX_REMEMBERED_TEXT_LENGTH) return;
      if (withinTokenLimit.size >= MAX_REMEMBERED_TEXTS) withinTokenLimit.clear();
      withinTokenLimit.add(source);
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      // before the planner's own coercion, which reports every mistake in the variables
      const invalid = variableErrors(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | null);
      if (invalid.length > 0) return setResultAndStopExecution({ errors: invalid });
      // unless a list size is given by a variable, the validation rule above has already measured
      // exactly this operation, its verdict cached with the document: nothing left to count
      if (!hasSizeVariables(args.document)) return;
      const error = checkOperationLimits(args.schema, args.document, limits, { operationName: args.operationName, variables: args.variableValues as Record<string, unknown> | null });
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** query texts known to be within the token limit; bounded (cleared when full) because clients choose them */
const MAX_REMEMBERED_TEXTS = 1000;
/** so that the set holds at most about 10 MB of text */
const MAX_REMEMBERED_TEXT_LENGTH = 10_000;
