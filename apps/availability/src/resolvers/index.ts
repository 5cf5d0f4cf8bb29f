import type { Resolvers } from '../__generated__/resolvers';
import { Availability } from './Availability';
import { Performance } from './Performance';
import { Product } from './Product';

export const resolvers: Resolvers = { Product, Performance, Availability };
