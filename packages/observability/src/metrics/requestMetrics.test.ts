import { requestsTotal } from './registry';
import { operationLabel, recordRequest } from './requestMetrics';

/** Operation names come from clients: the series they make must stay few, whatever is sent. */
describe('request metrics', () => {
  it('keeps the operation label to at most 200 names: 20,000 distinct names make at most 200 series and "other"', async () => {
    for (let i = 0; i < 20_000; i++) recordRequest('gateway', `Op${i}`, 'ok', 0.001);
    const operations = new Set((await requestsTotal.get()).values.filter((v) => v.labels.app === 'gateway').map((v) => String(v.labels.operation)));
    expect(operations.size).toBeLessThanOrEqual(201);
    expect(operations).toContain('other');
    // a name seen early keeps its own series
    expect(operationLabel('Op0')).toBe('Op0');
  });

  it('never uses a name that is not a plain GraphQL name, nor a long one, as a label', () => {
    expect(operationLabel(`A${'x'.repeat(200)}`)).toBe('other');
    expect(operationLabel('a b')).toBe('other');
    expect(operationLabel(undefined)).toBe('anonymous');
  });
});
