import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OperationLimits } from '../config';
import { getOperationAST, type DocumentNode } from 'graphql';
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
      // without variables the validation rule above has already measured exactly this operation,
      // and its verdict is cached with the document: nothing left to count on the hot path
      if (!usesVariables(args.document, args.operationName)) return;
      const error = checkOperationLimits(args.schema, args.document, limits, { operationName: args.operationName, variables: args.variableValues as Record<string, unknown> | null });
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** query texts known to be within the token limit; bounded (cleared when full) because clients choose them */
const MAX_REMEMBERED_TEXTS = 1000;
/** so that the set holds at most about 10 MB of text */
const MAX_REMEMBERED_TEXT_LENGTH = 10_000;

/** whether the operation a request runs declares variables (remembered per parsed document, which the engine caches) */
const declaresVariables = new WeakMap<DocumentNode, Map<string | null | undefined, boolean>>();
function usesVariables(document: DocumentNode, operationName: string | null | undefined): boolean {
  let byName = declaresVariables.get(document);
  if (!byName) declaresVariables.set(document, (byName = new Map()));
  let declared = byName.get(operationName);
  if (declared === undefined) {
    // an unknown or ambiguous operation name: let the full check (and the engine) report it
    declared = (getOperationAST(document, operationName ?? undefined)?.variableDefinitions?.length ?? 1) > 0;
    if (byName.size < 16) byName.set(operationName, declared);
  }
  return declared;
}
