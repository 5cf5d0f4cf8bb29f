import { ConfigError } from '@stx/env';
import { readOperationLimits } from './readOperationLimits';

const defaults = { maxDepth: 10, maxAliases: 30, maxFields: 300, maxCost: 10_000, maxTokens: 3000 };

describe('readOperationLimits', () => {
  it('reads the role-prefixed limits and the shared list sizes and introspection switch', () => {
    const limits = readOperationLimits({ GATEWAY_MAX_COST: '5000', SUBGRAPH_MAX_COST: '1', LIST_SIZE_DEFAULT: '25', LIST_SIZES: 'Product.performances=50, Performance.prices=12', INTROSPECTION: 'off' }, 'GATEWAY', defaults);
    expect(limits).toMatchObject({ maxDepth: 10, maxCost: 5000, maxTokens: 3000, listSizes: { default: 25, byField: { 'Product.performances': 50, 'Performance.prices': 12 } } });
    expect(limits.introspection).toMatchObject({ enabled: false, maxListDepth: 2 });
    expect(readOperationLimits({}, 'SUBGRAPH', defaults).introspection.enabled).toBe(true);
  });

  it('stops the start with the variable named when a value is wrong', () => {
    expect(() => readOperationLimits({ LIST_SIZES: 'Product.performances' }, 'GATEWAY', defaults)).toThrow(/LIST_SIZES/);
    expect(() => readOperationLimits({ LIST_SIZES: 'Product.performances=0' }, 'GATEWAY', defaults)).toThrow(ConfigError);
    expect(() => readOperationLimits({ SUBGRAPH_MAX_TOKENS: '1000000' }, 'SUBGRAPH', defaults)).toThrow(/SUBGRAPH_MAX_TOKENS/);
    expect(() => readOperationLimits({ INTROSPECTION: 'maybe' }, 'GATEWAY', defaults)).toThrow(/INTROSPECTION/);
  });
});
