import { BREAK, type ValidationRule } from 'graphql';
import type { OperationLimits } from './OperationLimits';
import { checkDocumentLimits } from './checkOperationLimits';

/**
 * The limits as a graphql-js validation rule, for any engine that validates with graphql-js.
 * Validation sees no variables: `checkOperationLimits` at execution counts sizes given by them.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context) => ({
    Document(document) {
      const error = checkDocumentLimits(context.getSchema(), document, limits);
      if (error) context.reportError(error);
      return BREAK;
    },
  });
}
