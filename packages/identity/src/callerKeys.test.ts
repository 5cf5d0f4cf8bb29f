import { callerKey, networkOf } from './callerKey';

describe('callerKey', () => {
  it('names the contact, guest or operator, else the client’s network', () => {
    expect(callerKey({ contactNumber: '1000001', clientIp: '203.0.113.1' })).toBe('contact:1000001');
    expect(callerKey({ guestContactNumber: '1000009' })).toBe('guest:1000009');
    expect(callerKey({ operator: 'ops' })).toBe('operator:ops');
    expect(callerKey({ clientIp: '203.0.113.1' })).toBe('net:203.0.113.1');
    expect(callerKey({})).toBeUndefined();
  });

  it('takes an IPv6 address’s /64, however it is written', () => {
    expect(networkOf('2001:0db8:0000:0001:dead:beef:0:1')).toBe('2001:db8:0:1::/64');
    expect(networkOf('2001:db8:0:1::2')).toBe('2001:db8:0:1::/64');
    expect(networkOf('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
  });
});
