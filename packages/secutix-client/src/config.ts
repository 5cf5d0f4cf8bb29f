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
  /** how long we wait for an answer, unless `operationTimeoutsMs` names the operation */
  timeoutMs: number;
  /**
   * `<Service>.<operation>` → ms. `getCatalogDetailed` needs more than SecuTix's 30 s: SecuTix
   * answers `in_progress` (with the requestId to follow up) only when that threshold is reached,
   * so a client giving up at 30 s never sees the answer (docs/secutix/in-progress.md).
   */
  operationTimeoutsMs: Record<string, number>;
  /** attempts for a read, first one included; writes are never retried */
  readAttempts: number;
  /** first backoff; doubles each retry */
  retryBackoffMs: number;
  /** how long to wait before asking again about an `in_progress` answer */
  inProgressPollMs: number;
  inProgressMaxPolls: number;
  /** consecutive technical failures (timeouts, 5xx, no connection) that open a service's circuit */
  breakerFailures: number;
  /** how long an open circuit refuses calls before one probe is let through */
  breakerOpenMs: number;
  /** how long an operation refused with 509/429 without a Retry-After is left alone */
  rateLimitedDefaultSeconds: number;
}

/** SecuTix answers `in_progress` once an export has run this long (docs/secutix/in-progress.md) */
export const SECUTIX_IN_PROGRESS_AFTER_MS = 30_000;

export const secutixDefaults: Omit<SecutixConfig, 'baseUrl' | 'institution' | 'operator' | 'secret'> = {
  partner: 'secutix-graph',
  transport: 'soap',
  timeoutMs: 30_000,
  readAttempts: 3,
  retryBackoffMs: 200,
  operationTimeoutsMs: { 'CatalogService.getCatalogDetailed': 90_000 },
  inProgressPollMs: 10_000,
  // each follow-up can itself last up to 30 s: this covers exports of about 12 minutes
  inProgressMaxPolls: 18,
  breakerFailures: 5,
  breakerOpenMs: 30_000,
  rateLimitedDefaultSeconds: 60,
};
