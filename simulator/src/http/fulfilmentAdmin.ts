import { orderShipment, shipmentRecord } from '../fulfilment/orderShipment';
import type { TicketStateOverride } from '../fulfilment/TicketStore';
import type { SimulatorRuntime } from './SimulatorRuntime';

type Body = Record<string, unknown>;
const SETTABLE = new Set<TicketStateOverride>(['VALID', 'PRINTED', 'CONTROLLED', 'INVALIDATED']);

/**
 * Control API for what SecuTix's back office does to shipments and tickets (README.md, "Control API"):
 * a shipment leaves the box office, a ticket is printed, scanned at the door or invalidated.
 */
export function sendShipment(body: Body, rt: SimulatorRuntime): [number, unknown] {
  if (!Number.isInteger(body.orderId)) return [400, { error: 'expected { orderId } as an integer' }];
  const order = rt.orders.get(body.orderId as number);
  const shipment = order && orderShipment(order, rt.shipments);
  if (!shipment) return [404, { error: 'unknown or abandoned orderId' }];
  shipment.state = 'SENT';
  return [200, shipmentRecord(shipment, rt.orders)];
}

/** Only tickets already issued (seen once through ProductionPublicService); CANCELLED comes from the order. */
export function setTicketState(body: Body, rt: SimulatorRuntime): [number, unknown] {
  if (!Number.isInteger(body.ticketId) || !SETTABLE.has(body.state as TicketStateOverride)) {
    return [400, { error: 'expected { ticketId, state } with state VALID, PRINTED, CONTROLLED or INVALIDATED' }];
  }
  const ticket = rt.tickets.get(body.ticketId as number);
  if (!ticket) return [404, { error: 'unknown ticketId' }];
  ticket.state = body.state as TicketStateOverride;
  return [200, { ticketId: ticket.ticketId, state: ticket.state }];
}
