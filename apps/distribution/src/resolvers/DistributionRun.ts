import type { DistributionRunResolvers } from '../__generated__/resolvers';
import { runLogs } from '../store/runs';

export const DistributionRun: DistributionRunResolvers = {
  id: (r) => String(r.id),
  partnerId: (r) => String(r.partnerId),
  startedAt: (r) => r.startedAt.toISOString(),
  finishedAt: (r) => r.finishedAt?.toISOString() ?? null,
  async logs(r, _a, ctx) {
    return (await runLogs(ctx.db, r.id)).map((l) => ({ ...l, reason: l.reason ?? null, at: new Date(l.at).toISOString() }));
  },
};
