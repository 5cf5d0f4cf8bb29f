import type DataLoader from 'dataloader';
import type { FulfilmentClient, TicketRecord } from '@stx/secutix-client';
import type { Identity } from '@stx/subgraph-kit';
import type { DownloadLinks } from './downloads/downloadLinks';

export interface TicketsContext {
  identity: Identity;
  fulfilment: FulfilmentClient;
  /** per request: the tickets of every order asked in this request, in one SecuTix call */
  ticketsOfOrder: DataLoader<number, TicketRecord[]>;
  links: DownloadLinks;
  now: number;
}
