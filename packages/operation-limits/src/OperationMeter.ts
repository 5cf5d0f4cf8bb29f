import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { OperationLimits } from './OperationLimits';
import { introspectionDisabled, limitExceeded, type LimitName } from './limitErrors';
import { requestedSize, type VariableSource } from './listSize';

/** What one selection set asks for, relative to where it is used. */
interface Totals {
  depth: number;
  fields: number;
  aliases: number;
  /** cost, apart from the lists below that take their size from the parent field's first/last/limit */
  cost: number;
  /** cost of those lists per item of the parent's size */
  costPerParentItem: number;
  /** cost of those lists at their assumed sizes, when the parent says none */
  costAtAssumedSizes: number;
  introspectionDepth: number;
  introspectionFields: number;
  introspectionListDepth: number;
}

const nothing: Readonly<Totals> = Object.freeze({ depth: 0, fields: 0, aliases: 0, cost: 0, costPerParentItem: 0, costAtAssumedSizes: 0, introspectionDepth: 0, introspectionFields: 0, introspectionListDepth: 0 });

class LimitReached {
  constructor(readonly error: GraphQLError) {}
}

/**
 * Measures operations in time linear in the document: each fragment is measured once and its
 * totals reused at every spread (a "fragment diamond" that expands to 2^40 fields costs 40
 * fragment walks), and measuring stops at the first limit crossed, since every total only grows.
 * A list multiplies the cost of its selection by its size, as Apollo's demand control and
 * GitHub's node limit do; list sizes come from the arguments, else the assumed sizes. A list
 * argument of 0 still counts its selection once, so that a part over a limit is refused whatever
 * multiplies it.
 *
 * One meter per document and variable values: fragment totals depend on both.
 */
export class OperationMeter {
  /** null while a fragment is being measured: a spread of it then is a cycle, which counts nothing */
  private readonly fragmentTotals = new Map<string, Totals | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly limits: OperationLimits,
    private readonly variables: VariableSource = {},
  ) {}

  /** the first limit the operation crosses, as the error to answer, or undefined */
  check(operation: OperationDefinitionNode): GraphQLError | undefined {
    try {
      const totals = this.measureSet(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined);
      // the root has no parent to size its lists: they take their assumed sizes
      this.refuseOver('cost', totals.cost + totals.costAtAssumedSizes, this.limits.maxCost, operation);
      return undefined;
    } catch (err) {
      if (err instanceof LimitReached) return err.error;
      throw err;
    }
  }

  private measureSet(set: SelectionSetNode, parentType: GraphQLNamedType | undefined): Totals {
    const totals = { ...nothing };
    for (const selection of set.selections) {
      let part: Readonly<Totals>;
      if (selection.kind === Kind.FIELD) part = this.measureField(selection, parentType);
      else if (selection.kind === Kind.INLINE_FRAGMENT) part = this.measureSet(selection.selectionSet, selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) ?? undefined : parentType);
      else part = this.measureFragment(selection.name.value);
      add(totals, part);
      this.refuseIfOver(totals, selection);
    }
    return totals;
  }

  private measureFragment(name: string): Readonly<Totals> {
    // a cycle (graphql-js's NoFragmentCyclesRule reports it) or an unknown fragment counts nothing
    if (this.fragmentTotals.has(name)) return this.fragmentTotals.get(name) ?? nothing;
    const fragment = this.fragments.get(name);
    if (!fragment) return nothing;
    this.fragmentTotals.set(name, null);
    const totals = this.measureSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined);
    this.fragmentTotals.set(name, totals);
    return totals;
  }

  private measureField(node: FieldNode, parentType: GraphQLNamedType | undefined): Totals {
    const name = node.name.value;
    const definition = fieldDefinition(this.schema, parentType, name);
    const entersIntrospection = (name === '__schema' || name === '__type') && parentType === this.schema.getQueryType();
    if (entersIntrospection && !this.limits.introspection.enabled) throw new LimitReached(introspectionDisabled(node));
    const isList = definition !== undefined && isListType(getNullableType(definition.type));
    const children = node.selectionSet ? this.measureSet(node.selectionSet, definition && getNamedType(definition.type)) : nothing;
    const totals = { ...nothing, aliases: (node.alias ? 1 : 0) + children.aliases };
    if (entersIntrospection || (parentType !== undefined && isIntrospectionType(parentType))) {
      // introspection has its own bound (its lists are the schema's, not the caller's to size)
      totals.introspectionDepth = 1 + children.introspectionDepth;
      totals.introspectionFields = 1 + children.introspectionFields;
      // lists of types within lists of types multiply the schema by itself; args, one level
      // further, lead back to types only through `type`, so they need no count of their own
      const listsTypes = isList && (parentType?.name === '__Schema' || parentType?.name === '__Type');
      totals.introspectionListDepth = (listsTypes ? 1 : 0) + children.introspectionListDepth;
      return totals;
    }
    totals.depth = 1 + children.depth;
    totals.fields = 1 + children.fields;
    const size = requestedSize(node, definition, this.variables);
    // a connection's first/last sizes the lists directly below it (edges, nodes)
    const sizeForChildren = !isList && size !== undefined ? size : undefined;
    const childCost = children.cost + (sizeForChildren !== undefined ? Math.max(1, sizeForChildren) * children.costPerParentItem : children.costAtAssumedSizes);
    if (!isList) totals.cost = 1 + childCost;
    else if (size !== undefined) totals.cost = 1 + Math.max(1, size) * childCost;
    else {
      totals.cost = 1;
      totals.costPerParentItem = childCost;
      totals.costAtAssumedSizes = this.assumedSize(parentType, name) * childCost;
    }
    return totals;
  }

  private assumedSize(parentType: GraphQLNamedType | undefined, field: string): number {
    const sizes = this.limits.listSizes;
    return (parentType && sizes.byField[`${parentType.name}.${field}`]) || sizes.default;
  }

  /** Every total only grows as measuring goes on, so a part over a limit means the whole is. */
  private refuseIfOver(totals: Totals, node: ASTNode): void {
    const { limits } = this;
    this.refuseOver('depth', totals.depth, limits.maxDepth, node);
    this.refuseOver('aliases', totals.aliases, limits.maxAliases, node);
    this.refuseOver('fields', totals.fields, limits.maxFields, node);
    // the lists sized by the parent add at least one item's cost, whatever the parent says
    this.refuseOver('cost', totals.cost + totals.costPerParentItem, limits.maxCost, node);
    this.refuseOver('introspectionDepth', totals.introspectionDepth, limits.introspection.maxDepth, node);
    this.refuseOver('introspectionFields', totals.introspectionFields, limits.introspection.maxFields, node);
    this.refuseOver('introspectionListDepth', totals.introspectionListDepth, limits.introspection.maxListDepth, node);
  }

  private refuseOver(limit: LimitName, value: number, max: number, node: ASTNode): void {
    if (value > max) throw new LimitReached(limitExceeded(limit, value, max, node));
  }
}

function add(totals: Totals, part: Readonly<Totals>): void {
  totals.depth = Math.max(totals.depth, part.depth);
  totals.fields += part.fields;
  totals.aliases += part.aliases;
  totals.cost += part.cost;
  totals.costPerParentItem += part.costPerParentItem;
  totals.costAtAssumedSizes += part.costAtAssumedSizes;
  totals.introspectionDepth = Math.max(totals.introspectionDepth, part.introspectionDepth);
  totals.introspectionFields += part.introspectionFields;
  totals.introspectionListDepth = Math.max(totals.introspectionListDepth, part.introspectionListDepth);
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parentType !== undefined && parentType === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}
