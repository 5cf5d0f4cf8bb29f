import type { OperationContext, ResultBody } from '../services/OperationDef';
import { businessError } from '../services/results';

/** A business refusal decided by a sales rule, turned into a result by the service that asked. */
export interface SalesRefusal {
  code: string;
  detail: string;
}

export const refusal = (code: string, detail: string): SalesRefusal => ({ code, detail });

export function isRefusal(value: unknown): value is SalesRefusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value;
}

export function refusalResult(ctx: OperationContext, r: SalesRefusal): ResultBody {
  return businessError(ctx, r.code, r.detail);
}
