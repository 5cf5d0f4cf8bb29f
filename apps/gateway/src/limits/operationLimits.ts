import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { OperationLimits } from '../config';

/**
 * One validation rule for depth, aliases and field count, measured through fragments, so an
 * abusive query is refused before any subgraph (or SecuTix) sees it.
 */
export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node) {
        const stats = { depth: 0, aliases: 0, fields: 0 };
        walk(node.selectionSet, 1, stats, fragments, new Set());
        const refuse = (what: string, value: number, max: number) =>
          context.reportError(new GraphQLError(`Operation ${what} is ${value}, over the limit of ${max}`, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX', limit: what, max } }));
        if (stats.depth > limits.maxDepth) refuse('depth', stats.depth, limits.maxDepth);
        if (stats.aliases > limits.maxAliases) refuse('alias count', stats.aliases, limits.maxAliases);
        if (stats.fields > limits.maxFields) refuse('field count', stats.fields, limits.maxFields);
      },
    };
  };
}

function walk(set: SelectionSetNode, depth: number, stats: { depth: number; aliases: number; fields: number }, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      stats.fields++;
      if (selection.alias) stats.aliases++;
      stats.depth = Math.max(stats.depth, depth);
      if (selection.selectionSet) walk(selection.selectionSet, depth + 1, stats, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, depth, stats, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are reported by graphql's own rules
      seen.add(name);
      walk(fragment.selectionSet, depth, stats, fragments, seen);
      seen.delete(name);
    }
  }
}
