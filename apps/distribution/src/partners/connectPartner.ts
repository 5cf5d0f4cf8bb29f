import type { Partner } from '../store/partners';
import type { InstitutionSettings, TicketnetSettings } from '../rules/partnerSettings';
import { httpPartner } from './httpPartner';
import type { PartnerPort } from './PartnerPort';

const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

/** Ticketnet at `http://<IP>:<port>/ticketnet-ws/v1`; another institution at its URL, as the distributor's virtual operator (docs/secutix/distribution.md). */
export function connectPartner(partner: Partner, timeoutMs: number): PartnerPort {
  if (partner.kind === 'TICKETNET') {
    const s = partner.settings as TicketnetSettings;
    return httpPartner(`http://${s.address}/ticketnet-ws/v1`, {
      authorization: basic(s.login, s.password), 'x-ticketnet-institution': s.institutionCode, 'x-ticketnet-client': s.clientName, ...(s.serverName ? { 'x-ticketnet-server': s.serverName } : {}),
    }, timeoutMs);
  }
  const s = partner.settings as InstitutionSettings;
  return httpPartner(`${s.url.replace(/\/$/, '')}/interinstitution/v1`, { authorization: basic(s.login, s.password) }, timeoutMs);
}
