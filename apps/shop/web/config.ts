/** What the shop's server tells the page at run time (src/serveShop.ts). */
export interface ShopConfig {
  /** the GraphQL endpoint, e.g. http://localhost:4000/graphql */
  gatewayUrl: string;
}

export async function loadConfig(): Promise<ShopConfig> {
  const res = await fetch('/config.json');
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return (await res.json()) as ShopConfig;
}
