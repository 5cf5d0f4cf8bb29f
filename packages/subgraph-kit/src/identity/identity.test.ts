import { issueToken, verifyToken } from './tokens';
import { readIdentity, signIdentity } from './identityHeader';

const now = Date.parse('2026-11-25T10:00:00Z');

describe('tokens', () => {
  it('verifies a token it issued, and refuses it once expired', () => {
    const { token } = issueToken('1000001', 'access', 's3cret', now);
    expect(verifyToken(token, 'access', 's3cret', now)).toMatchObject({ ok: true, payload: { sub: '1000001', typ: 'access' } });
    expect(verifyToken(token, 'access', 's3cret', now + 16 * 60_000)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses a token signed with another secret, altered, or of the other type', () => {
    const { token } = issueToken('1000001', 'access', 's3cret', now);
    expect(verifyToken(token, 'access', 'other', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const [p, body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: '1000002' })).toString('base64url');
    expect(verifyToken(`${p}.${forged}.${sig}`, 'access', 's3cret', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const refresh = issueToken('1000001', 'refresh', 's3cret', now).token;
    expect(verifyToken(refresh, 'access', 's3cret', now).ok).toBe(false);
  });
});

describe('identity header', () => {
  it('round-trips the contact and refuses forgeries', () => {
    const header = signIdentity({ contactNumber: '1000001', clientIp: '10.0.0.1' }, 'k', now);
    expect(readIdentity({ 'x-stx-identity': header }, 'k', now)).toEqual({ contactNumber: '1000001', clientIp: '10.0.0.1' });
    expect(readIdentity({ 'x-stx-identity': header }, 'wrong', now)).toBe('invalid');
    expect(readIdentity({ 'x-stx-identity': header }, 'k', now + 61_000)).toBe('invalid');
    expect(readIdentity({ 'x-stx-identity': 'stxid1.eyJjIjoiMTAwMDAwMiJ9.AAAA' }, 'k', now)).toBe('invalid');
    expect(readIdentity({}, 'k', now)).toBeUndefined();
  });

  it('carries an operator, never as a contact', () => {
    const header = signIdentity({ operator: 'operator@DEMO' }, 'k', now);
    expect(readIdentity({ 'x-stx-identity': header }, 'k', now)).toEqual({ operator: 'operator@DEMO', contactNumber: undefined, clientIp: undefined });
    const { token } = issueToken('operator@DEMO', 'access', 's3cret', now, 'operator');
    expect(verifyToken(token, 'access', 's3cret', now)).toMatchObject({ ok: true, payload: { sub: 'operator@DEMO', role: 'operator' } });
  });
});
