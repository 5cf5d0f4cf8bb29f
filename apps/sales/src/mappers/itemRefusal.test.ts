import { userError } from '@stx/errors';
import { pinItemRefusal, type ItemFacts } from './itemRefusal';

const seated = (performanceId: string, seatCategoryId: string, quantity = 1) => ({ performanceId, seatCategoryId, audienceSubCategoryId: '31', quantity });
const pass = (productId: string) => ({ productId, audienceSubCategoryId: '31', quantity: 1 });
const facts: ItemFacts = {
  performances: new Map([[7, { performanceId: 7, productId: 1, availability: 10, availabilityIndicator: 1, seatCategoryAvailabilities: [{ seatCategoryId: 21, availability: 8, availabilityIndicator: 1 }, { seatCategoryId: 22, availability: 2, availabilityIndicator: 2 }] }]]),
  products: new Map([[40, { productId: 40, availability: 5, availabilityIndicator: 1 }]]),
};
const fields = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.code} ${e.field}`);

describe('which item SecuTix refused', () => {
  it('is the one whose performance or product SecuTix does not know', () => {
    const items = [seated('7', '21'), pass('41'), seated('8', '21')];
    expect(fields(pinItemRefusal(userError('INVALID_INPUT'), items, facts))).toEqual(['PRODUCT_NOT_FOUND items.1.productId', 'PERFORMANCE_NOT_FOUND items.2.performanceId']);
  });

  it('is the one asking more seats than its category has left, items of one category counted together', () => {
    expect(fields(pinItemRefusal(userError('SOLD_OUT'), [seated('7', '21', 5), seated('7', '22', 3)], facts))).toEqual(['SOLD_OUT items.1.quantity']);
    expect(fields(pinItemRefusal(userError('SOLD_OUT'), [seated('7', '22', 1), seated('7', '22', 2)], facts))).toEqual(['SOLD_OUT items.0.quantity', 'SOLD_OUT items.1.quantity']);
  });

  it('is the only item of a one-item order, at the input the refusal is about', () => {
    expect(fields(pinItemRefusal(userError('PRICE_NOT_FOUND'), [seated('7', '21')]))).toEqual(['PRICE_NOT_FOUND items.0.audienceSubCategoryId']);
    expect(fields(pinItemRefusal(userError('NOT_ON_SALE'), [pass('40')]))).toEqual(['NOT_ON_SALE items.0.productId']);
  });

  it('is never guessed: what cannot be told points at items', () => {
    expect(fields(pinItemRefusal(userError('NOT_ON_SALE'), [seated('7', '21'), seated('7', '22')], facts))).toEqual(['NOT_ON_SALE items']);
    expect(fields(pinItemRefusal(userError('INVALID_INPUT'), [seated('7', '21'), pass('40')], facts))).toEqual(['INVALID_INPUT items']);
    expect(fields(pinItemRefusal(userError('SOLD_OUT'), [seated('7', '21'), seated('7', '22')], undefined))).toEqual(['SOLD_OUT items']);
  });
});
