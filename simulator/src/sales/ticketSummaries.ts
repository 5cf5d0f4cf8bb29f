import type { SimulatorState } from '../data/SimulatorState';
import type { SimOrder } from '../data/orderTypes';

/** Tickets SecuTix's history knows of a sold line: VALID while sold, CANCELLED once taken back. */
export function ticketSummaries(state: SimulatorState, order: SimOrder, productId: number | undefined): Record<string, unknown>[] {
  if (order.state !== 'CLOSED' && order.state !== 'CANCELLED') return [];
  const out: Record<string, unknown>[] = [];
  for (const line of order.lines) {
    if (productId !== undefined && line.productId !== productId) continue;
    if (line.state !== 'SOLD' && order.state !== 'CANCELLED') continue;
    const ticketState = line.state === 'SOLD' && order.state === 'CLOSED' ? 'VALID' : 'CANCELLED';
    const summary = {
      ticketState,
      productId: line.productId,
      performanceId: line.performanceId,
      seatCategoryId: line.seatCategoryId,
      audienceSubCategoryId: line.audienceSubCategoryId,
      audienceSubCategory: audienceSubCategoryName(state, line.audienceSubCategoryId),
      price: line.unitPrice,
    };
    for (let i = 0; i < line.quantity; i++) out.push({ ...summary });
  }
  return out;
}

/** the tariff's name in the institution's main language (French), as the history lists it */
function audienceSubCategoryName(state: SimulatorState, id: number): string {
  for (const season of state.catalog.seasons) {
    for (const category of season.audienceCategories) {
      const sub = category.audienceSubCategories.find((s) => s.id === id);
      if (sub) return sub.externalName.translations.find((t) => t.locale === 'fr')?.value ?? sub.code;
    }
  }
  return '';
}
