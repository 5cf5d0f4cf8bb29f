import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/**
 * Whether an operation reads only public data: a query whose root fields are all in the public
 * list. Anything else (mutations, contact-scoped fields, unparsable text) is never cached.
 */
export function isPublicQuery(query: string, operationName: string | undefined, publicRootFields: ReadonlySet<string>): boolean {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'query') return false;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const roots: string[] = [];
  const collect = (selections: OperationDefinitionNode['selectionSet']['selections'], seen: Set<string>): boolean => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) roots.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!collect(s.selectionSet.selections, seen)) return false;
      } else {
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) return false;
        if (!collect(fragment.selectionSet.selections, new Set([...seen, s.name.value]))) return false;
      }
    }
    return true;
  };
  if (!collect(operation.selectionSet.selections, new Set())) return false;
  return roots.every((name) => name === '__typename' || publicRootFields.has(name));
}
