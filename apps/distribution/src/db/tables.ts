import type { ColumnType, Generated } from 'kysely';

/** The distribution database (migrations in ./migrations). Times are timestamptz. */
export interface Tables {
  partners: { id: Generated<number>; kind: string; name: string; settings: ColumnType<Record<string, unknown>, string, string>; created_at: Generated<Date> };
  correspondences: { partner_id: number; object_type: string; secutix_id: string; external_id: string; updated_at: Generated<Date> };
  /** what reached a partner: Ticketnet takes an event once, so a second catalog export is refused from here */
  catalog_exports: { partner_id: number; external_event_id: string; product_id: number; run_id: number; exported_at: Generated<Date> };
  runs: {
    id: Generated<number>; partner_id: number; kind: string; trigger: string; state: string; instance: string;
    started_at: Generated<Date>; heartbeat_at: Generated<Date>; finished_at: Date | null; ok_count: Generated<number>; error_count: Generated<number>;
  };
  run_logs: { id: Generated<number>; run_id: number; object_type: string; object_id: string; status: string; reason: string | null; at: Generated<Date> };
  /** one row per partner operation: claimed before SecuTix is called, done once it answered */
  reintegration_ledger: {
    partner_id: number; partner_operation_id: string; kind: string; state: string; claim_token: string; claimed_at: Date;
    secutix_order_id: string | null; secutix_operation_ids: string | null; detail: string | null; done_at: Date | null;
  };
  outbox: { id: Generated<number>; partner_id: number; run_id: number | null; recipients: string; subject: string; body: string; created_at: Generated<Date>; sent_at: Date | null; error: string | null };
}
