// Plain Apollo Gateway + Apollo Server standalone over the supergraph, no plugins of ours.
// Run by the benchmark as a child process from this folder: PORT, SUPERGRAPH_PATH.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway } from '@apollo/gateway';

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH, 'utf8') });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
process.stdout.write(`listening ${url}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
