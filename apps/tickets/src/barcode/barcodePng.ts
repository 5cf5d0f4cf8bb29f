import { itfWidths } from '@stx/barcode';
import { greyscalePng } from './png';

const MODULE_PX = 3;
const QUIET_MODULES = 10;
const HEIGHT_PX = 120;

/** The ticket's barcode as an ITF symbol in a PNG, with quiet zones, ready for a scanner at the door. */
export function barcodePng(barcode: string): Buffer {
  const widths = itfWidths(barcode);
  const modules = widths.reduce((a, b) => a + b, 0) + 2 * QUIET_MODULES;
  const dark = new Uint8Array(modules);
  let at = QUIET_MODULES;
  widths.forEach((w, i) => {
    if (i % 2 === 0) dark.fill(1, at, at + w);
    at += w;
  });
  return greyscalePng(modules * MODULE_PX, HEIGHT_PX, (x) => (dark[Math.floor(x / MODULE_PX)] ? 0 : 255));
}
