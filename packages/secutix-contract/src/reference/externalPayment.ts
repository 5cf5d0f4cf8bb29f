import { page, STATUS_FIELDS, type ServiceReference } from './referenceTypes';

const latest = { page: page('tnseb', 'ExternalPaymentService', 'latest'), version: 'v1_33' };
/** PaymentDetail's table on the v1_33 copy stops after `epcTransactionData`; v1_24's continues it, v1_11's ends it */
const v24 = { page: page('tnseb', 'ExternalPaymentService', 'v1_24'), version: 'v1_24' };
const v11 = { page: page('tnseb', 'ExternalPaymentService', 'v1_11'), version: 'v1_11' };

export const externalPaymentServiceReference: ServiceReference = {
  service: 'ExternalPaymentService',
  version: 'v1_33',
  operations: {
    checkPayment: { request: [{ ...latest, fields: { requestId: 'Integer', orderId: 'Long', payments: 'List of PaymentInfo' } }], result: 'PaymentDetailResult' },
  },
  classes: {
    PaymentInfo: {
      ...latest,
      fields: {
        amount: 'Long', cardAlias: 'String', cardExpirationDate: 'Date', cardMaskedNumber: 'String', contactReference: 'String',
        paymentAdditionalData: 'Map of String, String', paymentIdentifier: 'String', paymentMethodId: 'Long', pspAdditionalReturnedData: 'String', valueDate: 'Date',
      },
    },
    PaymentDetailResult: { ...latest, fields: { paymentDetails: 'List of PaymentDetail', ...STATUS_FIELDS } },
    PaymentDetail: {
      ...latest,
      partial: true,
      fields: {
        amount: 'Long', bankCardOwnerName: 'String', cardAlias: 'String', cardExpirationDate: 'Date', cardMaskedNumber: 'String', cardType: 'String',
        catalogCurrency: 'CurrencyCash', contactId: 'Long', contactName: 'String', contactNumber: 'String', contactStructureName: 'String',
        epcTransactionData: 'EpcTransactionData',
      },
      more: [
        {
          ...v24,
          fields: {
            externalUrl: 'String', isInstallment: 'boolean', orderId: 'Long', payerContact: 'boolean', paymentDate: 'Date', paymentId: 'Long',
            paymentIdentifier: 'String', paymentLastUpdated: 'Date',
          },
        },
        { ...v11, fields: { paymentMethod: 'PaymentMethod', paymentStatus: 'enum' } },
      ],
    },
    EpcTransactionData: { ...v11, fields: { paymentTypes: 'List of EpcPaymentType', transactionId: 'int' } },
    EpcPaymentType: { ...v11, partial: true, fields: { cardNumber: 'String', cvvCode: 'String', expMonth: 'String', expYear: 'String' } },
    WebMethodResult: { ...latest, fields: { ...STATUS_FIELDS } },
  },
  guesses: {
    getVoucherBalance: { kind: 'ours', result: 'VoucherBalanceResult', why: 'SecuTix publishes no voucher balance method: ours, for the shop\'s gift vouchers (docs/secutix/protocol.md)' },
  },
};
