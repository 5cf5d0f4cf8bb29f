import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExtraServer, Stack, StackOptions, SubgraphName } from './Stack';
import { processCpuMs, startInProcessStack } from './inProcessStack';
import { startInProcessSubgraph } from './inProcessSubgraph';
import type { SubgraphOptions } from './SubgraphUnderTest';
import { SpareDatabases } from './spareDatabases';
import { prepareDatabaseTemplate } from './databaseTemplate';

/** what a client of the host learns of a stack it started: everything but the servers themselves */
export interface StackDescription {
  id: string;
  gatewayUrl: string;
  gatewayMetricsUrl?: string;
  simulatorUrl: string;
  subgraphUrls: Stack['subgraphUrls'];
  secrets: Stack['secrets'];
}

export interface StackHostServer {
  url: string;
  /** closes every stack still open, then the server */
  close(): Promise<void>;
}

interface Hosted {
  /** a whole stack; a subgraph started alone has none */
  stack?: Stack;
  close(): Promise<void>;
  /** the test file that started it */
  owner: string;
}

/**
 * The stack host's HTTP API (JSON over POST, loopback only): start a stack, stop one of its
 * subgraphs, start one more gateway over it, close it; start one subgraph alone, close it; the
 * host's CPU time so far (a test bounding what its servers spend on a request). Stacks
 * run in this process, which loaded the product once: a test file asking for a stack pays for
 * starting servers, not for loading and compiling the whole product again, as each Jest test file
 * does with its own module registry.
 *
 * Files of a Jest worker run one after the other, and each closes its stacks in `afterAll`; a
 * stack a file left open (it failed before closing) is closed when the next file starts one, so
 * its timers and connections never run under another file's test. What is one per process stays
 * from one stack to the next, as in any long-lived process: the Prometheus registry's values
 * (a test reading absolute figures starts its stack with `startStackInThisProcess`).
 */
export async function serveStackHost(): Promise<StackHostServer> {
  const stacks = new Map<string, Hosted>();
  const gateways = new Map<string, ExtraServer>();
  const databases = new SpareDatabases(prepareDatabaseTemplate);
  let next = 1;

  const closeStack = async (id: string) => {
    const hosted = stacks.get(id);
    if (!hosted) return;
    stacks.delete(id);
    await hosted.close();
  };
  const hosted = (id: string): Stack => {
    const found = stacks.get(id)?.stack;
    if (!found) throw new Error(`no open stack ${id}`);
    return found;
  };
  /** what an earlier test file left open (it failed before closing) is closed before the next file's servers start */
  const closeLeftOpen = async (by: string) => {
    for (const [id, { owner }] of stacks) {
      if (owner === by) continue;
      process.stderr.write(`closing stack ${id}, left open by ${owner}\n`);
      await closeStack(id).catch((err) => process.stderr.write(`closing stack ${id} failed: ${(err as Error).stack}\n`));
    }
  };

  const routes: Record<string, (body: any, id: string) => Promise<unknown>> = {
    async 'stacks'(body: { options: StackOptions; owner: string }) {
      await closeLeftOpen(body.owner);
      const stack = await startInProcessStack(body.options, databases);
      const id = String(next++);
      stacks.set(id, { stack, close: () => stack.close(), owner: body.owner });
      const description: StackDescription = { id, gatewayUrl: stack.gatewayUrl, gatewayMetricsUrl: stack.gatewayMetricsUrl, simulatorUrl: stack.sim.url, subgraphUrls: stack.subgraphUrls, secrets: stack.secrets };
      return description;
    },
    async 'cpu'() {
      return { ms: processCpuMs() };
    },
    async 'stacks/close'(_body, id) {
      await closeStack(id);
      return {};
    },
    async 'subgraphs'(body: { name: SubgraphName; options: SubgraphOptions; owner: string }) {
      await closeLeftOpen(body.owner);
      const { close, ...description } = await startInProcessSubgraph(body.name, body.options, databases);
      const id = String(next++);
      stacks.set(id, { close, owner: body.owner });
      return { id, ...description };
    },
    async 'subgraphs/close'(_body, id) {
      await closeStack(id);
      return {};
    },
    async 'stacks/stop-subgraph'(body: { name: SubgraphName }, id) {
      await hosted(id).stopSubgraph(body.name);
      return {};
    },
    async 'stacks/gateways'(body: { env: Record<string, string> }, id) {
      const gateway = await hosted(id).startGateway(body.env);
      const gatewayId = String(next++);
      gateways.set(gatewayId, gateway);
      return { id: gatewayId, url: gateway.url };
    },
    async 'gateways/close'(_body, id) {
      const gateway = gateways.get(id);
      gateways.delete(id);
      await gateway?.close();
      return {};
    },
  };

  const server: Server = createServer((req, res) => {
    // /stacks, /stacks/<id>/close, /gateways/<id>/close ...: the id taken out, the rest names the route
    const parts = (req.url ?? '').split('/').filter(Boolean);
    const id = parts.length > 1 ? parts.splice(1, 1)[0] : '';
    const route = req.method === 'POST' ? routes[parts.join('/')] : undefined;
    if (req.method === 'GET' && req.url === '/health') return void res.writeHead(200).end('ok');
    if (!route) return void res.writeHead(404).end();
    readJson(req)
      .then((body) => route(body, id))
      .then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        (err: Error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: err.message, stack: err.stack })),
      );
  });
  // A worker's fetch keeps idle connections to its host from one test file to the next. Node's
  // server closes an idle one after 5 s, and a worker busy loading the next file's modules could
  // send on one being closed ("other side closed", seen once in CI): the host keeps them longer than
  // any client keeps an idle connection, so the client is always the one to close.
  server.keepAliveTimeout = 15 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const id of [...stacks.keys()]) await closeStack(id).catch(() => undefined);
      await databases.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}
