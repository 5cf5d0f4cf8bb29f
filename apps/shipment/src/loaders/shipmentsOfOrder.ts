import DataLoader from 'dataloader';
import type { FulfilmentClient, ShipmentRecord } from '@stx/secutix-client';

/** Per request: the shipments of an order, which also say whose order it is. */
export function shipmentsOfOrder(fulfilment: FulfilmentClient): DataLoader<number, ShipmentRecord[]> {
  return new DataLoader<number, ShipmentRecord[]>((ids) => Promise.all(ids.map((id) => fulfilment.getShipmentsOfOrder(id).catch((e: Error) => e))));
}
