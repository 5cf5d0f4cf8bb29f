import { constants, generateKeyPairSync, publicEncrypt, randomBytes } from 'node:crypto';
import { unwrapAesKey } from './unwrapAesKey';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('unwrapAesKey', () => {
  it.each([16, 24, 32])('unwraps a %i-byte key wrapped with RSA PKCS#1 v1.5', (bytes) => {
    const key = randomBytes(bytes);
    expect(unwrapAesKey(privateKey, publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, key))).toEqual(key);
  });

  it('answers a random key, not an error, when the padding is wrong', () => {
    const raw = Buffer.alloc(256, 7);
    raw[0] = 0;
    const wrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, raw);
    const first = unwrapAesKey(privateKey, wrapped);
    expect(first).toHaveLength(16);
    expect(unwrapAesKey(privateKey, wrapped)).not.toEqual(first);
  });

  it('answers a random key when the wrapped value is not an AES key size', () => {
    const wrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.alloc(20, 1));
    expect(unwrapAesKey(privateKey, wrapped)).toHaveLength(16);
    expect(unwrapAesKey(privateKey, wrapped)).not.toEqual(Buffer.alloc(20, 1));
  });
});
