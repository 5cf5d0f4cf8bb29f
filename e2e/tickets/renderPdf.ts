import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itfDecode } from '@stx/barcode';

const PDFTOPPM = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm';
const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext';

function poppler(tool: string): string {
  if (!existsSync(tool)) throw new Error(`PDF checks need Debian's poppler-utils (${tool}): apt-get install -y poppler-utils`);
  return tool;
}

/** The PDF's page as a printer or a phone shows it (poppler, 150 dpi, greyscale), then the first row of pixels that scans as an ITF symbol. */
export function decodeBarcodeFromPdf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'stx-pdf-'));
  try {
    writeFileSync(join(dir, 'ticket.pdf'), pdf);
    execFileSync(poppler(PDFTOPPM), ['-gray', '-r', '150', '-singlefile', join(dir, 'ticket.pdf'), join(dir, 'page')]);
    return scanPgm(readFileSync(join(dir, 'page.pgm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'stx-pdf-'));
  try {
    writeFileSync(join(dir, 'ticket.pdf'), pdf);
    return execFileSync(poppler(PDFTOTEXT), ['-enc', 'UTF-8', join(dir, 'ticket.pdf'), '-']).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** binary PGM (P5): a header of width, height and maximum value, then one byte per pixel */
function scanPgm(pgm: Buffer): string {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50));
  if (!header) throw new Error('not a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  for (let y = 0; y < height; y++) {
    const row = pgm.subarray(start + y * width, start + (y + 1) * width);
    const dark = [...row].map((v) => v < 128);
    const first = dark.indexOf(true);
    const last = dark.lastIndexOf(true);
    if (first < 0 || last - first < 200) continue;
    const runs: number[] = [];
    let count = 0;
    for (let x = first; x <= last; x++) {
      if (x > first && dark[x] !== dark[x - 1]) {
        runs.push(count);
        count = 0;
      }
      count++;
    }
    runs.push(count);
    try {
      const digits = itfDecode(runs);
      if (digits.length >= 10) return digits;
    } catch {
      // a row of text, not the symbol
    }
  }
  throw new Error('no ITF symbol on the page');
}
