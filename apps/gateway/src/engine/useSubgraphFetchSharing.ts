import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest } from '@graphql-tools/utils';
import { getOperationAST, type DocumentNode } from 'graphql';

interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** the class of the engine's own responses, so that each copy is what the engine expects */
  responseClass: typeof Response;
}

/**
 * Identical subgraph queries in flight at the same moment (same URL, body and headers: the same
 * caller's identity and language) make one HTTP request. When the answer comes and nobody else
 * asked meanwhile, the one fetch gets it as it is; when others did, its text is read once and
 * each gets a Response of its own, which the engine parses into its own result. In place of the
 * engine's own deduplication (`deduplicateInflightRequests`, turned off in createGatewayEngine),
 * which `structuredClone`s the parsed answer for every fetch, shared or not (0.2 ms of CPU per
 * product page in the benchmark). Mutations are never shared.
 */
export function useSubgraphFetchSharing(): GatewayPlugin {
  const inFlight = new Map<string, Flight>();
  return {
    onFetch({ executionRequest, fetchFn, setFetchFn }) {
      if (!executionRequest || !isQuery(executionRequest)) return;
      setFetchFn((url, init, ...rest) => {
        const key = `${url}\u0000${String(init?.body ?? '')}\u0000${JSON.stringify(init?.headers ?? {})}`;
        let flight = inFlight.get(key);
        if (!flight) {
          flight = new Flight(Promise.resolve(fetchFn(url, init, ...rest)).finally(() => inFlight.delete(key)));
          inFlight.set(key, flight);
        }
        return flight.join();
      });
    },
  };
}

/** one subgraph request and the fetches waiting for it; none join once its answer has come */
class Flight {
  private sharers = 0;
  private answer?: Promise<SharedAnswer>;

  constructor(private readonly response: Promise<Response>) {}

  join(): Promise<Response> {
    this.sharers++;
    return this.response.then((response) => {
      if (this.sharers === 1) return response;
      this.answer ??= read(response);
      return this.answer.then(copyOf);
    });
  }
}

async function read(response: Response): Promise<SharedAnswer> {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  return { status: response.status, statusText: response.statusText, headers, body: await response.text(), responseClass: response.constructor as typeof Response };
}

function copyOf(answer: SharedAnswer): Response {
  return new answer.responseClass(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
}

/** the operation type, once per document (the engine plans a document once and sends it again and again) */
const operations = new WeakMap<DocumentNode, Map<string, string | undefined>>();
function isQuery(request: ExecutionRequest): boolean {
  let byName = operations.get(request.document);
  if (!byName) operations.set(request.document, (byName = new Map()));
  const name = request.operationName ?? '';
  if (!byName.has(name)) byName.set(name, getOperationAST(request.document, request.operationName)?.operation);
  return byName.get(name) === 'query';
}
