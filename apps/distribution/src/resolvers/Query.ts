import { codedError } from '@stx/errors';
import { requireOperator } from '@stx/domain-rules';
import type { QueryResolvers } from '../__generated__/resolvers';
import { parsePartnerId } from '../mappers/partnerId';
import { unnumberedSeatRows } from '../rules/unnumberedSeatRows';
import { findPartner, listPartners } from '../store/partners';
import { listRuns } from '../store/runs';

export const Query: QueryResolvers = {
  async distributionPartners(_p, _a, ctx) {
    requireOperator(ctx.identity);
    return listPartners(ctx.db);
  },
  async distributionPartner(_p, { id }, ctx) {
    requireOperator(ctx.identity);
    const partnerId = parsePartnerId(id);
    const partner = partnerId === undefined ? undefined : await findPartner(ctx.db, partnerId);
    if (!partner) throw codedError('NOT_FOUND', 'No such partner.');
    return partner;
  },
  async distributionRuns(_p, { partnerId, first }, ctx) {
    requireOperator(ctx.identity);
    const partner = partnerId == null ? undefined : parsePartnerId(partnerId);
    if (partnerId != null && partner === undefined) throw codedError('BAD_USER_INPUT', 'partnerId is not a partner id.');
    if (first == null || first < 1 || first > 100) throw codedError('BAD_USER_INPUT', 'first must be between 1 and 100.');
    return listRuns(ctx.db, partner, first);
  },
  unnumberedSeatRows(_p, { capacity }, ctx) {
    requireOperator(ctx.identity);
    if (capacity < 0 || capacity > 1_000_000) throw codedError('BAD_USER_INPUT', 'capacity must be between 0 and 1,000,000 seats.');
    return unnumberedSeatRows(capacity);
  },
};
