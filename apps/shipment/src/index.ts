import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readShipmentConfig } from './config';
import { createShipmentContext } from './context';
import { resolvers } from './resolvers';

/** The shipment subgraph: delivery modes and the shipments of the caller's own orders. */
export const shipmentSubgraph = defineSubgraph({
  name: 'shipment',
  defaultPort: 4005,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readShipmentConfig,
  createParts: createShipmentContext,
  codegen: {
    context: '../context#ShipmentContext',
    mappers: {
      Order: '../mappers/models#OrderRef',
      ShipmentMode: '../mappers/models#ShipmentModeModel',
      Shipment: '@stx/secutix-client#ShipmentRecord',
      ShipmentAddress: '../mappers/models#ShipmentAddressModel',
    },
  },
});
