import type { Resolvers } from '../__generated__/resolvers';
import { AudienceSubCategory } from './AudienceSubCategory';
import { PaymentMethod } from './PaymentMethod';
import { Performance } from './Performance';
import { PointOfSale } from './PointOfSale';
import { Price } from './Price';
import { Product } from './Product';
import { ProductConnection } from './ProductConnection';
import { Query } from './Query';
import { SeatCategory } from './SeatCategory';
import { Season } from './Season';
import { Topic } from './Topic';

export const resolvers: Resolvers = { Query, Product, Performance, ProductConnection, SeatCategory, AudienceSubCategory, Price, Season, Topic, PointOfSale, PaymentMethod };
