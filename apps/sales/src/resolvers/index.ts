import type { Resolvers } from '../__generated__/resolvers';
import { Contact } from './Contact';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { OrderConnection } from './OrderConnection';
import { OrderLine } from './OrderLine';
import { OrderPayment } from './OrderPayment';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Order, OrderLine, OrderPayment, Contact, OrderConnection };
