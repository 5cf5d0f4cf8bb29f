/**
 * A partner's id: our database's serial, not a SecuTix id (those follow @stx/domain-rules'
 * parseSecutixId); undefined for what cannot be one, which finds no partner.
 */
const PARTNER_ID = /^\d{1,9}$/;

export function parsePartnerId(raw: string): number | undefined {
  return PARTNER_ID.test(raw) ? Number(raw) : undefined;
}
