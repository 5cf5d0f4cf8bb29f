/** The userErrors of a delivery change, from our lock rule and from SecuTix's refusals. */
export interface ShipmentUserError {
  code: string;
  field: string | null;
  message: string;
}

/** why the delivery can no longer change (deliveryLockReason, or a shipment already SENT) */
export function lockedError(reason: 'SETTLED' | 'PAID' | 'SENT'): ShipmentUserError {
  switch (reason) {
    case 'SENT':
      return { code: 'SHIPMENT_SENT', field: null, message: 'These tickets have already been sent.' };
    default:
      return { code: 'SHIPMENT_LOCKED', field: 'orderId', message: 'This order is paid: its delivery can no longer change.' };
  }
}

/** SecuTix's business refusals of changeShipmentMode and getAvailableShipmentModes, as userErrors */
export function changeRefusal(statusCode: string | undefined): ShipmentUserError | undefined {
  switch (statusCode) {
    case 'error.shipmentSent':
      return lockedError('SENT');
    case 'error.order.notModifiable':
      return lockedError('SETTLED');
    case 'error.contact.addressNotFound':
      return { code: 'ADDRESS_NOT_FOUND', field: 'addressId', message: 'No such address of yours: take one from me.addresses or save one with saveMyAddress.' };
    case 'error.shipmentMode.notAvailable':
      return { code: 'SHIPMENT_MODE_UNAVAILABLE', field: 'addressId', message: 'This delivery does not go to that address.' };
    case 'error.invalidParameter':
      return { code: 'ADDRESS_REQUIRED', field: 'addressId', message: 'This delivery needs an address: give addressId, or save an address first.' };
    default:
      return statusCode ? { code: 'REFUSED', field: null, message: 'SecuTix refused the change.' } : undefined;
  }
}
