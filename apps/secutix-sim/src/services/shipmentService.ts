import { ShipmentPublicService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import { orderShipment, shipmentRecord } from '../fulfilment/orderShipment';
import { isShipmentMode, requiresAddress, shipmentModesFor } from '../fulfilment/shipmentModes';
import type { SimShipment } from '../fulfilment/ShipmentStore';
import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, checkPointOfSales, success } from './results';

const CONTENTS = new Set(['TICKETS', 'DOCUMENTS', 'TICKETS_AND_DOCUMENTS']);
const COUNTRY = /^[A-Za-z]{2}$/;

/** The contact's main address country, where mail would go when no destination is given. */
function mainCountry(ctx: OperationContext, contactNumber: string | undefined): string | undefined {
  const addresses = contactNumber === undefined ? [] : ctx.contacts.get(contactNumber)?.addresses ?? [];
  return addresses.find((a) => a.isMain)?.countryCode;
}

/** Destination: destinationCountryCode, else the order's contact, else contactNumber (API-NOTES §9). */
function availableShipmentModes(p: Params, ctx: OperationContext): ResultBody {
  const notAtPos = checkPointOfSales(ctx, p.pointOfSalesId);
  if (notAtPos) return notAtPos;
  if (typeof p.shipmentContents !== 'string' || !CONTENTS.has(p.shipmentContents)) return businessError(ctx, 'error.invalidParameter', 'shipmentContents must be TICKETS, DOCUMENTS or TICKETS_AND_DOCUMENTS');
  const given = p.destinationCountryCode as string | undefined;
  if (given !== undefined && !COUNTRY.test(given)) return businessError(ctx, 'error.invalidParameter', 'destinationCountryCode must be an ISO 3166 two-letter code');
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (p.orderId !== undefined && !order) return businessError(ctx, 'error.order.notFound', `unknown orderId ${p.orderId}`);
  const country = given?.toUpperCase() ?? mainCountry(ctx, order?.contactNumber ?? (p.contactNumber as string | undefined));
  return success(ctx, { shipmentModes: shipmentModesFor(country) });
}

function shipmentsOfOrder(p: Params, ctx: OperationContext): ResultBody {
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (!order) return businessError(ctx, 'error.order.notFound', `unknown orderId ${p.orderId ?? ''}`.trim());
  const shipment = orderShipment(order, ctx.shipments);
  return success(ctx, { shipments: shipment ? [shipmentRecord(shipment, ctx.orders)] : [] });
}

/**
 * All or nothing: every shipment must exist and be UNSENT before any changes (error.shipmentSent
 * per API-NOTES §9). SecuTix splits printed tickets off into a new shipment; we move them all.
 */
function changeShipmentMode(p: Params, ctx: OperationContext): ResultBody {
  const ids = (p.shipmentIds as number[] | undefined) ?? [];
  const modeId = p.shipmentModeId as number | undefined;
  if (ids.length === 0 || modeId === undefined) return businessError(ctx, 'error.invalidParameter', 'shipmentIds and shipmentModeId are required');
  if (!isShipmentMode(modeId)) return businessError(ctx, 'error.invalidParameter', `unknown shipmentModeId ${modeId}`);
  const shipments: SimShipment[] = [];
  for (const id of ids) {
    const shipment = ctx.shipments.get(id);
    if (!shipment) return businessError(ctx, 'error.notFound', `unknown shipmentId ${id}`);
    shipments.push(shipment);
  }
  const sent = shipments.find((s) => s.state === 'SENT');
  if (sent) return businessError(ctx, 'error.shipmentSent', `shipment ${sent.shipmentId} is already sent`);
  if (requiresAddress(modeId)) {
    const homeless = shipments.find((s) => mainCountry(ctx, ctx.orders.get(s.orderId)?.contactNumber) === undefined);
    if (homeless) return businessError(ctx, 'error.invalidParameter', `shipment ${homeless.shipmentId}: the contact has no address to mail to`);
  }
  for (const s of shipments) s.shipmentModeId = modeId;
  return success(ctx, { shipments: shipments.map((s) => shipmentRecord(s, ctx.orders)) });
}

/** ShipmentPublicService v1_17 (API-NOTES §9; shapes and codes in PROTOCOL.md). */
export const shipmentService: ServiceDef = serviceDef(ShipmentPublicService, {
  getAvailableShipmentModes: {
    params: { pointOfSalesId: 'number', shipmentContents: 'string', orderId: 'number', destinationCountryCode: 'string', contactNumber: 'string' },
    handle: availableShipmentModes,
  },
  getShipmentsOfOrder: {
    params: { orderId: 'number' },
    handle: shipmentsOfOrder,
  },
  changeShipmentMode: {
    params: { shipmentIds: 'number[]', shipmentModeId: 'number' },
    handle: changeShipmentMode,
  },
});
