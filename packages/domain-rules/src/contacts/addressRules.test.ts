import { addressErrors } from './addressRules';

describe('address rules', () => {
  const valid = { line1: 'Avenue de la Gare 12', zipCode: '1003', city: 'Lausanne', countryCode: 'CH' };

  it('accepts a postal address, with or without a second line', () => {
    expect(addressErrors(valid)).toEqual([]);
    expect(addressErrors({ ...valid, line2: 'c/o Muster' })).toEqual([]);
  });

  it('names each field it refuses, under the given prefix', () => {
    expect(addressErrors({ line1: ' ', line2: 'x'.repeat(101), zipCode: '1'.repeat(13), city: '', countryCode: 'ch' }, 'address.').map((e) => e.field)).toEqual([
      'address.line1', 'address.line2', 'address.zipCode', 'address.city', 'address.countryCode',
    ]);
  });
});
