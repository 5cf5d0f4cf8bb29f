/**
 * The names of the cookies SecuTix's ticket shop writes for the institution's own website
 * (docs/secutix/platform-facts.md#single-sign-on-and-the-shops-cookies): one definition for the
 * gateway and the contacts subgraph that read them and the simulator that writes them.
 */

/** `stx_contact_<institution>_<channel>_v1`: the contact's display fields in clear, the contact number encrypted and signed */
export function contactCookieName(institution: string, salesChannel: string): string {
  return `stx_contact_${institution}_${salesChannel}_v1`;
}

/** `stx_cartSummary_<institution>_<channel>`: `qty|amount|currency|expiration|orderId` of the open cart */
export function cartSummaryCookieName(institution: string, salesChannel: string): string {
  return `stx_cartSummary_${institution}_${salesChannel}`;
}
