import { cacheExchange, Client, fetchExchange } from 'urql';

/**
 * urql over the gateway on another origin: cookies go along (`credentials: 'include'`: the
 * gateway's session after SAML sign-on, SecuTix's contact and cart cookies), and the access token
 * of a password login as a Bearer header. Always POST with JSON: a GET without a preflight-forcing
 * header is what the gateway's CSRF prevention refuses.
 */
export function createClient(gatewayUrl: string, token: string | null): Client {
  return new Client({
    url: gatewayUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ credentials: 'include', headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
}
