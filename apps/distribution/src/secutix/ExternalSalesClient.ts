import { describeService, type SecutixCaller } from '@stx/secutix-client';
import { businessRefusal } from '@stx/errors';
import { ExternalSalesService } from '@stx/secutix-contract';
import type { ChannelInfo, ChannelProduct } from '../rules/channelModel';

/** ExternalSalesService (docs/secutix/distribution.md): every movement is a write, never replayed by the caller. */
export const ExternalSalesServiceDescriptor = describeService(ExternalSalesService);

export interface ExternalMovement {
  orderId: number;
  operationIds: number[];
}

export interface SaleLine {
  performanceId: number;
  seatCategoryId: number;
  audienceSubCategoryId: number;
  block?: string;
  row?: string;
  number?: string;
}

/** The manager institution's external sales services: operators, the channel's offer, movements on its technical contact. */
export class ExternalSalesClient {
  constructor(private readonly caller: SecutixCaller) {}

  /** the operator's roles, or undefined when SecuTix refuses the login and password */
  async authenticateOperator(login: string, password: string): Promise<{ login: string; roles: string[] } | undefined> {
    try {
      const r = await this.caller.call<{ operatorData?: { login: string; roles?: string[] } }>(ExternalSalesServiceDescriptor, 'authenticateOperator', { login, password });
      return r.operatorData ? { login: r.operatorData.login, roles: r.operatorData.roles ?? [] } : undefined;
    } catch (err) {
      if (businessRefusal(err) === 'error.operator.authentication') return undefined;
      throw err;
    }
  }

  async channelCatalog(salesChannelCode: string): Promise<{ channel: ChannelInfo; products: ChannelProduct[] }> {
    const r = await this.caller.call<{ salesChannel: ChannelInfo; products?: ChannelProduct[] }>(ExternalSalesServiceDescriptor, 'getChannelCatalog', { salesChannelCode });
    return { channel: r.salesChannel, products: r.products ?? [] };
  }

  async importSale(channel: ChannelInfo, externalReference: string, lines: SaleLine[]): Promise<ExternalMovement> {
    const r = await this.caller.call<{ externalMovement: ExternalMovement }>(ExternalSalesServiceDescriptor, 'importExternalSale', {
      salesChannelCode: channel.code, pointOfSalesId: channel.pointOfSalesId, contactNumber: channel.technicalContactNumber,
      paymentMethodId: channel.waitingAccountPaymentMethodId, externalReference, lines,
    });
    return r.externalMovement;
  }

  async refundSale(orderId: number, operationIds: number[], externalReference: string): Promise<ExternalMovement> {
    return (await this.caller.call<{ externalMovement: ExternalMovement }>(ExternalSalesServiceDescriptor, 'refundExternalSale', { orderId, operationIds, externalReference })).externalMovement;
  }

  async duplicateTicket(orderId: number, operationId: number, externalReference: string): Promise<ExternalMovement> {
    return (await this.caller.call<{ externalMovement: ExternalMovement }>(ExternalSalesServiceDescriptor, 'duplicateExternalTicket', { orderId, operationId, externalReference })).externalMovement;
  }

  /** what SecuTix recorded under this reference: how a lost answer is reconciled */
  async movements(externalReference: string): Promise<(ExternalMovement & { kind: string })[]> {
    return (await this.caller.call<{ movements?: (ExternalMovement & { kind: string })[] }>(ExternalSalesServiceDescriptor, 'searchExternalMovements', { externalReference })).movements ?? [];
  }
}
