import { BREAK, Kind, visit, type DocumentNode, type FieldNode, type GraphQLField, type ValueNode } from 'graphql';

/** Arguments whose integer value bounds the length of a list: Relay's first/last, limit-style ones. */
export const SIZE_ARGUMENTS = ['first', 'last', 'limit'];
/** Federation's `_entities` answers one item per representation. */
export const ITEM_ARGUMENTS = ['representations'];

/**
 * What is known of the variables while measuring. A validation rule knows none (graphql-js
 * validates a document once, whatever its variables), so sizes from variables are then unknown;
 * a check at execution passes the request's values and the operation's declared defaults.
 */
export interface VariableSource {
  values?: Record<string, unknown>;
  defaults?: ReadonlyMap<string, ValueNode>;
}

/**
 * The list size an operation asks for on this field, from its arguments (literal or variable) or
 * the schema's default for them; undefined when nothing says it.
 */
export function requestedSize(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, variables: VariableSource): number | undefined {
  for (const argument of node.arguments ?? []) {
    const name = argument.name.value;
    if (!SIZE_ARGUMENTS.includes(name) && !ITEM_ARGUMENTS.includes(name)) continue;
    const size = sizeOf(argument.value, variables);
    if (size !== undefined) return size;
  }
  for (const argument of definition?.args ?? []) {
    if (SIZE_ARGUMENTS.includes(argument.name) && typeof argument.defaultValue === 'number') return argument.defaultValue;
  }
  return undefined;
}

function sizeOf(value: ValueNode, variables: VariableSource): number | undefined {
  switch (value.kind) {
    case Kind.INT:
      return bounded(Number(value.value));
    case Kind.LIST:
      return value.values.length;
    case Kind.VARIABLE: {
      const name = value.name.value;
      const given = variables.values?.[name];
      if (typeof given === 'number') return bounded(given);
      if (Array.isArray(given)) return given.length;
      const declared = given === undefined ? variables.defaults?.get(name) : undefined;
      return declared && declared.kind !== Kind.VARIABLE ? sizeOf(declared, variables) : undefined;
    }
    default:
      return undefined;
  }
}

/** a size past any real list is still a number, so costs stay comparable (never NaN) */
function bounded(size: number): number {
  return Number.isNaN(size) ? 0 : Math.min(Math.max(size, 0), Number.MAX_SAFE_INTEGER);
}

/**
 * Whether any list size of a document is given by a variable (`first: $n`). When none is, the
 * limits measured without variables (by the validation rule, once per document) are exact for
 * every request of it, and nothing is left to measure per request.
 */
export function hasSizeVariables(document: DocumentNode): boolean {
  let found = sizeVariables.get(document);
  if (found === undefined) sizeVariables.set(document, (found = findSizeVariables(document)));
  return found;
}

/** remembered per parsed document: the engines parse a text once and hand the same document again */
const sizeVariables = new WeakMap<DocumentNode, boolean>();

function findSizeVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(argument) {
      if ((SIZE_ARGUMENTS.includes(argument.name.value) || ITEM_ARGUMENTS.includes(argument.name.value)) && argument.value.kind === Kind.VARIABLE) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
