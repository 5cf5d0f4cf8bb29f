// Plain Apollo Gateway + Apollo Server standalone over the supergraph, no plugins of ours.
// Run by the benchmark as a child process from this folder: PORT, SUPERGRAPH_PATH.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';

// the only addition: the account scenario's identity header, signed by the bench, passed on as is
class PassIdentity extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    if (context.identity) request.http?.headers.set('x-stx-identity', context.identity);
  }
}

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH, 'utf8'), buildService: ({ url }) => new PassIdentity({ url }) });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ identity: req.headers['x-stx-identity'] }),
});
process.stdout.write(`listening ${url}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
