import type { Resolvers } from '../__generated__/resolvers';
import { DistributionPartner, DistributionRun } from './DistributionPartner';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, DistributionPartner, DistributionRun };
