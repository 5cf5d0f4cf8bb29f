import { serviceContracts } from '@stx/secutix-contract';
import { soapParams } from './soapParams';
import { soapRequestEnvelope } from './soapRequest';

const payment = serviceContracts.find((s) => s.name === 'ExternalPaymentService')!;

describe('a Map parameter on SOAP', () => {
  it('goes as JAX-WS\'s entry list, inside lists of records, the rest untouched', () => {
    const params = { orderId: 5, payments: [{ paymentMethodId: 601, amount: 1000, paymentAdditionalData: { returnUrl: 'https://shop.example/r' } }, { paymentMethodId: 602, amount: 1 }] };
    expect(soapParams(payment.operations.checkPayment.request, params)).toEqual({
      orderId: 5,
      payments: [{ paymentMethodId: 601, amount: 1000, paymentAdditionalData: { entry: [{ key: 'returnUrl', value: 'https://shop.example/r' }] } }, { paymentMethodId: 602, amount: 1 }],
    });
  });

  it('is written so in the envelopes we write ourselves', () => {
    const xml = soapRequestEnvelope(payment, 'checkPayment', { orderId: 5, payments: [{ paymentMethodId: 601, amount: 1, paymentAdditionalData: { returnUrl: 'https://x/?a&b' } }] }, { operator: 'O', secret: 'S' });
    expect(xml).toContain('<payments><paymentMethodId>601</paymentMethodId><amount>1</amount><paymentAdditionalData><entry><key>returnUrl</key><value>https://x/?a&amp;b</value></entry></paymentAdditionalData></payments>');
  });
});
