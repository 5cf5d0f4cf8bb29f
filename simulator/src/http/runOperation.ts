import { normaliseParams } from '../protocol/normaliseParams';
import type { OperationContext, OperationDef, ResultBody, ServiceDef } from '../services/OperationDef';
import { businessError } from '../services/results';
import type { SimulatorRuntime } from './SimulatorRuntime';

export type Outcome =
  | { kind: 'unknownMethod' }
  | { kind: 'result'; operation: OperationDef; body: ResultBody }
  | { kind: 'rateLimited'; status: number; retryAfterS: number }
  | { kind: 'unauthenticated'; detail: string }
  | { kind: 'technical' }
  | { kind: 'outage' };

/**
 * What happens to a call once its transport has decoded it, the same for SOAP and JSON so both
 * answer the same object: count, rate limit, authenticate, inject faults, wait, handle.
 * Calls refused by the rate limiter still count, as SecuTix's counter does.
 */
export async function runOperation(
  runtime: SimulatorRuntime,
  service: ServiceDef,
  operationName: string,
  rawParams: Record<string, unknown>,
  authenticate: () => string | undefined,
): Promise<Outcome> {
  const operation = Object.hasOwn(service.operations, operationName) ? service.operations[operationName] : undefined;
  const key = `${service.name}.${operationName}`;
  // unknown operations count too, under their name, so a test sees what a client tried
  runtime.calls.count(key);
  if (!operation) return { kind: 'unknownMethod' };

  const normalised = normaliseParams(rawParams, operation.params);
  const fault = runtime.faults.decide(key);
  const ctx = context(runtime, runtime.latency.latencyFor(key) + fault.extraDelayMs);
  const followUp = normalised.ok && (operation.isFollowUp?.(normalised.params, ctx) ?? false);
  const decision = runtime.limiter.check(key, followUp);
  if (!decision.allowed) {
    runtime.calls.reject();
    return { kind: 'rateLimited', status: decision.status, retryAfterS: decision.retryAfterS };
  }
  const authFailure = authenticate();
  if (authFailure) return { kind: 'unauthenticated', detail: authFailure };

  if (fault.kind === 'outage') {
    await runtime.sleep(fault.extraDelayMs);
    return { kind: 'outage' };
  }
  if (fault.kind === 'error' || !normalised.ok || !operation.ownsLatency) await runtime.sleep(ctx.latencyMs);
  if (fault.kind === 'error') return { kind: 'technical' };
  if (!normalised.ok) return { kind: 'result', operation, body: businessError(ctx, 'error.invalidParameter', normalised.detail) };
  return { kind: 'result', operation, body: await operation.handle(normalised.params, ctx) };
}

function context(runtime: SimulatorRuntime, latencyMs: number): OperationContext {
  return {
    state: runtime.state,
    now: runtime.options.now,
    nextRequestId: runtime.nextRequestId,
    institution: runtime.options.institution,
    contacts: runtime.contacts,
    orders: runtime.orders,
    shipments: runtime.shipments,
    tickets: runtime.tickets,
    wallet: runtime.wallet,
    orderHoldMs: runtime.options.orderHoldSeconds * 1000,
    baseUrl: publicBaseUrl(runtime.options.host, runtime.options.port),
    latencyMs,
    sleep: runtime.sleep,
    inProgressAfterMs: runtime.options.inProgressAfterMs,
    catalogJobs: runtime.catalogJobs,
    exportJobs: runtime.exportJobs,
  };
}

/** a URL a browser on this machine can open, even when the simulator listens on every interface */
function publicBaseUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
