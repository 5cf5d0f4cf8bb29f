/**
 * Interleaved 2 of 5: the numeric barcode of many tickets and cartons, simple enough to render
 * (and check) without a library. Each pair of digits is five bars and five spaces interleaved;
 * a digit is five elements of which two are wide.
 */
const DIGITS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'];
export const NARROW = 1;
export const WIDE = 3;

/** Widths (in modules) of alternating bar, space, bar... for the whole symbol, quiet zones excluded. */
export function itfWidths(digits: string): number[] {
  if (!/^\d+$/.test(digits)) throw new Error('ITF encodes digits only');
  const even = digits.length % 2 === 0 ? digits : `0${digits}`;
  const widths = [NARROW, NARROW, NARROW, NARROW]; // start: bar space bar space
  for (let i = 0; i < even.length; i += 2) {
    const bars = DIGITS[Number(even[i])];
    const spaces = DIGITS[Number(even[i + 1])];
    for (let k = 0; k < 5; k++) widths.push(bars[k] === 'w' ? WIDE : NARROW, spaces[k] === 'w' ? WIDE : NARROW);
  }
  widths.push(WIDE, NARROW, NARROW); // stop: wide bar, space, bar
  return widths;
}

/** The reverse, for checks: digits from element widths (bars and spaces alternating, start and stop included). */
export function itfDecode(widths: readonly number[]): string {
  const unit = Math.min(...widths);
  const wide = widths.map((w) => (w > unit * 2 ? 'w' : 'n'));
  const body = wide.slice(4, wide.length - 3);
  let out = '';
  for (let i = 0; i + 10 <= body.length; i += 10) {
    const bars = [0, 2, 4, 6, 8].map((k) => body[i + k]).join('');
    const spaces = [1, 3, 5, 7, 9].map((k) => body[i + k]).join('');
    const a = DIGITS.indexOf(bars);
    const b = DIGITS.indexOf(spaces);
    if (a < 0 || b < 0) throw new Error('not an ITF symbol');
    out += `${a}${b}`;
  }
  return out;
}
