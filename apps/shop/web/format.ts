/** Money is a decimal string from the API: shown as is, never through a float. */
export function money(m: { amount: string; currencyCode: string }): string {
  return `${m.amount} ${m.currencyCode}`;
}

export function dateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** whether an amount is zero, read from its decimal string (never through a float) */
export function isZero(m: { amount: string }): boolean {
  return /^-?0*(\.0*)?$/.test(m.amount);
}
