import { IDENTITY_HEADER } from '@stx/subgraph-kit';
import type { CallerContext } from './useCallerIdentity';

/**
 * The headers of each subgraph request, for the engine's header propagation: the signed identity
 * always, SecuTix's cookies to the contacts subgraph only. Nothing a client sends is forwarded,
 * its own `x-stx-identity` included.
 */
export function subgraphHeaders({ context, subgraphName }: { context: Partial<CallerContext>; subgraphName: string }): Record<string, string | undefined> {
  return {
    [IDENTITY_HEADER]: context.identityHeader,
    cookie: subgraphName === 'contacts' ? context.stxCookies : undefined,
  };
}
