import autocannon from 'autocannon';

const HOME_PAGE = JSON.stringify({
  operationName: 'HomePage',
  query: 'query HomePage { products(first: 20, filter: { onSaleOnly: true }) { totalCount edges { node { id name(lang: "en") priceRange { min { amount currencyCode } } nextPerformance { start } availability { level asOf } bookingUrl(lang: "en") } } } }',
});
const SEARCH = JSON.stringify({
  operationName: 'Search',
  query: 'query Search { products(first: 10, filter: { search: "a" }) { edges { node { id name(lang: "en") availability { level } } } } }',
});

export interface LoadResult {
  requests: number;
  failed: number;
  rps: number;
  /** failed answers by status (`200` with GraphQL errors), and the first few bodies, to explain a failure */
  failures: Record<string, number>;
  samples: string[];
}

/**
 * Public pages through the load balancer's gateway frontend until `stop()`. A request fails on a
 * connection error, a timeout, a status other than 200, or an answer carrying GraphQL errors.
 */
export function driveLoad(url: string, connections: number): { stop(): Promise<LoadResult> } {
  let graphqlErrors = 0;
  const failures: Record<string, number> = {};
  const samples: string[] = [];
  const onResponse = (status: number, body: string) => {
    const failed = status !== 200 || body.includes('"errors"');
    if (!failed) return;
    if (status === 200) graphqlErrors++;
    failures[status] = (failures[status] ?? 0) + 1;
    if (samples.length < 5) samples.push(`${new Date().toISOString()} ${status} ${body.slice(0, 300)}`);
  };
  let finish: (r: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon({
    url,
    connections,
    duration: 3600,
    timeout: 20,
    requests: [
      { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: HOME_PAGE, onResponse },
      { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: SEARCH, onResponse },
    ],
  }, (err, result) => finish(result));
  return {
    async stop() {
      instance.stop();
      const r = await done;
      if (r.errors + r.timeouts > 0) failures.connection = r.errors + r.timeouts;
      return { requests: r.requests.total, failed: r.errors + r.timeouts + r.non2xx + graphqlErrors, rps: r.requests.average, failures, samples };
    },
  };
}
