import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEMO_KEY_FILES, encodeContactCookie, lazyIdpKeys, type ContactCookieContent } from '@stx/secutix-sim';
import { contactNumberFromCookie } from '../src/identity/contactCookie';

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
    expect(contactNumberFromCookie(encodeContactCookie(alice, simKeys), gatewayKeys)).toBe('1000001');
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
    expect(contactNumberFromCookie(reencoded(tampered), gatewayKeys)).toBeUndefined();
  });

  it('is refused when signed by another key', () => {
    const otherKey = createPrivateKey(readFileSync(join(dirname(DEMO_KEY_FILES.websitePublicKey), 'website.key')));
    expect(contactNumberFromCookie(encodeContactCookie(alice, { ...simKeys, idpKey: otherKey }), gatewayKeys)).toBeUndefined();
  });

  it('is refused once expired', () => {
    expect(contactNumberFromCookie(encodeContactCookie({ ...alice, expires: new Date(Date.now() - 1000) }, simKeys), gatewayKeys)).toBeUndefined();
  });
});
