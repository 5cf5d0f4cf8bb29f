import type { OperationContext, ResultBody } from './OperationDef';

/** Every SecuTix result carries statusCode, statusDetail and requestId (docs/secutix/platform-facts.md#results). */
export function success(ctx: OperationContext, fields: ResultBody): ResultBody {
  return { statusCode: 'success', statusDetail: 'OK', requestId: ctx.nextRequestId(), ...fields };
}

/** Business errors travel with HTTP 200, the code in statusCode (docs/secutix/protocol.md). */
export function businessError(ctx: OperationContext, code: string, detail: string): ResultBody {
  return { statusCode: code, statusDetail: detail, requestId: ctx.nextRequestId() };
}

export const POINT_OF_SALES_ID = 1001;

/** Availability calls must name the operator's point of sales, as SecuTix requires. */
export function checkPointOfSales(ctx: OperationContext, pointOfSalesId: unknown): ResultBody | undefined {
  if (pointOfSalesId === POINT_OF_SALES_ID) return undefined;
  return businessError(ctx, 'error.invalidParameter', `pointOfSalesId must be ${POINT_OF_SALES_ID}`);
}
