import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody } from '../services/OperationDef';

/**
 * OrderUpdateResult says whether a refusal was an expected business outcome (sold out, not on
 * sale, …: `expectedException: true`) rather than a fault; every refusal of ours is one.
 */
export function withExpectedException(handle: (p: Params, ctx: OperationContext) => ResultBody) {
  return (p: Params, ctx: OperationContext): ResultBody => {
    const { statusCode, statusDetail, requestId, ...rest } = handle(p, ctx);
    return { statusCode, statusDetail, requestId, expectedException: statusCode !== 'success', ...rest };
  };
}
