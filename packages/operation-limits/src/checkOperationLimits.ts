import { Kind, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type GraphQLError, type GraphQLSchema, type ValueNode } from 'graphql';
import type { OperationLimits } from './OperationLimits';
import { OperationMeter } from './OperationMeter';

/**
 * Every operation of a document, variables unknown (sizes given by variables count as not
 * given): what a validation rule can know, once per document.
 */
export function checkDocumentLimits(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): GraphQLError | undefined {
  const meter = new OperationMeter(schema, fragmentsOf(document), limits);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const error = meter.check(definition);
    if (error) return error;
  }
  return undefined;
}

/**
 * The operation a request runs, with its variables: list sizes given as variables count exactly.
 * Engine-agnostic: run it once the operation is known, before executing it.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: OperationLimits,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null } = {},
): GraphQLError | undefined {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) return undefined; // the engine reports a missing or ambiguous operation
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const meter = new OperationMeter(schema, fragmentsOf(document), limits, { values: request.variables ?? undefined, defaults });
  return meter.check(operation);
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) fragments.set(definition.name.value, definition);
  }
  return fragments;
}
