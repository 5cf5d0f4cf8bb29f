import { moneyFromThousandths } from '@stx/domain-rules';
import type { OrderLineResolvers } from '../__generated__/resolvers';

export const OrderLine: OrderLineResolvers = {
  id: (l) => String(l.record.operationId),
  product: (l) => ({ id: String(l.record.productId) }),
  performance: (l) => (l.record.performanceId ? { id: String(l.record.performanceId) } : null),
  seatCategoryId: (l) => (l.record.seatCategoryId ? String(l.record.seatCategoryId) : null),
  seatCategory: (l) => (l.record.seatCategoryId ? { id: String(l.record.seatCategoryId) } : null),
  audienceSubCategory: (l) => ({ id: String(l.record.audienceSubCategoryId) }),
  seats: (l) => (l.record.seats ?? []).map((s) => ({ area: s.area ?? null, block: s.block ?? null, row: s.row ?? null, number: s.number === undefined ? null : String(s.number) })),
  audienceSubCategoryId: (l) => String(l.record.audienceSubCategoryId),
  quantity: (l) => l.record.quantity,
  unitPrice: (l) => moneyFromThousandths(l.record.unitPrice, l.currencyCode),
  total: (l) => moneyFromThousandths(l.record.totalAmount, l.currencyCode),
};
