import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registry } from '../src';

const DIR = join(__dirname, '..', '..', '..', 'deploy', 'observability');
const HISTOGRAM_SERIES = /_(bucket|count|sum)$/;

/** every `stx_…` name in a PromQL expression, histogram series mapped back to their metric */
function metricsIn(expr: string): string[] {
  return [...expr.matchAll(/\bstx_[a-z0-9_]+/g)].map(([name]) => (registry.getSingleMetric(name) ? name : name.replace(HISTOGRAM_SERIES, '')));
}

describe('the committed dashboard and alert rules', () => {
  const dashboard = JSON.parse(readFileSync(join(DIR, 'grafana-dashboard.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
  const rules = (parse(readFileSync(join(DIR, 'prometheus-rules.yaml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((g) => g.rules);

  it('reference only metrics the registry defines', () => {
    const used = [...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)), ...rules.map((r) => r.expr)].flatMap(metricsIn);
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used)].filter((name) => registry.getSingleMetric(name) === undefined)).toEqual([]);
  });

  it('alert on the budget above 80 %, a day-old snapshot, stale availability and the 5xx rate', () => {
    const byName = Object.fromEntries(rules.map((r) => [r.alert, r.expr]));
    expect(byName.SecutixBudgetAbove80Percent).toMatch(/stx_secutix_budget_used \/ stx_secutix_budget_limit\) > 0\.8/);
    expect(byName.CatalogSnapshotOlderThanADay).toMatch(/stx_catalog_snapshot_age_seconds\) > 86400/);
    expect(byName.AvailabilityServedStale).toMatch(/stx_availability_oldest_served_age_seconds\) > max\(stx_availability_fresh_window_seconds\)/);
    expect(byName.High5xxRate).toMatch(/outcome="server_error"/);
  });

  it('has a panel for each family of metrics', () => {
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const name of ['stx_requests_total', 'stx_secutix_calls_total', 'stx_secutix_budget_used', 'stx_cache_lookups_total', 'stx_catalog_snapshot_age_seconds', 'stx_availability_oldest_served_age_seconds', 'stx_secutix_circuit_state', 'stx_login_refusals_total']) {
      expect([name, exprs.includes(name)]).toEqual([name, true]);
    }
  });
});
