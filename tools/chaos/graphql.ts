/** What one request to the gateway gave: HTTP status (0 when no answer at all), parsed body, time. */
export interface Answer {
  status: number;
  body?: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
  text: string;
  ms: number;
  /** set when the request got no HTTP answer (connection refused or reset, timeout) */
  failure?: string;
}

export interface RawRequest {
  method?: string;
  /** appended to the URL (GET queries) */
  search?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request as a client would and never throws: every outcome is an Answer. */
export async function send(url: string, request: RawRequest, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url + (request.search ?? ''), { method: request.method ?? 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, ms: performance.now() - started };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { status: 0, text: '', ms: performance.now() - started, failure: cause ?? (err as Error).name };
  }
}

/** A JSON GraphQL POST, optionally from a client address (X-Forwarded-For, trusted one hop) or with a token. */
export function query(url: string, document: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: document, variables }) });
}

/** the error codes of an answer, in order */
export const codes = (answer: Answer): string[] => (answer.body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));

/** Anything of our insides in an answer: an internal URL, a stack frame, a raw subgraph or SecuTix body. */
export function leaks(answer: Answer): boolean {
  return /127\.0\.0\.1:\d+|localhost:\d+|\bat [\w.<>]+ \(|node:internal|\/apps\/|soap:Envelope|S:Envelope|"response"\s*:/.test(answer.text);
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** counts per value, e.g. { UPSTREAM_UNAVAILABLE: 12 } shown as `UPSTREAM_UNAVAILABLE×12` */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v}×${n}`).join(', ') || 'none';
}
