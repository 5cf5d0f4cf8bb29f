import { createLogger } from './logger';

describe('logger', () => {
  it('never writes a secret, however deep', () => {
    const lines: string[] = [];
    const logger = createLogger('t', { write: (l) => lines.push(l) });
    logger.info('config', { secutix: { baseUrl: 'http://x', secret: 'top-secret' }, authorization: 'Bearer abc' });
    expect(lines.join('')).not.toContain('top-secret');
    expect(lines.join('')).not.toContain('Bearer abc');
    expect(lines.join('')).toContain('http://x');
  });
});
