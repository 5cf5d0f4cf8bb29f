import { recordLoginRefused } from '@stx/observability';
import { codedError, userError } from '@stx/errors';
import { isSecutixId, requireOperator } from '@stx/domain-rules';
import { issueToken } from '@stx/identity';
import type { MutationResolvers } from '../__generated__/resolvers';
import type { DistributionContext } from '../context';
import { institutionSettings, ticketnetSettings } from '../mappers/partnerInput';
import { checkCorrespondence, type ObjectType } from '../rules/correspondenceRules';
import { CorrespondenceIndex } from '../rules/correspondenceIndex';
import { parsePartnerId } from '../mappers/partnerId';
import { ruleError } from '../rules/ruleError';
import { alreadyExportedFacts } from '../runs/exportCatalog';
import { partnerEvents } from '../runs/partnerEvents';
import { exportedEvent } from '../store/catalogExports';
import { findPartner, insertPartner, listCorrespondences, upsertCorrespondence, type Partner } from '../store/partners';

async function partnerOf(ctx: DistributionContext, id: string): Promise<Partner | undefined> {
  const partnerId = parsePartnerId(id);
  return partnerId === undefined ? undefined : findPartner(ctx.db, partnerId);
}

const notFound = userError('NOT_FOUND.partner', 'partnerId');

async function created(ctx: DistributionContext, kind: Partner['kind'], name: string, settings: Partner['settings']) {
  const partner = await insertPartner(ctx.db, kind, name.trim(), settings);
  if (partner === 'NAME_TAKEN') return { partner: null, userErrors: [ruleError('NAME_TAKEN', 'name')] };
  return { partner, userErrors: [] };
}

export const Mutation: MutationResolvers = {
  async operatorLogin(_p, { login, password }, ctx) {
    // a buyer's identity never turns into an operator's in the same session
    if (ctx.identity.contactNumber) throw codedError('FORBIDDEN', 'Sign out as a buyer before signing in as an operator.');
    const refused = { token: null, expiresAt: null, retryAfterSeconds: null, userErrors: [userError('INVALID_CREDENTIALS.operator')] };
    if (login.length > 200 || password.length > 200) return refused;
    // throttled as buyers' logins are (createLoginGuard, the one FailureThrottle): only failures count, a store that cannot answer is replaced by this process's counters
    const clientIp = ctx.identity.clientIp;
    const decision = await ctx.loginGuard.check(clientIp, login);
    if (!decision.allowed) {
      recordLoginRefused('operator_throttled');
      const { retryAfterSeconds } = decision;
      return { token: null, expiresAt: null, retryAfterSeconds, userErrors: [userError('TOO_MANY_ATTEMPTS', null, { seconds: retryAfterSeconds })] };
    }
    const operator = await ctx.sales.authenticateOperator(login, password);
    // an operator without the distribution role is refused as a wrong password is, and counts as one
    if (!operator || !operator.roles.includes('DISTRIBUTION')) {
      await ctx.loginGuard.failed(clientIp, login);
      return refused;
    }
    await ctx.loginGuard.succeeded(clientIp, login);
    await ctx.sessions.opening(ctx.now);
    const access = issueToken(operator.login, 'access', ctx.config.tokenSecret, ctx.now, { role: 'operator' });
    return { token: access.token, expiresAt: access.expiresAt.toISOString(), retryAfterSeconds: null, userErrors: [] };
  },

  async createTicketnetPartner(_p, { input }, ctx) {
    requireOperator(ctx.identity);
    const settings = ticketnetSettings(input);
    return Array.isArray(settings) ? { partner: null, userErrors: settings } : created(ctx, 'TICKETNET', input.name, settings);
  },

  async createInstitutionPartner(_p, { input }, ctx) {
    requireOperator(ctx.identity);
    const settings = institutionSettings(input);
    return Array.isArray(settings) ? { partner: null, userErrors: settings } : created(ctx, 'SECUTIX_INSTITUTION', input.name, settings);
  },

  async setCorrespondence(_p, { partnerId, input }, ctx) {
    requireOperator(ctx.identity);
    const partner = await partnerOf(ctx, partnerId);
    if (!partner) return { correspondence: null, userErrors: [notFound] };
    const objectType = input.objectType as ObjectType;
    // whether the object is (a performance of) a competition decides Ticketnet's form (docs/secutix/distribution.md)
    const { products } = partner.kind === 'TICKETNET' ? await ctx.channelCatalog(partner.settings.salesChannelCode) : { products: [] };
    const competition = products.some((p) => p.competition && (objectType === 'EVENT' ? String(p.productId) === input.secutixId : p.performances.some((x) => String(x.performanceId) === input.secutixId)));
    const error = checkCorrespondence(partner.kind, objectType, input.secutixId, input.externalId, { competition });
    if (error) return { correspondence: null, userErrors: [error] };
    return { correspondence: await upsertCorrespondence(ctx.db, partner.id, { objectType, secutixId: input.secutixId, externalId: input.externalId }), userErrors: [] };
  },

  async startDistributionRun(_p, { partnerId, kind, productIds }, ctx) {
    requireOperator(ctx.identity);
    const partner = await partnerOf(ctx, partnerId);
    if (!partner) return { queued: false, userErrors: [notFound] };
    if (productIds && (productIds.length > 200 || !productIds.every(isSecutixId))) return { queued: false, userErrors: [ruleError('PRODUCT_IDS_RULE', 'productIds')] };
    const ids = productIds?.map(Number);
    if (kind === 'CATALOG_EXPORT' && partner.kind === 'TICKETNET') {
      // Ticketnet takes an event once: say so now rather than in a run log
      const { products } = await ctx.channelCatalog(partner.settings.salesChannelCode);
      const index = new CorrespondenceIndex(partner.kind, await listCorrespondences(ctx.db, partner.id));
      for (const product of products.filter((p) => (ids ?? partner.settings.productIds).length === 0 || (ids ?? partner.settings.productIds).includes(p.productId))) {
        let events;
        try {
          events = partnerEvents(product, index);
        } catch {
          continue; // not mapped yet: the run logs why
        }
        for (const { event } of events) {
          const before = event.eventId && (await exportedEvent(ctx.db, partner.id, event.eventId));
          if (before) return { queued: false, userErrors: [userError('ALREADY_EXPORTED', 'productIds', alreadyExportedFacts(event.eventId, new Date(before.exported_at)))] };
        }
      }
    }
    const jobId = await ctx.jobs.enqueue({ partnerId: partner.id, kind, trigger: 'MANUAL', productIds: ids });
    if (!jobId) return { queued: false, userErrors: [userError('RUN_ALREADY_QUEUED', 'kind')] };
    return { queued: true, userErrors: [] };
  },
};
