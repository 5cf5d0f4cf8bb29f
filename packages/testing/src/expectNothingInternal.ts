import type { GraphQLResponse } from './stack/Stack';

/** No error a client sees names an internal address or carries a stack or a subgraph's body. */
export function expectNothingInternal(res: GraphQLResponse): void {
  const text = JSON.stringify(res.errors ?? []);
  expect(text).not.toMatch(/https?:|127\.0\.0\.1|localhost|:\d{4,5}\b|stacktrace|\bat .+\(.+:\d+:\d+\)/i);
  for (const error of res.errors ?? []) {
    expect(error.extensions).not.toHaveProperty('response');
    expect(error.extensions).not.toHaveProperty('request');
    expect(error.extensions).not.toHaveProperty('stack');
    expect(error.extensions).not.toHaveProperty('serviceName');
  }
}
