import { addressRecord } from './contactAddress';

describe('addressRecord', () => {
  it('reads an address given only under the reference\'s ContactAddressData names, as a real institution sends it', () => {
    expect(addressRecord({ contactAddressId: 7, main: true, street1: 'Rue du Lac 1', street2: 'c/o Hotel', zipCode: '1800', town: 'Vevey', countryCode: 'CH' })).toEqual({
      addressId: 7, isMain: true, firstAddressLine: 'Rue du Lac 1', secondAddressLine: 'c/o Hotel', zipCode: '1800', locality: 'Vevey', countryCode: 'CH',
    });
  });

  it('keeps our names when both come (the simulator), and drops the duplicates', () => {
    const both = { addressId: 8, isMain: false, firstAddressLine: 'A', zipCode: '1000', locality: 'L', countryCode: 'CH', contactAddressId: 8, main: false, street1: 'A', town: 'L' };
    expect(addressRecord(both)).toEqual({ addressId: 8, isMain: false, firstAddressLine: 'A', zipCode: '1000', locality: 'L', countryCode: 'CH' });
  });
});
