import type { Resolvers } from '../__generated__/resolvers';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { Shipment } from './Shipment';
import { ShipmentAddress } from './ShipmentAddress';
import { ShipmentMode } from './ShipmentMode';

export const resolvers: Resolvers = { Order, ShipmentMode, Shipment, ShipmentAddress, Mutation };
