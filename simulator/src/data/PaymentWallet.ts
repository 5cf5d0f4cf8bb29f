/**
 * The money a buyer can pay with besides a card: gift vouchers (by code) and contacts' credit
 * balances, in integer thousandths. Seeded so the journeys can be played; balances go down as
 * payments are taken, come back when an open order that used them is given up, and are reset by
 * `POST /__admin/reset {"data": true}`.
 */
export interface Voucher {
  code: string;
  balance: number;
  /** epoch ms: the voucher cannot pay after this */
  validUntil: number;
}

export const SEEDED_VOUCHERS: readonly Voucher[] = [
  { code: 'GIFT-100', balance: 100_000, validUntil: Date.parse('2030-12-31T23:59:59Z') },
  { code: 'GIFT-20', balance: 20_000, validUntil: Date.parse('2030-12-31T23:59:59Z') },
  { code: 'GIFT-EXPIRED', balance: 50_000, validUntil: Date.parse('2025-01-31T23:59:59Z') },
];

/** alice (1000001) has a credit note; everybody else has none */
const SEEDED_CREDITS: readonly [contactNumber: string, balance: number][] = [['1000001', 50_000]];

export class PaymentWallet {
  private vouchers = new Map<string, Voucher>();
  private credits = new Map<string, number>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.vouchers = new Map(SEEDED_VOUCHERS.map((v) => [v.code, { ...v }]));
    this.credits = new Map(SEEDED_CREDITS);
  }

  /** undefined for an unknown code; codes are compared trimmed and upper-cased */
  voucher(code: string): Voucher | undefined {
    const v = this.vouchers.get(normaliseVoucherCode(code));
    return v && { ...v };
  }

  /** the balance usable at `now`: undefined for an unknown or expired code */
  voucherBalance(code: string, now: number): number | undefined {
    const v = this.vouchers.get(normaliseVoucherCode(code));
    return v && v.validUntil >= now ? v.balance : undefined;
  }

  creditBalance(contactNumber: string): number {
    return this.credits.get(contactNumber) ?? 0;
  }

  /** callers check the balance first: a payment validates everything before it changes anything; a negative amount gives back */
  debitVoucher(code: string, amount: number): void {
    const v = this.vouchers.get(normaliseVoucherCode(code));
    if (v) v.balance -= amount;
  }

  debitCredit(contactNumber: string, amount: number): void {
    this.credits.set(contactNumber, this.creditBalance(contactNumber) - amount);
  }
}

/** how a voucher code is written everywhere: what the buyer typed, trimmed and upper-cased */
export function normaliseVoucherCode(code: string): string {
  return code.trim().toUpperCase();
}
