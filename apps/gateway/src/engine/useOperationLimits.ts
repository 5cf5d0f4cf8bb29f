import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OperationLimits } from '../config';
import { checkOperationLimits, operationLimitsRule, tokenLimitError } from '../limits/operationLimits';

/**
 * The operation limits on the engine, refused before planning or any subgraph sees them: the
 * token count on the raw text before it is parsed, the document's limits as one more validation
 * rule (cached with the document), and list sizes given by variables once the operation is known.
 */
export function useGatewayOperationLimits(limits: OperationLimits): GatewayPlugin {
  const rule = operationLimitsRule(limits);
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const tooLong = tokenLimitError(source, limits.maxTokens);
      if (tooLong) throw tooLong;
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkOperationLimits(args.schema, args.document, limits, { operationName: args.operationName, variables: args.variableValues as Record<string, unknown> | null });
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
