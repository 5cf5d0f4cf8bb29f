import type { SecutixConfig } from './config';
import { SecutixError } from './errors';
import type { ServiceDescriptor } from './services';
import type { Params, ResultObject, Transport } from './transport/Transport';

export interface CallEvent {
  service: string;
  operation: string;
  attempt: number;
  ms: number;
  error?: SecutixError;
}

export interface CallerHooks {
  /** asked before every call leaves; throw (e.g. a BUDGET_EXHAUSTED SecutixError) to refuse it */
  beforeCall?(service: string, operation: string): Promise<void>;
  /** told after every call, for counters and logs */
  afterCall?(event: CallEvent): void;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

/**
 * Everything between a typed client and the wire: the shared budget, `statusCode` checks,
 * `in_progress` follow-ups and retries. Reads are retried on technical failures with exponential
 * backoff; rate limits are never retried here (SecuTix asks to back off, not loop); writes are
 * never retried at all, so an order is never created twice by us.
 */
export class SecutixCaller {
  constructor(
    private readonly transport: Transport,
    private readonly config: SecutixConfig,
    private readonly hooks: CallerHooks = {},
  ) {}

  async call<T extends ResultObject>(service: ServiceDescriptor, operation: string, params: Params = {}): Promise<T> {
    const isWrite = service.writes.has(operation);
    const attempts = isWrite ? 1 : Math.max(1, this.config.readAttempts);
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

  private async followInProgress(service: ServiceDescriptor, operation: string, params: Params, attempt: number): Promise<ResultObject> {
    let result = await this.once(service, operation, params, attempt);
    for (let poll = 0; result.statusCode === 'in_progress'; poll++) {
      if (poll >= this.config.inProgressMaxPolls) {
        throw new SecutixError('UNAVAILABLE', service.name, operation, 'still in progress after the last follow-up', { statusCode: 'in_progress' });
      }
      await this.sleep(this.config.inProgressPollMs);
      result = await this.once(service, operation, { ...params, requestId: result.requestId }, attempt);
    }
    return result;
  }

  private async once(service: ServiceDescriptor, operation: string, params: Params, attempt: number): Promise<ResultObject> {
    await this.hooks.beforeCall?.(service.name, operation);
    const now = this.hooks.now ?? Date.now;
    const started = now();
    try {
      const result = await this.transport.call(service, operation, params);
      checkStatus(result, service.name, operation);
      this.hooks.afterCall?.({ service: service.name, operation, attempt, ms: now() - started });
      return result;
    } catch (err) {
      this.hooks.afterCall?.({ service: service.name, operation, attempt, ms: now() - started, error: err as SecutixError });
      throw err;
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
