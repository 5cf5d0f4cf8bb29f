import type { Stack } from '@stx/testing';

export const OPERATOR = { login: 'operator@DEMO', password: 'demo-operator-password' };

export async function operatorToken(stack: Stack): Promise<string> {
  const r = await stack.query(`mutation($l: String!, $p: String!) { operatorLogin(login: $l, password: $p) { token userErrors { code } } }`, { l: OPERATOR.login, p: OPERATOR.password });
  if (!r.data?.operatorLogin.token) throw new Error(`operator login failed: ${JSON.stringify(r)}`);
  return r.data.operatorLogin.token as string;
}

export function asOperator(stack: Stack, token: string) {
  return <T = any>(query: string, variables?: Record<string, unknown>) => stack.query<T>(query, variables, { headers: { authorization: `Bearer ${token}` } });
}

export async function simJson<T = any>(stack: Stack, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.sim.url}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const RUNS = `query($p: ID) { distributionRuns(partnerId: $p, first: 50) { id kind state okCount errorCount logs { objectType objectId status reason } } }`;

/** starts a run through the API and waits until the job engine has finished it */
export async function runAndWait(q: ReturnType<typeof asOperator>, partnerId: string, kind: string, productIds?: string[]) {
  const before = (await q(RUNS, { p: partnerId })).data.distributionRuns.length;
  const started = await q(`mutation($p: ID!, $k: DistributionRunKind!, $ids: [ID!]) { startDistributionRun(partnerId: $p, kind: $k, productIds: $ids) { queued userErrors { code message } } }`, { p: partnerId, k: kind, ids: productIds });
  if (!started.data?.startDistributionRun.queued) throw new Error(`not queued: ${JSON.stringify(started)}`);
  for (let i = 0; i < 150; i++) {
    const runs = (await q(RUNS, { p: partnerId })).data.distributionRuns;
    if (runs.length > before && runs[0].state !== 'RUNNING') return runs[0];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${kind} run did not finish`);
}
