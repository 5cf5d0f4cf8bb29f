import { ConfigError } from '@stx/env';
import { clientAddress, readTrustProxy } from './clientAddress';

const trust = (value?: string) => readTrustProxy({ TRUST_PROXY: value });

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', trust())).toBe('10.0.0.5');
    expect(clientAddress('::ffff:10.0.0.5', undefined, trust('0'))).toBe('10.0.0.5');
  });

  it('takes as many addresses from the right as hops are trusted, never a prefix the client wrote', () => {
    // the client wrote 6.6.6.6 itself; our one proxy (10.0.0.1) appended the address it saw
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7', trust('1'))).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.1', ['6.6.6.6, 198.51.100.7', '10.0.0.2'], trust('2'))).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.1', undefined, trust('1'))).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '198.51.100.7', trust('3'))).toBe('198.51.100.7');
  });

  it('walks through trusted CIDR ranges only, and stops at the first untrusted address', () => {
    const proxies = trust('10.0.0.0/8, fd00::/8');
    expect(clientAddress('10.1.2.3', '198.51.100.7, 10.9.9.9', proxies)).toBe('198.51.100.7');
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(clientAddress('fd00::1', '2001:db8::5', proxies)).toBe('2001:db8::5');
    // a peer outside the ranges is the client itself: its header is not believed
    expect(clientAddress('203.0.113.9', '198.51.100.7', proxies)).toBe('203.0.113.9');
  });

  it('ignores an X-Forwarded-For entry that is not an address', () => {
    expect(clientAddress('10.0.0.1', 'not-an-ip', trust('1'))).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '198.51.100.7, [2001:db8::5]:4711', trust('1'))).toBe('2001:db8::5');
  });
});

describe('readTrustProxy', () => {
  it('trusts nobody by default', () => {
    expect(trust()).toEqual({ kind: 'none' });
    expect(trust('false')).toEqual({ kind: 'none' });
  });

  it('refuses values that are neither a hop count nor CIDR ranges, naming the variable', () => {
    for (const bad of ['11', 'yes', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/8, nonsense', '-1']) {
      expect(() => trust(bad)).toThrow(ConfigError);
      expect(() => trust(bad)).toThrow(/TRUST_PROXY/);
    }
  });
});
