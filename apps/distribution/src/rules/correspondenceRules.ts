import type { PartnerKind } from './partnerSettings';
import { isSecutixId } from '@stx/domain-rules';
import { ruleError, type RuleError } from './ruleError';

export type ObjectType =
  | 'EVENT' | 'PERFORMANCE' | 'ZONE' | 'HALL' | 'CATEGORY' | 'TARIFF'
  | 'SEASON' | 'ACTIVITY' | 'VAT_CODE' | 'TARIFF_TYPE' | 'SEAT_CATEGORY' | 'AUDIENCE_SUB_CATEGORY';

/**
 * Which objects each kind of partner maps (docs/secutix/distribution.md, "Correspondences"). Ticketnet: event, zone or block,
 * hall (logical configuration), category (logical seat category), tariff (audience
 * sub-category), and performances for competitions. Another institution: season, activity, VAT
 * code, tariff types, seat categories (not logical ones), audience sub-categories.
 */
export const OBJECT_TYPES: Record<PartnerKind, readonly ObjectType[]> = {
  TICKETNET: ['EVENT', 'PERFORMANCE', 'ZONE', 'HALL', 'CATEGORY', 'TARIFF'],
  SECUTIX_INSTITUTION: ['SEASON', 'ACTIVITY', 'VAT_CODE', 'TARIFF_TYPE', 'SEAT_CATEGORY', 'AUDIENCE_SUB_CATEGORY'],
};

/** Ticketnet's ids are integers of fewer than ten digits; "0101" is one (the manager's own suggestion, docs/secutix/distribution.md). */
const TICKETNET_INTEGER = /^\d{1,9}$/;

/** a Ticketnet value (an id, an institution code): an integer of fewer than ten digits */
export function isTicketnetInteger(value: string): boolean {
  return TICKETNET_INTEGER.test(value);
}
/** a competition's performance: `<Ticketnet event>_<session id>`, at most 10 characters after the underscore */
const COMPETITION_FORM = /^(\d{1,9})_(\d{1,10})$/;

export interface CorrespondenceFacts {
  /** the object is a performance of a competition, or the event of one (docs/secutix/distribution.md) */
  competition?: boolean;
}

/** The one check of a correspondence value, per partner kind and object type; the error names the rule broken. */
export function checkCorrespondence(kind: PartnerKind, objectType: ObjectType, secutixId: string, externalId: string, facts: CorrespondenceFacts = {}): RuleError | undefined {
  if (!OBJECT_TYPES[kind].includes(objectType)) {
    return ruleError('OBJECT_TYPE_RULE', 'objectType', { objectType, partner: kind === 'TICKETNET' ? 'Ticketnet' : 'SecuTix', allowed: OBJECT_TYPES[kind].join(', ') });
  }
  if (!isSecutixId(secutixId)) return ruleError('TECHNICAL_ID_RULE', 'secutixId');
  if (kind === 'SECUTIX_INSTITUTION') {
    return isSecutixId(externalId) ? undefined : ruleError('TECHNICAL_ID_RULE.externalId', 'externalId');
  }
  if (objectType === 'EVENT' && facts.competition) {
    return ruleError('COMPETITION_EVENT_RULE', 'objectType');
  }
  if (objectType === 'PERFORMANCE' && facts.competition) {
    return COMPETITION_FORM.test(externalId) ? undefined : ruleError('COMPETITION_FORM_RULE', 'externalId');
  }
  return isTicketnetInteger(externalId) ? undefined : ruleError('TICKETNET_INTEGER_RULE', 'externalId');
}

/** `1701_1709052030` → event 1701, session 1709052030; a plain value is the event itself. */
export function splitCompetitionValue(value: string): { event: string; session?: string } {
  const m = COMPETITION_FORM.exec(value);
  return m ? { event: m[1], session: m[2] } : { event: value };
}
