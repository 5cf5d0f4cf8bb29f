import type { OrderStore } from '../data/OrderStore';
import { addressData } from '../services/contactData';
import type { SimOrder } from '../data/orderTypes';
import { DEFAULT_SHIPMENT_MODE } from './shipmentModes';
import type { ShipmentStore, SimShipment } from './ShipmentStore';

/**
 * The order's one shipment, created with the default mode the first time anyone asks (the
 * service, or the control API marking it sent). Abandoned orders never get one: nothing to send.
 */
export function orderShipment(order: SimOrder, shipments: ShipmentStore): SimShipment | undefined {
  if (order.state === 'ABANDONED') return undefined;
  return shipments.ofOrder(order.orderId) ?? shipments.create(order.orderId, DEFAULT_SHIPMENT_MODE);
}

/**
 * ShipmentData as the service answers it: the stored shipment plus what the order tells, and the
 * contact's address it goes to (`contactAddress`, `originalContactAddressId` [H names]).
 */
export function shipmentRecord(shipment: SimShipment, orders: OrderStore): Record<string, unknown> {
  const order = orders.get(shipment.orderId);
  const lines = order?.lines.filter((l) => l.state !== 'CANCELLED') ?? [];
  return {
    shipmentId: shipment.shipmentId,
    orderId: shipment.orderId,
    shipmentModeId: shipment.shipmentModeId,
    state: shipment.state,
    contactNumber: order?.contactNumber,
    numberOfTickets: lines.reduce((sum, l) => sum + l.quantity, 0),
    operationIds: lines.map((l) => l.operationId),
    // the simulator ships tickets only, no other documents [ours]
    documents: [],
    originalContactAddressId: shipment.contactAddress?.addressId,
    contactAddress: shipment.contactAddress ? addressData(shipment.contactAddress) : undefined,
  };
}
