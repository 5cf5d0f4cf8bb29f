import { Kind, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';

/** Apollo's `@cacheControl(maxAge, scope, inheritMaxAge)` as written on a type or a field */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

export interface FieldHints {
  /** the named type the field returns */
  type: string;
  hint?: CacheHint;
}

export interface TypeHints {
  hint?: CacheHint;
  fields: Map<string, FieldHints>;
}

/** The cache hints of a schema: its object, interface and union types (the composite ones) and root types. */
export interface CacheHints {
  types: Map<string, TypeHints>;
  queryType: string;
  mutationType?: string;
}

/**
 * Reads the `@cacheControl` hints the subgraphs composed into the supergraph (`@composeDirective`),
 * from its SDL alone: no schema is built, so the gateway pays a parse at start and nothing more.
 */
export function cacheHintsOf(supergraph: DocumentNode): CacheHints {
  const types = new Map<string, TypeHints>();
  let queryType = 'Query';
  let mutationType: string | undefined = 'Mutation';
  for (const definition of supergraph.definitions) {
    switch (definition.kind) {
      case Kind.SCHEMA_DEFINITION:
        queryType = definition.operationTypes.find((o) => o.operation === 'query')?.type.name.value ?? queryType;
        mutationType = definition.operationTypes.find((o) => o.operation === 'mutation')?.type.name.value;
        break;
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.UNION_TYPE_EXTENSION: {
        const entry: TypeHints = types.get(definition.name.value) ?? { fields: new Map() };
        entry.hint = hintOf(definition.directives) ?? entry.hint;
        const fields = 'fields' in definition ? (definition.fields as readonly FieldDefinitionNode[] | undefined) : undefined;
        for (const field of fields ?? []) entry.fields.set(field.name.value, { type: namedType(field.type), hint: hintOf(field.directives) });
        types.set(definition.name.value, entry);
        break;
      }
      default:
    }
  }
  return { types, queryType, mutationType };
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): CacheHint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const hint: CacheHint = {};
  for (const arg of directive.arguments ?? []) {
    const { value } = arg;
    if (arg.name.value === 'maxAge' && value.kind === Kind.INT) hint.maxAge = Number(value.value);
    else if (arg.name.value === 'scope' && value.kind === Kind.ENUM && (value.value === 'PUBLIC' || value.value === 'PRIVATE')) hint.scope = value.value;
    else if (arg.name.value === 'inheritMaxAge' && value.kind === Kind.BOOLEAN) hint.inheritMaxAge = value.value;
  }
  return hint;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
