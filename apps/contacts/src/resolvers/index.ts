import type { Resolvers } from '../__generated__/resolvers';
import { AccountLinks } from './AccountLinks';
import { Address } from './Address';
import { Contact } from './Contact';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Contact, Address, AccountLinks };
