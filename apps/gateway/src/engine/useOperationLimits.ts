import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OperationLimits } from '../config';
import { operationLimitsRule } from '../limits/operationLimits';

/**
 * The operation limits as one more validation rule: an abusive operation is refused before it is
 * planned or any subgraph sees it, and the engine caches the verdict with the document.
 */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  const rule = operationLimitsRule(limits);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
