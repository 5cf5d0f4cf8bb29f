import type { Translated } from '../data/catalogTypes';
import type { SimulatorState } from '../data/SimulatorState';
import { minimalPdf, type PdfText } from './minimalPdf';
import type { TicketView } from './orderTickets';

/** The institution's time zone (getPOSConfig's organizationTimeZone): dates print as the venue reads them. */
const TIME_ZONE = 'Europe/Paris';

export interface TicketDocument {
  fileName: string;
  mimeType: 'application/pdf';
  /** base64 */
  data: string;
}

/** The printable ticket: event, date, seat, holder and barcode digits on one A4 page. */
export function ticketDocument(ticket: TicketView, state: SimulatorState, language = 'en'): TicketDocument {
  const product = state.product(ticket.productId);
  const performance = state.catalogPerformance(ticket.productId, ticket.performanceId);
  const category = performance?.seatCategories.find((c) => c.id === ticket.seatCategoryId);
  const lines: [string, PdfText['font'], number][] = [
    [text(product?.externalName, language) ?? `Product ${ticket.productId}`, 'bold', 22],
    [performance ? dateText(performance.start, language) : 'Valid from purchase', 'regular', 14],
    [seatText(ticket, text(category?.externalName, language)), 'regular', 14],
    [`Holder: ${ticket.holderName ?? '-'}`, 'regular', 12],
    [`Order ${ticket.orderId} - ticket ${ticket.ticketId}${ticket.state === 'VALID' ? '' : ` - ${ticket.state}`}`, 'regular', 10],
    [ticket.barcode.replace(/(\d{4})(?=\d)/g, '$1 '), 'mono', 20],
  ];
  let y = 780;
  const texts = lines.map(([value, font, size]): PdfText => {
    y -= size + 14;
    return { x: 60, y, size, font, text: value };
  });
  const pdf = minimalPdf(texts, undefined, { x: 40, y: y - 30, width: 515, height: 800 - (y - 30) });
  return { fileName: `ticket-${ticket.ticketId}.pdf`, mimeType: 'application/pdf', data: pdf.toString('base64') };
}

function text(t: Translated | undefined, language: string): string | undefined {
  return t?.translations.find((x) => x.locale === language)?.value ?? t?.translations[0]?.value;
}

function dateText(startIso: string, language: string): string {
  const locale = ['fr', 'de', 'en'].includes(language) ? language : 'en';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(startIso));
}

function seatText(ticket: TicketView, category: string | undefined): string {
  const where = ticket.seat ? `${ticket.seat.area}, block ${ticket.seat.block}, row ${ticket.seat.row}, seat ${ticket.seat.number}` : 'Free placement';
  return category ? `${category} - ${where}` : where;
}
