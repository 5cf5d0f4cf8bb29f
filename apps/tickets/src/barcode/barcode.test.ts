import { decodeBarcodePng } from '@stx/testing';
import { barcodePng } from './barcodePng';
import { itfDecode, itfWidths } from '@stx/barcode';

describe('ITF barcodes', () => {
  it('round-trips digits through widths', () => {
    expect(itfDecode(itfWidths('1234567890123456'))).toBe('1234567890123456');
  });

  it('pads an odd number of digits with a leading zero', () => {
    expect(itfDecode(itfWidths('123'))).toBe('0123');
  });

  it('renders a PNG that decodes back to the barcode', () => {
    expect(decodeBarcodePng(barcodePng('987654321012'))).toBe('987654321012');
  });

  it('refuses anything but digits', () => {
    expect(() => itfWidths('12a4')).toThrow();
  });
});
