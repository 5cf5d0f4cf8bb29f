import { page, STATUS_FIELDS, type ServiceReference } from './referenceTypes';

const latest = { page: page('tnpsb', 'ShipmentPublicService', 'latest'), version: 'v1_17' };
/** the v1_17 copy is cut off inside getAvailableShipmentModes' parameters; v1_16 (frozen, supported) continues them */
const v16 = { page: page('tnpsb', 'ShipmentPublicService', 'v1_16'), version: 'v1_16' };
/** the result classes of getAvailableShipmentModes, as v1_10's copy shows them (v1_16's names the same class) */
const v10 = { page: page('tnpsb', 'ShipmentPublicService', 'v1_10'), version: 'v1_10' };
/** changeShipmentMode comes first on the v1_18 page, the only copy that reaches it */
const v18 = { page: page('tnpsb', 'ShipmentPublicService', 'v1_18'), version: 'v1_18' };

export const shipmentPublicServiceReference: ServiceReference = {
  service: 'ShipmentPublicService',
  version: 'v1_17',
  operations: {
    getAvailableShipmentModes: {
      request: [
        { ...latest, fields: { pointOfSalesId: 'long', shipmentContents: 'enum', destinationCountryCode: 'String', contactAddressId: 'Long', orderId: 'Long' } },
        { ...v16, fields: { productFamilyIds: 'List of Long' } },
      ],
      result: 'ShipmentModesDetailedData',
    },
    changeShipmentMode: { request: [{ ...v18, fields: { shipmentIds: 'List of Long', shipmentModeId: 'Long' } }], result: 'ShipmentsResult' },
  },
  classes: {
    ShipmentModesDetailedData: { ...v10, fields: { shipmentModes: 'List of ShipmentModeDetailedData', ...STATUS_FIELDS } },
    ShipmentModeDetailedData: {
      ...v10, partial: true, fields: { catalogTypes: 'Set of enum', contactAddressRequired: 'boolean', deliveryTimeInDays: 'Integer', description: 'String' },
    },
    ShipmentsResult: { ...v18, fields: { shipments: 'List of ShipmentData', ...STATUS_FIELDS } },
    ShipmentData: {
      ...v18,
      partial: true,
      fields: {
        collectionDateTime: 'Date', contactAddress: 'ContactAddressData', contactNumber: 'String', documents: 'List of DocumentData', email: 'String',
        numberOfTickets: 'int', operationIds: 'List of Long', originalContactAddressId: 'Long',
      },
    },
  },
  guesses: {
    getShipmentsOfOrder: {
      kind: 'ours',
      result: 'ShipmentsResult',
      why: 'no stored page shows how an order\'s shipment ids are found (changeShipmentMode needs them): ours, answering the reference\'s ShipmentsResult',
    },
  },
};
