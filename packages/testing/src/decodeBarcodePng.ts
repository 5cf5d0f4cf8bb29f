// zlib's own CRC, not the tickets app's: the scanner checks our PNG encoder's checksums independently
import { crc32, inflateSync } from 'node:zlib';
import { itfDecode } from '@stx/barcode';

/** Reads back the middle row of a greyscale PNG and decodes its ITF symbol, as a scanner would. */
export function decodeBarcodePng(png: Buffer): string {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (png.readUInt32BE(offset + 8 + length) !== crc32(png.subarray(offset + 4, offset + 8 + length))) throw new Error(`bad CRC in ${type}`);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const row = Math.floor(height / 2) * (width + 1) + 1;
  const runs: number[] = [];
  let current = raw[row];
  let count = 0;
  for (let x = 0; x < width; x++) {
    if (raw[row + x] === current) count++;
    else {
      runs.push(count);
      current = raw[row + x];
      count = 1;
    }
  }
  runs.push(count);
  return itfDecode(runs.slice(1, -1)); // without the quiet zones
}
