import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { CacheHint, CacheHints } from './cacheHints';

/** how long an answer may be reused, by anyone (PUBLIC) or never (PRIVATE); `maxAge` 0 means never, Infinity that no field limits it */
export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

export const NEVER: CachePolicy = Object.freeze({ maxAge: 0, scope: 'PRIVATE' });

/**
 * The policy of one operation from the schema's cache hints, as Apollo Server computes it: the
 * smallest maxAge over the fields it selects, PRIVATE if any of them is. A field takes its own
 * hint over its type's; without a maxAge, a root field or one returning an object gets 0 (never
 * shared) unless it says `inheritMaxAge`, and a leaf field inherits its parent's. Anything else
 * than a query, or a document that does not match the schema, is never shared (the engine
 * answers it with an error). Linear in the document: each fragment is measured once, wherever
 * and however often it is spread.
 */
export function operationPolicy(hints: CacheHints, document: DocumentNode, operationName: string | undefined): CachePolicy {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'query') return NEVER;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, Accumulated | 'measuring'>();

  function measure(selectionSet: SelectionSetNode, parentType: string): Accumulated {
    const acc: Accumulated = { maxAge: Infinity, private: false };
    const parent = hints.types.get(parentType);
    if (!parent) return INVALID;
    for (const selection of selectionSet.selections) {
      let inner: Accumulated;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const field = parent.fields.get(name);
        // __schema and __type, or a field the schema lacks
        if (!field) return INVALID;
        const returned = hints.types.get(field.type);
        const hint: CacheHint = { ...returned?.hint, ...definedOf(field.hint) };
        let maxAge = hint.maxAge;
        if (maxAge === undefined && !hint.inheritMaxAge && (returned !== undefined || parentType === hints.queryType)) maxAge = 0;
        inner = { maxAge: maxAge ?? Infinity, private: hint.scope === 'PRIVATE' };
        if (returned && selection.selectionSet) restrict(inner, measure(selection.selectionSet, field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, selection.typeCondition?.name.value ?? parentType);
      } else {
        const name = selection.name.value;
        const known = measured.get(name);
        if (known === 'measuring') return INVALID; // a cycle: invalid GraphQL
        if (known) inner = known;
        else {
          const fragment = fragments.get(name);
          if (!fragment) return INVALID;
          measured.set(name, 'measuring');
          inner = measure(fragment.selectionSet, fragment.typeCondition.name.value);
          measured.set(name, inner);
        }
      }
      restrict(acc, inner);
      // settled: nothing selected further can make it shareable again
      if (acc.maxAge === 0) return acc;
    }
    return acc;
  }

  const acc = measure(operation.selectionSet, hints.queryType);
  // a private answer is never shared, whatever its maxAge: it is about one caller
  if (acc.private) return NEVER;
  return { maxAge: acc.maxAge, scope: 'PUBLIC' };
}

interface Accumulated {
  maxAge: number;
  private: boolean;
}

const INVALID: Accumulated = Object.freeze({ maxAge: 0, private: true });

function restrict(acc: Accumulated, other: Accumulated): void {
  if (other.maxAge < acc.maxAge) acc.maxAge = other.maxAge;
  if (other.private) acc.private = true;
}

/** a field's hint overrides its type's only where it says something */
function definedOf(hint: CacheHint | undefined): CacheHint {
  if (!hint) return {};
  const defined: CacheHint = {};
  if (hint.maxAge !== undefined) defined.maxAge = hint.maxAge;
  if (hint.scope !== undefined) defined.scope = hint.scope;
  if (hint.inheritMaxAge !== undefined) defined.inheritMaxAge = hint.inheritMaxAge;
  return defined;
}
