import { getOperationAST, type DocumentNode, type SelectionSetNode } from 'graphql';

/** the root fields an app calls to renew or end a session, which need no valid access token */
const SESSION_RENEWAL_FIELDS = new Set(['login', 'refreshLogin', 'logout', '__typename']);

/**
 * Whether the operation only renews or ends a session (its root fields, through fragments, are
 * all among SESSION_RENEWAL_FIELDS): an app whose access token has expired sends `refreshLogin`
 * with the stale `Authorization` still attached, as Apollo links and axios interceptors do, and
 * refusing it with TOKEN_EXPIRED ("refresh") would loop for ever.
 */
export function renewsSessionOnly(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return false;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d.selectionSet] as const] : [])));
  const seen = new Set<string>();
  const only = (set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === 'Field') return SESSION_RENEWAL_FIELDS.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return only(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return true;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && only(fragment);
    });
  return only(operation.selectionSet);
}
