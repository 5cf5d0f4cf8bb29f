import DataLoader from 'dataloader';
import type { FulfilmentClient, TicketRecord } from '@stx/secutix-client';

/** Per request: the tickets of every order asked in this request, in one SecuTix call. */
export function ticketsOfOrder(fulfilment: FulfilmentClient): DataLoader<number, TicketRecord[]> {
  return new DataLoader<number, TicketRecord[]>(async (orderIds) => {
    const tickets = await fulfilment.getTicketsOfOrders(orderIds);
    return orderIds.map((id) => tickets.filter((t) => t.orderId === id));
  });
}
