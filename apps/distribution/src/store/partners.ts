import type { Kysely } from 'kysely';
import type { Correspondence } from '../rules/correspondenceIndex';
import type { ObjectType } from '../rules/correspondenceRules';
import type { InstitutionSettings, PartnerKind, TicketnetSettings } from '../rules/partnerSettings';
import type { Tables } from '../db/tables';

export interface Partner {
  id: number;
  kind: PartnerKind;
  name: string;
  settings: InstitutionSettings | TicketnetSettings;
}

const toPartner = (r: { id: number; kind: string; name: string; settings: unknown }): Partner => ({
  id: r.id, kind: r.kind as PartnerKind, name: r.name, settings: (typeof r.settings === 'string' ? JSON.parse(r.settings) : r.settings) as Partner['settings'],
});

export async function insertPartner(db: Kysely<Tables>, kind: PartnerKind, name: string, settings: Partner['settings']): Promise<Partner | 'NAME_TAKEN'> {
  const row = await db.insertInto('partners').values({ kind, name, settings: JSON.stringify(settings) }).onConflict((c) => c.column('name').doNothing()).returningAll().executeTakeFirst();
  return row ? toPartner(row) : 'NAME_TAKEN';
}

export async function listPartners(db: Kysely<Tables>): Promise<Partner[]> {
  return (await db.selectFrom('partners').selectAll().orderBy('id').execute()).map(toPartner);
}

export async function findPartner(db: Kysely<Tables>, id: number): Promise<Partner | undefined> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPartner(row) : undefined;
}

export async function upsertCorrespondence(db: Kysely<Tables>, partnerId: number, c: Correspondence): Promise<Correspondence> {
  await db.insertInto('correspondences').values({ partner_id: partnerId, object_type: c.objectType, secutix_id: c.secutixId, external_id: c.externalId })
    .onConflict((o) => o.columns(['partner_id', 'object_type', 'secutix_id']).doUpdateSet({ external_id: c.externalId, updated_at: new Date() }))
    .execute();
  return c;
}

export async function listCorrespondences(db: Kysely<Tables>, partnerId: number): Promise<Correspondence[]> {
  const rows = await db.selectFrom('correspondences').selectAll().where('partner_id', '=', partnerId).orderBy('object_type').orderBy('secutix_id').execute();
  return rows.map((r) => ({ objectType: r.object_type as ObjectType, secutixId: r.secutix_id, externalId: r.external_id }));
}
