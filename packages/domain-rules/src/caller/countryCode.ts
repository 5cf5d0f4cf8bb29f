/**
 * The country rule: an ISO 3166-1 alpha-2 code in capitals ("CH"), as SecuTix takes it in
 * addresses and shipment destinations (docs/secutix/checkout.md, "Delivery").
 */
const COUNTRY = /^[A-Z]{2}$/;

export function isCountryCode(value: string | null | undefined): value is string {
  return value != null && COUNTRY.test(value);
}
