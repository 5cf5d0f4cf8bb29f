import { loadSimulatorOptionsFromEnv, resolveSimulatorOptions } from '../src';

describe('loadSimulatorOptionsFromEnv', () => {
  it('keeps defaults when nothing is set', () => {
    const options = resolveSimulatorOptions(loadSimulatorOptionsFromEnv({}));
    expect(options).toMatchObject({ port: 4010, products: 48, seed: 42, latency: 'realistic', institution: 'DEMO', operator: 'DEMO_B2C', secret: 'demo-secret' });
    expect(options.rateLimits).toEqual({ enabled: true, perMinute: 180, catalogDetailedIntervalMs: 600_000, status: 509 });
  });

  it('reads every SIM_* variable', () => {
    const env = { SIM_PORT: '0', SIM_PRODUCTS: '20000', SIM_SEED: '7', SIM_LATENCY: 'none', SIM_RATE_LIMITS: 'off', SIM_INSTITUTION: 'CUBE', SIM_OPERATOR: 'CUBE_B2C', SIM_SECRET: 's3' };
    const options = resolveSimulatorOptions(loadSimulatorOptionsFromEnv(env));
    expect(options).toMatchObject({ port: 0, products: 20000, seed: 7, latency: 'none', institution: 'CUBE', operator: 'CUBE_B2C', secret: 's3' });
    expect(options.rateLimits).toEqual({ enabled: false, perMinute: 180, catalogDetailedIntervalMs: 600_000, status: 509 });
  });

  it.each([
    ['SIM_PORT', 'abc'],
    ['SIM_PORT', '70000'],
    ['SIM_PRODUCTS', '0'],
    ['SIM_SEED', '-1'],
    ['SIM_LATENCY', 'slow'],
    ['SIM_RATE_LIMITS', 'yes'],
    ['SIM_SECRET', ' '],
  ])('rejects %s=%p naming the variable', (name, value) => {
    expect(() => loadSimulatorOptionsFromEnv({ [name]: value })).toThrow(name);
  });
});
