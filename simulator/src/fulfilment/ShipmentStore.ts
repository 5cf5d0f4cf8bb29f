import type { Address } from '../data/contactTypes';

/** One shipment of an order (docs/secutix/protocol.md, Shipment and tickets). */
export interface SimShipment {
  shipmentId: number;
  orderId: number;
  shipmentModeId: number;
  state: 'UNSENT' | 'SENT';
  /**
   * a copy of the contact's address the tickets go to, for a mode that needs one: later edits of
   * the contact's addresses do not move a shipment (ShipmentData.contactAddress, originalContactAddressId)
   */
  contactAddress?: Address;
}

/**
 * Storage of the shipments, one per order, created on first need by the shipment service.
 * Rules (default mode, refusing SENT ones) belong to the service; this only keeps and numbers.
 */
export class ShipmentStore {
  private byId = new Map<number, SimShipment>();
  private byOrder = new Map<number, SimShipment>();
  private nextShipmentId = 0;

  constructor() {
    this.reset();
  }

  /** Forget every shipment (POST /__admin/reset {"data": true}), as the orders are forgotten. */
  reset(): void {
    this.byId = new Map();
    this.byOrder = new Map();
    this.nextShipmentId = 6_000_001;
  }

  get(shipmentId: number): SimShipment | undefined {
    return this.byId.get(shipmentId);
  }

  ofOrder(orderId: number): SimShipment | undefined {
    return this.byOrder.get(orderId);
  }

  create(orderId: number, shipmentModeId: number): SimShipment {
    const shipment: SimShipment = { shipmentId: this.nextShipmentId++, orderId, shipmentModeId, state: 'UNSENT' };
    this.byId.set(shipment.shipmentId, shipment);
    this.byOrder.set(orderId, shipment);
    return shipment;
  }
}
