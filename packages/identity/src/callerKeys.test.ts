import { callerKeys, networkOf } from './callerKeys';

describe('callerKeys', () => {
  it('names the contact or operator, a guest with its network (guests are anyone’s to create), else the client’s network', () => {
    expect(callerKeys({ contactNumber: '1000001', clientIp: '203.0.113.1' })).toEqual(['contact:1000001']);
    expect(callerKeys({ guestContactNumber: '1000009', clientIp: '2001:db8:1:2::7' })).toEqual(['guest:1000009', 'net:2001:db8:1:2::/64']);
    expect(callerKeys({ operator: 'ops', clientIp: '203.0.113.1' })).toEqual(['operator:ops']);
    expect(callerKeys({ clientIp: '203.0.113.1' })).toEqual(['net:203.0.113.1']);
    expect(callerKeys({})).toEqual([]);
  });

  it('takes an IPv6 address’s /64, however it is written', () => {
    expect(networkOf('2001:0db8:0000:0001:dead:beef:0:1')).toBe('2001:db8:0:1::/64');
    expect(networkOf('2001:db8:0:1::2')).toBe('2001:db8:0:1::/64');
    expect(networkOf('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
  });
});
