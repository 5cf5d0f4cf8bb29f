import type { SecutixConfig } from './config';
import { SecutixError } from './errors';
import { CircuitBreaker } from './resilience/CircuitBreaker';
import { attemptsFor } from './resilience/operationPolicy';
import { RetryAfterGate } from './resilience/RetryAfterGate';
import type { ServiceDescriptor } from './services';
import type { Params, ResultObject, Transport } from './transport/Transport';

export interface CallEvent {
  service: string;
  operation: string;
  attempt: number;
  ms: number;
  error?: SecutixError;
}

/** a call about to leave: what a budget needs to know to admit it */
export interface OutgoingCall {
  service: string;
  operation: string;
  /** changes data in SecuTix (an order, a contact): drawn from the write reserve of the budget */
  write: boolean;
}

export interface CallerHooks {
  /** asked before every call leaves; throw (e.g. a BUDGET_EXHAUSTED SecutixError) to refuse it */
  beforeCall?(call: OutgoingCall): Promise<void>;
  /** told when the circuit breaker of a SecuTix service changes state, for metrics */
  circuitChanged?(service: string, state: 'closed' | 'open' | 'half-open'): void;
  /** told after every call, for counters and logs */
  afterCall?(event: CallEvent): void;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

/**
 * Everything between a typed client and the wire: Retry-After, one circuit breaker per SecuTix
 * service, the shared budget, `statusCode` checks, `in_progress` follow-ups and retries. Reads are
 * retried on technical failures with exponential backoff (except the operations of
 * `operationPolicy`); rate limits are never retried here and the operation is left alone until
 * its Retry-After; writes are never retried at all, so an order is never created twice by us.
 */
export class SecutixCaller {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly retryAfter: RetryAfterGate;

  constructor(
    private readonly transport: Transport,
    private readonly config: SecutixConfig,
    private readonly hooks: CallerHooks = {},
  ) {
    this.retryAfter = new RetryAfterGate({ defaultSeconds: config.rateLimitedDefaultSeconds, now: hooks.now });
  }

  async call<T extends ResultObject>(service: ServiceDescriptor, operation: string, params: Params = {}): Promise<T> {
    const isWrite = service.writes.has(operation);
    const attempts = attemptsFor(this.config, service.name, operation, isWrite);
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.followInProgress(service, operation, params, attempt)) as T;
      } catch (err) {
        const error = err instanceof SecutixError ? err : new SecutixError('TECHNICAL', service.name, operation, String(err));
        if (attempt >= attempts || !error.retryNow) throw error;
        await this.sleep(this.config.retryBackoffMs * 2 ** (attempt - 1));
      }
    }
  }

  /** the breaker of one service, for health reports and tests */
  circuit(serviceName: string): CircuitBreaker {
    let breaker = this.breakers.get(serviceName);
    if (!breaker) {
      const onStateChange = this.hooks.circuitChanged && ((state: 'closed' | 'open' | 'half-open') => this.hooks.circuitChanged?.(serviceName, state));
      breaker = new CircuitBreaker({ failureThreshold: this.config.breakerFailures, openMs: this.config.breakerOpenMs, now: this.hooks.now, onStateChange });
      this.breakers.set(serviceName, breaker);
    }
    return breaker;
  }

  /** an `in_progress` answer is always followed up with its requestId, never asked afresh */
  private async followInProgress(service: ServiceDescriptor, operation: string, params: Params, attempt: number): Promise<ResultObject> {
    let result = await this.once(service, operation, params, attempt);
    for (let poll = 0; result.statusCode === 'in_progress'; poll++) {
      if (poll >= this.config.inProgressMaxPolls) {
        // the requestId lets the caller follow up later instead of starting a new export
        throw new SecutixError('UNAVAILABLE', service.name, operation, 'still in progress after the last follow-up', { statusCode: 'in_progress', requestId: result.requestId });
      }
      await this.sleep(this.config.inProgressPollMs);
      result = await this.once(service, operation, { ...params, requestId: result.requestId }, attempt);
    }
    return result;
  }

  private async once(service: ServiceDescriptor, operation: string, params: Params, attempt: number): Promise<ResultObject> {
    const wait = this.retryAfter.waitSeconds(`${service.name}.${operation}`);
    if (wait > 0) {
      throw new SecutixError('RATE_LIMITED', service.name, operation, `refused by SecuTix; not asked again for ${wait} s`, { retryAfterSeconds: wait });
    }
    const breaker = this.circuit(service.name);
    if (!breaker.admit()) {
      throw new SecutixError('CIRCUIT_OPEN', service.name, operation, 'not called: the service failed repeatedly', { retryAfterSeconds: Math.ceil(breaker.remainingMs() / 1000) });
    }
    try {
      await this.hooks.beforeCall?.({ service: service.name, operation, write: service.writes.has(operation) });
    } catch (err) {
      breaker.released();
      throw err;
    }
    const now = this.hooks.now ?? Date.now;
    const started = now();
    try {
      const result = await this.transport.call(service, operation, params);
      breaker.answered();
      checkStatus(result, service.name, operation);
      this.hooks.afterCall?.({ service: service.name, operation, attempt, ms: now() - started });
      return result;
    } catch (err) {
      const error = err instanceof SecutixError ? err : new SecutixError('TECHNICAL', service.name, operation, String(err));
      if (error.kind === 'UNAVAILABLE' || error.kind === 'TECHNICAL') breaker.failed();
      else breaker.answered();
      if (error.kind === 'RATE_LIMITED') this.retryAfter.block(`${service.name}.${operation}`, error.options.retryAfterSeconds);
      this.hooks.afterCall?.({ service: service.name, operation, attempt, ms: now() - started, error });
      throw error;
    }
  }

  private sleep(ms: number): Promise<void> {
    return this.hooks.sleep ? this.hooks.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }
}

function checkStatus(result: ResultObject, service: string, operation: string): void {
  const code = result.statusCode;
  if (code === undefined || code === 'success' || code === 'in_progress') return;
  if (code === 'error.authentication') {
    throw new SecutixError('AUTHENTICATION', service, operation, 'authentication refused', { statusCode: code, detail: result.statusDetail });
  }
  if (code === 'error.technical') {
    throw new SecutixError('TECHNICAL', service, operation, 'technical error', { statusCode: code, detail: result.statusDetail });
  }
  throw new SecutixError('BUSINESS', service, operation, code, { statusCode: code, detail: result.statusDetail });
}
