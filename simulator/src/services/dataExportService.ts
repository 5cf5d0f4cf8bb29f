import { DataExportService } from '@stx/secutix-contract';
import { iso } from '../data/dates';
import type { SimOrder } from '../data/orderTypes';
import type { Params } from '../protocol/normaliseParams';
import { saleAmount } from '../sales/orderAmounts';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';
import { serviceDef } from './serviceDef';

export interface ExportJob {
  exportKey: string;
  from: number;
  to: number;
  limit: number;
}

/** SecuTix caps an export page at 1000 rows. */
const MAX_ROWS = 1000;

type Row = Record<string, string>;

/**
 * The export queries of the demo institution [ours: real ones are defined per institution in
 * SecuTix]. Each lists rows of name/value pairs; amounts are decimal strings, as export queries
 * compute them.
 */
const EXPORTS: Record<string, { description: string; rows(ctx: OperationContext, job: ExportJob): Row[] }> = {
  SALES_LINES: {
    description: 'Sold order lines, by closing date',
    rows: (ctx, job) =>
      closedBetween(ctx, job).flatMap((o) =>
        o.lines.filter((l) => l.state === 'SOLD').map((l) => ({
          reference_date: iso(o.closedAt!),
          order_id: String(o.orderId),
          line_id: String(l.operationId),
          type: 'SALE',
          kind: l.performanceId === undefined ? 'SIMPLE_PRODUCT' : 'SINGLE_ENTRY',
          product_id: String(l.productId),
          quantity: String(l.quantity),
          amount: ((l.unitPrice * l.quantity) / 1000).toFixed(2),
          contact_number: o.contactNumber,
        })),
      ),
  },
  ORDERS: {
    description: 'Closed orders with their amount, by closing date',
    rows: (ctx, job) =>
      closedBetween(ctx, job).map((o) => ({ reference_date: iso(o.closedAt!), order_id: String(o.orderId), amount: (saleAmount(o) / 1000).toFixed(2), contact_number: o.contactNumber })),
  },
};

function closedBetween(ctx: OperationContext, job: ExportJob): SimOrder[] {
  return ctx.orders.all().filter((o) => o.closedAt !== undefined && o.closedAt >= job.from && o.closedAt <= job.to);
}

/**
 * The first call of an export answers `in_progress` with a requestId [ours: always, as SecuTix
 * may]; the same call again with that requestId answers the rows. An unknown requestId is refused.
 */
function executeExport(p: Params, ctx: OperationContext): ResultBody {
  if (p.requestId !== undefined) {
    const job = ctx.exportJobs.get(p.requestId as number);
    if (!job) return businessError(ctx, 'error.invalidParameter', `no export in progress with requestId ${p.requestId}`);
    ctx.exportJobs.delete(p.requestId as number);
    const rows = EXPORTS[job.exportKey].rows(ctx, job).slice(0, job.limit);
    return success(ctx, {
      requestState: 'DONE',
      exportDate: iso(ctx.now()),
      exportedElements: rows.map((row) => ({ nameValues: Object.entries(row).map(([name, value]) => ({ name, value })) })),
    });
  }
  const exportKey = p.exportKey;
  if (typeof exportKey !== 'string' || !Object.hasOwn(EXPORTS, exportKey)) return businessError(ctx, 'error.invalidParameter', `unknown exportKey ${String(exportKey ?? '')}`.trim());
  const from = p.dateFrom === undefined ? 0 : Date.parse(String(p.dateFrom));
  const to = p.dateTo === undefined ? ctx.now() : Date.parse(String(p.dateTo));
  if (Number.isNaN(from) || Number.isNaN(to)) return businessError(ctx, 'error.invalidParameter', 'dateFrom and dateTo must be ISO-8601 dates');
  const limit = Math.min(MAX_ROWS, Math.max(1, (p.nbMaxResults as number | undefined) ?? MAX_ROWS));
  const requestId = ctx.nextRequestId();
  ctx.exportJobs.set(requestId, { exportKey, from, to, limit });
  return { statusCode: 'in_progress', statusDetail: 'The export is running; call again with this requestId', requestId, requestState: 'IN_PROGRESS', exportedElements: [] };
}

export const dataExportService: ServiceDef = serviceDef(DataExportService, {
  getAvailableExports: {
    params: {},
    handle: (_p, ctx) => success(ctx, { exports: Object.entries(EXPORTS).map(([exportKey, e]) => ({ exportKey, description: e.description })) }),
  },
  executeExport: {
    params: { requestId: 'number', exportKey: 'string', dateFrom: 'string', dateTo: 'string', parameters: { list: { name: 'string', value: 'string' } }, nbMaxResults: 'number' },
    isFollowUp: (p, ctx) => typeof p.requestId === 'number' && ctx.exportJobs.has(p.requestId),
    handle: executeExport,
  },
});
