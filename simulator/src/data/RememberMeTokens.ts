/** SecuTix keeps a "remember me" token for at most a month (docs/secutix/platform-facts.md#contacts). */
export const REMEMBER_ME_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * One-use login tokens: redeeming a token deletes it, so a stolen token that was already used
 * is worthless, and the caller issues the next one. Expired tokens are swept as they are met.
 */
export class RememberMeTokens {
  private tokens = new Map<string, { contactNumber: string; expiresAt: number }>();

  constructor(private readonly now: () => number, private readonly newToken: () => string) {}

  issue(contactNumber: string): string {
    const token = this.newToken();
    this.tokens.set(token, { contactNumber, expiresAt: this.now() + REMEMBER_ME_TTL_MS });
    return token;
  }

  /** the contact the token was issued to, if still valid; the token is gone afterwards either way */
  redeem(token: string): string | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    this.tokens.delete(token);
    return entry.expiresAt > this.now() ? entry.contactNumber : undefined;
  }

  /** a password change logs every remembered device out */
  revokeFor(contactNumber: string): void {
    for (const [token, entry] of this.tokens) if (entry.contactNumber === contactNumber) this.tokens.delete(token);
  }

  clear(): void {
    this.tokens.clear();
  }
}
