import { readIdentity } from '@stx/identity';
import { IdentitySigner } from './IdentitySigner';

describe('IdentitySigner', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');

  it('reuses a caller\'s signed header for 30 s, then signs a new one that still verifies', () => {
    const signer = new IdentitySigner('k');
    const alice = { contactNumber: '1000001', clientIp: '10.0.0.1' };
    const first = signer.headerFor(alice, now);
    expect(signer.headerFor(alice, now + 29_999)).toBe(first);
    const renewed = signer.headerFor(alice, now + 30_000);
    expect(renewed).not.toBe(first);
    // a reused header is valid for at least 30 s after it is handed out
    expect(readIdentity({ 'x-stx-identity': first }, 'k', now + 29_999 + 30_000)).toEqual(alice);
    expect(readIdentity({ 'x-stx-identity': renewed }, 'k', now + 30_000 + 59_000)).toEqual(alice);
  });

  it('never gives one caller the header of another', () => {
    const signer = new IdentitySigner('k');
    const alice = signer.headerFor({ contactNumber: '1000001', clientIp: '10.0.0.1' }, now);
    const bob = signer.headerFor({ contactNumber: '1000002', clientIp: '10.0.0.1' }, now);
    const anonymous = signer.headerFor({ clientIp: '10.0.0.1' }, now);
    const otherAddress = signer.headerFor({ contactNumber: '1000001', clientIp: '10.0.0.2' }, now);
    expect(readIdentity({ 'x-stx-identity': bob }, 'k', now)).toEqual({ contactNumber: '1000002', clientIp: '10.0.0.1' });
    expect(readIdentity({ 'x-stx-identity': anonymous }, 'k', now)).toEqual({ contactNumber: undefined, clientIp: '10.0.0.1' });
    expect(readIdentity({ 'x-stx-identity': otherAddress }, 'k', now)).toEqual({ contactNumber: '1000001', clientIp: '10.0.0.2' });
    expect(new Set([alice, bob, anonymous, otherAddress]).size).toBe(4);
  });

  it('keeps operators, guests and sessions apart from an anonymous caller at the same address', () => {
    const signer = new IdentitySigner('k');
    const anonymous = signer.headerFor({ clientIp: '10.0.0.1' }, now);
    const guest = signer.headerFor({ guestContactNumber: '1000009', clientIp: '10.0.0.1', sessionId: 's1' }, now);
    const operator = signer.headerFor({ operator: 'operator@DEMO', clientIp: '10.0.0.1', sessionId: 's2' }, now);
    const otherSession = signer.headerFor({ contactNumber: '1000001', clientIp: '10.0.0.1', sessionId: 's3' }, now);
    const thisSession = signer.headerFor({ contactNumber: '1000001', clientIp: '10.0.0.1', sessionId: 's4' }, now);
    expect(readIdentity({ 'x-stx-identity': signer.headerFor({ clientIp: '10.0.0.1' }, now) }, 'k', now)).toEqual({ contactNumber: undefined, clientIp: '10.0.0.1' });
    expect(readIdentity({ 'x-stx-identity': guest }, 'k', now)).toMatchObject({ guestContactNumber: '1000009', sessionId: 's1' });
    expect(readIdentity({ 'x-stx-identity': operator }, 'k', now)).toMatchObject({ operator: 'operator@DEMO' });
    expect(new Set([anonymous, guest, operator, otherSession, thisSession]).size).toBe(5);
  });
});
