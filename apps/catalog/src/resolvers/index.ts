import type { Resolvers } from '../__generated__/resolvers';
import { Performance } from './Performance';
import { Product } from './Product';
import { Query } from './Query';
import { smallTypes } from './types';

export const resolvers: Resolvers = { ...smallTypes, Query, Product, Performance };
