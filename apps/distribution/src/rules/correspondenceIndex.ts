import type { ObjectType } from './correspondenceRules';
import type { PartnerKind } from './partnerSettings';

export interface Correspondence {
  objectType: ObjectType;
  secutixId: string;
  externalId: string;
}

/**
 * Looks a manager object up in a partner's correspondences. For Ticketnet the manager's id is the
 * SecuTix side and the answer is Ticketnet's value; for another institution the correspondences
 * are the distributor's objects with the manager's technical id as external id (docs/secutix/distribution.md), so the
 * manager's id is looked up on the external side and the answer is the distributor's id.
 */
export class CorrespondenceIndex {
  private readonly byManagerId = new Map<string, string>();

  constructor(readonly kind: PartnerKind, rows: readonly Correspondence[]) {
    for (const r of rows) {
      const managerId = kind === 'TICKETNET' ? r.secutixId : r.externalId;
      this.byManagerId.set(`${r.objectType}:${managerId}`, kind === 'TICKETNET' ? r.externalId : r.secutixId);
    }
  }

  /** the partner's value for the manager's object, or undefined when the line is still to fill */
  get(objectType: ObjectType, managerId: string | number): string | undefined {
    return this.byManagerId.get(`${objectType}:${managerId}`);
  }
}
