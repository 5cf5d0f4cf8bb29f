import type DataLoader from 'dataloader';
import { parseSecutixId, posLanguage, referenceById } from '@stx/domain-rules';
import { ticketShopLink } from '@stx/secutix-runtime';
import type { TicketShopEntry } from '@stx/secutix-contract';
import type { AvailabilityContext } from '../context';
import { unwrap } from '../mappers/availabilityModel';
import type { ProductRef } from '../mappers/models';

/**
 * a reference as the gateway sends it (the catalog's `state` with it), its id read by the SecuTix
 * id rule: one that is no SecuTix id is no entity, answered null at no SecuTix call
 */
export function entityRef(ref: { id?: unknown; state?: string | null }): ProductRef | null {
  const found = referenceById(ref);
  return found && { ...found, state: ref.state ?? undefined };
}

/** an entity's availability; an id that is no SecuTix id has none */
export async function load<T>(loader: DataLoader<number, T | undefined>, id: string): Promise<T | null> {
  const secutixId = parseSecutixId(id);
  return secutixId === undefined ? null : unwrap(await loader.load(secutixId));
}

/** the ticket shop's link in the language rule's language (lang, Accept-Language, the institution's main language) */
export async function shopLink(ctx: AvailabilityContext, entry: TicketShopEntry, id: string, lang: string | null | undefined): Promise<string> {
  const language = posLanguage(await ctx.posConfig(), lang, ctx.acceptLanguage);
  return ticketShopLink(ctx.shopUrl, entry, { id, lang: language });
}
