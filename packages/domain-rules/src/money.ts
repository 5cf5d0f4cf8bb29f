/** A money value as clients see it: a decimal string, never a float. */
export interface Money {
  amount: string;
  currencyCode: string;
}

/** SecuTix amounts are integers in thousandths (docs/secutix/platform-facts.md#money): 45500 -> "45.50". */
export function moneyFromThousandths(thousandths: number, currencyCode: string, fractionDigits = 2): Money {
  if (!Number.isSafeInteger(thousandths)) throw new Error(`amount is not an integer of thousandths: ${thousandths}`);
  const negative = thousandths < 0;
  const abs = BigInt(Math.abs(thousandths));
  const whole = abs / 1000n;
  const fraction = (abs % 1000n).toString().padStart(3, '0');
  const digits = fractionDigits >= 3 ? fraction : fraction.slice(0, fractionDigits);
  const tail = fraction.slice(digits.length).replace(/0+$/, '');
  const shown = tail ? fraction.replace(/0+$/, '') : digits; // never drop a non-zero digit
  return { amount: `${negative ? '-' : ''}${whole}${shown ? `.${shown}` : ''}`, currencyCode };
}
