import type { Resolvers } from '../__generated__/resolvers';
import { Contact } from './Contact';
import { Order } from './Order';
import { Ticket } from './Ticket';

export const resolvers: Resolvers = { Order, Contact, Ticket };
