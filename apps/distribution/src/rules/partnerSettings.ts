import { isSecutixId } from '@stx/domain-rules';
import { ruleError, type RuleError } from './ruleError';

export type PartnerKind = 'SECUTIX_INSTITUTION' | 'TICKETNET';
export type PriceDifferencePolicy = 'ERROR' | 'IGNORE_RESELLER_PRICE';

/** What both kinds of partner share: the manager's channel and who hears about failed runs. */
interface CommonSettings {
  salesChannelCode: string;
  /** the products of the channel's activity/product profiles offered to this partner */
  productIds: number[];
  notificationEmails: string[];
  priceDifference: PriceDifferencePolicy;
}

/** Another SecuTix institution, reached with the distributor's virtual operator `<operator>@<institution>`. */
export interface InstitutionSettings extends CommonSettings {
  url: string;
  institutionCode: string;
  operatorName: string;
  login: string;
  password: string;
}

/** Ticketnet, reached at `<IP>:<port>` with the values Ticketnet gives (docs/secutix/distribution.md). */
export interface TicketnetSettings extends CommonSettings {
  address: string;
  login: string;
  password: string;
  institutionCode: string;
  serverName: string;
  clientName: string;
}

export const OPERATOR_NAME_MAX = 12;

/** The distributor's virtual operator is named `<Institution>_<Name>`, 12 characters at most in all (docs/secutix/distribution.md). */
export function checkOperatorName(operatorName: string, institutionCode: string, field = 'operatorName'): RuleError | undefined {
  const prefix = `${institutionCode}_`;
  if (!operatorName.startsWith(prefix) || operatorName.length === prefix.length || !/^[A-Za-z0-9_]+$/.test(operatorName)) {
    return ruleError('OPERATOR_NAME_RULE', field, { prefix });
  }
  if (operatorName.length > OPERATOR_NAME_MAX) return ruleError('OPERATOR_NAME_RULE.length', field, { max: OPERATOR_NAME_MAX, name: operatorName, length: operatorName.length });
  return undefined;
}

/** The manager's interface logs in as `<operator>@<distributor institution>` (docs/secutix/distribution.md). */
export function checkInstitutionLogin(login: string, operatorName: string, institutionCode: string): RuleError | undefined {
  return login === `${operatorName}@${institutionCode}` ? undefined : ruleError('LOGIN_RULE', 'login', { login: `${operatorName}@${institutionCode}` });
}

/** Ticketnet's server is given as `<IP>:<port>` (docs/secutix/distribution.md), an IPv4 address and a port. */
export function checkTicketnetAddress(address: string): RuleError | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/.exec(address);
  const ok = m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) >= 1 && Number(m[5]) <= 65535;
  return ok ? undefined : ruleError('ADDRESS_RULE', 'address');
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** Operators' e-mails for failed runs, separated by semicolons (docs/secutix/distribution.md); empty means nobody. */
export function parseNotificationEmails(text: string): string[] | RuleError {
  const parts = text.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const bad = parts.find((p) => !EMAIL.test(p));
  if (bad !== undefined) return ruleError('EMAILS_RULE', 'notificationEmails', { value: bad.slice(0, 80) });
  if (parts.length > 20) return ruleError('EMAILS_RULE.count', 'notificationEmails', { max: 20 });
  return parts;
}

export function checkSalesChannelCode(code: string): RuleError | undefined {
  return /^[A-Z0-9_]{1,30}$/.test(code) ? undefined : ruleError('SALES_CHANNEL_RULE', 'salesChannelCode');
}

export function checkProductIds(ids: readonly string[]): number[] | RuleError {
  if (ids.length > 200 || !ids.every(isSecutixId)) return ruleError('PRODUCT_IDS_RULE', 'productIds');
  return ids.map(Number);
}
