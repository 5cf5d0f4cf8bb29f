import { requestDuration, requestsTotal } from './registry';

export type RequestOutcome = 'ok' | 'graphql_error' | 'client_error' | 'server_error';

/** the outcome from the status code, unless the handler saw GraphQL errors in a 200 answer */
export function requestOutcome(status: number, graphqlErrors: boolean): RequestOutcome {
  if (status >= 500) return 'server_error';
  if (status >= 400) return 'client_error';
  return graphqlErrors ? 'graphql_error' : 'ok';
}

const MAX_OPERATION_NAMES = 200;
const seen = new Set<string>();

/**
 * Operation names come from clients: anything but a plain GraphQL name, and any name past the
 * first 200 seen, is counted as `other`, so a client cannot blow up the number of series.
 */
export function operationLabel(name: string | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(name);
  return name;
}

export function recordRequest(app: string, operation: string | undefined, outcome: RequestOutcome, seconds: number): void {
  const labels = { app, operation: operationLabel(operation), outcome };
  requestsTotal.inc(labels);
  requestDuration.observe(labels, seconds);
}
