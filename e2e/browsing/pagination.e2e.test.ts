import { randomUUID } from 'node:crypto';
import { startStack, type Stack, CREATE, loginAs, pickTariff } from '@stx/testing';

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const PRODUCTS = `query($first: Int, $after: String) { products(first: $first, after: $after) { totalCount edges { cursor node { id } } ${PAGE_INFO} } }`;
const ORDERS = `query($first: Int, $after: String) { me { orders(first: $first, after: $after) { totalCount edges { cursor node { id } } ${PAGE_INFO} } } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Both connections follow Relay's cursor spec, so Relay's @connection and Apollo's relayStylePagination
 * can page them: walking with `after: endCursor` gives every item once, in the order of one big page,
 * and each page's pageInfo agrees with its edges.
 */
describe('pagination through the gateway', () => {
  let stack: Stack;
  let alice: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
    alice = await loginAs(stack, 'alice@example.com', 'alice-demo-password');
  }, 60_000);
  afterAll(() => stack?.close());

  async function walk(read: (after: string | null) => Promise<Page>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page = await read(after);
      const { pageInfo, edges } = page;
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      ids.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) return ids;
      after = pageInfo.endCursor;
    }
    throw new Error('the pages never ended');
  }

  it('walks the products page by page, each once, as one page lists them', async () => {
    const query = (first: number, after: string | null) => stack.query(PRODUCTS, { first, after }).then((r) => (expect(r.errors).toBeUndefined(), r.data.products as Page));
    const whole = await query(100, null);
    expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const walked = await walk((after) => query(7, after));
    expect(walked).toEqual(whole.edges.map((e) => e.node.id));
    expect(walked.length).toBe(whole.totalCount);
  });

  it('walks the caller’s orders the same way', async () => {
    const t = await pickTariff(stack);
    const input = { items: [{ performanceId: t.performanceId, seatCategoryId: t.seatCategoryId, audienceSubCategoryId: t.audienceSubCategoryId, quantity: 1 }] };
    for (let i = 0; i < 3; i++) expect((await stack.query(CREATE, { input, key: `key-${randomUUID()}` }, { headers: alice })).data.createOrder.userErrors).toEqual([]);
    const query = (first: number, after: string | null) => stack.query(ORDERS, { first, after }, { headers: alice }).then((r) => (expect(r.errors).toBeUndefined(), r.data.me.orders as Page));
    const whole = await query(50, null);
    expect(whole.totalCount).toBeGreaterThanOrEqual(3);
    const walked = await walk((after) => query(2, after));
    expect(walked).toEqual(whole.edges.map((e) => e.node.id));
    const empty = await query(0, null);
    expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasPreviousPage: false, hasNextPage: true });
  });
});
