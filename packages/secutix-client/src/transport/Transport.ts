import type { ServiceDescriptor } from '../services';

/** Plain request parameters and plain result objects, the same shape on every transport. */
export type Params = Record<string, unknown>;
export type ResultObject = Record<string, unknown> & { statusCode?: string; statusDetail?: string; requestId?: number };

/** Speaks one wire protocol. Retries, budgets and status handling live above it (CallPolicy). */
export interface Transport {
  call(service: ServiceDescriptor, operation: string, params: Params): Promise<ResultObject>;
  close?(): Promise<void>;
}
