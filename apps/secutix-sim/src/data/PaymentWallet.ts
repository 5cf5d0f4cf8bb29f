/**
 * The money a buyer can pay with besides a card: gift vouchers (by code) and contacts' credit
 * balances, in integer thousandths. Seeded so the journeys can be played; balances go down as
 * orders close and come back with `POST /__admin/reset {"data": true}`.
 */
const SEEDED_VOUCHERS: readonly [code: string, balance: number][] = [
  ['GIFT-100', 100_000],
  ['GIFT-20', 20_000],
];

/** alice (1000001) has a credit note; everybody else has none */
const SEEDED_CREDITS: readonly [contactNumber: string, balance: number][] = [['1000001', 50_000]];

export class PaymentWallet {
  private vouchers = new Map<string, number>();
  private credits = new Map<string, number>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.vouchers = new Map(SEEDED_VOUCHERS);
    this.credits = new Map(SEEDED_CREDITS);
  }

  /** undefined for an unknown code; codes are compared trimmed and upper-cased */
  voucherBalance(code: string): number | undefined {
    return this.vouchers.get(normaliseVoucherCode(code));
  }

  creditBalance(contactNumber: string): number {
    return this.credits.get(contactNumber) ?? 0;
  }

  /** callers check the balance first: a close validates everything before it changes anything */
  debitVoucher(code: string, amount: number): void {
    const key = normaliseVoucherCode(code);
    this.vouchers.set(key, (this.vouchers.get(key) ?? 0) - amount);
  }

  debitCredit(contactNumber: string, amount: number): void {
    this.credits.set(contactNumber, this.creditBalance(contactNumber) - amount);
  }
}

/** how a voucher code is written everywhere: what the buyer typed, trimmed and upper-cased */
export function normaliseVoucherCode(code: string): string {
  return code.trim().toUpperCase();
}
