import { codedError } from '@stx/subgraph-kit';
import type { DistributionContext } from '../context';

/** Distribution is for back-office operators only: a buyer's token or no token gets FORBIDDEN, field by field. */
export function requireOperator(ctx: DistributionContext): string {
  if (!ctx.identity.operator) throw codedError('FORBIDDEN', 'This field is for back-office operators: sign in with operatorLogin.');
  return ctx.identity.operator;
}
