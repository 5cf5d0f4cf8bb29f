import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEMO_KEY_FILES, encodeContactCookie, lazyIdpKeys, type ContactCookieContent } from '@stx/secutix-sim';
import type { IncomingMessage } from 'node:http';
import { createCoordinationStore } from '@stx/cache';
import { readTrustProxy, Sessions } from '@stx/identity';
import { callerIdentity } from '../src/identity/callerIdentity';
import { contactCookieOf } from '../src/identity/contactCookie';

// The gateway is the consumer this codec is written for: the round trip goes through its decoder.
const demoKeys = lazyIdpKeys()();
const simKeys = { websitePublicKey: demoKeys.websitePublicKey, idpKey: demoKeys.idpKey };
const gatewayKeys = {
  websitePrivateKey: createPrivateKey(readFileSync(join(dirname(DEMO_KEY_FILES.websitePublicKey), 'website.key'))),
  secutixCert: createPublicKey(readFileSync(DEMO_KEY_FILES.idpCert)),
};
const alice: ContactCookieContent = {
  individualFirstname: 'Alice',
  individualLastname: 'Martin',
  lang: 'en',
  expires: new Date(Date.now() + 60_000),
  secret: { contactNumber: '1000001', email: 'alice@example.com' },
};

const decoded = (value: string) => JSON.parse(decodeURIComponent(value));
const reencoded = (cookie: Record<string, unknown>) => encodeURIComponent(JSON.stringify(cookie));

describe('the stx_contact cookie codec', () => {
  it('is read back by the gateway as the contact number', () => {
    expect(contactCookieOf(encodeContactCookie(alice, simKeys), gatewayKeys)?.contactNumber).toBe('1000001');
  });

  it('shows the names in clear and hides the contact number', () => {
    const value = encodeContactCookie(alice, simKeys);
    const cookie = decoded(value);
    expect(cookie).toMatchObject({ individualFirstname: 'Alice', individualLastname: 'Martin', lang: 'en', expires: alice.expires!.toISOString() });
    expect(Object.keys(JSON.parse(cookie.additionalData)).sort()).toEqual(['data', 'digest', 'key']);
    expect(decodeURIComponent(value)).not.toContain('1000001');
  });

  it('wraps a fresh AES key each time', () => {
    const extra = () => JSON.parse(decoded(encodeContactCookie(alice, simKeys)).additionalData);
    expect(extra().data).not.toBe(extra().data);
  });

  it('is refused when its data is tampered with', () => {
    const cookie = decoded(encodeContactCookie(alice, simKeys));
    const extra = JSON.parse(cookie.additionalData);
    const data = Buffer.from(extra.data, 'base64');
    data[0] ^= 1;
    const tampered = { ...cookie, additionalData: JSON.stringify({ ...extra, data: data.toString('base64') }) };
    expect(contactCookieOf(reencoded(tampered), gatewayKeys)).toBeUndefined();
  });

  it('is refused when signed by another key', () => {
    const otherKey = createPrivateKey(readFileSync(join(dirname(DEMO_KEY_FILES.websitePublicKey), 'website.key')));
    expect(contactCookieOf(encodeContactCookie(alice, { ...simKeys, idpKey: otherKey }), gatewayKeys)).toBeUndefined();
  });

  it('is refused once expired', () => {
    expect(contactCookieOf(encodeContactCookie({ ...alice, expires: new Date(Date.now() - 1000) }, simKeys), gatewayKeys)).toBeUndefined();
  });
});

describe('a contact cookie as identity at the gateway', () => {
  const HOUR = 3600;
  const store = createCoordinationStore({ namespace: 'test:contact-cookie' });
  const sessions = new Sessions(store);
  const options = { tokenSecret: 'a'.repeat(32), cookieKeys: gatewayKeys, contactCookieName: 'stx_contact_DEMO_INTERNET_v1', contactCookieSeconds: 8 * HOUR, trustProxy: readTrustProxy({}), sessions };
  const request = (cookie: string) => ({ socket: { remoteAddress: '10.0.0.1' }, headers: { cookie: `stx_contact_DEMO_INTERNET_v1=${cookie}` } }) as unknown as IncomingMessage;
  const caller = async (cookie: string, nowMs: number) => (await callerIdentity(request(cookie), options, nowMs)).identity.contactNumber;
  afterAll(() => store.close());

  it('is the contact for SESSION_SECONDS from its first sight, whatever its unsigned `expires` says, then anonymous', async () => {
    const t0 = Date.now();
    const cookie = encodeContactCookie(alice, simKeys);
    expect(await caller(cookie, t0)).toBe('1000001');
    expect(await caller(cookie, t0 + 8 * HOUR * 1000)).toBe('1000001');
    expect(await caller(cookie, t0 + 8 * HOUR * 1000 + 1)).toBeUndefined();
    // a copy with its `expires` pushed out or removed is the same cookie: still over
    const { expires: _, ...withoutExpiry } = decoded(cookie);
    expect(await caller(reencoded(withoutExpiry), t0 + 9 * HOUR * 1000)).toBeUndefined();
    expect(await caller(reencoded({ ...withoutExpiry, expires: '2099-01-01T00:00:00Z' }), t0 + 9 * HOUR * 1000)).toBeUndefined();
    // nor is a copy whose base64 is written otherwise (bytes after the padding, spaces): it decodes to the same cookie
    const extra = JSON.parse(decoded(cookie).additionalData);
    for (const respelt of [{ ...extra, data: `${extra.data}AAAA` }, { ...extra, key: ` ${extra.key.slice(0, 8)} ${extra.key.slice(8)}` }, { ...extra, digest: `${extra.digest}\n` }]) {
      expect(await caller(reencoded({ ...withoutExpiry, additionalData: JSON.stringify(respelt) }), t0 + 9 * HOUR * 1000)).toBeUndefined();
    }
    // a cookie SecuTix issues anew (a new login) starts its own time
    expect(await caller(encodeContactCookie(alice, simKeys), t0 + 9 * HOUR * 1000)).toBe('1000001');
  });

  it('ends with its session: logout sent with it, or every session of the contact', async () => {
    const t0 = Date.now();
    const [laptop, phone] = [encodeContactCookie(alice, simKeys), encodeContactCookie(alice, simKeys)];
    const laptopSession = (await callerIdentity(request(laptop), options, t0)).identity.sessionId!;
    expect(await caller(phone, t0)).toBe('1000001');
    await sessions.revoke(laptopSession);
    expect(await caller(laptop, t0 + 1)).toBeUndefined();
    expect(await caller(phone, t0 + 1)).toBe('1000001');
    await sessions.revokeContact('1000001', t0 + 2);
    expect(await caller(phone, t0 + 3)).toBeUndefined();
    // a copy respelt is still the revoked cookie
    const extra = JSON.parse(decoded(phone).additionalData);
    expect(await caller(reencoded({ ...decoded(phone), additionalData: JSON.stringify({ ...extra, data: `${extra.data}AAAA` }) }), t0 + 3)).toBeUndefined();
  });
});
