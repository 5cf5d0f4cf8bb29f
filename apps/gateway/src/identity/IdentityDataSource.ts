import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, signIdentity } from '@stx/subgraph-kit';
import type { GatewayContext } from './callerIdentity';

/**
 * Every subgraph call carries the caller's verified identity, signed with the secret the
 * subgraphs share; SecuTix cookies go to the contacts subgraph only. Nothing a client sends
 * as `x-stx-identity` is ever forwarded: the header is always set here.
 */
export class IdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: { url: string; name: string },
    private readonly identitySecret: string,
  ) {
    super({ url: options.url });
    this.subgraphName = options.name;
  }

  private readonly subgraphName: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    const identity = 'identity' in context && context.identity ? context.identity : {};
    headers.set(IDENTITY_HEADER, signIdentity(identity, this.identitySecret, Date.now()));
    if (this.subgraphName === 'contacts' && 'stxCookies' in context && context.stxCookies) headers.set('cookie', context.stxCookies);
  }
}
