import { userError, type MessageKey, type RefusalOptions, type UserError } from '@stx/errors';

/** why the delivery can no longer change (deliveryLockReason, or a shipment already SENT) */
export function lockedError(reason: 'SETTLED' | 'PAID' | 'SENT'): UserError {
  return reason === 'SENT' ? userError('SHIPMENT_SENT') : userError('SHIPMENT_LOCKED', 'orderId');
}

const about = (key: MessageKey, field: string | null) => ({ key, field });

/**
 * What SecuTix's refusals of changeShipmentMode and getAvailableShipmentModes mean for a delivery
 * change (the shared table, refusalUserError, says the rest): an order SecuTix will not change is
 * paid, so its delivery is locked; a malformed request is a mode that needs an address.
 */
export const changeRefusals: RefusalOptions = {
  meaning: {
    'error.shipmentSent': about('SHIPMENT_SENT', null),
    'error.order.notModifiable': about('SHIPMENT_LOCKED', 'orderId'),
    'error.contact.addressNotFound': about('ADDRESS_NOT_FOUND', 'addressId'),
    'error.shipmentMode.notAvailable': about('SHIPMENT_MODE_UNAVAILABLE.address', 'addressId'),
    'error.invalidParameter': about('ADDRESS_REQUIRED', 'addressId'),
  },
};
