/** Where and as whom we call SecuTix. Pointing at a real institution is a change of these values only. */
export interface SecutixConfig {
  /** e.g. https://demo.ws.secutix.com, or the simulator's http://127.0.0.1:4010 */
  baseUrl: string;
  institution: string;
  /** the virtual operator, e.g. DEMO_B2C */
  operator: string;
  /** SOAP password and JWT HMAC key; never logged */
  secret: string;
  /** JWT `iss` claim */
  partner: string;
  transport: 'soap' | 'json';
  timeoutMs: number;
  /** attempts for a read, first one included; writes are never retried */
  readAttempts: number;
  /** first backoff; doubles each retry */
  retryBackoffMs: number;
  /** how long to wait before asking again about an `in_progress` answer */
  inProgressPollMs: number;
  inProgressMaxPolls: number;
}

export const secutixDefaults: Omit<SecutixConfig, 'baseUrl' | 'institution' | 'operator' | 'secret'> = {
  partner: 'secutix-graph',
  transport: 'soap',
  timeoutMs: 30_000,
  readAttempts: 3,
  retryBackoffMs: 200,
  inProgressPollMs: 10_000,
  inProgressMaxPolls: 6,
};
