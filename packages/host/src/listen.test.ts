import { createServer } from 'node:net';
import { listen } from './listen';

describe('listen', () => {
  it('resolves with the port the OS bound, and rejects with EADDRINUSE when the port is taken', async () => {
    const first = createServer();
    const port = await listen(first, 0, '127.0.0.1');
    expect(port).toBeGreaterThan(0);
    const second = createServer();
    try {
      await expect(listen(second, port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((resolve) => first.close(resolve));
    }
  });
});
