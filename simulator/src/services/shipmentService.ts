import { ShipmentPublicService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { Address } from '../data/contactTypes';
import type { SimOrder } from '../data/orderTypes';
import { orderShipment, shipmentRecord } from '../fulfilment/orderShipment';
import { isShipmentMode, requiresAddress, shipmentModeFor, shipmentModesFor } from '../fulfilment/shipmentModes';
import type { SimShipment } from '../fulfilment/ShipmentStore';
import type { Params } from '../protocol/normaliseParams';
import { saleAmount } from '../sales/orderAmounts';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, checkPointOfSales, success } from './results';

const CONTENTS = new Set(['TICKETS', 'DOCUMENTS', 'TICKETS_AND_DOCUMENTS']);
const COUNTRY = /^[A-Za-z]{2}$/;

function addressesOf(ctx: OperationContext, contactNumber: string | undefined): Address[] {
  return contactNumber === undefined ? [] : ctx.contacts.get(contactNumber)?.addresses ?? [];
}

/** The contact's main address country, where mail would go when no destination is given. */
function mainCountry(ctx: OperationContext, contactNumber: string | undefined): string | undefined {
  return addressesOf(ctx, contactNumber).find((a) => a.isMain)?.countryCode;
}

/**
 * Destination: contactAddressId (one of the contact's addresses, overriding the country, as
 * SecuTix documents it), else destinationCountryCode, else the order's contact, else contactNumber.
 */
function availableShipmentModes(p: Params, ctx: OperationContext): ResultBody {
  const notAtPos = checkPointOfSales(ctx, p.pointOfSalesId);
  if (notAtPos) return notAtPos;
  if (typeof p.shipmentContents !== 'string' || !CONTENTS.has(p.shipmentContents)) return businessError(ctx, 'error.invalidParameter', 'shipmentContents must be TICKETS, DOCUMENTS or TICKETS_AND_DOCUMENTS');
  const given = p.destinationCountryCode as string | undefined;
  if (given !== undefined && !COUNTRY.test(given)) return businessError(ctx, 'error.invalidParameter', 'destinationCountryCode must be an ISO 3166 two-letter code');
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (p.orderId !== undefined && !order) return businessError(ctx, 'error.order.notFound', `unknown orderId ${p.orderId}`);
  const contactNumber = order?.contactNumber ?? (p.contactNumber as string | undefined);
  let addressCountry: string | undefined;
  if (p.contactAddressId !== undefined) {
    const address = addressesOf(ctx, contactNumber).find((a) => a.addressId === p.contactAddressId);
    if (!address) return businessError(ctx, 'error.contact.addressNotFound', `no address ${p.contactAddressId} for this contact`);
    addressCountry = address.countryCode;
  }
  const country = addressCountry ?? given?.toUpperCase() ?? mainCountry(ctx, contactNumber);
  return success(ctx, { shipmentModes: shipmentModesFor(country) });
}

function shipmentsOfOrder(p: Params, ctx: OperationContext): ResultBody {
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (!order) return businessError(ctx, 'error.order.notFound', `unknown orderId ${p.orderId ?? ''}`.trim());
  const shipment = orderShipment(order, ctx.shipments);
  return success(ctx, { shipments: shipment ? [shipmentRecord(shipment, ctx.orders)] : [] });
}

interface Change {
  shipment: SimShipment;
  order: SimOrder | undefined;
  address: Address | undefined;
  price: number;
}

/**
 * All or nothing: every shipment must exist and be UNSENT before any changes (error.shipmentSent
 * per docs/secutix/platform-facts.md#shipment). SecuTix splits printed tickets off into a new shipment; we move them all.
 * A mode that needs an address takes `contactAddressId` [ours] (one of the order contact's
 * addresses), else the contact's main address, and must deliver to its country. The mode's
 * price becomes the order's delivery charge, part of its sale amount; a settled order's amount
 * never changes, so there only a mode of the same price may be chosen.
 */
function changeShipmentMode(p: Params, ctx: OperationContext): ResultBody {
  const ids = (p.shipmentIds as number[] | undefined) ?? [];
  const modeId = p.shipmentModeId as number | undefined;
  if (ids.length === 0 || modeId === undefined) return businessError(ctx, 'error.invalidParameter', 'shipmentIds and shipmentModeId are required');
  if (!isShipmentMode(modeId)) return businessError(ctx, 'error.invalidParameter', `unknown shipmentModeId ${modeId}`);
  const changes: Change[] = [];
  for (const id of ids) {
    const shipment = ctx.shipments.get(id);
    if (!shipment) return businessError(ctx, 'error.notFound', `unknown shipmentId ${id}`);
    if (shipment.state === 'SENT') return businessError(ctx, 'error.shipmentSent', `shipment ${shipment.shipmentId} is already sent`);
    const order = ctx.orders.get(shipment.orderId);
    const addresses = addressesOf(ctx, order?.contactNumber);
    let address: Address | undefined;
    if (requiresAddress(modeId)) {
      address = p.contactAddressId === undefined ? addresses.find((a) => a.isMain) : addresses.find((a) => a.addressId === p.contactAddressId);
      if (p.contactAddressId !== undefined && !address) return businessError(ctx, 'error.contact.addressNotFound', `shipment ${shipment.shipmentId}: the contact has no address ${p.contactAddressId}`);
      if (!address) return businessError(ctx, 'error.invalidParameter', `shipment ${shipment.shipmentId}: the contact has no address to mail to`);
    }
    const mode = shipmentModeFor(modeId, address?.countryCode);
    if (!mode) return businessError(ctx, 'error.shipmentMode.notAvailable', `mode ${modeId} does not deliver to ${address?.countryCode ?? 'this destination'}`);
    if (order && order.state !== 'IN_PROGRESS' && (order.shipmentCharge?.amount ?? 0) !== mode.price) {
      return businessError(ctx, 'error.order.notModifiable', `order ${order.orderId} is ${order.state}: its amount (${saleAmount(order)}) can no longer change`);
    }
    changes.push({ shipment, order, address, price: mode.price });
  }
  for (const { shipment, order, address, price } of changes) {
    shipment.shipmentModeId = modeId;
    shipment.contactAddress = address && { ...address };
    if (order) order.shipmentCharge = { shipmentModeId: modeId, amount: price };
  }
  return success(ctx, { shipments: changes.map((c) => shipmentRecord(c.shipment, ctx.orders)) });
}

/** ShipmentPublicService v1_17 (docs/secutix/platform-facts.md#shipment; shapes and codes in docs/secutix/protocol.md). */
export const shipmentService: ServiceDef = serviceDef(ShipmentPublicService, {
  getAvailableShipmentModes: {
    params: { pointOfSalesId: 'number', shipmentContents: 'string', orderId: 'number', destinationCountryCode: 'string', contactAddressId: 'number', contactNumber: 'string' },
    handle: availableShipmentModes,
  },
  getShipmentsOfOrder: {
    params: { orderId: 'number' },
    handle: shipmentsOfOrder,
  },
  changeShipmentMode: {
    params: { shipmentIds: 'number[]', shipmentModeId: 'number', contactAddressId: 'number' },
    handle: changeShipmentMode,
  },
});
