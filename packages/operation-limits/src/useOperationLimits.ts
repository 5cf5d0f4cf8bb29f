import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { OperationLimits } from './OperationLimits';
import { checkOperationLimits } from './checkOperationLimits';
import { hasSizeVariables } from './listSize';
import { variableErrors } from './variableErrors';

/**
 * Counts list sizes given by the request's variables once the operation is known, which Apollo
 * Server's validation (once per document) cannot; a document without such variables is not
 * measured again. Goes with
 * `validationRules: [operationLimitsRule(limits)]` and the HTTP layer's token check
 * (`serveApollo`'s `maxTokens`): a plugin cannot refuse a request before parsing without Apollo
 * Server answering 500.
 */
export function useOperationLimits<TContext extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          // Apollo Server answers one error thrown here: the first mistake in the variables; unless
          // a list size is given by a variable, the validation rule has measured exactly this
          // operation once, with its document, and there is nothing left to count
          const [error = hasSizeVariables(document) ? checkOperationLimits(schema, document, limits, request) : undefined] = variableErrors(schema, document, request.operationName, request.variables);
          // Apollo Server answers an error thrown here with 500 unless it names another status
          if (error) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
