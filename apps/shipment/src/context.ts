import type DataLoader from 'dataloader';
import { ContactClient, FulfilmentClient, OrderClient, type OrderDetailsRecord, type PosConfigData, type ShipmentRecord } from '@stx/secutix-client';
import { loadPosConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import type { Identity } from '@stx/identity';
import { OrderChangeBound } from '@stx/throttle';
import type { RequestLanguage, SubgraphParts } from '@stx/host';
import type { ShipmentConfig } from './config';
import { orderDetails } from './loaders/orderDetails';
import { shipmentsOfOrder } from './loaders/shipmentsOfOrder';

export interface ShipmentContext extends RequestLanguage {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /**
   * per request: the order's state and payments, read for a guest's open-order rule and before
   * its delivery changes (the lock); once for both, and for every field of one request
   */
  orderDetails: DataLoader<number, OrderDetailsRecord>;
  /** saves a new address given with the delivery choice on the buyer's contact (ContactInformationPublicService) */
  contacts: ContactClient;
  /** per request: the shipments of an order, which also say whose order it is */
  shipmentsOfOrder: DataLoader<number, ShipmentRecord[]>;
  posConfig(): Promise<PosConfigData>;
  /** a delivery choice is an order change: counted per contact with the sales subgraph's (ORDER_CHANGES_PER_CONTACT) */
  orderChangeGuard: OrderChangeBound;
}

/**
 * The shipment subgraph: delivery modes and choices for the caller's own orders
 * (ShipmentPublicService), and the address a delivery needs when given with the choice
 * (ContactInformationPublicService.createOrUpdateAddress).
 */
export async function createShipmentContext(config: ShipmentConfig, rt: SecutixRuntime): Promise<SubgraphParts<ShipmentContext>> {
  const posId = async () => (await loadPosConfig(rt)).posId;
  const fulfilment = new FulfilmentClient(rt.caller, posId);
  const orders = new OrderClient(rt.caller, posId);
  const contacts = new ContactClient(rt.caller);
  const orderChangeGuard = new OrderChangeBound(rt.coordination, config.orderChanges);
  return {
    context: (req, identity) => ({
      identity,
      fulfilment,
      contacts,
      acceptLanguage: req.headers['accept-language'],
      orderDetails: orderDetails(orders),
      shipmentsOfOrder: shipmentsOfOrder(fulfilment),
      posConfig: () => loadPosConfig(rt),
      orderChangeGuard,
    }),
  };
}
