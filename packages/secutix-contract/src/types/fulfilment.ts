import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** ShipmentPublicService v1_17 and our ProductionPublicService stand-in (docs/secutix/protocol.md). */
export const fulfilmentTypes = {
  ShipmentModesDetailedData: { ...STATUS, shipmentModes: 'ShipmentMode[]' },
  ShipmentMode: {
    id: 'long', code: 'string', externalName: 'Translated', description: 'string?', externalDescription: 'Translated?', contactAddressRequired: 'boolean', price: 'long',
    deliveryTimeInDays: 'int?', catalogTypes: 'string[]',
  },
  ShipmentsResult: { ...STATUS, shipments: 'ShipmentData[]' },
  ShipmentData: {
    shipmentId: 'long', orderId: 'long', shipmentModeId: 'long', state: 'string', contactNumber: 'string', numberOfTickets: 'int', operationIds: 'long[]',
    email: 'string?', collectionDateTime: 'dateTime?', contactAddress: 'Address?', originalContactAddressId: 'long?', documents: 'ShipmentDocument[]',
  },
  /** the reference's DocumentData, whose fields the pages we read do not list [ours]; the simulator ships tickets only, so always empty */
  ShipmentDocument: { documentId: 'long', name: 'string?' },
  TicketsResult: { ...STATUS, tickets: 'TicketData[]' },
  TicketData: {
    ticketId: 'long', orderId: 'long', contactNumber: 'string', barcode: 'string', state: 'string', productId: 'long',
    performanceId: 'long?', seatCategoryId: 'long?', seat: 'TicketSeat?', placement: 'string?', holderName: 'string?',
  },
  TicketSeat: { area: 'string', block: 'string', row: 'string', number: 'string' },
  TicketDocumentResult: { ...STATUS, document: 'TicketDocument?' },
  TicketDocument: { fileName: 'string', mimeType: 'string', data: 'string' },
} satisfies Record<string, RecordType>;
