import type { SecutixCaller } from '../SecutixCaller';
import { CatalogServiceDescriptor as S } from '../services';
import type { CatalogData, PosConfigData } from '../types/catalog';

/** CatalogService v1_33. `getCatalogDetailed` is expensive: callers cache it (one call per 10 min at most). */
export class CatalogClient {
  constructor(private readonly caller: SecutixCaller) {}

  async isAlive(): Promise<boolean> {
    const r = await this.caller.call(S, 'isCatalogServiceAlive');
    return r.statusCode === 'success';
  }

  async getPOSConfig(): Promise<PosConfigData> {
    const r = await this.caller.call<{ posConfigData?: PosConfigData }>(S, 'getPOSConfig');
    if (!r.posConfigData) throw new Error('getPOSConfig answered without posConfigData');
    return r.posConfigData;
  }

  /** ISO-8601 stamp of the last catalog change; cheap, used to decide when to reload the catalog */
  async getLastSetupUpdate(): Promise<string> {
    const r = await this.caller.call<{ lastSetupUpdate?: string }>(S, 'getLastSetupUpdate');
    return String(r.lastSetupUpdate ?? '');
  }

  /** a new export, or with `requestId` the follow-up of one SecuTix answered `in_progress` */
  async getCatalogDetailed(requestId?: number): Promise<CatalogData> {
    const r = await this.caller.call<{ catalogData?: CatalogData }>(S, 'getCatalogDetailed', requestId === undefined ? {} : { requestId });
    return r.catalogData ?? { seasons: [] };
  }
}
