import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SpanKind, context as otelContext, propagation } from '@opentelemetry/api';
import { tracer } from '@stx/observability';
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
    // Node's own fetch (undici) instead of the default make-fetch-happen, whose agent builds an
    // Error stack on every request to tell http from https: 15-20 % more home pages per second
    // with the response cache off (gateway CPU profile under tools/bench load, 2026-11-25).
    super({ url: options.url, fetcher: fetch as never });
    this.subgraphName = options.name;
  }

  private readonly subgraphName: string;

  /** each subgraph fetch is a client span, continued by the subgraph through W3C `traceparent` */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    return tracer().startActiveSpan(`subgraph ${this.subgraphName}`, { kind: SpanKind.CLIENT, attributes: { 'graphql.subgraph.name': this.subgraphName } }, (span) =>
      super.process(options).finally(() => span.end()),
    );
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    propagation.inject(otelContext.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    const identity = 'identity' in context && context.identity ? context.identity : {};
    headers.set(IDENTITY_HEADER, signIdentity(identity, this.identitySecret, Date.now()));
    if (this.subgraphName === 'contacts' && 'stxCookies' in context && context.stxCookies) headers.set('cookie', context.stxCookies);
  }
}
