import {
  checkInstitutionLogin, checkOperatorName, checkProductIds, checkSalesChannelCode, checkTicketnetAddress, parseNotificationEmails,
  type InstitutionSettings, type PriceDifferencePolicy, type TicketnetSettings,
} from '../rules/partnerSettings';
import { isTicketnetInteger } from '../rules/correspondenceRules';
import { ruleError, type RuleError } from '../rules/ruleError';

interface Common {
  name: string;
  priceDifference: PriceDifferencePolicy;
  notificationEmails?: string | null;
  salesChannelCode: string;
  productIds?: readonly string[] | null;
}

const text = (value: string, field: string, max = 200): RuleError | undefined => (value.trim() === '' || value.length > max ? ruleError('REQUIRED', field, { max }) : undefined);

function common(input: Common): { errors: RuleError[]; emails: string[]; productIds: number[] } {
  const errors: RuleError[] = [];
  const emails = parseNotificationEmails(input.notificationEmails ?? '');
  const productIds = checkProductIds(input.productIds ?? []);
  for (const e of [text(input.name, 'name', 80), checkSalesChannelCode(input.salesChannelCode), Array.isArray(emails) ? undefined : emails, Array.isArray(productIds) ? undefined : productIds]) if (e) errors.push(e);
  return { errors, emails: Array.isArray(emails) ? emails : [], productIds: Array.isArray(productIds) ? productIds : [] };
}

/** A Ticketnet partner's settings, every rule of SecuTix's Ticketnet guide checked (docs/secutix/distribution.md); all errors at once. */
export function ticketnetSettings(input: Common & { address: string; login: string; password: string; institutionCode: string; serverName?: string | null; clientName: string }): TicketnetSettings | RuleError[] {
  const c = common(input);
  const errors = [...c.errors];
  for (const e of [checkTicketnetAddress(input.address), text(input.login, 'login'), text(input.password, 'password'), text(input.clientName, 'clientName', 80)]) if (e) errors.push(e);
  if (!isTicketnetInteger(input.institutionCode)) errors.push(ruleError('INSTITUTION_CODE_RULE.ticketnet', 'institutionCode'));
  if (errors.length) return errors;
  return {
    address: input.address, login: input.login, password: input.password, institutionCode: input.institutionCode, serverName: input.serverName ?? '', clientName: input.clientName,
    priceDifference: input.priceDifference, notificationEmails: c.emails, salesChannelCode: input.salesChannelCode, productIds: c.productIds,
  };
}

/** Another institution's settings, every rule of SecuTix's inter-institution interface checked (docs/secutix/distribution.md); all errors at once. */
export function institutionSettings(input: Common & { url: string; institutionCode: string; operatorName: string; login: string; password: string }): InstitutionSettings | RuleError[] {
  const c = common(input);
  const errors = [...c.errors];
  if (!/^https?:\/\/\S{1,300}$/.test(input.url)) errors.push(ruleError('URL_RULE', 'url'));
  if (!/^[A-Z0-9]{2,20}$/.test(input.institutionCode)) errors.push(ruleError('INSTITUTION_CODE_RULE', 'institutionCode'));
  const name = checkOperatorName(input.operatorName, input.institutionCode);
  if (name) errors.push(name);
  const login = name ? undefined : checkInstitutionLogin(input.login, input.operatorName, input.institutionCode);
  if (login) errors.push(login);
  const password = text(input.password, 'password');
  if (password) errors.push(password);
  if (errors.length) return errors;
  return {
    url: input.url, institutionCode: input.institutionCode, operatorName: input.operatorName, login: input.login, password: input.password,
    priceDifference: input.priceDifference, notificationEmails: c.emails, salesChannelCode: input.salesChannelCode, productIds: c.productIds,
  };
}
