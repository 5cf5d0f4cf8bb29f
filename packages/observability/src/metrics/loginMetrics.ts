import { loginRefusals, voucherRefusals } from './registry';

/**
 * For login throttling to call each time it refuses an attempt; `reason` is a short fixed word
 * (never an address or an account): `client`, `account`, `slow_down`, `store_unavailable`.
 */
export function recordLoginRefused(reason: string): void {
  loginRefusals.inc({ reason });
}

/** For voucher-code throttling to call each time it refuses a look-up (no label: never the address or the code). */
export function recordVoucherRefused(): void {
  voucherRefusals.inc();
}
