import { IDENTITY_HEADER } from '@stx/identity';
import type { CallerContext } from './useCallerIdentity';

/**
 * The headers of each subgraph request, for the engine's header propagation: the signed identity
 * always, the caller's Accept-Language (checked) for the language rule, SecuTix's cookies to the
 * contacts subgraph only. Nothing else a client sends is forwarded, its own `x-stx-identity` included.
 */
export function subgraphHeaders({ context, subgraphName }: { context: Partial<CallerContext>; subgraphName: string }): Record<string, string | undefined> {
  return {
    [IDENTITY_HEADER]: context.identityHeader,
    'accept-language': context.acceptLanguage,
    cookie: subgraphName === 'contacts' ? context.stxCookies : undefined,
  };
}
