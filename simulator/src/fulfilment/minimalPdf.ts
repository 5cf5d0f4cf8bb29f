/** One line of text on the page: PDF points from the bottom-left corner, a standard font. */
export interface PdfText {
  x: number;
  y: number;
  size: number;
  font: 'regular' | 'bold' | 'mono';
  text: string;
}

const FONTS = { regular: ['F1', 'Helvetica'], bold: ['F2', 'Helvetica-Bold'], mono: ['F3', 'Courier-Bold'] } as const;

/**
 * A one-page PDF 1.4 written by hand, so the simulator needs no PDF library: catalog, pages,
 * page, content stream and the three standard fonts every reader has (no embedding), then a
 * cross-reference table whose offsets are counted in bytes as the file is written. Texts use
 * WinAnsiEncoding; characters it lacks lose their accent or become '?'.
 */
/** A filled black rectangle (a barcode bar), PDF points from the bottom-left corner. */
export interface PdfBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function minimalPdf(texts: readonly PdfText[], page = { width: 595, height: 842 }, frame?: { x: number; y: number; width: number; height: number }, bars: readonly PdfBar[] = []): Buffer {
  const content = [
    frame ? `0.6 G 1 w ${frame.x} ${frame.y} ${frame.width} ${frame.height} re S` : '',
    // vector bars: sharp at any zoom or print resolution, which is what a door scanner needs
    bars.length ? `0 g ${bars.map((b) => `${b.x} ${b.y} ${b.width} ${b.height} re`).join(' ')} f` : '',
    ...texts.map((t) => `BT /${FONTS[t.font][0]} ${t.size} Tf ${t.x} ${t.y} Td (${pdfString(t.text)}) Tj ET`),
  ].filter(Boolean).join('\n');
  const fontObjects = Object.values(FONTS).map(([, base]) => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ...fontObjects,
  ];
  // the binary comment line tells transfer tools the file is not plain text (PDF 1.4, 7.5.2)
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(pdf, 'latin1');
  // each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, space, LF
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A literal string in WinAnsi: backslash and parentheses escaped, other characters folded to Latin-1. */
function pdfString(text: string): string {
  let out = '';
  // every Unicode space (Intl's narrow no-break space included) prints as a plain one
  for (const ch of text.normalize('NFC').replace(/\s/g, ' ')) {
    const folded = ch.charCodeAt(0) < 256 && ch.length === 1 ? ch : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const safe = folded.length === 1 && folded.charCodeAt(0) < 256 && folded.charCodeAt(0) >= 32 ? folded : '?';
    out += safe === '\\' || safe === '(' || safe === ')' ? `\\${safe}` : safe;
  }
  return out;
}
