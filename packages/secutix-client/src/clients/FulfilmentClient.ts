import type { SecutixCaller } from '../SecutixCaller';
import { ProductionPublicServiceDescriptor as Production, ShipmentPublicServiceDescriptor as Shipment } from '../services';
import type { ShipmentModeRecord, ShipmentRecord, TicketRecord } from '../types/fulfilment';
import { addressRecord, type AnswerAddress } from './contactAddress';

/** ShipmentPublicService v1_17 and the tickets stand-in for ProductionPublicService. */
export class FulfilmentClient {
  constructor(
    private readonly caller: SecutixCaller,
    private readonly pointOfSalesId: () => Promise<number>,
  ) {}

  /** `contactAddressId` (one of the order contact's addresses) overrides the country, as SecuTix documents */
  async getAvailableShipmentModes(orderId: number, destination: { countryCode?: string; contactAddressId?: number } = {}): Promise<ShipmentModeRecord[]> {
    const r = await this.caller.call<{ shipmentModes?: ShipmentModeRecord[] }>(Shipment, 'getAvailableShipmentModes', {
      pointOfSalesId: await this.pointOfSalesId(),
      shipmentContents: 'TICKETS',
      orderId,
      destinationCountryCode: destination.countryCode,
      contactAddressId: destination.contactAddressId,
    });
    return r.shipmentModes ?? [];
  }

  async getShipmentsOfOrder(orderId: number): Promise<ShipmentRecord[]> {
    const r = await this.caller.call<{ shipments?: ShipmentRecord[] }>(Shipment, 'getShipmentsOfOrder', { orderId });
    return (r.shipments ?? []).map(shipmentRecord);
  }

  /** `contactAddressId`: where a mode that needs an address delivers (else the contact's main address) */
  async changeShipmentMode(shipmentIds: readonly number[], shipmentModeId: number, contactAddressId?: number): Promise<ShipmentRecord[]> {
    const r = await this.caller.call<{ shipments?: ShipmentRecord[] }>(Shipment, 'changeShipmentMode', { shipmentIds: [...shipmentIds], shipmentModeId, contactAddressId });
    return (r.shipments ?? []).map(shipmentRecord);
  }

  /** one call for a whole batch of orders */
  async getTicketsOfOrders(orderIds: readonly number[]): Promise<TicketRecord[]> {
    const r = await this.caller.call<{ tickets?: TicketRecord[] }>(Production, 'getTicketsOfOrders', { orderIds: [...orderIds] });
    return (r.tickets ?? []).map(normaliseTicket);
  }

  async getTicketsOfContact(contactNumber: string, upcomingOnly: boolean): Promise<TicketRecord[]> {
    const r = await this.caller.call<{ tickets?: TicketRecord[] }>(Production, 'getTicketsOfContact', { contactNumber, upcomingOnly });
    return (r.tickets ?? []).map(normaliseTicket);
  }

  async getTicketDocument(ticketId: number): Promise<{ fileName: string; mimeType: string; data: Buffer }> {
    const r = await this.caller.call<{ document?: { fileName: string; mimeType: string; data: string } }>(Production, 'getTicketDocument', { ticketId });
    if (!r.document) throw new Error('getTicketDocument answered without a document');
    return { ...r.document, data: Buffer.from(r.document.data, 'base64') };
  }
}

/** the delivery address is a ContactAddressData: under our names, whichever the answer used */
function shipmentRecord(s: ShipmentRecord): ShipmentRecord {
  return s.contactAddress ? { ...s, contactAddress: addressRecord(s.contactAddress as AnswerAddress) as NonNullable<ShipmentRecord['contactAddress']> } : s;
}

/** barcodes, contact numbers and seat numbers are strings: never numbers, whatever the transport made of them */
function normaliseTicket(t: TicketRecord): TicketRecord {
  const seat = t.seat && { ...t.seat, number: t.seat.number === undefined ? undefined : String(t.seat.number) };
  return { ...t, barcode: String(t.barcode), contactNumber: t.contactNumber === undefined ? undefined : String(t.contactNumber), ...(seat ? { seat } : {}) };
}
