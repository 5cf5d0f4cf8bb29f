import { createHmac } from 'node:crypto';
import { secutixJwt } from './jwt';

describe('secutixJwt', () => {
  it('signs SecuTix claims with HS256 and times in seconds', () => {
    const token = secutixJwt({ institution: 'DEMO', operator: 'DEMO_B2C', partner: 'p', secret: 'k', nowMs: 1_600_695_485_123 });
    const [h, p, s] = token.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(p, 'base64url').toString())).toEqual({ sub: 'DEMO', aud: 'DEMO_B2C', iss: 'p', iat: 1_600_695_485, exp: 1_600_695_515 });
    expect(createHmac('sha256', 'k').update(`${h}.${p}`).digest('base64url')).toBe(s);
  });
});
