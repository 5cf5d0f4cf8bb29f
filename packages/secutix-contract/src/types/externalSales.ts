import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** ExternalSalesService v1_33: our guess of an external sales interface (docs/secutix/protocol.md). */
export const externalSalesTypes = {
  OperatorAuthenticationResult: { ...STATUS, operatorData: 'OperatorData?' },
  OperatorData: { login: 'string', institutionCode: 'string', roles: 'string[]' },
  ChannelCatalogResult: { ...STATUS, salesChannel: 'SalesChannel?', products: 'ChannelProduct[]' },
  SalesChannel: { code: 'string', type: 'string', pointOfSalesId: 'long', technicalContactNumber: 'string', waitingAccountPaymentMethodId: 'long' },
  ChannelProduct: {
    productId: 'long', name: 'string', kind: 'string', competition: 'boolean', seasonId: 'long', activityId: 'long', vatCodeId: 'long',
    tariffs: 'ChannelTariff[]', performances: 'ChannelPerformance[]',
  },
  ChannelTariff: { audienceSubCategoryId: 'long', tariffTypeId: 'long', code: 'string', prices: 'ChannelPrice[]' },
  ChannelPrice: { seatCategoryId: 'long', amount: 'long' },
  ChannelPerformance: { performanceId: 'long', start: 'dateTime', hall: 'Hall', zones: 'ChannelZone[]' },
  Hall: { id: 'long', name: 'string' },
  /** `seats` only for numbered zones: an unnumbered zone has a capacity and no seat list */
  ChannelZone: { zoneId: 'long', code: 'string', seatCategoryId: 'long', logicalSeatCategoryId: 'long', numbered: 'boolean', seats: 'ZoneSeat[]?', capacity: 'int' },
  ZoneSeat: { row: 'string', number: 'string' },
  ExternalMovementResult: { ...STATUS, externalMovement: 'ExternalMovement?' },
  ExternalMovement: { orderId: 'long', operationIds: 'long[]', amount: 'long' },
  ExternalMovementSearchResult: { ...STATUS, movements: 'ExternalMovementRecord[]' },
  ExternalMovementRecord: { kind: 'string', externalReference: 'string', orderId: 'long', operationIds: 'long[]' },
  ExternalSaleLine: { performanceId: 'long', seatCategoryId: 'long', audienceSubCategoryId: 'long', block: 'string?', row: 'string?', number: 'string?' },
} satisfies Record<string, RecordType>;
