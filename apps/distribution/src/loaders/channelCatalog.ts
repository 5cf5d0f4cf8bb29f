import type { ExternalSalesClient } from '../secutix/ExternalSalesClient';

/** Per request: a channel's offer read once however many fields need it. */
export function channelCatalogLoader(sales: ExternalSalesClient): (code: string) => ReturnType<ExternalSalesClient['channelCatalog']> {
  const catalogs = new Map<string, ReturnType<ExternalSalesClient['channelCatalog']>>();
  return (code) => {
    if (!catalogs.has(code)) catalogs.set(code, sales.channelCatalog(code));
    return catalogs.get(code)!;
  };
}
