import { readDistributionConfig } from './config';

const BASE = { AUTH_TOKEN_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'b'.repeat(32) };

describe('readDistributionConfig', () => {
  it('takes a mail server’s smtp:// or smtps:// address for the failure e-mails, and refuses anything else', () => {
    for (const url of ['smtp://mail.example.org:587', 'smtps://user:pw@mail.example.org:465']) expect(() => readDistributionConfig({ ...BASE, DISTRIBUTION_SMTP_URL: url })).not.toThrow();
    expect(() => readDistributionConfig({ ...BASE, DISTRIBUTION_SMTP_URL: 'https://mail.example.org' })).toThrow(/DISTRIBUTION_SMTP_URL/);
  });
});
