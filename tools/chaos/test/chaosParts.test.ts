import { FUZZ_KINDS, generateRequests } from '../fuzz/generateRequests';
import { leaks, type Answer } from '../graphql';
import { answeredWithAsOf } from '../pages';
import { formatTable } from '../report/formatTable';
import { allPassed, type Row } from '../report/Row';
import { chaosSettings } from '../settings';

const answer = (status: number, body: unknown): Answer => ({ status, body: body as Answer['body'], text: JSON.stringify(body), ms: 1 });

/** The suite's pure parts; the scenarios themselves run against real processes in `npm run chaos`. */
describe('reliability suite', () => {
  it('fuzzes every kind, the same requests for the same seed, each body bounded', () => {
    const first = [...generateRequests(7, 280)];
    const again = [...generateRequests(7, 280)];
    const other = [...generateRequests(8, 280)];
    expect(first).toEqual(again);
    expect(first).not.toEqual(other);
    expect(new Set(first.map((r) => r.kind))).toEqual(new Set(FUZZ_KINDS));
    for (const { request } of first) expect((request.body ?? '').length + (request.search ?? '').length).toBeLessThan(1_000_000);
  });

  it('counts a read as answered with asOf only when every availability has one and nothing failed', () => {
    const product = (asOf: string | null) => ({ data: { product: { availability: { level: 'AVAILABLE', asOf }, performances: [{ availability: { asOf: '2026-01-01T00:00:00Z' } }] } } });
    expect(answeredWithAsOf(answer(200, product('2026-01-01T00:00:00Z')))).toBe(true);
    expect(answeredWithAsOf(answer(200, product(null)))).toBe(false);
    expect(answeredWithAsOf(answer(200, { ...product('2026-01-01T00:00:00Z'), errors: [{ message: 'x' }] }))).toBe(false);
    expect(answeredWithAsOf(answer(200, { data: { product: { availability: null } } }))).toBe(false);
    expect(answeredWithAsOf(answer(503, product('2026-01-01T00:00:00Z')))).toBe(false);
  });

  it('sees internal URLs, stacks and subgraph bodies in an answer', () => {
    expect(leaks(answer(200, { errors: [{ message: 'fetch failed', extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] }))).toBe(false);
    expect(leaks(answer(200, { errors: [{ message: 'request to http://127.0.0.1:41234/graphql failed' }] }))).toBe(true);
    expect(leaks(answer(200, { errors: [{ message: 'x', extensions: { response: { status: 413 } } }] }))).toBe(true);
    expect(leaks(answer(500, { errors: [{ message: 'x', extensions: { stacktrace: ['at resolve (/srv/apps/gateway/src/x.ts:1:1)'] } }] }))).toBe(true);
  });

  it('fails the run when one judged row fails, not for information rows', () => {
    const rows: Row[] = [
      { scenario: 's', measure: 'm', figure: '0', requirement: '0', pass: true },
      { scenario: 's', measure: 'calls | per minute', figure: '3', requirement: '-' },
    ];
    expect(allPassed(rows)).toBe(true);
    expect(allPassed([...rows, { scenario: 's', measure: 'm2', figure: '1', requirement: '0', pass: false }])).toBe(false);
    expect(formatTable(rows)).toContain('| s | calls \\| per minute | 3 | - | info |');
  });

  it('has a quick form for CI that is bounded well below the full run', () => {
    const quick = chaosSettings(['--quick']);
    const full = chaosSettings([]);
    expect(full.fuzzRequests).toBe(10_000);
    expect(quick.fuzzRequests).toBeLessThan(full.fuzzRequests);
    expect(quick.outageSeconds + quick.redisDownSeconds + quick.subgraphDownSeconds).toBeLessThan(60);
    expect(full.outageSeconds + full.redisDownSeconds + full.subgraphDownSeconds + full.fuzzMaxSeconds).toBeLessThan(8 * 60);
  });
});
