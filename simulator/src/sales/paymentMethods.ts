import { posConfig } from '../services/posConfig';

export type PaymentType = 'CREDIT_CARD' | 'GIFT_VOUCHER' | 'CREDIT_BALANCE';

/** The point of sales' payment methods (getPOSConfig) by id: 601 card, 602 voucher, 603 credit. */
export function paymentTypeOf(institution: string, paymentMethodId: unknown): PaymentType | undefined {
  const methods = posConfig(institution).paymentMethods as { id: number; paymentType: PaymentType }[];
  return methods.find((m) => m.id === paymentMethodId)?.paymentType;
}
