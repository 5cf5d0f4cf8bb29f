/**
 * Which SecuTix operation list sells a product family, as the sales subgraph sends it: single
 * entries by seat category of a performance (singleEntryAttributionOperations), passes, packages
 * and memberships as simple products (simpleProductOperations). Composed products, season
 * tickets, goods and services need the other operation lists, which we do not send.
 */
const SIMPLE = new Set(['PASS', 'PACKAGE', 'MEMBERSHIP']);

export function purchaseMode(family: string): 'PERFORMANCE_SEAT' | 'PRODUCT' | 'TICKET_SHOP_ONLY' {
  if (family === 'SINGLE_ENTRY') return 'PERFORMANCE_SEAT';
  return SIMPLE.has(family) ? 'PRODUCT' : 'TICKET_SHOP_ONLY';
}
