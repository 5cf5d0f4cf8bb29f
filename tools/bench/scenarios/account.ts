import { signIdentity } from '@stx/identity';
import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import type { RunningSystem } from '../systems/startSystem';
import { body } from './body';
import type { Scenario, ScenarioContext } from './registry';

/** the demo contact whose account page is read (the simulator's alice, contact 1000001) */
export const ACCOUNT = DEMO_ACCOUNTS.buyers.alice;

const ACCOUNT_PAGE = /* GraphQL */ `
  query AccountPage {
    me {
      contactNumber firstName lastName email
      orders(first: 10) {
        totalCount
        edges { node {
          id state createdAt paymentState total { amount currencyCode }
          lines { quantity product { id name(lang: "en") } performance { id start } unitPrice { amount currencyCode } total { amount currencyCode } }
          tickets { id state barcode seat { area block row number } documentUrl }
        } }
      }
      tickets { id state barcode product { id name(lang: "en") } performance { id start } seat { area row number } holderName documentUrl barcodeImageUrl }
    }
  }
`;

const tokens = new WeakMap<RunningSystem, Promise<string>>();

/**
 * A logged-in caller reading their orders and tickets: private, so no response cache may serve it.
 * Our gateway is logged into as the product does it (the `login` mutation, then a Bearer token,
 * once per system start). The peers cannot verify our tokens nor sign our identity header: the
 * bench signs the header for them (valid a minute, made fresh for every window) and their scripts
 * pass it on to the subgraphs, so they skip work ours does.
 */
export const account: Scenario = {
  name: 'account',
  description: "a logged-in contact's account page: profile, last 10 orders with lines and tickets, upcoming tickets",
  gatewayBodies: () => [body(ACCOUNT_PAGE)],
  async headers({ system, env }: ScenarioContext): Promise<Record<string, string>> {
    if (system.name.startsWith('ours') || system.name === 'naive') {
      if (!tokens.has(system)) tokens.set(system, login(system.url));
      return { authorization: `Bearer ${await tokens.get(system)!}` };
    }
    return { 'x-stx-identity': signIdentity({ contactNumber: ACCOUNT.contactNumber, clientIp: '127.0.0.1' }, env.secrets.IDENTITY_SECRET, Date.now()) };
  },
};

async function login(gatewayUrl: string): Promise<string> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token userErrors { code } } }', variables: { e: ACCOUNT.email, p: ACCOUNT.password } }),
  });
  const json = (await res.json()) as { data?: { login?: { token?: string | null; userErrors?: unknown[] } } };
  const token = json.data?.login?.token;
  if (!token) throw new Error(`the account scenario could not log in: ${JSON.stringify(json).slice(0, 300)}`);
  return token;
}
