import { orderDetailsRecord, referenceDate } from '../src/sales/orderRecords';
import type { SimOrder } from '../src/data/orderTypes';

describe('order records as SecuTix publishes them', () => {
  it('dates an order at midnight of its day in the institution’s time zone (SecuTix’s webhook: created 10:09Z, reference 22:00Z the day before)', () => {
    expect(referenceDate(Date.parse('2020-10-13T10:09:00Z'))).toBe('2020-10-12T22:00:00.000Z');
    expect(referenceDate(Date.parse('2026-12-01T23:30:00Z'))).toBe('2026-12-01T23:00:00.000Z');
    // the day daylight-saving time starts, and the day it ends: the offset at midnight counts
    expect(referenceDate(Date.parse('2026-03-29T01:30:00Z'))).toBe('2026-03-28T23:00:00.000Z');
    expect(referenceDate(Date.parse('2026-10-25T05:00:00Z'))).toBe('2026-10-24T22:00:00.000Z');
  });

  it('shows each line’s type, base price, product and code, and a sold order with nothing pre-sold and its expiration date', () => {
    const line = { operationId: 7000001, productId: 10001, performanceId: 900001, seatCategoryId: 1, audienceSubCategoryId: 1, quantity: 2, unitPrice: 85000, productCode: 'P000001', productName: 'Concert', state: 'RESERVED' as const };
    const order: SimOrder = { orderId: 5000001, secretId: 's', contactNumber: '1000001', state: 'IN_PROGRESS', createdAt: Date.parse('2026-12-01T10:00:00Z'), expiresAt: Date.parse('2026-12-01T10:15:00Z'), lines: [line], payments: [] };
    const open = orderDetailsRecord(order) as Record<string, any>;
    expect(open.operationDatas[0]).toMatchObject({ type: 'PRE_SALE', basePrice: 85000, unitPrice: 85000, totalAmount: 170000, product: 'Concert', productCode: 'P000001' });
    expect([open.saleAmount, open.preSaleAmount]).toEqual([170000, 170000]);
    const closed = orderDetailsRecord({ ...order, state: 'CLOSED', lines: [{ ...line, state: 'SOLD' }] }) as Record<string, any>;
    expect(closed.operationDatas[0].type).toBe('SALE');
    expect([closed.saleAmount, closed.preSaleAmount, closed.expirationDate]).toEqual([170000, 0, '2026-12-01T10:15:00.000Z']);
    expect(orderDetailsRecord({ ...order, state: 'ABANDONED' }).expirationDate).toBeUndefined();
  });
});
