import { getTestRedisUrl, loginAs, startStack, type Stack } from '@stx/testing';

/**
 * The checkout scenarios' stack: on the given transport and a real Redis, with no response cache
 * (every answer is the subgraphs' own), and Alice logged in: her headers for each request.
 */
export async function checkoutStack(transport: 'soap' | 'json'): Promise<{ stack: Stack; alice: Record<string, string> }> {
  const stack = await startStack({ transport, redisUrl: getTestRedisUrl(), env: { GATEWAY_RESPONSE_CACHE_SECONDS: '0' } });
  return { stack, alice: await loginAs(stack, 'alice@example.com', 'alice-demo-password') };
}
