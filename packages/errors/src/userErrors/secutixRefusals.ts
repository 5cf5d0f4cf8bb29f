import { SecutixError } from '@stx/secutix-client';
import type { MessageKey } from '../messages/messages';
import { userError, type InputPath, type UserError } from './userError';

/**
 * SecuTix's business refusals (`statusCode` of a 200 answer, docs/secutix/contract.md "Status")
 * as our userError codes: the one table of every subgraph. An operation whose refusal means
 * something more precise says so where it calls (`meaning`), e.g. a delivery change refused with
 * `error.order.notModifiable` is SHIPMENT_LOCKED rather than ORDER_CLOSED.
 */
const REFUSALS: Readonly<Record<string, MessageKey>> = {
  'error.order.availability': 'SOLD_OUT',
  'error.order.quantityLimit': 'QUANTITY_LIMIT',
  'error.order.notOnSale': 'NOT_ON_SALE',
  'error.order.priceNotFound': 'PRICE_NOT_FOUND',
  'error.order.notFound': 'NOT_FOUND.order',
  'error.order.notModifiable': 'ORDER_CLOSED',
  'error.order.expired': 'ORDER_EXPIRED',
  'error.payment.insufficient': 'PAYMENT_INCOMPLETE',
  'error.payment.invalidVoucher': 'INVALID_VOUCHER',
  'error.authentication.invalidCredentials': 'INVALID_CREDENTIALS',
  'error.contact.loginAlreadyUsed': 'EMAIL_ALREADY_REGISTERED',
  'error.contact.addressNotFound': 'ADDRESS_NOT_FOUND',
  'error.contact.notFound': 'NOT_FOUND.contact',
  'error.contact.alreadyRegistered': 'ALREADY_REGISTERED',
  'error.shipmentSent': 'SHIPMENT_SENT',
  'error.shipmentMode.notAvailable': 'SHIPMENT_MODE_UNAVAILABLE.address',
  'error.invalidParameter': 'INVALID_INPUT',
};

/** SecuTix's status code of a business refusal; undefined for anything else */
export function businessRefusal(err: unknown): string | undefined {
  return err instanceof SecutixError && err.kind === 'BUSINESS' ? (err.statusCode ?? '') : undefined;
}

export interface RefusalOptions {
  /** the input the refusal is about, when the operation knows it */
  field?: InputPath;
  /** what a status code means for this operation, with the input it is about */
  meaning?: Readonly<Record<string, { key: MessageKey; field?: InputPath }>>;
}

/**
 * A SecuTix business refusal as a userError; anything else (SecuTix down, rate limited, a
 * technical fault) is thrown again, to become a coded error. An unknown status is REFUSED.
 */
export function refusalUserError(err: unknown, options: RefusalOptions = {}): UserError {
  const status = businessRefusal(err);
  if (status === undefined) throw err;
  const special = options.meaning?.[status];
  if (special) return userError(special.key, special.field === undefined ? (options.field ?? null) : special.field);
  return userError(REFUSALS[status] ?? 'REFUSED', options.field ?? null);
}
