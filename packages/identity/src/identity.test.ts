import { issueToken, verifyToken } from './tokens';
import { readIdentity, signIdentity } from './identityHeader';
import { SignedJsonVerifier, signJson } from './signedJson';

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
    const { token } = issueToken('operator@DEMO', 'access', 's3cret', now, { role: 'operator' });
    expect(verifyToken(token, 'access', 's3cret', now)).toMatchObject({ ok: true, payload: { sub: 'operator@DEMO', role: 'operator' } });
  });
});

describe('SignedJsonVerifier', () => {
  it('remembers only well-signed values, and checks the secret, the prefix and the expiry on every use', () => {
    const verifier = new SignedJsonVerifier(2);
    const value = signJson('p1', { sub: 'a', exp: now / 1000 + 60 }, 'k');
    expect(verifier.verify('p1', value, 'k', now)).toMatchObject({ ok: true, payload: { sub: 'a' } });
    expect(verifier.verify('p1', value, 'other', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifier.verify('p2', value, 'k', now)).toEqual({ ok: false, reason: 'MALFORMED' });
    expect(verifier.verify('p1', value, 'k', now + 61_000)).toEqual({ ok: false, reason: 'EXPIRED' });
    const forged = `${value.slice(0, value.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    expect(verifier.verify('p1', forged, 'k', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    // past its bound it forgets, and answers the same
    for (const sub of ['b', 'c', 'd']) expect(verifier.verify('p1', signJson('p1', { sub, exp: now / 1000 + 60 }, 'k'), 'k', now).ok).toBe(true);
    expect(verifier.verify('p1', value, 'k', now)).toMatchObject({ ok: true, payload: { sub: 'a' } });
    // a payload handed out twice is not someone's to change
    const first = verifier.verify<{ sub: string; exp: number }>('p1', value, 'k', now);
    expect(first.ok && Object.isFrozen(first.payload)).toBe(true);
  });
});

describe('Sessions', () => {
  const { createCoordinationStore, failClosed } = jest.requireActual('@stx/cache') as typeof import('@stx/cache');
  const { Sessions } = jest.requireActual('./Sessions') as typeof import('./Sessions');
  const claims = (over: Partial<{ sub: string; sid: string; iat: number; gen: number }> = {}) => ({ sub: '1000001', sid: 's1', iat: now, gen: 0, ...over });
  /** a store whose session state began before the tokens of these tests were issued */
  const opened = async () => {
    const sessions = new Sessions(createCoordinationStore({ namespace: 't' }));
    await sessions.begin(now - 60_000);
    return sessions;
  };

  it('redeems each refresh generation once, and a second use revokes the family', async () => {
    const sessions = await opened();
    expect(await sessions.redeem(claims())).toBe('ok');
    expect(await sessions.redeem(claims({ gen: 1 }))).toBe('ok');
    expect(await sessions.redeem(claims())).toBe('reused');
    expect(await sessions.redeem(claims({ gen: 2 }))).toBe('revoked');
    expect(await sessions.isRevoked(claims({ gen: 2 }))).toBe(true);
  });

  it('redeems a generation again within the reuse grace only, then treats it as stolen', async () => {
    const sessions = await opened();
    const grace = 10_000;
    expect(await sessions.redeem(claims(), now, grace)).toBe('ok');
    expect(await sessions.redeem(claims(), now + grace, grace)).toBe('ok');
    expect(await sessions.redeem(claims(), now + grace + 1, grace)).toBe('reused');
    expect(await sessions.isRevoked(claims())).toBe(true);
  });

  it('revokes every token of a contact issued before, not after', async () => {
    const sessions = await opened();
    await sessions.revokeContact('1000001', now);
    expect(await sessions.isRevoked(claims({ iat: now - 1 }))).toBe(true);
    expect(await sessions.isRevoked(claims({ iat: now }))).toBe(false);
    expect(await sessions.isRevoked(claims({ sub: '1000002', iat: now - 1 }))).toBe(false);
  });

  it('refuses every session older than the store’s state: a store that lost its markers must not bring ended sessions back', async () => {
    const store = createCoordinationStore({ namespace: 't' });
    const sessions = new Sessions(store);
    expect(await sessions.begin(now)).toBe(now);
    await sessions.revoke('s1');
    expect(await sessions.isRevoked(claims({ sid: 's2' }))).toBe(false);
    // the markers and the state's start are lost (a flush, an empty restart, eviction)
    await store.delete('session:revoked:s1');
    await store.delete('session:state-since');
    expect(await sessions.isRevoked(claims(), now + 5000)).toBe(true);
    expect(await sessions.isRevoked(claims({ sid: 's2' }), now + 5000)).toBe(true);
    // a session opened afterwards is whole
    expect(await sessions.isRevoked(claims({ sid: 's3', iat: now + 6000 }), now + 6000)).toBe(false);
  });

  it('rejects rather than answers when the store cannot', async () => {
    const down = async (): Promise<never> => { throw new Error('down'); };
    const sessions = new Sessions(failClosed({ get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} }));
    await expect(sessions.isRevoked(claims())).rejects.toThrow(/coordination store/);
    await expect(sessions.redeem(claims())).rejects.toThrow(/coordination store/);
  });
});
