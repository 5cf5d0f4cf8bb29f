import type { Resolvers } from '../__generated__/resolvers';
import { DistributionPartner } from './DistributionPartner';
import { DistributionRun } from './DistributionRun';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, DistributionPartner, DistributionRun };
