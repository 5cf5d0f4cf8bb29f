import type { ObjectType } from './correspondenceRules';

/** `yyMMddHHmm` of a performance's local start, read from its ISO wall-clock digits (no time-zone arithmetic). */
export function sessionStamp(isoStart: string): string {
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(isoStart);
  if (!m) throw new Error(`not an ISO date-time: ${isoStart}`);
  return m.slice(1, 6).join('');
}

/** SecuTix's Ticketnet guide: 1701 for the first event of season 2017, 1702 for the second, etc. */
export function suggestEvent(seasonStartYear: number, indexInSeason: number): string {
  return `${String(seasonStartYear % 100).padStart(2, '0')}${String(indexInSeason + 1).padStart(2, '0')}`;
}

/** SecuTix's Ticketnet guide: 0101 for block A1, 0305 for C5: the block's letter and number, two digits each. */
export function suggestZone(blockCode: string): string | undefined {
  const m = /^([A-Za-z])(\d{1,2})$/.exec(blockCode);
  if (!m) return undefined;
  return `${String(m[1].toUpperCase().charCodeAt(0) - 64).padStart(2, '0')}${m[2].padStart(2, '0')}`;
}

/** SecuTix's Ticketnet guide: 1, 2, ... for halls, categories and tariffs, in their order. */
export function suggestOrdinal(index: number): string {
  return String(index + 1);
}

/** A competition's performance: its own Ticketnet event, then the local start (docs/secutix/distribution.md). */
export function suggestCompetitionPerformance(eventValue: string, isoStart: string): string {
  return `${eventValue}_${sessionStamp(isoStart)}`;
}

export const TICKETNET_SUGGESTED: readonly ObjectType[] = ['EVENT', 'PERFORMANCE', 'ZONE', 'HALL', 'CATEGORY', 'TARIFF'];
