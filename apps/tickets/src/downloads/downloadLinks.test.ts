import { DownloadLinks } from './downloadLinks';

describe('DownloadLinks', () => {
  const links = new DownloadLinks({ baseUrl: 'http://t', secret: 'x'.repeat(32), ttlSeconds: 60 });
  const now = 1_800_000_000_000;
  const params = (url: string) => new URL(url).searchParams;

  it('verifies its own link for the signed owner and ticket', () => {
    expect(links.verify('ticket.pdf', params(links.url('ticket.pdf', 7, '1000001', now)), now)).toEqual({ ticketId: 7, contactNumber: '1000001' });
  });

  it('refuses a link after its expiry, for another kind, or with any part changed', () => {
    const url = links.url('ticket.pdf', 7, '1000001', now);
    expect(links.verify('ticket.pdf', params(url), now + 61_000)).toBe('EXPIRED');
    expect(links.verify('barcode.png', params(url), now)).toBe('INVALID');
    for (const [k, v] of [['t', '8'], ['c', '1000002'], ['exp', String(now / 1000 + 9999)], ['sig', 'abc']]) {
      const p = params(url);
      p.set(k, v);
      expect(links.verify('ticket.pdf', p, now)).toBe('INVALID');
    }
  });
});
