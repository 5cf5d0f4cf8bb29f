import { signIdentity, type Identity } from '@stx/identity';

/** a signed header is valid 60 s (signIdentity); reused for half of that, so it never expires in flight */
const REUSE_MS = 30_000;
const MAX_CALLERS = 10_000;

/**
 * The signed `x-stx-identity` value of a caller, made once per caller and reused while it has at
 * least 30 s of validity left, instead of one HMAC per subgraph request: the same bytes a fresh
 * signature would give a moment later, minus a few seconds of lifetime.
 */
export class IdentitySigner {
  private readonly signed = new Map<string, { header: string; renewAt: number }>();

  constructor(private readonly secret: string) {}

  headerFor(identity: Identity, nowMs: number): string {
    // every field the header carries is part of the key: an operator, a guest or another session
    // from the same address must never get a header signed for someone else
    const key = JSON.stringify([identity.contactNumber, identity.clientIp, identity.operator, identity.sessionId, identity.guestContactNumber]);
    const cached = this.signed.get(key);
    if (cached && cached.renewAt > nowMs) return cached.header;
    const header = signIdentity(identity, this.secret, nowMs);
    if (this.signed.size >= MAX_CALLERS) this.signed.clear();
    this.signed.set(key, { header, renewAt: nowMs + REUSE_MS });
    return header;
  }
}
