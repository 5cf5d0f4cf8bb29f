import type { PriceDifferencePolicy } from './partnerSettings';

export type PriceDecision = { ok: true; amount: number; differs: boolean } | { ok: false; reason: string };

/**
 * A partner sale whose price is not SecuTix's: "error" refuses the reintegration of that sale,
 * "ignore the reseller's price" takes SecuTix's price (docs/secutix/distribution.md). Amounts in thousandths.
 */
export function decidePrice(policy: PriceDifferencePolicy, secutixAmount: number, partnerAmount: number): PriceDecision {
  if (secutixAmount === partnerAmount) return { ok: true, amount: secutixAmount, differs: false };
  if (policy === 'IGNORE_RESELLER_PRICE') return { ok: true, amount: secutixAmount, differs: true };
  return { ok: false, reason: `The partner sold at ${partnerAmount / 1000} but SecuTix's price is ${secutixAmount / 1000}; the partner's price-difference setting is "error".` };
}

/** "25.00" / "25" → 25000 thousandths; never through a float. */
export function decimalToThousandths(text: string): number | undefined {
  const m = /^(\d{1,9})(?:\.(\d{1,3}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0')) : undefined;
}
