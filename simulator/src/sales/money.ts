/**
 * Thousandths as a decimal for people, with integer arithmetic only: 45000 → "45.00",
 * 12345 → "12.345" (a third digit only when there is one), -500 → "-0.50".
 */
export function formatThousandths(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = (abs - (abs % 1000)) / 1000;
  const fraction = String(abs % 1000).padStart(3, '0');
  return `${sign}${whole}.${fraction.endsWith('0') ? fraction.slice(0, 2) : fraction}`;
}
